// How much the article holds, at a glance: quotes, claims by status and facts. The three kinds that
// are highlighted in the page carry a small sample of their mark so that a reader can match them.
import type { Report } from '../../core/report';
import { t, type MessageKey } from '../i18n';
import { countReport, type ReportCounts } from './group';

const ROWS: ReadonlyArray<[keyof ReportCounts, MessageKey, string | null]> = [
  ['quotes', 'countQuotes', 'quote'],
  ['unsupported', 'countUnsupported', 'unsupported'],
  ['attributed', 'countAttributed', 'attributed'],
  ['supported', 'countSupported', null],
  ['facts', 'countFacts', null],
];

export function Counts({ report }: { report: Report }) {
  const counts = countReport(report);
  return (
    <section class="counts" data-testid="counts" aria-label={t('countsTitle')}>
      <ul>
        {ROWS.map(([field, label, swatch]) => (
          <li key={field} data-count={field}>
            <span class="count-n">
              {counts[field]}
              {swatch ? <span class={`swatch swatch-${swatch}`} aria-hidden="true" /> : null}
            </span>
            <span class="count-label">{t(label)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
