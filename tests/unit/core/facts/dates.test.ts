// Dates and periods per language, resolved against a publication date, and the words that only look
// like dates (`so`, `Mo`, `may`, `march`, `now`, times of day).
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../../src/core/facts';
import { facts as de } from '../../../../src/core/languages/de/facts';
import { facts as en } from '../../../../src/core/languages/en/facts';
import { facts as fr } from '../../../../src/core/languages/fr/facts';
import { facts as es } from '../../../../src/core/languages/es/facts';
import { facts as itLex } from '../../../../src/core/languages/it/facts';
import { facts as nl } from '../../../../src/core/languages/nl/facts';

const LEX = { de, en, fr, es, it: itLex, nl };
type Code = keyof typeof LEX;
/** Thursday, 20 April 2023. */
const REF = new Date('2023-04-20T09:00:00Z');
const dates = (code: Code, text: string, ref: Date | null = REF) =>
  findFigures(text, { code, facts: LEX[code] }, ref)
    .filter((f) => f.kind === 'date')
    .map((f) => [f.text, f.resolved]);

describe('dates', () => {
  it.each<[Code, string, Array<[string, string | undefined]>]>([
    // German
    ['de', 'Am Dienstag, den 25. April, will sie entscheiden.', [['Am Dienstag, den 25. April', '2023-04-25']]],
    ['de', 'Der Vertrag gilt seit dem 25. April 2023.', [['seit dem 25. April 2023', '2023-04-25']]],
    ['de', 'Er wurde am 5. August 1930 geboren.', [['am 5. August 1930', '1930-08-05']]],
    ['de', 'Im Oktober sank der Absatz, im Februar stieg er.', [['Im Oktober', '2022-10'], ['im Februar', '2023-02']]],
    ['de', 'Die Wahl ist im Juni.', [['im Juni', '2023-06']]],
    ['de', 'Der Umsatz stieg im zweiten Quartal 2023.', [['im zweiten Quartal 2023', '2023-Q2']]],
    ['de', 'Letzte Woche und vergangenen Monat war es ruhig.', [['Letzte Woche', '2023-04-10'], ['vergangenen Monat', '2023-03']]],
    ['de', 'Gestern tagte der Rat, heute nicht.', [['Gestern', '2023-04-19'], ['heute', '2023-04-20']]],
    ['de', 'In den 1990er Jahren begann es, Anfang 2024 endet es, Ende März wird gezählt.', [['In den 1990er Jahren', '199X'], ['Anfang 2024', '2024'], ['Ende März', '2023-03']]],
    ['de', 'Das Urteil vom 03.04.2023 ist rechtskräftig.', [['03.04.2023', '2023-04-03']]],
    ['de', 'Vor zwei Wochen hieß es noch anders.', [['Vor zwei Wochen', '2023-04-03']]],
    ['de', 'Am Montag sprach er.', [['Am Montag', '2023-04-17']]],
    // English
    ['en', 'Last week the board met on Tuesday.', [['Last week', '2023-04-10'], ['on Tuesday', '2023-04-18']]],
    ['en', 'The deal closed on April 25, 2023, after talks.', [['on April 25, 2023', '2023-04-25']]],
    ['en', 'It was signed on 25 April 2023 in Paris.', [['on 25 April 2023', '2023-04-25']]],
    ['en', 'Sales fell in October and rose in Q2 2023.', [['in October', '2022-10'], ['Q2 2023', '2023-Q2']]],
    ['en', 'Profit doubled in the second quarter of 2023.', [['in the second quarter of 2023', '2023-Q2']]],
    ['en', 'The band formed in 1969 and split in the 1990s.', [['1969', '1969'], ['in the 1990s', '199X']]],
    ['en', 'Yesterday the plan was dropped until early 2024.', [['Yesterday', '2023-04-19'], ['until early 2024', '2024']]],
    ['en', 'A vote is due on Tuesday, May 2.', [['on Tuesday, May 2', '2023-05-02']]],
    ['en', 'On Sunday Trump spoke to the Sunday Times.', [['On Sunday', '2023-04-23']]],
    // French, Spanish, Italian, Dutch
    ['fr', 'Le sommet a eu lieu le 25 avril 2023 à Lyon.', [['le 25 avril 2023', '2023-04-25']]],
    ['fr', 'Il parlera le mardi 25 avril, et en mars on votera.', [['le mardi 25 avril', '2023-04-25'], ['en mars', '2023-03']]],
    ['fr', 'Hier, la semaine dernière et début 2024.', [['Hier', '2023-04-19'], ['la semaine dernière', '2023-04-10'], ['début 2024', '2024']]],
    ['es', 'El acuerdo se firmó el 25 de abril de 2023.', [['el 25 de abril de 2023', '2023-04-25']]],
    ['es', 'En octubre y a finales de marzo, ayer no.', [['En octubre', '2022-10'], ['a finales de marzo', '2023-03'], ['ayer', '2023-04-19']]],
    ['it', 'La legge è entrata in vigore il 25 aprile.', [['il 25 aprile', '2023-04-25']]],
    ['it', 'Il calo nel secondo trimestre 2023 e negli anni 90.', [['nel secondo trimestre 2023', '2023-Q2'], ['anni 90', '199X']]],
    ['nl', 'Het besluit viel op 25 april 2023, in maart nog niet.', [['op 25 april 2023', '2023-04-25'], ['in maart', '2023-03']]],
    ['nl', 'Vorige week zei hij op dinsdag iets anders.', [['Vorige week', '2023-04-10'], ['op dinsdag', '2023-04-18']]],
  ])('%s: %s', (code, text, expected) => {
    expect(dates(code, text)).toEqual(expected);
  });

  it('picks the year whose calendar has the weekday', () => {
    // 25 April was a Thursday in 2024, a Tuesday in 2023: with the weekday, 2024 is the answer.
    expect(dates('de', 'Am Donnerstag, den 25. April, ist Schluss.', new Date('2023-12-01'))).toEqual([['Am Donnerstag, den 25. April', '2024-04-25']]);
    expect(dates('en', 'on Tuesday, April 25', new Date('2024-03-01'))).toEqual([['on Tuesday, April 25', '2023-04-25']]);
  });

  it('leaves relative dates unresolved without a reference', () => {
    expect(dates('de', 'Gestern, im Oktober und am 25. April 2023.', null)).toEqual([
      ['Gestern', undefined],
      ['im Oktober', undefined],
      ['am 25. April 2023', '2023-04-25'],
    ]);
  });

  it.each<[Code, string]>([
    ['de', 'Das ist so, sagte er.'], // `so` is no Sunday
    ['de', 'Mo und Di fuhren nach Sa.'], // weekday abbreviations that are words and names
    ['de', 'Die Heutezeit und das Morgengrauen.'], // `heute` inside a word
    ['de', 'Das Treffen beginnt um 14 Uhr.'],
    ['de', 'August Diehl spielt die Hauptrolle.'], // a name, not the month
    ['en', 'You may march now, they said.'], // verbs and `now`
    ['en', 'The Sun rose at 3 pm.'],
    ['en', 'Three quarters, 3/4 of them, and 12.5 points.'],
    ['en', 'Jan said that in may they march.'],
    ['en', 'The Sunday Times reported it.'], // a weekday before a capitalised word is a name
  ])('no date in %s: %s', (code, text) => {
    expect(dates(code, text)).toEqual([]);
  });

  it("a date's digits are not also numbers", () => {
    const facts = findFigures('Am 5. August 1930 kamen 300 Menschen.', { code: 'de', facts: de }, REF);
    expect(facts.map((f) => [f.kind, f.text])).toEqual([
      ['date', 'Am 5. August 1930'],
      ['number', '300 Menschen'],
    ]);
  });
});
