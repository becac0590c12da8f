// Money: amounts with scale words, symbols before and after, the thousands and decimal marks of each
// language, and words that look like currencies but are not.
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
const money = (code: Code, text: string) =>
  findFigures(text, { code, facts: LEX[code] }, null)
    .filter((f) => f.kind === 'money')
    .map(({ text: t, value, unit }) => [t, value, unit]);

describe('money', () => {
  it.each<[Code, string, Array<[string, number, string]>]>([
    ['de', 'Der Konzern wurde für 44 Milliarden US-Dollar übernommen.', [['44 Milliarden US-Dollar', 44e9, 'USD']]],
    ['de', 'Die Kosten lagen bei 35,4 Milliarden Pfund.', [['35,4 Milliarden Pfund', 35.4e9, 'GBP']]],
    ['de', 'Das Abo kostet künftig 100 US-Dollar pro Monat.', [['100 US-Dollar', 100, 'USD']]],
    ['de', 'Der Fonds hat US$ 5 Mio. eingesammelt, die Stadt 5 Mio. Euro.', [['US$ 5 Mio.', 5e6, 'USD'], ['5 Mio. Euro', 5e6, 'EUR']]],
    ['de', 'Jeder Haushalt bekommt 1.500 Euro, insgesamt 2,5 Mrd. Euro.', [['1.500 Euro', 1500, 'EUR'], ['2,5 Mrd. Euro', 2.5e9, 'EUR']]],
    ['de', 'Die Buße beträgt CHF 300 oder 300 Franken in bar.', [['CHF 300', 300, 'CHF'], ['300 Franken', 300, 'CHF']]],
    ['de', 'Ein Ticket kostet 12,50 € und 3 Billionen Yen sind viel.', [['12,50 €', 12.5, 'EUR'], ['3 Billionen Yen', 3e12, 'JPY']]],
    ['en', 'Musk agreed to pay $44 billion for the company.', [['$44 billion', 44e9, 'USD']]],
    ['en', 'The club paid €1.2m for him and £3bn went to the fund.', [['€1.2m', 1.2e6, 'EUR'], ['£3bn', 3e9, 'GBP']]],
    ['en', 'Each family receives 1,500 dollars, or 2.5 million euros in total.', [['1,500 dollars', 1500, 'USD'], ['2.5 million euros', 2.5e6, 'EUR']]],
    ['en', 'Hundreds of millions of dollars were lost.', [['Hundreds of millions of dollars', 1e8, 'USD']]],
    ['fr', "La ville a investi 12 millions d'euros et 1 500 euros par foyer.", [["12 millions d'euros", 12e6, 'EUR'], ['1 500 euros', 1500, 'EUR']]],
    ['es', 'La empresa pagó 3 millones de dólares y 2 mil millones de euros.', [['3 millones de dólares', 3e6, 'USD'], ['2 mil millones de euros', 2e9, 'EUR']]],
    ['it', 'Il governo ha stanziato 2 miliardi di euro.', [['2 miliardi di euro', 2e9, 'EUR']]],
    ['nl', 'De gemeente trekt 5 miljoen euro uit.', [['5 miljoen euro', 5e6, 'EUR']]],
  ])('%s: %s', (code, text, expected) => {
    expect(money(code, text)).toEqual(expected);
  });

  it.each<[Code, string]>([
    ['de', 'In Franken 300 Jahre alte Bräuche.'], // the region, not the currency before an amount
    ['de', 'Der Dollar fiel, der Euro stieg.'], // a currency without an amount
    ['en', 'The m4 motorway and 5 m of rope.'], // one-letter scale without a currency
    ['en', 'Ticket EUR-2023 was issued.'],
  ])('no money in %s: %s', (code, text) => {
    expect(money(code, text)).toEqual([]);
  });

  it('money wins over number: one fact per amount', () => {
    const facts = findFigures('Die Hilfe beträgt 3 Millionen Euro.', { code: 'de', facts: de }, null);
    expect(facts.map((f) => [f.kind, f.text, f.start, f.end])).toEqual([['money', '3 Millionen Euro', 18, 34]]);
  });
});
