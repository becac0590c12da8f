import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/core/analysis/sentences';
import { abbreviations as de, ordinalArticles } from '../../../../src/core/languages/de/abbreviations';
import { abbreviations as en } from '../../../../src/core/languages/en/abbreviations';

const months = { januar: 1, april: 4, oktober: 10, april_: 4 } as Record<string, number>;
const german = { abbreviations: de, ordinalDot: true, ordinalArticles, facts: { months }, stopwords: ['ein', 'der', 'die', 'das', 'er', 'sie'] } as unknown as Parameters<typeof splitSentences>[1];
const english = { abbreviations: en, facts: { months: { april: 4 } } } as unknown as Parameters<typeof splitSentences>[1];

function split(text: string, pack = german, protect: Array<{ start: number; end: number }> = []): string[] {
  return splitSentences(text, pack, protect).map((span) => text.slice(span.start, span.end));
}

describe('splitSentences (German)', () => {
  it.each([
    ['ordinal before a month', 'Ab Dienstag, den 25. April, gilt das. Danach nicht.', ['Ab Dienstag, den 25. April, gilt das.', 'Danach nicht.']],
    ['ordinal before a noun', 'Der Verein spielt in der 3. Liga. Er steigt auf.', ['Der Verein spielt in der 3. Liga.', 'Er steigt auf.']],
    ['a quotation in lower case goes on the sentence', 'Er sagte, Benedikt XVI. „ist ein großer Denker“. Gut.', ['Er sagte, Benedikt XVI. „ist ein großer Denker“.', 'Gut.']],
    ['an ordinal over a hundred after an article', 'Man sieht ihn in der 296. Folge. Sie läuft im Mai.', ['Man sieht ihn in der 296. Folge.', 'Sie läuft im Mai.']],
    ['a number over a hundred without an article ends the sentence', 'Der Verein hat jetzt 296. Mitglieder kommen dazu.', ['Der Verein hat jetzt 296.', 'Mitglieder kommen dazu.']],
    ['a number ends the sentence before a function word', 'Das betrifft das Modell 3. Ein Sprecher sagte das.', ['Das betrifft das Modell 3.', 'Ein Sprecher sagte das.']],
    ['z. B. and u. a.', 'Es gibt z. B. Äpfel und u. a. Birnen. Gut.', ['Es gibt z. B. Äpfel und u. a. Birnen.', 'Gut.']],
    ['titles', 'Laut Prof. Dr. Meier stimmt das. Er irrt.', ['Laut Prof. Dr. Meier stimmt das.', 'Er irrt.']],
    ['St. in a name', 'Sie lebt in St. Gallen. Dort ist es schön.', ['Sie lebt in St. Gallen.', 'Dort ist es schön.']],
    ['a question and an exclamation', 'Warum? Darum! Ende.', ['Warum?', 'Darum!', 'Ende.']],
    ['a lower-case word after a full stop is no new sentence', 'Das kostet 5 Mio. und mehr.', ['Das kostet 5 Mio. und mehr.']],
    ['a full stop glued to the next sentence', 'Das sagte der Papst.Der Vatikan schwieg.', ['Das sagte der Papst.', 'Der Vatikan schwieg.']],
    ['no glued sentence end in an address, an abbreviation or a name', 'Siehe www.spiegel.De und bild.de.Der Rest. Dr.Müller kam z.B.Heute in St.Pauli an.', [
      'Siehe www.spiegel.De und bild.de.Der Rest.', 'Dr.Müller kam z.B.Heute in St.Pauli an.',
    ]],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('never splits inside a quotation', () => {
    const text = '„Wir kommen. Und wir bleiben.“ Sie ging.';
    expect(split(text, german, [{ start: 0, end: 29 }])).toEqual(['„Wir kommen. Und wir bleiben.“', 'Sie ging.']);
  });
});

describe('splitSentences (English)', () => {
  it.each([
    ['Mr. and initials', 'Mr. Smith met John F. Kennedy. They talked.', ['Mr. Smith met John F. Kennedy.', 'They talked.']],
    ['U.S. inside a sentence', 'The U.S. economy grew. Prices fell.', ['The U.S. economy grew.', 'Prices fell.']],
    ['a year ends a sentence', 'It happened in 2020. Then it stopped.', ['It happened in 2020.', 'Then it stopped.']],
    ['a closing quotation mark after the full stop', 'He said “no.” Then he left.', ['He said “no.”', 'Then he left.']],
  ])('%s', (_name, text, expected) => {
    expect(split(text, english)).toEqual(expected);
  });

  it('handles text without punctuation and a 200 KB paragraph', () => {
    expect(split('no punctuation at all here', english)).toEqual(['no punctuation at all here']);
    const long = 'Ein Satz ohne Ende und mit vielen Wörtern '.repeat(5000);
    expect(split(long).length).toBe(1);
  });
});
