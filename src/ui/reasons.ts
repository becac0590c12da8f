// A claim's reasons in the reader's language: each structured reason (`why`) through its interface
// message; the English `reasons` where a report has no `why` (one saved by an older version).
import type { Claim } from '../core/report';
import { reasonMessage } from '../core/analysis/reasons';
import type { MessageKey, Translate } from './messages-en';

export function claimReasons(claim: Pick<Claim, 'reasons' | 'why'>, translate: Translate): string[] {
  if (!claim.why || claim.why.length === 0) return claim.reasons;
  return claim.why.map((reason) => {
    const { key, substitutions } = reasonMessage(reason);
    return translate(key as MessageKey, substitutions);
  });
}
