// The messages between the content script, the background and the popup, and the content script's
// state as the popup sees it. Plain JSON only: everything here crosses extension messaging.
import type { Report, Verdict } from '../core/report';
import type { LanguagePack } from '../core/languages/types';
import type { HighlightCategory } from '../page/annotate/categories';

/**
 * What the content script knows about its tab. `packs`: the languages whose packs it has been given so
 * far (none until an article needs one).
 */
export type TabState =
  | { phase: 'detecting'; url: string }
  /** Nothing was read: the reader switched Newslens off on this site, or annotates only on request. */
  | { phase: 'idle'; url: string; reason: IdleReason }
  | { phase: 'not-article'; url: string; pageTitle: string; verdict: Verdict; packs: string[] }
  | { phase: 'analysing'; url: string; verdict: Verdict; forced: boolean }
  | {
      phase: 'done';
      url: string;
      verdict: Verdict;
      forced: boolean;
      report: Report;
      blocks: number;
      millis: number;
      packs: string[];
      /** What is highlighted in the page now, per category (0 for a category switched off). */
      highlighted?: HighlightCounts;
    }
  | { phase: 'failed'; url: string; error: string };

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
  /** Content script → background: give me the pack of this language (answered with a PackLoadResult). */
  | LoadPackRequest;

/**
 * The languages the background has a pack for (src/extension/packs.ts): the same list as `packLanguages`
 * in src/core/languages/profiles.ts (a unit test holds them together), kept here so that the popup and
 * the background do not bundle the stop-word profiles.
 */
export const PACK_LANGUAGES = ['de', 'en', 'fr', 'es', 'it', 'nl'] as const;
export type PackLanguage = (typeof PACK_LANGUAGES)[number];

export interface LoadPackRequest {
  type: 'newslens:load-pack';
  lang: PackLanguage;
}

/** The background's answer to a LoadPackRequest: the pack as plain data (its lexicons are JSON). */
export type PackLoadResult = { ok: true; pack: LanguagePack } | { ok: false; error: string };

export interface StateChangedRequest {
  type: 'newslens:state-changed';
  state: TabState;
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
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { type, item } = value as { type?: unknown; item?: unknown };
  if (type !== 'newslens:reveal' || typeof item !== 'object' || item === null) return false;
  const { kind, index } = item as { kind?: unknown; index?: unknown };
  return (kind === 'quote' || kind === 'claim' || kind === 'fact') && Number.isInteger(index) && (index as number) >= 0;
}

export function isStepRequest(value: unknown): value is StepRequest {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { type, direction } = value as { type?: unknown; direction?: unknown };
  return type === 'newslens:step' && (direction === 1 || direction === -1);
}

export function isPackLanguage(value: unknown): value is PackLanguage {
  return typeof value === 'string' && (PACK_LANGUAGES as readonly string[]).includes(value);
}

/** A well-formed LoadPackRequest: exactly `type` and `lang`, the language one of PACK_LANGUAGES. */
export function isLoadPackRequest(value: unknown): value is LoadPackRequest {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const { type, lang } = value as { type?: unknown; lang?: unknown };
  return type === 'newslens:load-pack' && isPackLanguage(lang) && keys.length === 2 && keys.includes('lang');
}

const PHASES: readonly string[] = ['detecting', 'idle', 'not-article', 'analysing', 'done', 'failed'] satisfies Array<TabState['phase']>;
const CLAIM_STATUSES: readonly unknown[] = ['unsupported', 'attributed', 'supported'];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A well-formed state report: a known phase and an address, and for a finished reading the parts of the
 * report the background reads for the badge and the button's title (whether it is an article, its title,
 * each claim's status). The rest of the report is only ever shown as text, so it is not checked here.
 */
export function isStateChangedRequest(value: unknown): value is StateChangedRequest {
  if (!isObject(value) || value.type !== 'newslens:state-changed' || !isObject(value.state)) return false;
  const { phase, url, report } = value.state;
  if (typeof phase !== 'string' || !PHASES.includes(phase) || typeof url !== 'string') return false;
  if (phase !== 'done') return true;
  if (!isObject(report) || typeof report.isArticle !== 'boolean' || !Array.isArray(report.claims)) return false;
  if (report.title !== null && report.title !== undefined && typeof report.title !== 'string') return false;
  return report.claims.every((claim) => isObject(claim) && CLAIM_STATUSES.includes(claim.status));
}

export function isRequest(value: unknown): value is Request {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' && (value as { type: string }).type.startsWith('newslens:');
}
