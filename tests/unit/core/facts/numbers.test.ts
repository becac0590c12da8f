// Other figures (counts, measures, scales, number words) and the digits that are not figures: names
// and codes, years, phone numbers, times of day, page numbers and ordinals. Also the numeral reader.
import { describe, expect, it } from 'vitest';
import { findFigures, parseNumeral } from '../../../../src/core/facts';
import { facts as de } from '../../../../src/core/languages/de/facts';
import { facts as en } from '../../../../src/core/languages/en/facts';
import { facts as fr } from '../../../../src/core/languages/fr/facts';

const LEX = { de, en, fr };
type Code = keyof typeof LEX;
const figures = (code: Code, text: string) =>
  findFigures(text, { code, facts: LEX[code] }, null).map(({ kind, text: t, value, unit }) => (unit ? [kind, t, value, unit] : [kind, t, value]));

describe('parseNumeral', () => {
  it.each<[string, ',' | '.', number]>([
    ['1.500', ',', 1500],
    ['1.500,5', ',', 1500.5],
    ['12,5', ',', 12.5],
    ['1.2', ',', 1.2], // an English-style decimal in German text: not a thousands group
    ['1.000.000', ',', 1e6],
    ['1 500', ',', 1500],
    ['1,500', '.', 1500],
    ['1,500.5', '.', 1500.5],
    ['1.5', '.', 1.5],
    ['1,5', '.', 1.5],
    ['1,000,000', '.', 1e6],
    ['42', '.', 42],
  ])('%s with decimal mark %s is %d', (raw, mark, value) => {
    expect(parseNumeral(raw, mark)).toBe(value);
  });
});

describe('numbers', () => {
  it.each<[Code, string, unknown[][]]>([
    ['de', 'Hunderten von Millionen fehlt sauberes Wasser.', [['number', 'Hunderten von Millionen', 1e8]]],
    ['de', 'Hunderte Menschen warteten.', [['number', 'Hunderte Menschen', 100, 'people']]],
    ['de', 'Die Stadt hat 3 Millionen Einwohner.', [['number', '3 Millionen Einwohner', 3e6, 'inhabitants']]],
    ['de', 'Die Strecke ist 120 km lang.', [['number', '120 km', 120, 'km']]],
    ['de', 'Bei dem Unglück starben zwölf Menschen.', [['number', 'zwölf Menschen', 12, 'people']]],
    // A counted noun after four digits makes them no year.
    ['de', 'Der Verband legte eine 1212 Seiten starke Mappe vor.', [['number', '1212 Seiten', 1212, 'pages']]],
    ['de', 'Die Armee schickte 1500 Soldaten.', [['number', '1500 Soldaten', 1500, 'soldiers']]],
    ['en', 'The committee released 1212 pages of documents.', [['number', '1212 pages', 1212, 'pages']]],
    ['de', 'Es kamen 1,2 Millionen.', [['number', '1,2 Millionen', 1.2e6]]],
    ['de', 'Die Firma streicht 4.300 Stellen.', [['number', '4.300', 4300]]],
    ['de', 'Der Bau dauerte 20 Jahre.', [['number', '20 Jahre', 20, 'years']]],
    ['en', 'Twelve people were hurt and 3 million residents lost power.', [['number', 'Twelve people', 12, 'people'], ['number', '3 million residents', 3e6, 'inhabitants']]],
    ['en', 'The convoy drove 45 miles with 1,200 workers.', [['number', '45 miles', 45, 'miles'], ['number', '1,200 workers', 1200, 'employees']]],
    ['fr', 'La ville compte 2 millions de personnes.', [['number', '2 millions de personnes', 2e6, 'people']]],
  ])('%s: %s', (code, text, expected) => {
    expect(figures(code, text)).toEqual(expected);
  });

  it.each<[Code, string]>([
    ['en', 'Apollo 11 reached the Moon.'],
    ['en', 'She still runs Windows 10 on an iPhone 15 charger.'],
    ['en', 'The COVID-19 response of the G7 and the A380 order.'],
    ['de', 'Auf Seite 12 steht es in Artikel 5.'],
    ['de', 'Das Treffen beginnt um 14 Uhr, spätestens 14:30.'],
    ['de', 'Sie belegte den 3. Platz.'],
    ['de', 'Rufen Sie 030 1234567 oder +49 30 1234567 an.'],
    ['en', 'Call 555-123-4567 today.'],
    ['en', 'The meeting starts at 9 am sharp.'],
    ['en', 'It is the 3rd time and a 10-year plan.'],
    ['de', 'Zwölf Apostel und Tausende, die warteten.'], // number words and count nouns alone are no figures
  ])('no number in %s: %s', (code, text) => {
    expect(figures(code, text).filter(([kind]) => kind === 'number')).toEqual([]);
  });

  it('a year alone is a date, not a number', () => {
    expect(figures('de', 'Das Werk wurde 2023 eröffnet.')).toEqual([['date', '2023', undefined]]);
    expect(findFigures('It opened in 1969.', { code: 'en', facts: en }, null).map((f) => [f.kind, f.resolved])).toEqual([['date', '1969']]);
  });

  it('reports offsets into the text', () => {
    const [fact] = findFigures('Rund 300 Menschen kamen.', { code: 'de', facts: de }, null);
    expect(fact).toMatchObject({ start: 5, end: 17, text: '300 Menschen' });
  });
});
