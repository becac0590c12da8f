// Whose statements a statement of missing evidence speaks of, in German, English and French: its own
// sentence's always; the sentences just before it only where they are the same party's, or, when it
// names no one, where they stand in its paragraph. A minister quoted two paragraphs before an outlet's
// unproven report keeps the status of his own words.
import { describe, expect, it } from 'vitest';
import { analyserFor } from './report-helpers';

type Row = [how: string, lang: string, paragraphs: string[], expected: Array<[status: string, text: string]>];

const statuses = (lang: string, paragraphs: string[]) =>
  analyserFor(lang)(paragraphs).claims.map((claim) => [claim.status, claim.text.slice(0, 40)]);

describe('the reach of a statement that evidence is missing', () => {
  it.each<Row>([
    [
      'the same party, a paragraph later: its claim is unsupported',
      'de',
      ['Der Unternehmer Jonas Weber behauptet, die Firma habe seine Pläne kopiert.', 'Weber reagierte damit auf eine Klage, gab jedoch keine Beweise für die Behauptung an.'],
      [['unsupported', 'die Firma habe seine Pläne kopiert'], ['unsupported', 'Weber reagierte damit auf eine Klage, gab']],
    ],
    [
      'another party, a paragraph later: its claim stays attributed',
      'de',
      ['Der Minister erklärte, die Inflation werde sinken.', 'Laut Spiegel soll der Konzern 3 Millionen Euro gezahlt haben, ohne Belege dafür zu nennen.'],
      [['attributed', 'die Inflation werde sinken'], ['unsupported', 'soll der Konzern 3 Millionen Euro gezahlt']],
    ],
    [
      'a pronoun names the party: its claim is unsupported',
      'de',
      ['Die Abgeordnete Anna Roth sagte, der Senat habe die Zahlen geschönt.', 'Beweise legte sie nicht vor.'],
      [['unsupported', 'der Senat habe die Zahlen geschönt'], ['unsupported', 'Beweise legte sie nicht vor.']],
    ],
    [
      'no one named: the claims before it in its paragraph',
      'de',
      ['Die Ministerin sagte, die Lage sei stabil.', 'Der Verband erklärte, die Preise würden steigen. Belege dafür gibt es bislang keine.'],
      [['attributed', 'die Lage sei stabil'], ['unsupported', 'die Preise würden steigen'], ['unsupported', 'Belege dafür gibt es bislang keine.']],
    ],
    [
      'another speaker quoted before: the quotation is no claim of the outlet',
      'en',
      ['"We are ready," Biden said on Tuesday.', 'The minister said inflation would fall next year.', 'The company allegedly paid $3 million to middlemen, the report said, without providing evidence.'],
      [['attributed', 'inflation would fall next year'], ['unsupported', 'The company allegedly paid $3 million to']],
    ],
    [
      'the same speaker in the sentence before: unsupported',
      'en',
      ['Senator Mark Olson said the agency had hidden the data. Olson offered no evidence for the accusation.'],
      [['unsupported', 'the agency had hidden the data'], ['unsupported', 'Olson offered no evidence for the accusat']],
    ],
    [
      'French: a minister before an unproven report keeps his status',
      'fr',
      ["Le ministre de l'Économie, Bruno Martin, a affirmé que l'inflation baisserait l'an prochain.", "D'après Le Monde, l'entreprise aurait versé 3 millions d'euros à des intermédiaires, sans fournir de preuves."],
      [['attributed', "que l'inflation baisserait l'an prochain"], ['unsupported', "l'entreprise aurait versé 3 millions d'eu"]],
    ],
  ])('%s (%s)', (_how, lang, paragraphs, expected) => {
    expect(statuses(lang, paragraphs)).toEqual(expected.map(([status, text]) => [status, text.slice(0, 40)]));
  });
});
