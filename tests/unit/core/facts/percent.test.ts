// Percentages in every language, and percentage points, which are a number with a unit.
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
const shares = (code: Code, text: string) =>
  findFigures(text, { code, facts: LEX[code] }, null)
    .filter((f) => f.kind === 'percent' || f.unit === 'percentage points')
    .map(({ kind, text: t, value }) => [kind, t, value]);

describe('percent', () => {
  it.each<[Code, string, Array<[string, string, number]>]>([
    ['de', 'Etwa 80 Prozent der Befragten stimmten zu.', [['percent', '80 Prozent', 80]]],
    ['de', 'Die Quote lag bei 80%, im Vorjahr bei 80 % und jetzt bei 12,5 Prozent.', [['percent', '80%', 80], ['percent', '80 %', 80], ['percent', '12,5 Prozent', 12.5]]],
    ['de', 'Die Partei verlor 3,2 Prozentpunkte.', [['number', '3,2 Prozentpunkte', 3.2]]],
    ['de', 'Nur zwölf Prozent wählten.', [['percent', 'zwölf Prozent', 12]]],
    ['en', 'Turnout rose to 80 percent, then 64.5 per cent.', [['percent', '80 percent', 80], ['percent', '64.5 per cent', 64.5]]],
    ['en', 'Support fell by 2 percentage points.', [['number', '2 percentage points', 2]]],
    ['fr', 'Le chômage baisse de 20 pour cent.', [['percent', '20 pour cent', 20]]],
    ['es', 'El paro subió un 7,5 por ciento.', [['percent', '7,5 por ciento', 7.5]]],
    ['it', 'La produzione è calata del 15 per cento.', [['percent', '15 per cento', 15]]],
    ['nl', 'De prijs steeg met 4 procent.', [['percent', '4 procent', 4]]],
  ])('%s: %s', (code, text, expected) => {
    expect(shares(code, text)).toEqual(expected);
  });

  it.each<[Code, string]>([
    ['de', 'Der Prozentsatz ist unbekannt.'],
    ['de', 'Die Prozentrechnung lernt man früh.'],
    ['en', 'A percentage was not given.'],
  ])('no percent in %s: %s', (code, text) => {
    expect(shares(code, text)).toEqual([]);
  });
});
