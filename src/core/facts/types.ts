// Types shared by the figure finders: the slice of a language pack they read, the optional date words a
// facts lexicon may add beyond `FactsLexicon`, and the candidate hits that merge.ts reconciles.
import type { Fact } from '../report';
import type { FactsLexicon, LanguagePack } from '../languages/types';

/** All that findFigures needs of a language pack, so tests and tools can pass `{ code, facts }` alone. */
export type FactsPack = Pick<LanguagePack, 'code' | 'facts'>;

/**
 * Words for dates and for telling figures from references that `FactsLexicon` has no field for yet. A
 * lexicon adds them beside its `FactsLexicon` fields (`facts: FactsLexicon & DateWords`); every field is
 * optional and a missing one simply switches its rule off, so any pack works with the engine.
 * Keys are lower-case; spaces match any white space, `'` matches ’ as well.
 */
export interface DateWords {
  /** The language capitalises month and weekday names (de, en): a lower-case `may` or `march` is no date. */
  capitalised?: boolean;
  /** Dates may be written month first (`April 25, 2023`). */
  monthFirst?: boolean;
  /** German ordinals end in a full stop (`3. Platz`): a bare `3.` is not a count. */
  ordinalDot?: boolean;
  /** Prepositions and articles that open a date and belong to its phrase (`im`, `am`, `in`, `le`); a lone month needs one. */
  leads?: readonly string[];
  /** Short words that may stand between day, month, year or quarter and year (`de` in `25 de abril de 2023`, `of`). */
  links?: readonly string[];
  /** Words that narrow a month or year to part of it (`anfang`, `ende`, `early`, `mid-`); `resolved` stays the month or year. */
  parts?: readonly string[];
  /** Words for a quarter of a year (`quartal`, `quarter`, `trimestre`). */
  quarters?: readonly string[];
  /** Ordinal words → n, for quarters (`zweiten` → 2, `second` → 2). */
  ordinals?: Readonly<Record<string, number>>;
  /** Endings that make a decade of a year (`er` in `1990er`, `s` in `1990s`). */
  decadeEnds?: readonly string[];
  /** Words before a year that make it a decade (`années`, `años`, `anni`, `jaren`). */
  decadeLeads?: readonly string[];
  /** Words after a decade that belong to its phrase (`jahren`, `jahre`). */
  decadeTails?: readonly string[];
  /** Relative phrases → [unit, offset] from the reference (`gestern` → ['day', -1], `vorige week` → ['week', -1]). */
  relative?: Readonly<Record<string, readonly [unit: 'day' | 'week' | 'month' | 'year', offset: number]>>;
  /** Words after a number that make it a time of day (`uhr`, `pm`, `h`). */
  timeWords?: readonly string[];
  /** Words before a number that make it a reference, not a figure (`seite`, `nr.`, `page`, `§`). */
  referenceWords?: readonly string[];
}

/** A facts lexicon with the optional date words. */
export type FactsWords = FactsLexicon & DateWords;

export interface FoundFact extends Fact {
  /** Offset of the first character in the text given to findFigures. */
  start: number;
  /** Offset after the last character. */
  end: number;
}

/** A hit before merging: higher `rank` wins over lower between hits of the same length. */
export interface Candidate {
  fact: FoundFact;
  rank: number;
}
