// Bad and huge input: findFigures never throws and stays fast on a 200 KB paragraph without
// punctuation, long digit or blank runs, emoji, invisible and no-break spaces, and right-to-left text.
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../../src/core/facts';
import type { LanguagePack } from '../../../../src/core/languages/types';
import { facts as de } from '../../../../src/core/languages/de/facts';
import { facts as en } from '../../../../src/core/languages/en/facts';

const REF = new Date('2023-04-20');
const timed = (text: string, code: 'de' | 'en' = 'de') => {
  const started = performance.now();
  const facts = findFigures(text, { code, facts: code === 'de' ? de : en }, REF);
  return { facts, ms: performance.now() - started };
};

describe('robustness', () => {
  it.each<[string, string]>([
    ['a 200 KB paragraph without punctuation', 'die regierung zahlte gestern 44 milliarden euro und so weiter '.repeat(3300)],
    ['200 KB of digits', '1234567890'.repeat(20_000)],
    ['200 KB of numbers and blanks', '1 '.repeat(100_000)],
    ['200 KB of blanks between figures', `5${' '.repeat(200_000)}Euro`],
    ['200 KB of dots', '1.'.repeat(100_000)],
    ['emoji and zero-width spaces', '😀\u200b44\u200bMilliarden\u200dEuro🇩🇪 '.repeat(8_000)],
    ['right-to-left text', 'دفع ٤٤ مليار دولار في 25 أبريل 2023 \u202e80 %\u202c '.repeat(5_000)],
  ])('%s: bounded time', (_name, text) => {
    const { ms } = timed(text);
    expect(ms).toBeLessThan(4_000);
  });

  it('keeps offsets into the original text across zero-width and no-break spaces', () => {
    const text = 'Er zahlte\u200b 44\u00a0Milliarden\u200b Euro und 80\u202f%.';
    const { facts } = timed(text);
    expect(facts.map((f) => [f.kind, f.text, f.value])).toEqual([
      ['money', '44 Milliarden Euro', 44e9],
      ['percent', '80 %', 80],
    ]);
    expect(text.slice(facts[0]!.start, facts[0]!.end)).toBe('44\u00a0Milliarden\u200b Euro');
  });

  it.each<unknown>(['', '„unbalanced (text [with «quotes', '\ud800 lone surrogate 5 %', '%%%$$$€€€', '.,.,.,1,.,.', 'Q5 9999 Q0'])(
    'never throws on %j',
    (text) => {
      expect(() => findFigures(text as string, { code: 'en', facts: en }, REF)).not.toThrow();
    },
  );

  it('never throws on a missing pack, an invalid date or a language code no pack has', () => {
    expect(findFigures('5 %', undefined as unknown as LanguagePack, REF)).toEqual([]);
    expect(findFigures('gestern 5 %', { code: 'de', facts: de }, new Date('nonsense')).map((f) => f.resolved)).toEqual([undefined, undefined]);
    expect(findFigures('yesterday 5 %', { code: 'xx', facts: en }, REF).map((f) => f.text)).toEqual(['yesterday', '5 %']);
  });

  it('accepts a whole LanguagePack', () => {
    const pack = { code: 'en', name: 'English', facts: en } as unknown as LanguagePack;
    expect(findFigures('80 percent', pack, null).map((f) => f.value)).toEqual([80]);
  });
});
