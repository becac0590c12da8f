// The popup's summary of an analysed page: headline, site, byline, date, language, length.
import type { TabState } from '../../extension/messages';
import { formatCount, formatDate, languageLabel } from './format';
import { VerdictReasons } from './VerdictReasons';

type Done = Extract<TabState, { phase: 'done' }>;

export function ArticleSummary({ state }: { state: Done }) {
  const { report, verdict } = state;
  const rows: Array<[string, string, string | null]> = [
    ['site', 'Site', report.siteName],
    ['byline', 'By', report.byline],
    ['date', 'Published', formatDate(report.published)],
    ['language', 'Language', languageLabel(report.lang)],
    ['words', 'Length', `${formatCount(report.wordCount)} words`],
  ];
  return (
    <section class="article" data-testid="article">
      <p class={`verdict ${report.isArticle ? 'verdict-yes' : 'verdict-no'}`} data-field="verdict">
        {report.isArticle ? 'Article' : 'Not an article — analysed on request'}
      </p>
      <h1 class="headline" data-field="headline">
        {report.title ?? 'Untitled'}
      </h1>
      {report.wordCount === 0 ? (
        <p class="status-detail" data-testid="empty">
          Newslens found no article text on this page.
        </p>
      ) : null}
      <dl class="facts">
        {rows.map(([field, label, value]) =>
          value ? (
            <div class="row" key={field}>
              <dt>{label}</dt>
              <dd data-field={field}>{value}</dd>
            </div>
          ) : null,
        )}
      </dl>
      <VerdictReasons verdict={verdict} summary={verdict.isArticle ? 'Why Newslens thinks it is an article' : 'Why Newslens did not take it for an article'} />
    </section>
  );
}
