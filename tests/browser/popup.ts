// Watching a fixture page from the real-browser tests: a MutationObserver installed before the page's
// own scripts, to prove the extension leaves the page's DOM alone.
import type { Tab } from '../../src/tools/browsers';

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
