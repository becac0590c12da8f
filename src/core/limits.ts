// Sizes the analysis keeps to, shared with the page layer (which reads no more than the analysis would
// look at) without importing the analysis itself.

/** Characters of article text analysed at most: some thirty thousand words, far beyond any news story. */
export const MAX_ANALYSED_CHARS = 200_000;
