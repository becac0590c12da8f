// The popup's summary of an analysed page: headline, site, byline, date, language, length.
import type { TabState } from '../../extension/messages';
import { t, type MessageKey } from '../i18n';
import { formatCount, formatDate, languageLabel } from './format';
import { VerdictReasons } from './VerdictReasons';

type Done = Extract<TabState, { phase: 'done' }>;

export function ArticleSummary({ state }: { state: Done }) {
  const { report, verdict } = state;
  const rows: Array<[string, MessageKey, string | null]> = [
    ['site', 'fieldSite', report.siteName],
    ['byline', 'fieldBy', report.byline],
    ['date', 'fieldPublished', formatDate(report.published)],
    ['language', 'fieldLanguage', languageLabel(report.lang)],
    ['words', 'fieldLength', t('wordCount', formatCount(report.wordCount))],
  ];
  return (
    <section class="article" data-testid="article">
      <p class={`verdict ${report.isArticle ? 'verdict-yes' : 'verdict-no'}`} data-field="verdict">
        {report.isArticle ? t('verdictArticle') : t('verdictOnRequest')}
      </p>
      <h1 class="headline" data-field="headline">
        {report.title ?? t('untitled')}
      </h1>
      {report.wordCount === 0 ? (
        <p class="status-detail" data-testid="empty">
          {t('noArticleText')}
        </p>
      ) : null}
      <dl class="facts">
        {rows.map(([field, label, value]) =>
          value ? (
            <div class="row" key={field}>
              <dt>{t(label)}</dt>
              <dd data-field={field}>{value}</dd>
            </div>
          ) : null,
        )}
      </dl>
      <VerdictReasons verdict={verdict} summary={verdict.isArticle ? t('whyArticle') : t('whyNotArticle')} />
    </section>
  );
}
