// The analysis report: the contract between the analyzer and everything that shows or scores it
// (the popup, the command line, ../shared/REPORT.md). Fields may be added, never renamed or dropped.
import type { Reason } from './analysis/reasons';
import type { VerdictReason } from './verdict-reasons';

export type { Reason, ReasonCode } from './analysis/reasons';
export type { VerdictReason, VerdictReasonCode } from './verdict-reasons';

export type ClaimStatus = 'unsupported' | 'attributed' | 'supported';

export type FactKind =
  | 'money'
  | 'percent'
  | 'number'
  | 'date'
  | 'person'
  | 'organization'
  | 'place'
  | 'source';

/** Where in the article an item stands: a block index and character offsets into that block's text. */
export interface TextSpan {
  block: number;
  start: number;
  end: number;
}

export interface Quote {
  text: string;
  speaker: string | null;
  span?: TextSpan;
  /** Every paragraph's part of a quotation that runs over several paragraphs (absent for one part). */
  spans?: TextSpan[];
  /** The words that framed the quotation (`sagte`, `according to`, `:`), where there were any. */
  frame?: string;
}

export interface Claim {
  text: string;
  status: ClaimStatus;
  speaker: string | null;
  /** Why it got its status, in plain English words (`hedge: "Berichten zufolge" — no named source`). */
  reasons: string[];
  /** The same reasons as data, for an interface to put into the reader's language (src/core/analysis/reasons.ts). */
  why?: Reason[];
  span?: TextSpan;
}

export interface Fact {
  kind: FactKind;
  text: string;
  value?: number;
  unit?: string;
  /** For a date or period: the resolved calendar value (`2023-04-25`, `2023-10`, `2023-Q2`, `2023`). */
  resolved?: string;
  /** The sentence the fact stands in. */
  context?: string;
  span?: TextSpan;
}

/** Why the page was or was not judged an article. */
export interface Verdict {
  isArticle: boolean;
  /** 0..1: how sure the detector is of `isArticle`. */
  confidence: number;
  /** Plain-language evidence, strongest first, e.g. "schema.org type NewsArticle". */
  reasons: string[];
  /** The same evidence as data, for the interface to say in the reader's language (./verdict-reasons.ts). */
  why?: VerdictReason[];
}

export interface Report {
  isArticle: boolean;
  lang: string | null;
  title: string | null;
  text: string;
  quotes: Quote[];
  claims: Claim[];
  facts: Fact[];
  // Additions of this project:
  byline: string | null;
  published: string | null;
  siteName: string | null;
  wordCount: number;
  verdict?: Verdict;
}
