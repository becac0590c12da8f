// The one binary search of the analysis. Offsets, sentences, names, mentions and claim drafts are all
// kept in text order, and every look-up asks the same question: how many leading items lie before a point.

/**
 * The number of leading items of a sorted list of `length` items for which `before(index)` holds, i.e.
 * the first index where it does not. `before` must hold for a prefix of the list and fail after it.
 */
export function countBefore(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
