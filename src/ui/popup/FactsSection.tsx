// The article's facts by kind: figures with their value and sentence, dates with the day they resolve
// to, and the people, organisations, places and sources it names, each once with how often.
import type { Fact } from '../../core/report';
import { t, textLanguage, type MessageKey } from '../i18n';
import { groupFacts, valueWithUnit, type Indexed, type Tally } from './group';
import { Item } from './reveal';
import { Group, Section } from './Section';

function Figure({ item, index }: Indexed<Fact>) {
  const value = valueWithUnit(item, textLanguage());
  return (
    <Item item={{ kind: 'fact', index }} text={item.text}>
      {value ? <p class="meta value">{value}</p> : null}
      {item.context ? <p class="context">{item.context}</p> : null}
    </Item>
  );
}

function DateFact({ item, index }: Indexed<Fact>) {
  return (
    <Item item={{ kind: 'fact', index }} text={item.text}>
      {/* A resolved value that only repeats the text ("2027") says nothing new. */}
      {item.resolved && item.resolved !== item.text.trim() ? (
        <p class="meta value">
          <time dateTime={item.resolved}>{item.resolved}</time>
        </p>
      ) : null}
      {item.context ? <p class="context">{item.context}</p> : null}
    </Item>
  );
}

function Names({ title, entries, testid }: { title: MessageKey; entries: Tally[]; testid: string }) {
  if (entries.length === 0) return null;
  return (
    <Group title={t(title)} count={entries.length} testid={testid}>
      {entries.map((entry) => (
        <Item key={entry.index} item={{ kind: 'fact', index: entry.index }} text={entry.text}>
          {entry.count > 1 ? <span class="mentions">{t('mentions', String(entry.count))}</span> : null}
        </Item>
      ))}
    </Group>
  );
}

export function FactsSection({ facts }: { facts: readonly Fact[] }) {
  if (facts.length === 0) return null;
  const groups = groupFacts(facts);
  return (
    <Section testid="facts" title={t('sectionFacts')} count={facts.length}>
      {groups.figures.length > 0 ? (
        <Group title={t('factFigures')} count={groups.figures.length} testid="figures">
          {groups.figures.map((fact) => (
            <Figure key={fact.index} {...fact} />
          ))}
        </Group>
      ) : null}
      {groups.dates.length > 0 ? (
        <Group title={t('factDates')} count={groups.dates.length} testid="dates">
          {groups.dates.map((fact) => (
            <DateFact key={fact.index} {...fact} />
          ))}
        </Group>
      ) : null}
      <Names title="factPeople" entries={groups.people} testid="people" />
      <Names title="factOrganizations" entries={groups.organizations} testid="organizations" />
      <Names title="factPlaces" entries={groups.places} testid="places" />
      <Names title="factSources" entries={groups.sources} testid="sources" />
    </Section>
  );
}
