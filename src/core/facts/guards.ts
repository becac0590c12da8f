// Tells a figure from digits that only label something: names and codes (`Apollo 11`, `COVID-19`,
// `G7`), phone numbers, times of day, page and article numbers, German ordinals. Applied to bare
// numerals only: a unit, scale, currency or percent sign after the digits makes them a figure anyway.
import { alt, memo } from './vocab';
import type { FactsWords } from './types';

const compile = memo((facts: FactsWords) => ({
  time: new RegExp(`^\\s{0,2}${alt(facts.timeWords ?? [], false)}`, 'iu'),
  reference: new RegExp(`${alt(facts.referenceWords ?? [])}\\s{0,2}$`, 'iu'),
}));

/** Whether the bare numeral text[start, end) labels rather than counts. `text` is the normalised block. */
export function isLabel(text: string, start: number, end: number, facts: FactsWords): boolean {
  const digits = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 12);
  const { time, reference } = compile(facts);
  return (
    // Leading zero: phone and postal codes (`030`), not `0,5`.
    /^0\d/.test(digits) ||
    // Long unseparated digit strings are identifiers, not amounts.
    /^\d{7,}$/.test(digits) ||
    // `+49`, `#3`, `№ 5`; minutes of `14:30`; `COVID-19`, `F-35`; a digit group or a second hyphenated part before it (phones, ISBNs).
    /(?:[+#№]|\p{L}[-/]|\d:|\d[-/]\d+[-/]|\d\s)$/u.test(before) ||
    (/\d[-/]$/.test(before) && digits.length > 3) ||
    // Followed by another part of a code, a date or a time: `10-12-2023`, `14:30`, `030 123`.
    /^(?:[-/:]\d|\s\d)/.test(after) ||
    // Glued to letters after a hyphen (`5-Sterne`, `10-year`): a compound, not a figure of its own.
    /^-\p{L}/u.test(after) ||
    // `Apollo 11`, `Windows 10`, `iPhone 15`, German `Seite 12`: right after a word with a capital.
    /\p{Lu}[\p{L}\p{N}]*\s{1,2}$/u.test(before) ||
    // German `3. Platz`: a dotted ordinal.
    (facts.ordinalDot === true && /^\.\s/.test(after)) ||
    time.test(after) ||
    reference.test(before)
  );
}

/**
 * Whether the bare numeral text[start, end) is a year (1000–2199, four plain digits). Years stand after
 * capitalised nouns (`Im Jahr 2023`) and in ranges (`2020-2023`), so only codes are ruled out here.
 */
export function isYear(text: string, start: number, end: number): boolean {
  if (!/^(?:1\d|2[01])\d\d$/.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 6), start);
  // A range of years (`2020-2023`) is two years; other digits joined by `-/:.` are a code or a date.
  if (/(?:[+#№]|\p{L}[-/])$/u.test(before) || (/\d[-/:.]$/.test(before) && !/(?<!\d)\d{4}[-/]$/.test(before))) return false;
  return !/^(?:[-/:.]\d(?!\d{3}(?!\d))|\s\d)/.test(text.slice(end, end + 6));
}
