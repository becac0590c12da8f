// The code for articles, loaded by the content script only once a page turns out to be one (an ES module of
// the extension, imported at run time): extraction, Readability's reading of the page when the background
// cannot, and the marks. A page that is not an article never loads, compiles or runs any of it; the
// content script every page carries holds detection and little else.
export { extractPageSteps } from '../page/read-page';
export { readWithReadability } from '../page/readability-reading';
export { readingFromSerialized, serializeForReading } from '../page/serialized-reading';
export { Annotator } from '../page/annotate/annotator';
export { ENGLISH_CARD_LABELS } from '../page/annotate/card';
export { watchText } from '../page/annotate/watch';
