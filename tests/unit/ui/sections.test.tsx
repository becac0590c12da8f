// @vitest-environment jsdom
// The popup's lists of what an article holds: quotes by speaker, claims by status with reasons, facts
// by kind, and the counts; each item a button that asks the page to show it by its index.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).browser }));
import { ClaimsSection } from '../../../src/ui/popup/ClaimsSection';
import { Counts } from '../../../src/ui/popup/Counts';
import { FactsSection } from '../../../src/ui/popup/FactsSection';
import { QuotesSection } from '../../../src/ui/popup/QuotesSection';
import { RevealContext, type Revealer } from '../../../src/ui/popup/reveal';
import { HOSTILE_HTML, report } from './sample-report';
import { settle } from './fake-browser';

function mount(node: preact.ComponentChild, revealer: Partial<Revealer> = {}): HTMLElement {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(<RevealContext.Provider value={{ reveal: vi.fn(), missing: () => false, ...revealer }}>{node}</RevealContext.Provider>, root);
  return root;
}

const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((element) => element.textContent?.trim());

afterEach(() => document.body.replaceChildren());

describe('QuotesSection', () => {
  it('groups quotes by speaker with the fullest name and a count, unknown speaker last', () => {
    const root = mount(<QuotesSection quotes={report.quotes} />);
    expect(root.querySelector('[data-testid="quotes"] summary')?.textContent).toBe('Quotes (5)');
    expect(texts(root, '[data-testid="speaker"] h3')).toEqual(['Katrin Albers (3)', 'Jens Müller (1)', 'Speaker not named (1)']);
    const first = root.querySelector('[data-testid="speaker"]');
    expect([...(first?.querySelectorAll('[data-item]') ?? [])].map((button) => button.getAttribute('data-item'))).toEqual(['quote:0', 'quote:2', 'quote:4']);
    expect(first?.querySelector('[data-item="quote:0"]')?.textContent).toBe(`“${report.quotes[0]?.text}”`);
    expect(first?.querySelector('.frame')?.textContent).toBe('sagte');
  });

  it('renders page text as text', () => {
    const root = mount(<QuotesSection quotes={report.quotes} />);
    expect(root.querySelector('[data-item="quote:3"]')?.textContent).toContain(HOSTILE_HTML);
    expect(root.querySelector('img')).toBeNull();
  });

  it('shows nothing without quotes', () => {
    expect(mount(<QuotesSection quotes={[]} />).innerHTML).toBe('');
  });

  it('cuts a long quote short and shows all of it on request', async () => {
    const long = `${'Sehr lange Rede '.repeat(30)}Ende`;
    const root = mount(<QuotesSection quotes={[{ text: long, speaker: 'A' }]} />);
    const button = root.querySelector('[data-item="quote:0"]');
    expect(button?.textContent).toMatch(/…”$/);
    expect(button?.textContent).not.toContain('Ende');
    const more = root.querySelector<HTMLButtonElement>('button.more');
    expect(more?.getAttribute('aria-expanded')).toBe('false');
    more?.click();
    await settle();
    expect(root.querySelector('[data-item="quote:0"]')?.textContent).toContain('Ende');
    expect(root.querySelector('button.more')?.getAttribute('aria-expanded')).toBe('true');
  });
});

describe('ClaimsSection', () => {
  it('lists unsupported, then attributed, then supported claims with speaker and reasons', () => {
    const root = mount(<ClaimsSection claims={report.claims} />);
    expect(texts(root, '.group h3')).toEqual(['Unsupported (1)', 'Attributed (1)', 'Supported (1)']);
    const unsupported = root.querySelector('[data-testid="status-unsupported"]');
    expect(unsupported?.querySelector('[data-item]')?.getAttribute('data-item')).toBe('claim:1');
    expect(unsupported?.querySelector('.speaker')?.textContent).toBe('Jens Müller');
    expect(texts(unsupported ?? document, '.why li')).toEqual(['hedge: angeblich', 'anonymous source: Insider']);
    expect(root.querySelector('[data-testid="status-attributed"] .speaker')).toBeNull();
    // Claim reasons are not the verdict's reasons that the browser tests read.
    expect(root.querySelector('[data-testid="reasons"]')).toBeNull();
  });
});

describe('FactsSection', () => {
  it('shows figures with value and sentence, dates resolved, and names once with their count', () => {
    const root = mount(<FactsSection facts={report.facts} />);
    expect(texts(root, '.group h3')).toEqual(['Figures (3)', 'Dates (1)', 'People (1)', 'Organisations (1)', 'Places (1)', 'Cited sources (1)']);
    const money = root.querySelector('[data-item="fact:0"]')?.closest('li');
    expect(money?.querySelector('.value')?.textContent).toBe('12,500,000,000 EUR');
    expect(money?.querySelector('.context')?.textContent).toBe('Das Projekt mit 12,5 Milliarden Euro galt als groß.');
    expect(root.querySelector('[data-testid="dates"] time')?.getAttribute('datetime')).toBe('2024-03-14');
    const person = root.querySelector('[data-testid="people"] li');
    expect(person?.querySelector('[data-item]')?.getAttribute('data-item')).toBe('fact:2');
    expect(person?.querySelector('.mentions')?.textContent).toBe('2×');
    expect(root.querySelector('[data-item="fact:4"]')).toBeNull();
    expect(root.querySelector('[data-testid="sources"] [data-item]')?.textContent).toBe('Handelsblatt');
  });

  it('does not repeat a date that resolves to its own text', () => {
    const root = mount(<FactsSection facts={[{ kind: 'date', text: '2027', resolved: '2027' }, { kind: 'date', text: 'im Mai', resolved: '2024-05' }]} />);
    expect([...root.querySelectorAll('time')].map((time) => time.textContent)).toEqual(['2024-05']);
  });
});

describe('items', () => {
  it('ask the page to show the item by its index in the report, by click or keyboard', () => {
    const reveal = vi.fn();
    const root = mount(
      <>
        <ClaimsSection claims={report.claims} />
        <FactsSection facts={report.facts} />
      </>,
      { reveal },
    );
    const button = root.querySelector<HTMLButtonElement>('[data-item="claim:2"]');
    expect(button?.tagName).toBe('BUTTON');
    expect(button?.type).toBe('button');
    button?.click();
    root.querySelector<HTMLButtonElement>('[data-item="fact:7"]')?.click();
    expect(reveal.mock.calls).toEqual([[{ kind: 'claim', index: 2 }], [{ kind: 'fact', index: 7 }]]);
  });

  it('say so when the page no longer has the item', () => {
    const root = mount(<ClaimsSection claims={report.claims} />, { missing: (item) => item.kind === 'claim' && item.index === 0 });
    expect(root.querySelector('[data-item="claim:0"]')?.closest('li')?.querySelector('.note')?.textContent).toBe('Not found in the page any more.');
    expect(root.querySelectorAll('.note')).toHaveLength(1);
  });
});

describe('Counts', () => {
  it('counts quotes, claims by status and facts', () => {
    const root = mount(<Counts report={report} />);
    const count = (name: string) => root.querySelector(`[data-count="${name}"] .count-n`)?.textContent;
    expect([count('quotes'), count('unsupported'), count('attributed'), count('supported'), count('facts')]).toEqual(['5', '1', '1', '1', '9']);
    expect(root.querySelector('[data-count="unsupported"]')?.textContent).toContain('Unsupported claims');
  });
});
