// The article's claims by support status, unsupported first, each with its speaker and the reasons for
// its status.
import type { Claim, ClaimStatus } from '../../core/report';
import { t, type MessageKey } from '../i18n';
import { claimReasons } from '../reasons';
import { groupClaims } from './group';
import { Item } from './reveal';
import { Group, Section } from './Section';

export const STATUS_TITLE: Record<ClaimStatus, MessageKey> = {
  unsupported: 'statusUnsupported',
  attributed: 'statusAttributed',
  supported: 'statusSupported',
};

export function ClaimsSection({ claims }: { claims: readonly Claim[] }) {
  if (claims.length === 0) return null;
  return (
    <Section testid="claims" title={t('sectionClaims')} count={claims.length}>
      {groupClaims(claims).map((group) => (
        <Group key={group.status} title={t(STATUS_TITLE[group.status])} count={group.claims.length} testid={`status-${group.status}`}>
          {group.claims.map(({ item, index }) => (
            <Item key={index} item={{ kind: 'claim', index }} text={item.text}>
              {item.speaker ? (
                <p class="meta">
                  {t('cardSpeaker')}: <span class="speaker">{item.speaker}</span>
                </p>
              ) : null}
              {item.reasons.length > 0 ? (
                <ul class="why" aria-label={t('cardWhy')}>
                  {claimReasons(item, t).map((reason, i) => (
                    <li key={i}>{reason}</li>
                  ))}
                </ul>
              ) : null}
            </Item>
          ))}
        </Group>
      ))}
    </Section>
  );
}
