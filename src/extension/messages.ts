// The messages between the content script, the background and the popup, and the content script's
// state as the popup sees it. Plain JSON only: everything here crosses extension messaging.
import type { ArticleInput, BlockKind } from '../core/article';
import type { Report, Verdict } from '../core/report';
import { isVerdictReason } from '../core/verdict-reasons';
import type { HighlightCategory } from '../page/annotate/categories';
import type { SerializedReading } from '../page/serialized-reading';

/** What the content script knows about its tab. */
export type TabState =
  | { phase: 'detecting'; url: string }
  /** Nothing was read: the reader switched Newslens off on this site, or annotates only on request. */
  | { phase: 'idle'; url: string; reason: IdleReason }
  | { phase: 'not-article'; url: string; pageTitle: string; verdict: Verdict }
  | { phase: 'analysing'; url: string; verdict: Verdict; forced: boolean }
  | {
      phase: 'done';
      url: string;
      verdict: Verdict;
      forced: boolean;
      report: Report;
      blocks: number;
      /** The work on the page's main thread (detection is separate): extraction and marking. */
      millis: number;
      /** The analysis, in the background. */
      analysisMillis?: number;
      /** Where Readability read the page: away from it, in the background (as it should), or in the page (the fallback). */
      readBy?: 'background' | 'page';
      /** What is highlighted in the page now, per category (0 for a category switched off). */
      highlighted?: HighlightCounts;
    }
  /** The reading stopped: `failure` says why in a way the popup can put in the reader's language, `error` is the technical detail (English, as the code or the browser wrote it). */
  | { phase: 'failed'; url: string; failure: FailureKind; error: string };

/**
 * Why a reading failed: the background did not answer in time, it answered that the analysis failed,
 * or something went wrong on the page itself (detection, extraction, an unexpected browser error).
 */
export type FailureKind = 'analysis-timeout' | 'analysis-failed' | 'page-error';

/** An error's own words, as a message between the extension's parts carries them (anything thrown, not only an Error). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** How long the content script waits for the background's analysis before it gives up on a reading (the popup names it). */
export const ANALYSIS_TIMEOUT_MS = 30_000;

export type IdleReason = 'site-off' | 'on-request';

export type HighlightCounts = Record<HighlightCategory, number>;

/** One item of a report, by its place in the report's `quotes`, `claims` or `facts` list. */
export interface ItemRef {
  kind: 'quote' | 'claim' | 'fact';
  index: number;
}

/** The content script's answer to a RevealRequest: whether the item is in the page and was shown. */
export interface RevealResult {
  ok: boolean;
}

export type Request =
  /** Popup → content script: what do you know? */
  | { type: 'newslens:get-state' }
  /** Popup → content script: analyse this page even though it is not judged an article. */
  | { type: 'newslens:analyse-anyway' }
  /** Popup → content script: read and annotate this page now (annotation on request, or a site switched off). */
  | { type: 'newslens:annotate' }
  /** Popup → content script: scroll to this item and flash it (answered with a RevealResult). */
  | RevealRequest
  /** Background → content script: move to the next (1) or previous (-1) highlight and show its card (keyboard command). */
  | StepRequest
  /** Content script → background: my tab's state changed (for the badge). */
  | StateChangedRequest
  /** Content script → background: analyse this article (answered with an AnalyseResult). */
  | AnalyseRequest
  /** Content script → background (→ Chrome's offscreen document): Readability's reading of this HTML (answered with a ReadResult). */
  | ReadRequest;

/**
 * Content script → background: the HTML of the content script's copy of the page, for Readability to
 * read away from the page's main thread (src/page/serialized-reading.ts). The background of Chrome, a
 * service worker, cannot parse HTML: it passes the request on to the extension's offscreen document.
 */
export interface ReadRequest {
  type: 'newslens:read';
  html: string;
  maxElements: number;
}

/** The answer to a ReadRequest: Readability's reading, or null when it found no article. */
export type ReadResult = { ok: true; reading: SerializedReading | null } | { ok: false; error: string };

/** Larger copies are read on the page after all (a message this size would cost more than it saves). */
export const MAX_READ_HTML_CHARS = 16_000_000;

/** A well-formed ReadRequest: exactly `type`, `html` (bounded) and `maxElements`. */
export function isReadRequest(value: unknown): value is ReadRequest {
  if (!isPlainObject(value) || value.type !== 'newslens:read') return false;
  return (
    Object.keys(value).sort().join(',') === 'html,maxElements,type' &&
    typeof value.html === 'string' &&
    value.html.length <= MAX_READ_HTML_CHARS &&
    typeof value.maxElements === 'number' &&
    Number.isInteger(value.maxElements) &&
    value.maxElements > 0
  );
}

const isName = (name: unknown): boolean => name === null || (Array.isArray(name) && name.length === 2 && name.every((n) => Number.isInteger(n) && (n as number) >= 0));

/** A node of a serialized container: [parent, text] or [parent, tag, [name, value…]], parents before children. */
function isSerializedNode(entry: unknown, index: number): boolean {
  if (!Array.isArray(entry) || !Number.isInteger(entry[0]) || entry[0] < -1 || entry[0] >= index) return false;
  if (entry.length === 2) return typeof entry[1] === 'string';
  return entry.length === 3 && typeof entry[1] === 'string' && Array.isArray(entry[2]) && entry[2].every((part: unknown) => typeof part === 'string');
}

/** A well-formed reading as it comes back: the metadata as text or null, the container as a list of nodes with its text names. */
export function isReadResult(value: unknown): value is ReadResult {
  if (!isPlainObject(value)) return false;
  if (value.ok === false) return typeof value.error === 'string';
  if (value.ok !== true) return false;
  const reading = value.reading;
  if (reading === null) return true;
  return (
    isPlainObject(reading) &&
    Array.isArray(reading.content) &&
    reading.content.every(isSerializedNode) &&
    Array.isArray(reading.texts) &&
    reading.texts.every(isName) &&
    Array.isArray(reading.furniture) &&
    reading.furniture.every((index) => Number.isInteger(index) && (index as number) >= 0) &&
    ['title', 'byline', 'publishedTime', 'siteName', 'lang'].every((key) => reading[key] === null || typeof reading[key] === 'string')
  );
}

/**
 * Content script → background: the article as the analysis takes it, and the page's verdict. The
 * analysis runs in the background, off the page's main thread, and never on anything but this data.
 */
export interface AnalyseRequest {
  type: 'newslens:analyse';
  input: ArticleInput;
  verdict: Verdict;
}

/** The background's answer to an AnalyseRequest: the report, and how long the analysis took. */
export type AnalyseResult = { ok: true; report: Report; millis: number } | { ok: false; error: string };

/** More than any article's extraction gives (src/page/budget.ts bounds it): a message beyond is refused. */
export const MAX_ANALYSE_BLOCKS = 20_000;
export const MAX_ANALYSE_CHARACTERS = 5_000_000;

const BLOCK_KINDS: ReadonlySet<BlockKind> = new Set(['paragraph', 'heading', 'quote', 'list-item', 'preformatted']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isTextOrNull = (value: unknown): boolean => value === null || (typeof value === 'string' && value.length <= 10_000);

function isArticleInput(value: unknown): value is ArticleInput {
  if (!isPlainObject(value) || !Array.isArray(value.blocks) || value.blocks.length > MAX_ANALYSE_BLOCKS) return false;
  let characters = 0;
  for (const block of value.blocks as unknown[]) {
    if (!isPlainObject(block) || typeof block.text !== 'string' || !BLOCK_KINDS.has(block.kind as BlockKind)) return false;
    characters += block.text.length;
    if (characters > MAX_ANALYSE_CHARACTERS) return false;
  }
  return ['title', 'byline', 'published', 'siteName', 'declaredLang'].every((key) => isTextOrNull(value[key]));
}

function isVerdict(value: unknown): value is Verdict {
  return (
    isPlainObject(value) &&
    typeof value.isArticle === 'boolean' &&
    typeof value.confidence === 'number' &&
    Array.isArray(value.reasons) &&
    value.reasons.every((reason) => typeof reason === 'string') &&
    (value.why === undefined || (Array.isArray(value.why) && value.why.length <= value.reasons.length && value.why.every(isVerdictReason)))
  );
}

/** A well-formed AnalyseRequest: exactly `type`, `input` (blocks of known kinds, bounded) and `verdict`. */
export function isAnalyseRequest(value: unknown): value is AnalyseRequest {
  if (!isPlainObject(value) || value.type !== 'newslens:analyse') return false;
  const keys = Object.keys(value).sort().join(',');
  return keys === 'input,type,verdict' && isArticleInput(value.input) && isVerdict(value.verdict);
}

/**
 * What the background is told of a tab's state, for the toolbar button: the phase, and on an article
 * that was read its title and how many claims are flagged. Never the report: the background made it
 * and forgot it, and sending it back would cost the page a copy of every item on its main thread.
 */
export interface ButtonState {
  phase: TabState['phase'];
  url: string;
  article: { title: string | null; flagged: number } | null;
}

export interface StateChangedRequest {
  type: 'newslens:state-changed';
  state: ButtonState;
}

/** The part of `state` the toolbar button shows. */
export function buttonState(state: TabState): ButtonState {
  const article =
    state.phase === 'done' && state.report.isArticle
      ? { title: state.report.title, flagged: state.report.claims.filter((claim) => claim.status !== 'supported').length }
      : null;
  return { phase: state.phase, url: state.url, article };
}

export interface RevealRequest {
  type: 'newslens:reveal';
  item: ItemRef;
}

export interface StepRequest {
  type: 'newslens:step';
  direction: 1 | -1;
}

/** A well-formed RevealRequest: an item kind and a whole, non-negative index, nothing else. */
export function isRevealRequest(value: unknown): value is RevealRequest {
  if (!isPlainObject(value) || value.type !== 'newslens:reveal' || !isPlainObject(value.item)) return false;
  const { kind, index } = value.item;
  return (kind === 'quote' || kind === 'claim' || kind === 'fact') && Number.isInteger(index) && (index as number) >= 0;
}

export function isStepRequest(value: unknown): value is StepRequest {
  return isPlainObject(value) && value.type === 'newslens:step' && (value.direction === 1 || value.direction === -1);
}

const PHASES: readonly string[] = ['detecting', 'idle', 'not-article', 'analysing', 'done', 'failed'] satisfies Array<TabState['phase']>;
/** More flagged claims than any article has: a bound on what the badge is asked to show. */
const MAX_FLAGGED = 100_000;


/**
 * A well-formed state report: a known phase, an address, and nothing or an article's title and a count
 * of flagged claims (a whole number, as the badge shows it).
 */
export function isStateChangedRequest(value: unknown): value is StateChangedRequest {
  if (!isPlainObject(value) || value.type !== 'newslens:state-changed' || !isPlainObject(value.state)) return false;
  const { phase, url, article } = value.state;
  if (typeof phase !== 'string' || !PHASES.includes(phase) || typeof url !== 'string') return false;
  if (article === null) return true;
  if (phase !== 'done' || !isPlainObject(article)) return false;
  const { title, flagged } = article;
  if (title !== null && typeof title !== 'string') return false;
  return typeof flagged === 'number' && Number.isInteger(flagged) && flagged >= 0 && flagged <= MAX_FLAGGED;
}

export function isRequest(value: unknown): value is Request {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' && (value as { type: string }).type.startsWith('newslens:');
}
