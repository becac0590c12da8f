// Figure facts in a block of article text: money, percentages, other figures with their unit, and
// dates and periods resolved against the article's publication date. Pure TypeScript (no DOM, browser or
// Node API): it runs in the extension's background and in the command line alike.
//
// Resolution rules for dates without a year (see calendar.ts): a day and month take the year that puts
// them nearest to the reference, or with a weekday the nearest year whose calendar has that weekday; a
// month alone is the one from eight months before to three months after the reference month; a weekday
// alone is the nearest such day, `letzten Dienstag` / `last Tuesday` the one before it, `next Friday`
// the one after; a relative day resolves to the day, a week (`letzte Woche`, `vor zwei Wochen`) to its
// Monday, a month to `YYYY-MM`, a year to `YYYY`; a decade resolves as `199X`. Without a reference,
// phrases that need one carry no `resolved`. Relative dates come from our own lexicon rules
// (relative.ts), not chrono-node, which was too big for the extension's size budget.
import { findAmounts } from './figures';
import { findDates } from './dates';
import { findRelativeDates } from './relative';
import { merge } from './merge';
import { wordsOf, type Words } from './gate';
import type { Candidate, FactsPack, FactsWords, FoundFact } from './types';

export type { DateWords, FactsPack, FactsWords, FoundFact } from './types';
export { parseNumeral } from './numbers';

/** Zero-width and bidirectional control characters: invisible, they would split or glue tokens. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** What the tidying of a fact's text changes: an invisible character, white space but a single space. */
const UNTIDY = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|[^\S ]| {2}/;

/**
 * Money, percentages, other figures and dates in one block of article text. `reference` is the article's
 * publication date (relative dates resolve against it), or null. Only `code` and `facts` of the language
 * pack are read, so callers may pass a whole `LanguagePack` or just `{ code, facts }`. Offsets are into
 * `text`; `context` and `span` are left to the caller. Never throws; linear time in the length of `text`.
 */
export function findFigures(text: string, pack: FactsPack, reference: Date | null): FoundFact[] {
  if (typeof text !== 'string' || !text || !pack?.facts) return [];
  const facts = pack.facts as FactsWords;
  // Invisible characters become spaces of the same length, so offsets still point into `text`.
  const plain = text.replace(INVISIBLE, ' ');
  const candidates: Candidate[] = [];
  // The block's words, split once for all finders: they try their patterns only where a word allows a match.
  let words: Words | undefined;
  try {
    words = wordsOf(plain);
  } catch {
    // Each finder splits the block itself.
  }
  // Each finder on its own: a fault in one on odd input must not cost the others.
  for (const find of [
    () => findAmounts(plain, facts, words),
    () => findDates(plain, facts, reference, words),
    () => findRelativeDates(plain, facts, reference, words),
  ]) {
    try {
      for (const hit of find()) candidates.push(hit);
    } catch {
      // Nothing found by this finder.
    }
  }
  // The finders made every fact afresh for this call: its text is set in place.
  const found = merge(candidates, text.length);
  for (const fact of found) {
    const phrase = text.slice(fact.start, fact.end);
    fact.text = UNTIDY.test(phrase) ? phrase.replace(INVISIBLE, '').replace(/\s+/g, ' ') : phrase;
  }
  return found;
}
