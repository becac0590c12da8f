// The anchor for the time to reject a page, in the content script's own conditions: Readability's first
// gate (isProbablyReaderable, what Firefox runs to offer Reader View) as the first thing run in a fresh
// isolated world of a freshly loaded page, its code compiled for the first time. The in-page anchor of
// bench-extension.ts runs after Newslens on the same page, where the page's element lists, the regular
// expressions and the DOM bindings are already warm; a content script never finds them so. Runs in a
// Chromium of its own, without the extension, so nothing of ours has touched the page first.
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_QUIET_ARGS, requireExecutable } from './browsers';
import { bundleForPage } from './bench-bundle';

/** The gate as a script for an isolated world: `globalThis.__gate()` runs it once on the page and returns its milliseconds. */
function gateScript(): Promise<string> {
  const contents = `import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
    globalThis.__gate = () => { const start = performance.now(); isProbablyReaderable(document); return performance.now() - start; };`;
  return bundleForPage({ stdin: { contents, resolveDir: process.cwd(), loader: 'js' } }, 'isProbablyReaderable');
}

export interface ColdGate {
  /** Milliseconds of the gate's first run on the page at `url`, or null when the page could not be measured. */
  measure(url: string): Promise<number | null>;
  close(): Promise<void>;
}

export async function coldGate(): Promise<ColdGate> {
  const script = await gateScript();
  const browser: Browser = await chromium.launch({ executablePath: await requireExecutable('chromium'), headless: true, args: [...CHROMIUM_QUIET_ARGS] });
  const context = await browser.newContext();
  return {
    async measure(url) {
      const page = await context.newPage();
      try {
        await page.goto(url, { waitUntil: 'load' });
        const session = await context.newCDPSession(page);
        const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
        const { executionContextId } = (await session.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'gate' })) as { executionContextId: number };
        await session.send('Runtime.evaluate', { expression: script, contextId: executionContextId });
        const { result } = (await session.send('Runtime.evaluate', { expression: 'globalThis.__gate()', contextId: executionContextId, returnByValue: true })) as { result: { value?: unknown } };
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
