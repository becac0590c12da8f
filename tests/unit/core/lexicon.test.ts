import { describe, expect, it } from 'vitest';
import { cue, findCues, withExplicitLetters, LETTERS } from '../../../src/core/lexicon';

describe('withExplicitLetters', () => {
  it.each([
    ['outside a class', 'a\\p{L}+b', `a[${LETTERS}]+b`],
    ['inside a class', '[\\p{L}\\p{N}-]', `[${LETTERS}0-9-]`],
    ['escaped brackets stay literal', '\\[\\p{L}\\]', `\\[[${LETTERS}]\\]`],
  ])('%s', (_name, source, expected) => {
    expect(withExplicitLetters(source)).toBe(expected);
  });
});

describe('findCues', () => {
  const cues = [cue('berichten zufolge'), cue('angeblich')];

  it('matches whole words whatever their case, and reports the words as written', () => {
    const hits = findCues('Angeblich hat er, Berichten zufolge, gelogen.', cues);
    expect(hits.map((hit) => [hit.text, hit.start])).toEqual([['Angeblich', 0], ['Berichten zufolge', 18]]);
  });

  it('does not match inside a word (umlauts count as letters)', () => {
    expect(findCues('Das war unangeblich und übangeblich.', cues)).toEqual([]);
  });

  it('still matches where lower-casing changes the text length (Turkish İ)', () => {
    const hits = findCues('İstanbul: angeblich geschlossen.', cues);
    expect(hits.map((hit) => hit.text)).toEqual(['angeblich']);
  });
});
