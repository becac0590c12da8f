// Types shared by the figure finders: the slice of a language pack they read, the optional date words a
// facts lexicon may add beyond `FactsLexicon`, and the candidate hits that merge.ts reconciles.
import type { Fact } from '../report';
import type { FactsLexicon, LanguagePack } from '../languages/types';

/** A calendar unit a relative date moves by. */
export type Unit = 'day' | 'week' | 'month' | 'year';

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
  /**
   * Fixed relative phrases → [unit, offset] from the reference: the days (`gestern` → ['day', -1],
   * `übermorgen` → ['day', 2]) and any phrase the rules below cannot build (`the day after tomorrow`).
   */
  relative?: Readonly<Record<string, readonly [unit: Unit, offset: number]>>;
  /** Further openers of a relative phrase that belong to it, alone or after a lead (`la`, `l'`, `in der`). */
  relativeLeads?: readonly string[];
  /** Nouns for a period that `shifts` move by one (`woche`, `jahres`, `semaine`, `année`, `week`). Singular only. */
  periods?: Readonly<Record<string, 'week' | 'month' | 'year'>>;
  /** Words before a period or weekday → its offset (`letzten` → -1, `kommende` → 1, `diese` → 0, `quest'` → 0). */
  shifts?: Readonly<Record<string, number>>;
  /** Words after a period or weekday → its offset (`dernière` → -1, `pasado` → -1, `prossimo` → 1). */
  shiftsAfter?: Readonly<Record<string, number>>;
  /** Nouns for a counted span, singular and plural (`tagen` → 'day', `weeks` → 'week', `jaar` → 'year'). */
  spans?: Readonly<Record<string, Unit>>;
  /** Words before a count of spans → its direction (`vor` → -1, `il y a` → -1, `in` → 1, `dans` → 1). */
  countBefore?: Readonly<Record<string, -1 | 1>>;
  /** Words after a count of spans → its direction (`ago` → -1, `fa` → -1, `geleden` → -1). */
  countAfter?: Readonly<Record<string, -1 | 1>>;
  /** Words for one as a count looking back (`vor einem Jahr`, `a year ago`); forward, `in a year` is too often no date. */
  ones?: readonly string[];
  /** Relative or shift words → the words right before them that make them something else (`morgen` after `am`, `heute`: the morning; `last` after `the`). */
  notAfter?: Readonly<Record<string, readonly string[]>>;
  /** Relative words that are nouns when capitalised inside a sentence (German `Morgen`: `jeden Morgen`, `Guten Morgen`). */
  nounsWhenCapitalised?: readonly string[];
  /** Words earlier in the clause that make a forward count a span up to now (`the highest in 20 years`, `erstmals in zehn Jahren`). */
  retroCues?: readonly string[];
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
