// @vitest-environment jsdom
// The whole popup with the tab and the browser mocked: every state it can show, items revealed in the
// page, the highlight and site switches writing the stored settings, annotation on request, exports.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FailureKind, TabState } from '../../../src/extension/messages';
import type { TabView } from '../../../src/extension/tab-client';
vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).browser }));
const client = vi.hoisted(() => ({ targetTab: vi.fn(), tabState: vi.fn(), analyseAnyway: vi.fn(), annotateNow: vi.fn(), reveal: vi.fn() }));
vi.mock('../../../src/extension/tab-client', () => client);
import { SETTINGS_KEY } from '../../../src/extension/settings-store';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import { browser, resetBrowser, settle } from './fake-browser';
import { doneState, report, URL_OF_PAGE, verdict } from './sample-report';

const TAB = { id: 7, url: URL_OF_PAGE };
let root: HTMLElement;

function showing(state: TabState): void {
  client.tabState.mockResolvedValue({ kind: 'state', tabId: 7, state } satisfies TabView);
}

async function mount(): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.replaceChildren(root);
  render(<PopupApp />, root);
  await settle();
  return root;
}

const view = () => root.querySelector('main')?.getAttribute('data-view');
/** How long a test waits for what the popup does after a render or a click: the frames Preact's effects take vary with the machine's load. */
const WAIT = { timeout: 2000, interval: 10 };
/** Waits until the popup shows that view. */
const showsView = (expected: string) => vi.waitFor(() => expect(view()).toBe(expected), WAIT);
const testid = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const stored = () => browser.storage.sync.data.get(SETTINGS_KEY) as { categories: Record<string, boolean>; disabledSites: string[] } | undefined;

beforeEach(() => {
  resetBrowser();
  vi.resetAllMocks();
  resetBrowser();
  client.targetTab.mockResolvedValue(TAB);
  showing(doneState);
  client.reveal.mockResolvedValue({ ok: true });
});

afterEach(() => {
  render(null, root);
  document.body.replaceChildren();
});

describe('states', () => {
  it('says it is reading while it waits for the tab', async () => {
    client.targetTab.mockReturnValue(new Promise(() => undefined));
    await mount();
    await showsView('loading');
    expect(testid('status')?.textContent).toBe('Reading this page…');
  });

  it.each<[TabState, string, string]>([
    [{ phase: 'detecting', url: URL_OF_PAGE }, 'detecting', 'Looking at this page…'],
    [{ phase: 'analysing', url: URL_OF_PAGE, verdict, forced: false }, 'analysing', 'Reading the article…'],
  ])('%#: %s', async (state, expectedView, text) => {
    showing(state);
    await mount();
    await showsView(expectedView);
    expect(testid('status')?.textContent).toBe(text);
  });

  it.each<[FailureKind, string, string]>([
    ['analysis-timeout', 'the analysis took too long', 'The analysis took longer than 30 seconds, so Newslens stopped it. Reload the page to try again.'],
    ['analysis-failed', 'Maximum call stack size exceeded', 'The analysis of this article failed.'],
    ['page-error', 'Cannot read properties of null', 'Something went wrong while Newslens read this page.'],
  ])('explains a reading that failed: %s', async (failure, error, explanation) => {
    showing({ phase: 'failed', url: URL_OF_PAGE, failure, error });
    await mount();
    await showsView('failed');
    expect(testid('status')?.querySelector('.status-title')?.textContent).toBe('Newslens could not read this page');
    expect(testid('status')?.querySelector('.status-detail')?.textContent).toBe(explanation);
    // The error's own words stay visible, as text, marked as the technical detail.
    expect(testid('status-technical')?.textContent).toBe(`Technical detail: ${error}`);
  });

  it('explains a page the browser does not let it read', async () => {
    client.tabState.mockResolvedValue({ kind: 'restricted', reason: { key: 'restrictedBrowserPage', substitutions: ['chrome'] }, url: 'chrome://settings' });
    await mount();
    await showsView('restricted');
    expect(testid('status')?.textContent).toBe('Newslens can’t read this pageThis is a browser page (chrome:). Browsers do not let extensions read their own pages.');
  });

  it('gives an unexpected error of the browser as the technical detail', async () => {
    client.tabState.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await mount();
    await showsView('error');
    expect(testid('status')?.textContent).toBe('Something went wrongTechnical detail: Could not establish connection. Receiving end does not exist.');
  });

  it('says when there is no tab', async () => {
    client.targetTab.mockResolvedValue(undefined);
    await mount();
    await showsView('error');
    expect(testid('status')?.textContent).toContain('There is no tab to read.');
  });

  it('offers to analyse a page that is not an article', async () => {
    showing({ phase: 'not-article', url: URL_OF_PAGE, pageTitle: 'Shop', verdict: { isArticle: false, confidence: 0.9, reasons: ['shop markup'] } });
    client.analyseAnyway.mockResolvedValue({ ...doneState, forced: true });
    await mount();
    await showsView('not-article');
    expect(testid('not-article')?.textContent).toContain('Not an article');
    testid('analyse-anyway')?.click();
    await vi.waitFor(() => expect(client.analyseAnyway).toHaveBeenCalledWith(7), WAIT);
    await showsView('done');
  });

  it('annotates on request', async () => {
    showing({ phase: 'idle', url: URL_OF_PAGE, reason: 'on-request' });
    client.annotateNow.mockResolvedValue(doneState);
    await mount();
    await showsView('idle');
    expect(testid('idle')?.textContent).toContain('only when you ask');
    expect(testid('annotate-now')?.textContent).toBe('Annotate this page');
    testid('annotate-now')?.click();
    await vi.waitFor(() => expect(client.annotateNow).toHaveBeenCalledWith(7), WAIT);
    await showsView('done');
  });

  it('says plainly that the site is switched off, and turns it on again', async () => {
    browser.storage.sync.data.set(SETTINGS_KEY, { disabledSites: ['tagesblick.example', 'zeitung.example'] });
    showing({ phase: 'idle', url: URL_OF_PAGE, reason: 'site-off' });
    client.annotateNow.mockResolvedValue(doneState);
    await mount();
    expect(testid('idle')?.textContent).toContain('Newslens is switched off on tagesblick.example.');
    expect(testid('annotate-now')).toBeNull();
    const toggle = testid('site-toggle');
    expect(toggle?.textContent).toBe('Turn on for this site');
    toggle?.click();
    await vi.waitFor(() => expect(client.annotateNow).toHaveBeenCalledWith(7), WAIT);
    expect(stored()?.disabledSites).toEqual(['zeitung.example']);
    await showsView('done');
  });

  it('says when an article holds nothing to list', async () => {
    showing({ ...doneState, report: { ...report, quotes: [], claims: [], facts: [] } });
    await mount();
    expect(testid('nothing-found')?.textContent).toBe('Newslens found no quotes, claims or facts in this article.');
    expect(testid('quotes')).toBeNull();
    expect(testid('counts')?.textContent).toContain('0');
  });
});

describe('an analysed article', () => {
  it('shows the summary, the counts and the three sections', async () => {
    await mount();
    await showsView('done');
    expect(root.querySelector('[data-field="headline"]')?.textContent).toBe(report.title);
    expect(root.querySelector('[data-field="site"]')?.textContent).toBe('Tagesblick');
    expect(root.querySelector('[data-field="language"]')?.textContent).toContain('(de)');
    for (const id of ['counts', 'filters', 'quotes', 'claims', 'facts', 'export-markdown', 'export-json', 'open-options']) expect(testid(id), id).not.toBeNull();
    expect(testid('nothing-found')).toBeNull();
  });

  it('reveals an item in the page, and notes when the page no longer has it', async () => {
    client.reveal.mockResolvedValueOnce({ ok: true }).mockResolvedValueOnce({ ok: false });
    await mount();
    root.querySelector<HTMLElement>('[data-item="quote:2"]')?.click();
    await settle();
    expect(client.reveal).toHaveBeenLastCalledWith(7, { kind: 'quote', index: 2 });
    expect(root.querySelector('.item .note')).toBeNull();
    root.querySelector<HTMLElement>('[data-item="fact:5"]')?.click();
    await settle();
    expect(client.reveal).toHaveBeenLastCalledWith(7, { kind: 'fact', index: 5 });
    expect(root.querySelector('[data-item="fact:5"]')?.closest('li')?.querySelector('.note')?.textContent).toBe('Not found in the page any more.');
  });

  it('switches a highlight category in the stored settings', async () => {
    await mount();
    const unsupported = root.querySelector<HTMLInputElement>('[data-testid="filters"] input[data-category="unsupported"]');
    expect(unsupported?.checked).toBe(true);
    expect(testid('filters')?.textContent).toContain('1 marked');
    unsupported?.click();
    await settle();
    expect(stored()?.categories).toEqual({ quote: true, unsupported: false, attributed: true });
    expect(root.querySelector<HTMLInputElement>('input[data-category="unsupported"]')?.checked).toBe(false);
  });

  it('switches the site off', async () => {
    await mount();
    const toggle = testid('site-toggle');
    expect(toggle?.textContent).toBe('Never on this site');
    toggle?.click();
    await settle();
    expect(stored()?.disabledSites).toEqual(['tagesblick.example']);
  });

  it('says so when the settings cannot be stored', async () => {
    browser.storage.sync.set.mockRejectedValue(new Error('sync is off'));
    browser.storage.local.set.mockRejectedValue(new Error('quota'));
    await mount();
    root.querySelector<HTMLInputElement>('input[data-category="quote"]')?.click();
    await settle();
    expect(testid('notice')?.textContent).toBe('The setting could not be saved: quota');
  });

  it('opens the options page', async () => {
    await mount();
    testid('open-options')?.click();
    expect(browser.runtime.openOptionsPage).toHaveBeenCalledTimes(1);
  });
});

describe('exports', () => {
  it('copies the report as Markdown and says so', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await mount();
    testid('export-markdown')?.click();
    await settle();
    const markdown = writeText.mock.calls[0]?.[0] ?? '';
    expect(markdown).toContain(`# Newslens: ${report.title}`);
    expect(markdown).toContain(URL_OF_PAGE);
    expect(testid('export-feedback')?.textContent).toBe('Copied');
  });

  it('falls back to a message when the clipboard is refused', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) }, configurable: true });
    await mount();
    testid('export-markdown')?.click();
    await settle();
    expect(testid('export-feedback')?.textContent).toContain('did not allow copying');
  });

  it('downloads the report as JSON under a safe file name', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test/1';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    await mount();
    testid('export-json')?.click();
    click.mockRestore();
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('newslens-tagesblick.example-2024-03-14.json');
    expect(clicked[0]?.href).toBe('blob:test/1');
    expect(clicked[0]?.isConnected).toBe(false);
    const data = JSON.parse(await (blobs[0] as Blob).text()) as { url: string; quotes: unknown[]; claims: unknown[]; facts: unknown[] };
    expect(data.url).toBe(URL_OF_PAGE);
    expect([data.quotes.length, data.claims.length, data.facts.length]).toEqual([5, 3, 9]);
  });
});
