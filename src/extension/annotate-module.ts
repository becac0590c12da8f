// The page-marking code, loaded by the content script only once a page turns out to be an article (an ES
// module of the extension, imported at run time): pages that are not articles never load it, and the
// content script every page carries stays small.
export { Annotator } from '../page/annotate/annotator';
export { ENGLISH_CARD_LABELS } from '../page/annotate/card';
export { watchText } from '../page/annotate/watch';
