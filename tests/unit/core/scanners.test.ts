// The hand-written character scanners against the regular expressions they stand for, on random text
// mixing ASCII, Latin letters, Greek, CJK, astral letters and digits, lone surrogates and joiners.
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/core/text';
import { tokenize } from '../../../src/core/analysis/tokens';

const PIECES = [
  'a', 'Z', 'q', '7', 'ß', 'é', 'Ö', 'İ', 'Σ', 'ς', '汉', 'カ', '𝐀', '𝟙', '😀', '\ud800', '\udc00',
  "'", '’', '-', '.', '&', ' ', '  ', ',', '\n', '„', '“', '—', '\u00a0', '١', 'ǅ', 'K',
];

/** A pseudo-random text (seeded, so a failure can be replayed). */
function randomText(seed: number, length: number): string {
  let state = seed;
  const next = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) | 0;
    return (state >>> 8) % PIECES.length;
  };
  let text = '';
  for (let k = 0; k < length; k++) text += PIECES[next()];
  return text;
}

const WORDS = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const TOKENS = /[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*/gu;

describe('hand scanners', () => {
  it('countWords counts the matches of its expression', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const text = randomText(seed, 1 + (seed % 60));
      expect(countWords(text), JSON.stringify(text)).toBe(text.match(WORDS)?.length ?? 0);
    }
  });

  it('tokenize finds the matches of its expression, with their lower case', () => {
    for (let seed = 1; seed <= 400; seed++) {
      // Short texts are split directly, long ones through the block cache: both lengths are drawn.
      const text = randomText(seed, 1 + (seed % 90));
      const expected = [...text.matchAll(TOKENS)].map((m) => ({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
      expect(tokenize(text), JSON.stringify(text)).toEqual(expected);
    }
  });
});
