// The anchors in the content script's own conditions: Readability's first gate (isProbablyReaderable,
// what Firefox runs to offer Reader View) and its parse() of a copy of the page (Reader View itself),
// each as the first thing run in a fresh isolated world of a freshly loaded page, its code compiled for
// the first time. The in-page anchors of bench-extension.ts run after Newslens on the same page, where
// the page's element lists, the DOM bindings and the regular expressions are already warm; a content
// script never finds them so, and Newslens' own figures are taken cold. Runs in a browser of its own,
// without the extension, so nothing of ours has touched the page first: a Chromium, whose DevTools make
// the isolated world (and weigh the page's own heap, the baseline of what the content script holds), or
// a Firefox ESR, where the world is a WebDriver BiDi sandbox: a realm that sees the page through Xray
// wrappers, as Firefox's content scripts do (no heap there: BiDi cannot read it).
import { chromium, type Browser, type Page } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_QUIET_ARGS, FIREFOX_PRECISE_TIMER_PREFS, FIREFOX_QUIET_PREFS, heapAfterCollection, requireExecutable, type BrowserName } from './browsers';

/** What can be measured cold: the gate, or parse() on a clone of the document as Reader View runs it. */
export type ColdAnchor = 'readerable' | 'parse';

/** Each anchor as an expression on the anchors script's `window.__anchors`, the same calls the in-page anchors make. */
const RUN: Readonly<Record<ColdAnchor, string>> = {
  readerable: 'window.__anchors.isProbablyReaderable(document)',
  parse: 'new window.__anchors.Readability(document.cloneNode(true)).parse()',
};

export interface ColdAnchors {
  /** Milliseconds of the anchor's first run on a fresh load of the page at `url`, or null when the page could not be measured. */
  measure(url: string, anchor: ColdAnchor): Promise<number | null>;
  /**
   * The JavaScript heap, in bytes after a full garbage collection, of a fresh load of the page with
   * nothing of ours in it: what the page holds by itself, against which the extension's tab is weighed.
   */
  pageHeap(url: string): Promise<number | null>;
  close(): Promise<void>;
}

/** The timed expression: the anchor's first run, in milliseconds. */
const timed = (anchor: ColdAnchor): string => `(() => { const start = performance.now(); ${RUN[anchor]}; return performance.now() - start; })()`;

/**
 * `anchors`: bench-extension's script that sets `window.__anchors` (Readability, isProbablyReaderable,
 * mark.js), evaluated untimed first. In `browser`, Chromium unless told.
 */
export function coldAnchors(anchors: string, browser: BrowserName = 'chromium'): Promise<ColdAnchors> {
  return browser === 'firefox' ? coldAnchorsInFirefox(anchors) : coldAnchorsInChromium(anchors);
}

async function coldAnchorsInChromium(anchors: string): Promise<ColdAnchors> {
  const browser: Browser = await chromium.launch({ executablePath: await requireExecutable('chromium'), headless: true, args: [...CHROMIUM_QUIET_ARGS] });
  const context = await browser.newContext();
  /** `work` on a fresh load of the page at `url`, in a tab of its own; null when the page could not be measured. */
  const onFreshLoad = async (url: string, work: (page: Page) => Promise<number | null>): Promise<number | null> => {
    const page = await context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load' });
      return await work(page);
    } catch {
      return null;
    } finally {
      await page.close().catch(() => undefined);
    }
  };
  return {
    measure: (url, anchor) =>
      onFreshLoad(url, async (page) => {
        const session = await context.newCDPSession(page);
        const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
        const { executionContextId } = (await session.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'cold anchor' })) as { executionContextId: number };
        await session.send('Runtime.evaluate', { expression: anchors, contextId: executionContextId });
        const { result } = (await session.send('Runtime.evaluate', { expression: timed(anchor), contextId: executionContextId, returnByValue: true })) as { result: { value?: unknown } };
        return typeof result.value === 'number' ? result.value : null;
      }),
    // A load of its own, not the anchors': the forced collection would change what their first run meets.
    pageHeap: (url) => onFreshLoad(url, (page) => heapAfterCollection(context, page)),
    close: () => browser.close(),
  };
}

interface Sandbox {
  evaluate(source: string): Promise<unknown>;
}

/**
 * The frame's WebDriver BiDi sandbox, a fresh one for each load: Puppeteer makes it on first use. Its
 * isolatedRealm() is marked internal in Puppeteer's types (it has no public way to run code in a
 * sandbox); the version is pinned, and should it go, the cold anchors come out unmeasured, not wrong.
 */
function sandboxOf(frame: unknown): Sandbox {
  const realm = (frame as { isolatedRealm?: () => Sandbox }).isolatedRealm;
  if (typeof realm !== 'function') throw new Error('Puppeteer no longer offers a frame its isolated realm');
  return realm.call(frame);
}

async function coldAnchorsInFirefox(anchors: string): Promise<ColdAnchors> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: await requireExecutable('firefox'),
    headless: true,
    protocol: 'webDriverBiDi',
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    // Timers as precise as for the extension's figures in Firefox.
    extraPrefsFirefox: { ...FIREFOX_QUIET_PREFS, ...FIREFOX_PRECISE_TIMER_PREFS },
  });
  return {
    measure: async (url, anchor) => {
      const page = await browser.newPage();
      try {
        await page.goto(url, { waitUntil: 'load' });
        const realm = sandboxOf(page.mainFrame());
        await realm.evaluate(anchors);
        const ms: unknown = await realm.evaluate(timed(anchor));
        return typeof ms === 'number' ? ms : null;
      } catch {
        return null;
      } finally {
        await page.close().catch(() => undefined);
      }
    },
    pageHeap: () => Promise.resolve(null),
    close: () => browser.close(),
  };
}
