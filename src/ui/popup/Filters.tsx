// What the page highlights, changed from the popup: one switch per highlight category, and the switch
// for the whole site. Both are stored settings; the content script applies them as soon as they change.
import type { HighlightCounts } from '../../extension/messages';
import type { Settings } from '../../extension/settings';
import { HIGHLIGHT_CATEGORIES, type HighlightCategory } from '../../page/annotate/categories';
import { t } from '../i18n';
import { CATEGORY_LABEL } from '../labels';

interface FiltersProps {
  settings: Settings;
  highlighted: HighlightCounts | undefined;
  /** The site switch is offered only for pages that belong to a site (http and https). */
  site: string | null;
  onCategory: (category: HighlightCategory, shown: boolean) => void;
  onSiteOff: () => void;
}

export function Filters({ settings, highlighted, site, onCategory, onSiteOff }: FiltersProps) {
  return (
    <section class="filters" data-testid="filters">
      <fieldset>
        <legend>{t('filtersTitle')}</legend>
        {HIGHLIGHT_CATEGORIES.map((category) => (
          <label key={category} class="toggle">
            <input type="checkbox" data-category={category} checked={settings.categories[category]} onChange={(event) => onCategory(category, event.currentTarget.checked)} />
            <span class={`swatch swatch-${category}`} aria-hidden="true" />
            <span>{t(CATEGORY_LABEL[category])}</span>
            {highlighted && settings.categories[category] ? <span class="muted"> · {t('highlightedCount', String(highlighted[category]))}</span> : null}
          </label>
        ))}
      </fieldset>
      {site ? (
        <button type="button" class="secondary" data-testid="site-toggle" onClick={onSiteOff}>
          {t('siteOff')}
        </button>
      ) : null}
    </section>
  );
}
