// The background's side of Readability's reading away from the page (src/page/serialized-reading.ts):
// Firefox's background page parses HTML itself; Chrome's background is a service worker without a DOM,
// so it keeps one offscreen document for the purpose and passes each request on to it.
import browser from 'webextension-polyfill';
import { readSerialized } from '../page/serialized-reading';
import type { ReadRequest, ReadResult } from './messages';
import { isReadRequest, isReadResult } from './messages';

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
  offscreen: { createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void> };
}

function chromeOffscreen(): OffscreenApi | null {
  const api = (globalThis as unknown as { chrome?: Partial<OffscreenApi> }).chrome;
  return api?.offscreen && api.runtime && typeof api.runtime.getContexts === 'function' ? (api as OffscreenApi) : null;
}

let opening: Promise<void> | null = null;

/** Opens the offscreen document unless it is open already (once, however many requests arrive meanwhile). */
async function ensureOffscreen(api: OffscreenApi): Promise<void> {
  const open = await api.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (open.length > 0) return;
  opening ??= api.offscreen
    .createDocument({ url: OFFSCREEN_PAGE, reasons: ['DOM_PARSER'], justification: 'Reads a copy of an article page with Readability away from the page.' })
    .finally(() => {
      opening = null;
    });
  await opening;
}

/** Readability's reading of a ReadRequest, here (a background page) or in the offscreen document (a service worker). */
export async function readAwayFromPage(request: ReadRequest): Promise<ReadResult> {
  try {
    if (typeof DOMParser === 'function') return { ok: true, reading: readSerialized(request.html, request.maxElements, new DOMParser()) };
    const api = chromeOffscreen();
    if (!api) return { ok: false, error: 'no document here to read HTML in' };
    await ensureOffscreen(api);
    const answer: unknown = await browser.runtime.sendMessage({ type: OFFSCREEN_READ, html: request.html, maxElements: request.maxElements } satisfies OffscreenReadRequest);
    return isReadResult(answer) ? answer : { ok: false, error: 'the offscreen document gave no reading' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
