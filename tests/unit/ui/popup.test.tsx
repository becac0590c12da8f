// @vitest-environment jsdom
// The popup's summary and not-article views; interface texts come from the English fallback, since
// the browser's i18n is mocked to answer nothing.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).browser }));
import { ArticleSummary } from '../../../src/ui/popup/ArticleSummary';
import { NotArticle } from '../../../src/ui/popup/NotArticle';
import { formatDate, languageLabel } from '../../../src/ui/popup/format';
import type { TabState } from '../../../src/extension/messages';
import type { Report } from '../../../src/core/report';

const report: Report = {
  isArticle: true,
  lang: 'de',
  title: 'Musk droht <b>Microsoft</b> mit Klage',
  text: 'Der CEO von Twitter hat gedroht.',
  quotes: [],
  claims: [],
  facts: [],
  byline: 'Anna Berger',
  published: '2023-04-20',
  siteName: 'Wirtschaftsblick',
  wordCount: 1234,
};
const verdict = { isArticle: true, confidence: 0.97, reasons: ['schema.org type NewsArticle', 'a publication date'] };

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(node, root);
  return root;
}

afterEach(() => document.body.replaceChildren());

describe('ArticleSummary', () => {
  const done: Extract<TabState, { phase: 'done' }> = { phase: 'done', url: 'https://example.org/a', verdict, forced: false, report, blocks: 1, millis: 12 };

  it('shows headline, site, byline, date, language and length', () => {
    const root = mount(<ArticleSummary state={done} />);
    const field = (name: string) => root.querySelector(`[data-field="${name}"]`)?.textContent;
    expect(field('verdict')).toBe('Article');
    expect(field('site')).toBe('Wirtschaftsblick');
    expect(field('byline')).toBe('Anna Berger');
    expect(field('date')).toBe(formatDate('2023-04-20'));
    expect(field('language')).toContain('(de)');
    expect(field('words')).toMatch(/^1[,.]?234 words$/);
    expect(root.querySelectorAll('[data-testid="reasons"] li')).toHaveLength(2);
  });

  it('shows page text as text, never as HTML', () => {
    const root = mount(<ArticleSummary state={done} />);
    expect(root.querySelector('[data-field="headline"]')?.textContent).toBe('Musk droht <b>Microsoft</b> mit Klage');
    expect(root.querySelector('[data-field="headline"] b')).toBeNull();
  });

  it('leaves out what the page does not give', () => {
    const root = mount(<ArticleSummary state={{ ...done, report: { ...report, byline: null, published: null, siteName: null } }} />);
    expect(root.querySelector('[data-field="byline"]')).toBeNull();
    expect(root.querySelector('[data-field="date"]')).toBeNull();
    expect(root.querySelector('[data-field="site"]')).toBeNull();
  });

  it('says so when it found no article text', () => {
    const root = mount(<ArticleSummary state={{ ...done, report: { ...report, text: '', wordCount: 0 } }} />);
    expect(root.querySelector('[data-testid="empty"]')?.textContent).toContain('no article text');
  });

  it('says so when the page was analysed on request', () => {
    const notArticle = { isArticle: false, confidence: 0.9, reasons: ['shop markup (prices, cart)'] };
    const root = mount(<ArticleSummary state={{ ...done, forced: true, verdict: notArticle, report: { ...report, isArticle: false } }} />);
    expect(root.querySelector('[data-field="verdict"]')?.textContent).toBe('Not an article — analysed on request');
    expect(root.querySelector('summary')?.textContent).toContain('did not take it for an article');
  });
});

describe('NotArticle', () => {
  it('explains the verdict and offers to analyse anyway', () => {
    const onAnalyse = vi.fn();
    const root = mount(<NotArticle verdict={{ isArticle: false, confidence: 0.88, reasons: ['the address is the site root'] }} onAnalyse={onAnalyse} />);
    expect(root.textContent).toContain('Not an article');
    expect(root.querySelector('summary')?.textContent).toContain('88% sure');
    (root.querySelector('[data-testid="analyse-anyway"]') as HTMLButtonElement).click();
    expect(onAnalyse).toHaveBeenCalledTimes(1);
  });
});

describe('format', () => {
  it('keeps a calendar date on its day in every time zone', () => {
    expect(formatDate('2023-04-20', 'en-GB')).toBe('20 April 2023');
  });
  it('returns what it cannot parse unchanged, and nothing for nothing', () => {
    expect(formatDate('vor zwei Tagen')).toBe('vor zwei Tagen');
    expect(formatDate(null)).toBeNull();
  });
  it('names languages in the reader’s language', () => {
    expect(languageLabel('de', 'en')).toBe('German (de)');
    expect(languageLabel('de', 'de')).toBe('Deutsch (de)');
    expect(languageLabel(null)).toBeNull();
  });
});

describe('in German', () => {
  it('shows the browser’s German texts', async () => {
    const { browser } = await import('./fake-browser');
    const { formatMessage } = await import('../../../src/ui/messages-en');
    const { readFileSync } = await import('node:fs');
    const de = JSON.parse(readFileSync(`${process.cwd()}/_locales/de/messages.json`, 'utf8')) as Record<string, { message: string }>;
    browser.i18n.getMessage.mockImplementation((key: string, substitutions?: string[]) => {
      const entry = de[key];
      return entry ? formatMessage(entry, substitutions) : '';
    });
    try {
      const done: Extract<TabState, { phase: 'done' }> = { phase: 'done', url: 'https://example.org/a', verdict, forced: false, report, blocks: 1, millis: 12 };
      const root = mount(<ArticleSummary state={done} />);
      expect(root.querySelector('[data-field="verdict"]')?.textContent).toBe('Artikel');
      expect(root.querySelector('[data-field="words"]')?.textContent).toMatch(/^1[,.]?234 Wörter$/);
      expect(root.querySelector('summary')?.textContent).toBe('Warum Newslens die Seite für einen Artikel hält (97 % sicher)');
      expect([...root.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['Website', 'Von', 'Veröffentlicht', 'Sprache', 'Länge']);
    } finally {
      browser.i18n.getMessage.mockImplementation(() => '');
    }
  });
});
