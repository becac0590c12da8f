// A sample sentence marked as Newslens marks pages, in the chosen colour scheme: the reader sees the
// choice before opening an article. The standard scheme is shown on a light and on a dark page, as it
// adapts to the page; high contrast looks the same on both. Categories switched off stay plain.
import type { ColourScheme, HighlightCategory } from '../../page/annotate/categories';
import { t } from '../i18n';

type Categories = Record<HighlightCategory, boolean>;

function Sample({ categories, page }: { categories: Categories; page: 'light' | 'dark' }) {
  const mark = (category: HighlightCategory) => (categories[category] ? `mark-${category}` : undefined);
  return (
    <p class={`sample page-${page}`}>
      <span class={mark('quote')} data-mark="quote">
        {t('previewQuote')}
      </span>{' '}
      — <span class={mark('unsupported')} data-mark="unsupported">{t('previewUnsupported')}</span>;{' '}
      <span class={mark('attributed')} data-mark="attributed">
        {t('previewAttributed')}
      </span>
      .
    </p>
  );
}

export function Preview({ scheme, categories }: { scheme: ColourScheme; categories: Categories }) {
  return (
    <figure class={`preview scheme-${scheme}`} data-testid="preview">
      <figcaption>{t('optPreview')}</figcaption>
      <Sample categories={categories} page="light" />
      {scheme === 'standard' ? <Sample categories={categories} page="dark" /> : null}
    </figure>
  );
}
