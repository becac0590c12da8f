// The article's quoted statements, grouped by speaker: who is quoted and how often, each quotation with
// the word that introduced it.
import type { Quote } from '../../core/report';
import { t } from '../i18n';
import { groupQuotes } from './group';
import { Item } from './reveal';
import { Group, Section } from './Section';

export function QuotesSection({ quotes }: { quotes: readonly Quote[] }) {
  if (quotes.length === 0) return null;
  return (
    <Section testid="quotes" title={t('sectionQuotes')} count={quotes.length}>
      {groupQuotes(quotes).map((group) => (
        <Group key={group.speaker ?? ''} title={group.speaker ?? t('unknownSpeaker')} count={group.quotes.length} testid="speaker">
          {group.quotes.map(({ item, index }) => (
            <Item key={index} item={{ kind: 'quote', index }} text={item.text} wrap={['“', '”']}>
              {item.frame?.trim() ? (
                <p class="meta">
                  {t('cardFrame')}: <span class="frame">{item.frame}</span>
                </p>
              ) : null}
            </Item>
          ))}
        </Group>
      ))}
    </Section>
  );
}
