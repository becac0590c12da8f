// How much work the page layer may do on one page. Beyond these sizes it gives up cleanly instead of
// stalling the page: a page with 200,000 elements takes seconds to read, and the reader would feel it.
import { MAX_ANALYSED_CHARS } from '../core/limits';

/** Pages with more elements than this are not judged automatically (detection alone would cost too much). */
export const MAX_ELEMENTS_TO_DETECT = 60_000;
/** Automatic extraction stays within the same size. */
export const MAX_ELEMENTS_TO_EXTRACT = 60_000;
/** When the reader asks ("Analyse anyway", the command line), larger pages are read, up to this. */
export const MAX_ELEMENTS_ON_REQUEST = 100_000;

/**
 * Characters of article text read at most: as many as the analysis looks at (some thirty thousand
 * words, far beyond any news story). A page with more (a 5 MB paragraph, a whole book in one page) is
 * read up to here, inside a text node if need be: mapping text the analysis then ignores only stalls the page.
 */
export const MAX_ARTICLE_CHARS = MAX_ANALYSED_CHARS;

/** Counts the page's elements; cheap (one native pass), and the first thing every step checks. */
export function elementCount(doc: Document): number {
  return doc.getElementsByTagName('*').length;
}
