// The popup for an analysed page: the summary, the counts, the highlight switches, what was found in
// sections to scan, and the exports.
import type { TabState } from '../../extension/messages';
import type { Settings } from '../../extension/settings';
import type { HighlightCategory } from '../../page/annotate/categories';
import { t } from '../i18n';
import { ArticleSummary } from './ArticleSummary';
import { ClaimsSection } from './ClaimsSection';
import { Counts } from './Counts';
import { ExportBar } from './ExportBar';
import { FactsSection } from './FactsSection';
import { Filters } from './Filters';
import { QuotesSection } from './QuotesSection';

export type DoneState = Extract<TabState, { phase: 'done' }>;

interface DoneProps {
  state: DoneState;
  settings: Settings | null;
  site: string | null;
  onCategory: (category: HighlightCategory, shown: boolean) => void;
  onSiteOff: () => void;
}

export function DoneView({ state, settings, site, onCategory, onSiteOff }: DoneProps) {
  const { report } = state;
  const nothing = report.quotes.length === 0 && report.claims.length === 0 && report.facts.length === 0;
  return (
    <>
      <ArticleSummary state={state} />
      {report.wordCount > 0 ? <Counts report={report} /> : null}
      {nothing && report.wordCount > 0 ? (
        <p class="status-detail nothing" data-testid="nothing-found">
          {t('nothingFound')}
        </p>
      ) : null}
      {settings ? <Filters settings={settings} highlighted={state.highlighted} site={site} onCategory={onCategory} onSiteOff={onSiteOff} /> : null}
      <QuotesSection quotes={report.quotes} />
      <ClaimsSection claims={report.claims} />
      <FactsSection facts={report.facts} />
      {report.wordCount > 0 ? <ExportBar report={report} url={state.url} /> : null}
    </>
  );
}
