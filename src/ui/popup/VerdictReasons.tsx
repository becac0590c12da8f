// The evidence behind the article verdict, folded away under a one-line summary.
import type { Verdict } from '../../core/report';
import { t, type MessageKey } from '../i18n';
import { verdictReasonMessage } from '../../core/verdict-reasons';

/** The verdict's evidence in the reader's language: each structured reason through its message; the English `reasons` otherwise. */
export function verdictReasons(verdict: Pick<Verdict, 'reasons' | 'why'>): string[] {
  if (!verdict.why || verdict.why.length === 0) return verdict.reasons;
  return verdict.why.map((reason) => {
    const { key, substitutions } = verdictReasonMessage(reason);
    return t(key as MessageKey, substitutions);
  });
}

export function VerdictReasons({ verdict, summary }: { verdict: Verdict; summary: string }) {
  if (verdict.reasons.length === 0) return null;
  return (
    <details class="verdict-reasons">
      <summary>
        {summary} ({t('confidence', String(Math.round(verdict.confidence * 100)))})
      </summary>
      <ul class="reasons" data-testid="reasons">
        {verdictReasons(verdict).map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </details>
  );
}
