// Reading the popup page and watching a fixture page from the real-browser tests: what the popup shows
// (its data-view and fields), and a MutationObserver that proves the extension leaves the page's DOM alone.
import { poll } from '../../src/tools/browsers';
import type { Tab } from '../../src/tools/browsers';

/** The popup's `<main data-view>` values (src/ui/popup/PopupApp.tsx). */
export type PopupView = 'loading' | 'restricted' | 'error' | 'detecting' | 'analysing' | 'not-article' | 'failed' | 'done';

/** Views after which the popup does nothing more by itself. */
const SETTLED: readonly PopupView[] = ['done', 'not-article', 'restricted', 'error', 'failed'];

export interface PopupContent {
  view: string | null;
  /** `[data-field=NAME]` → its text, for every field shown. */
  fields: Record<string, string>;
  /** Items of the `[data-testid=reasons]` list (inside a closed <details>, so not in `text`). */
  reasons: string[];
  /** What a reader sees: the popup's innerText. */
  text: string;
}

export function readPopup(popup: Tab): Promise<PopupContent> {
  return popup.evaluate(() => {
    const main = document.querySelector<HTMLElement>('main.popup');
    const fields: Record<string, string> = {};
    for (const element of document.querySelectorAll<HTMLElement>('[data-field]')) {
      const name = element.dataset.field;
      if (name) fields[name] = (element.textContent ?? '').trim();
    }
    const reasons = [...document.querySelectorAll('[data-testid=reasons] li')].map((item) => (item.textContent ?? '').trim());
    return { view: main?.dataset.view ?? null, fields, reasons, text: main?.innerText.trim() ?? '' };
  });
}

/**
 * Waits until the popup settles and returns what it shows. Fails at once, with the popup's text, when it
 * settles on a view other than `expected` (an error view says why better than a timeout would).
 */
export async function waitForView(popup: Tab, expected: PopupView, timeoutMs = 30_000): Promise<PopupContent> {
  let last: PopupContent | undefined;
  try {
    return await poll(
      async () => {
        last = await readPopup(popup);
        if (last.view === expected) return last;
        if (last.view !== null && SETTLED.includes(last.view as PopupView)) {
          throw new SettledElsewhere(`the popup for ${popup.url} settled on "${last.view}" instead of "${expected}":\n${last.text}`);
        }
        return undefined;
      },
      timeoutMs,
      `the popup to show "${expected}"`,
    );
  } catch (error) {
    if (error instanceof SettledElsewhere) throw error;
    throw new Error(`${(error as Error).message}; it shows "${last?.view ?? 'nothing'}": ${last?.text ?? ''}`);
  }
}

class SettledElsewhere extends Error {}

/**
 * Runs in the page before any of its own scripts: from DOMContentLoaded on (the parser's own insertions
 * are not the extension's doing, and the content script runs later, at document_idle), records every
 * change to the document in `window.__newslensMutations`.
 */
export const MUTATION_RECORDER = `(() => {
  const log = [];
  Object.defineProperty(window, '__newslensMutations', { value: log });
  const start = () => {
    new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target.nodeName + (record.target.id ? '#' + record.target.id : '');
        const detail = record.type === 'attributes' ? ' [' + record.attributeName + ']'
          : record.type === 'childList' ? ' +' + record.addedNodes.length + '/-' + record.removedNodes.length : '';
        log.push(record.type + ' on ' + target + detail);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
})();`;

/** The changes recorded so far, or null when the recorder is not installed in this page. */
export function recordedMutations(page: Tab): Promise<string[] | null> {
  return page.evaluate(async () => {
    // Let pending observer callbacks run first.
    await new Promise((done) => setTimeout(done, 0));
    const log = (window as unknown as { __newslensMutations?: string[] }).__newslensMutations;
    return log ? [...log] : null;
  });
}
