// The messages between the content script, the background and the popup, and the content script's
// state as the popup sees it. Plain JSON only: everything here crosses extension messaging.
import type { Report, Verdict } from '../core/report';

/** What the content script knows about its tab. */
export type TabState =
  | { phase: 'detecting'; url: string }
  | { phase: 'not-article'; url: string; pageTitle: string; verdict: Verdict }
  | { phase: 'analysing'; url: string; verdict: Verdict; forced: boolean }
  | { phase: 'done'; url: string; verdict: Verdict; forced: boolean; report: Report; blocks: number; millis: number }
  | { phase: 'failed'; url: string; error: string };

export type Request =
  /** Popup → content script: what do you know? */
  | { type: 'newslens:get-state' }
  /** Popup → content script: analyse this page even though it is not judged an article. */
  | { type: 'newslens:analyse-anyway' }
  /** Content script → background: my tab's state changed (for the badge). */
  | { type: 'newslens:state-changed'; state: TabState };

export function isRequest(value: unknown): value is Request {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' && (value as { type: string }).type.startsWith('newslens:');
}
