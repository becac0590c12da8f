// The evidence behind the article verdict, folded away under a one-line summary.
import type { Verdict } from '../../core/report';
import { t } from '../i18n';

export function VerdictReasons({ verdict, summary }: { verdict: Verdict; summary: string }) {
  if (verdict.reasons.length === 0) return null;
  return (
    <details class="verdict-reasons">
      <summary>
        {summary} ({t('confidence', String(Math.round(verdict.confidence * 100)))})
      </summary>
      <ul class="reasons" data-testid="reasons">
        {verdict.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </details>
  );
}
