// Notices when the article's text changes under the highlights (a framework re-rendering its nodes, more
// text loaded into the article) and asks for a fresh reading, debounced and within a budget: a page that
// changes all the time costs a bounded number of readings, never a loop.

export interface WatchOptions {
  /** Quiet time after the last change before reading again. */
  quietMs?: number;
  /** Least time between two readings. */
  minGapMs?: number;
  /**
   * Longest wait from the first change of a burst: a page that never goes quiet (re-rendering every few
   * hundred milliseconds) still gets a fresh reading this often, within the budget.
   */
  maxWaitMs?: number;
  /** Readings at most, for the life of the page. */
  maxReadings?: number;
}

/**
 * Observes `root`'s subtree and calls `onChange` once the changes have settled. Changes made inside
 * `ignore` (Newslens' own card) do not count. Returns a function that stops watching.
 */
export function watchText(root: Node, onChange: () => void, ignore: (node: Node) => boolean, options: WatchOptions = {}): () => void {
  const quietMs = options.quietMs ?? 600;
  const minGapMs = options.minGapMs ?? 2000;
  const maxWaitMs = Math.max(options.maxWaitMs ?? 3000, quietMs);
  let left = options.maxReadings ?? 20;
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the first change still waiting for a reading came. */
  let pendingSince: number | null = null;
  const view = root.ownerDocument?.defaultView ?? globalThis;
  const observer = new view.MutationObserver((records) => {
    if (!records.some((record) => !ignore(record.target))) return;
    if (timer !== undefined) clearTimeout(timer);
    const now = performance.now();
    pendingSince ??= now;
    // Quiet for a moment, but never later than maxWaitMs after the first change, and never sooner than
    // minGapMs after the last reading.
    const wait = Math.max(Math.min(quietMs, pendingSince + maxWaitMs - now), last + minGapMs - now, 0);
    timer = setTimeout(() => {
      timer = undefined;
      pendingSince = null;
      last = performance.now();
      if (--left <= 0) observer.disconnect();
      onChange();
    }, wait);
  });
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  return () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
}
