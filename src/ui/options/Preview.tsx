// A sample sentence marked as Newslens marks pages, in the chosen colour scheme, on a page-like light
// background: the reader sees the choice before opening an article. Categories switched off stay plain.
import type { ColourScheme, HighlightCategory } from '../../page/annotate/categories';
import { t } from '../i18n';

export function Preview({ scheme, categories }: { scheme: ColourScheme; categories: Record<HighlightCategory, boolean> }) {
  const mark = (category: HighlightCategory) => (categories[category] ? `mark-${category}` : undefined);
  return (
    <figure class={`preview scheme-${scheme}`} data-testid="preview">
      <figcaption>{t('optPreview')}</figcaption>
      <p class="sample">
        <span class={mark('quote')} data-mark="quote">
          {t('previewQuote')}
        </span>{' '}
        — <span class={mark('unsupported')} data-mark="unsupported">{t('previewUnsupported')}</span>;{' '}
        <span class={mark('attributed')} data-mark="attributed">
          {t('previewAttributed')}
        </span>
        .
      </p>
    </figure>
  );
}
