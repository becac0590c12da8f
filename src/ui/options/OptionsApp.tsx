// The options page: when Newslens annotates, what it highlights and in which colours (with a preview),
// and the sites it is switched off on. Every change is stored at once and confirmed with "Saved".
import { useEffect, useRef, useState } from 'preact/hooks';
import { errorMessage } from '../../extension/messages';
import { defaultSettings, withCategory, withSite, type Settings } from '../../extension/settings';
import { COLOUR_SCHEMES, HIGHLIGHT_CATEGORIES, type ColourScheme } from '../../page/annotate/categories';
import { t, type MessageKey } from '../i18n';
import { CATEGORY_LABEL } from '../labels';
import { useSettings } from '../use-settings';
import { Preview } from './Preview';

const SCHEME_LABEL: Record<ColourScheme, MessageKey> = { standard: 'optSchemeStandard', 'high-contrast': 'optSchemeHighContrast' };

/** How long "Saved" stays: long enough to be read, short enough not to linger over the next change. */
const SAVED_MS = 2000;

export function OptionsApp() {
  const { settings, change } = useSettings();
  const [status, setStatus] = useState<string>('');
  const timer = useRef<ReturnType<typeof setTimeout>>();

  useEffect(() => () => clearTimeout(timer.current), []);

  const save = (update: (current: Settings) => Settings) => {
    clearTimeout(timer.current);
    change(update).then(
      () => {
        setStatus(t('saved'));
        timer.current = setTimeout(() => setStatus(''), SAVED_MS);
      },
      (error: unknown) => setStatus(t('saveFailed', errorMessage(error))),
    );
  };

  return (
    <main class="options" data-testid="options">
      <h1>{t('optionsTitle')}</h1>
      {settings ? <Form settings={settings} save={save} /> : null}
      <p class="saved" role="status" data-testid="saved">
        {status}
      </p>
    </main>
  );
}

function Form({ settings, save }: { settings: Settings; save: (update: (current: Settings) => Settings) => void }) {
  return (
    <>
      <fieldset data-testid="annotate">
        <legend>{t('optAnnotateLegend')}</legend>
        <label class="choice">
          <input type="radio" name="annotate" value="auto" checked={settings.autoAnnotate} onChange={() => save((current) => ({ ...current, autoAnnotate: true }))} />
          {t('optAuto')}
        </label>
        <label class="choice">
          <input type="radio" name="annotate" value="on-request" checked={!settings.autoAnnotate} onChange={() => save((current) => ({ ...current, autoAnnotate: false }))} />
          {t('optOnRequest')}
        </label>
      </fieldset>

      <fieldset data-testid="categories">
        <legend>{t('optCategoriesLegend')}</legend>
        {HIGHLIGHT_CATEGORIES.map((category) => (
          <label class="choice" key={category}>
            <input
              type="checkbox"
              data-category={category}
              checked={settings.categories[category]}
              onChange={(event) => {
                const shown = event.currentTarget.checked;
                save((current) => withCategory(current, category, shown));
              }}
            />
            {t(CATEGORY_LABEL[category])}
          </label>
        ))}
      </fieldset>

      <fieldset data-testid="scheme">
        <legend>{t('optSchemeLegend')}</legend>
        {COLOUR_SCHEMES.map((scheme) => (
          <label class="choice" key={scheme}>
            <input type="radio" name="scheme" value={scheme} checked={settings.scheme === scheme} onChange={() => save((current) => ({ ...current, scheme }))} />
            {t(SCHEME_LABEL[scheme])}
          </label>
        ))}
        <Preview scheme={settings.scheme} categories={settings.categories} />
      </fieldset>

      <fieldset data-testid="sites">
        <legend>{t('optSitesLegend')}</legend>
        {settings.disabledSites.length === 0 ? (
          <p class="hint">{t('optNoSites')}</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((site) => (
              <li key={site} data-site={site}>
                <span class="site">{site}</span>
                <button type="button" class="secondary" aria-label={t('optRemoveSiteLabel', site)} onClick={() => save((current) => withSite(current, site, true))}>
                  {t('optRemoveSite')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <button type="button" class="secondary" data-testid="restore" onClick={() => save(() => defaultSettings())}>
        {t('optRestore')}
      </button>
    </>
  );
}
