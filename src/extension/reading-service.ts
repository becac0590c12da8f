// The background's side of Readability's reading away from the page (src/page/serialized-reading.ts):
// Firefox's background page parses HTML itself; Chrome's background is a service worker without a DOM,
// so it opens one offscreen document for the purpose, passes each request on to it, and closes it once
// no article has been read for a while (the document is a whole renderer process of memory).
import browser from 'webextension-polyfill';
import { readSerialized } from '../page/serialized-reading';
import type { ReadRequest, ReadResult } from './messages';
import { errorMessage, isReadRequest, isReadResult } from './messages';

export type { ReadResult };

/** Background → offscreen document: read this HTML (the content script's ReadRequest, passed on). */
export const OFFSCREEN_READ = 'newslens:offscreen-read';
export const OFFSCREEN_PAGE = 'src/extension/offscreen.html';

export interface OffscreenReadRequest {
  type: typeof OFFSCREEN_READ;
  html: string;
  maxElements: number;
}

export function isOffscreenReadRequest(value: unknown): value is OffscreenReadRequest {
  return isReadRequest({ ...(value as object), type: 'newslens:read' }) && (value as { type?: unknown }).type === OFFSCREEN_READ;
}

interface OffscreenApi {
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<unknown[]> };
  offscreen: {
    createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
    closeDocument(): Promise<void>;
  };
}

/**
 * How long the offscreen document stays open after its last reading. Long enough for a reader going
 * from article to article not to pay for a new document each time (opening one takes tens of ms), short
 * enough that a browser left on other pages does not keep a renderer process for nothing.
 */
export const OFFSCREEN_IDLE_MS = 60_000;

function chromeOffscreen(): OffscreenApi | null {
  const api = (globalThis as unknown as { chrome?: Partial<OffscreenApi> }).chrome;
  return api?.offscreen && api.runtime && typeof api.runtime.getContexts === 'function' ? (api as OffscreenApi) : null;
}

let opening: Promise<void> | null = null;
let closing: Promise<void> | null = null;
/** Readings passed on and not yet answered: the document is not closed under them. */
let reading = 0;
let idleTimer: ReturnType<typeof setTimeout> | null = null;

/** Opens the offscreen document unless it is open already (once, however many requests arrive meanwhile). */
async function ensureOffscreen(api: OffscreenApi): Promise<void> {
  // A document being closed cannot take the request: wait, then open a new one.
  if (closing) await closing;
  const open = await api.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (open.length > 0) return;
  opening ??= api.offscreen
    .createDocument({ url: OFFSCREEN_PAGE, reasons: ['DOM_PARSER'], justification: 'Reads a copy of an article page with Readability away from the page.' })
    .finally(() => {
      opening = null;
    });
  await opening;
}

function cancelIdleClose(): void {
  if (idleTimer !== null) clearTimeout(idleTimer);
  idleTimer = null;
}

/** Closes the offscreen document OFFSCREEN_IDLE_MS after the last reading, unless another one comes first. */
function closeWhenIdle(api: OffscreenApi): void {
  cancelIdleClose();
  if (reading > 0) return;
  idleTimer = setTimeout(() => {
    idleTimer = null;
    if (reading > 0 || closing) return;
    closing = api.offscreen
      .closeDocument()
      // Already closed (by the browser, or before a restart of the service worker): nothing to do.
      .catch(() => undefined)
      .finally(() => {
        closing = null;
      });
  }, OFFSCREEN_IDLE_MS);
}

/** Readability's reading of a ReadRequest, here (a background page) or in the offscreen document (a service worker). */
export async function readAwayFromPage(request: ReadRequest): Promise<ReadResult> {
  try {
    if (typeof DOMParser === 'function') return { ok: true, reading: readSerialized(request.html, request.maxElements, new DOMParser()) };
    const api = chromeOffscreen();
    if (!api) return { ok: false, error: 'no document here to read HTML in' };
    reading++;
    cancelIdleClose();
    try {
      await ensureOffscreen(api);
      const answer: unknown = await browser.runtime.sendMessage({ type: OFFSCREEN_READ, html: request.html, maxElements: request.maxElements } satisfies OffscreenReadRequest);
      return isReadResult(answer) ? answer : { ok: false, error: 'the offscreen document gave no reading' };
    } finally {
      reading--;
      closeWhenIdle(api);
    }
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}
