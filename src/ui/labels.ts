// The interface text keys of the highlight categories, shared by the popup's switches and the options page.
import type { HighlightCategory } from '../page/annotate/categories';
import type { MessageKey } from './messages-en';

export const CATEGORY_LABEL: Record<HighlightCategory, MessageKey> = {
  quote: 'countQuotes',
  unsupported: 'countUnsupported',
  attributed: 'countAttributed',
};
