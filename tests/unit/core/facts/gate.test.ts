// The prefilter (src/core/facts/gate.ts) tries each date pattern only where a word allows a match: these
// inputs sit at its edges (letters that fold oddly, digits without a boundary before them, astral
// letters, keys that start with a symbol) and must find what a scan of the whole block finds.
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../../src/core/facts';
import type { FactsWords } from '../../../../src/core/facts/types';
import { facts as de } from '../../../../src/core/languages/de/facts';
import { facts as en } from '../../../../src/core/languages/en/facts';
import { facts as fr } from '../../../../src/core/languages/fr/facts';

/** Thursday, 20 April 2023. */
const REF = new Date('2023-04-20T09:00:00Z');
const dates = (code: string, facts: FactsWords, text: string) =>
  findFigures(text, { code, facts }, REF)
    .filter((f) => f.kind === 'date')
    .map((f) => [f.text, f.resolved]);

describe('prefilter', () => {
  it('folds letters as the case-insensitive patterns do (ſ is s, the Kelvin sign is k)', () => {
    expect(dates('de', de, 'ſeit dem 25. April 2023 und ſeit gestern')).toEqual([
      ['ſeit dem 25. April 2023', '2023-04-25'],
      ['gestern', '2023-04-19'],
    ]);
    expect(dates('de', de, 'Im \u212Aommenden Jahr')).toEqual([['Im \u212Aommenden Jahr', '2024']]);
  });

  it('finds digits that start inside a word where the pattern has no boundary', () => {
    expect(dates('de', de, 'A2. Quartal, x1990er Jahre, 21990er, im 3. Quartal 2023')).toEqual([
      ['2. Quartal', '2023-Q2'],
      ['1990er Jahre', '199X'],
      ['1990er', '199X'],
      ['im 3. Quartal 2023', '2023-Q3'],
    ]);
    expect(dates('en', en, 'Q12024, 2023Q3, FY2023-Q4 and q2 / 2024; 1990’s')).toEqual([
      ['Q12024', '2024-Q1'],
      ['2023Q3', '2023-Q3'],
      ['Q4', '2023-Q4'],
      ['q2 / 2024', '2024-Q2'],
      ['1990’s', '199X'],
    ]);
  });

  it('treats astral letters as letters', () => {
    expect(dates('de', de, '𝐀 am 5. Mai 2023 𝐀gestern 𝐚Montag')).toEqual([['am 5. Mai 2023', '2023-05-05']]);
  });

  it('scans the whole block for keys that start with a symbol', () => {
    const odd: FactsWords = {
      ...en,
      leads: ['§on', ...(en.leads ?? [])],
      relative: { ...en.relative, '-today': ['day', 0] },
      shifts: { ...en.shifts, '+next': 1 },
    };
    expect(dates('en', odd, '§on May 5, 2023 we met; -today and +next week, on Monday')).toEqual([
      ['§on May 5, 2023', '2023-05-05'],
      ['-today', '2023-04-20'],
      ['+next week', '2023-04-24'],
      ['on Monday', '2023-04-17'],
    ]);
  });

  it('reads elided and hyphenated keys word by word', () => {
    expect(dates('fr', fr, "aujourd’hui l’an dernier, il y a deux ans, jusqu'en mars 2023, mi-2024")).toEqual([
      ["aujourd’hui", '2023-04-20'],
      ['l’an dernier', '2022'],
      ['il y a deux ans', '2021'],
      ["jusqu'en mars 2023", '2023-03'],
      ['mi-2024', '2024'],
    ]);
  });
});
