// The anchors in the content script's own conditions: Readability's first gate (isProbablyReaderable,
// what Firefox runs to offer Reader View) and its parse() of a copy of the page (Reader View itself),
// each as the first thing run in a fresh isolated world of a freshly loaded page, its code compiled for
// the first time. The in-page anchors of bench-extension.ts run after Newslens on the same page, where
// the page's element lists, the DOM bindings and the regular expressions are already warm; a content
// script never finds them so, and Newslens' own figures are taken cold. Runs in a Chromium of its own,
// without the extension, so nothing of ours has touched the page first.
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_QUIET_ARGS, requireExecutable } from './browsers';
import { bundleForPage } from './bench-bundle';

/** What can be measured cold: the gate, or parse() on a clone of the document as Reader View runs it. */
export type ColdAnchor = 'readerable' | 'parse';

/** The anchors as a script for an isolated world: `globalThis.__cold[anchor]()` runs one once and returns its milliseconds. */
function anchorsScript(): Promise<string> {
  const contents = `import { Readability } from '@mozilla/readability';
    import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
    const timed = (work) => () => { const start = performance.now(); work(); return performance.now() - start; };
    globalThis.__cold = {
      readerable: timed(() => isProbablyReaderable(document)),
      parse: timed(() => new Readability(document.cloneNode(true)).parse()),
    };`;
  return bundleForPage({ stdin: { contents, resolveDir: process.cwd(), loader: 'js' } }, 'Readability, cold');
}

export interface ColdAnchors {
  /** Milliseconds of the anchor's first run on a fresh load of the page at `url`, or null when the page could not be measured. */
  measure(url: string, anchor: ColdAnchor): Promise<number | null>;
  close(): Promise<void>;
}

export async function coldAnchors(): Promise<ColdAnchors> {
  const script = await anchorsScript();
  const browser: Browser = await chromium.launch({ executablePath: await requireExecutable('chromium'), headless: true, args: [...CHROMIUM_QUIET_ARGS] });
  const context = await browser.newContext();
  return {
    async measure(url, anchor) {
      const page = await context.newPage();
      try {
        await page.goto(url, { waitUntil: 'load' });
        const session = await context.newCDPSession(page);
        const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
        const { executionContextId } = (await session.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'cold anchor' })) as { executionContextId: number };
        await session.send('Runtime.evaluate', { expression: script, contextId: executionContextId });
        const { result } = (await session.send('Runtime.evaluate', { expression: `globalThis.__cold.${anchor}()`, contextId: executionContextId, returnByValue: true })) as { result: { value?: unknown } };
        return typeof result.value === 'number' ? result.value : null;
      } catch {
        return null;
      } finally {
        await page.close().catch(() => undefined);
      }
    },
    close: () => browser.close(),
  };
}
