// The popup's line to a tab, with the browser's extension API mocked (webextension-polyfill throws
// outside an extension).
import { beforeEach, describe, expect, it, vi } from 'vitest';

const api = vi.hoisted(() => ({
  tabs: { sendMessage: vi.fn(), query: vi.fn(), get: vi.fn() },
  scripting: { executeScript: vi.fn(), insertCSS: vi.fn() },
}));
vi.mock('webextension-polyfill', () => ({ default: api }));
vi.mock('../../../src/extension/content.ts?script&iife', () => ({ default: 'src/extension/content.js' }));

const { tabState, targetTab } = await import('../../../src/extension/tab-client');
const { restrictionOf } = await import('../../../src/extension/restricted');
const { englishText } = await import('../../../src/ui/messages-en');
/** A notice as the English interface says it. */
const english = (notice: { key: string; substitutions?: string[] } | null): string | null => (notice ? englishText(notice.key as never, notice.substitutions) : null);

const articleTab = { id: 7, url: 'https://news.example/politik/2024/03/14/artikel' };
const state = { phase: 'not-article', url: articleTab.url, pageTitle: 'x', verdict: { isArticle: false, confidence: 0.9, reasons: [] } };

beforeEach(() => {
  vi.resetAllMocks();
});

describe('tabState', () => {
  it('asks the content script for its state', async () => {
    api.tabs.sendMessage.mockResolvedValue(state);
    expect(await tabState(articleTab)).toEqual({ kind: 'state', tabId: 7, state });
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'newslens:get-state' });
    expect(api.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('injects the content script into a tab opened before the extension, then asks again', async () => {
    api.tabs.sendMessage.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.')).mockResolvedValueOnce(state);
    api.scripting.executeScript.mockResolvedValue([]);
    api.scripting.insertCSS.mockResolvedValue(undefined);
    expect(await tabState(articleTab)).toEqual({ kind: 'state', tabId: 7, state });
    expect(api.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['src/extension/content.js'] });
    // The highlights' colours come along, as the manifest gives them to pages loaded after installation.
    expect(api.scripting.insertCSS).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['src/page/annotate/highlights.css'] });
  });

  it('says plainly when the browser forbids the page', async () => {
    const view = await tabState({ id: 3, url: 'chrome://settings/' });
    expect(view).toMatchObject({ kind: 'restricted' });
    expect(api.tabs.sendMessage).not.toHaveBeenCalled();
  });

  it('passes the browser’s refusal on where no rule foresaw it', async () => {
    api.tabs.sendMessage.mockRejectedValue(new Error('no receiver'));
    api.scripting.insertCSS.mockRejectedValue(new Error('Cannot access contents of the page'));
    const view = await tabState({ id: 9, url: 'https://news.example/blocked-by-policy' });
    expect(view).toEqual({ kind: 'restricted', reason: { key: 'restrictedRefused', substitutions: ['Cannot access contents of the page'] }, url: 'https://news.example/blocked-by-policy' });
    expect(english(view.kind === 'restricted' ? view.reason : null)).toBe('The browser does not let Newslens read this page (Cannot access contents of the page).');
  });

  it('says so when the tab cannot be reached or the content script does not start, as messages of the interface', async () => {
    expect(await tabState({ id: undefined, url: 'https://news.example/a' })).toEqual({ kind: 'error', message: { key: 'tabUnreachable' } });
    api.tabs.sendMessage.mockRejectedValue(new Error('no receiver'));
    api.scripting.insertCSS.mockResolvedValue(undefined);
    api.scripting.executeScript.mockResolvedValue([]);
    const view = await tabState(articleTab);
    expect(view).toEqual({ kind: 'error', message: { key: 'startFailed', substitutions: ['no receiver'] } });
    expect(english(view.kind === 'error' ? view.message : null)).toBe('Newslens could not start on this page: no receiver');
  });

  it('turns a refused injection into a plain explanation', async () => {
    api.tabs.sendMessage.mockRejectedValue(new Error('no receiver'));
    api.scripting.executeScript.mockRejectedValue(new Error('Cannot access contents of the page'));
    const view = await tabState({ id: 9, url: undefined });
    expect(view.kind).toBe('restricted');
    expect(view.kind === 'restricted' && english(view.reason)).toContain('click its button');
  });
});

describe('targetTab', () => {
  it('takes ?tabId= when the popup page is opened in a tab of its own', async () => {
    api.tabs.get.mockResolvedValue(articleTab);
    expect(await targetTab('?tabId=7')).toBe(articleTab);
    expect(api.tabs.get).toHaveBeenCalledWith(7);
  });

  it('takes the active tab otherwise', async () => {
    api.tabs.query.mockResolvedValue([articleTab]);
    expect(await targetTab('')).toBe(articleTab);
    expect(api.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });
});

describe('restrictionOf', () => {
  it.each([
    ['chrome://extensions/', /browser page \(chrome:\)/],
    ['about:addons', /browser page \(about:\)/],
    ['moz-extension://abc/popup.html', /browser page/],
    ['view-source:https://example.org/', /browser page/],
    ['file:///home/user/page.html', /browser page \(file:\)/],
    ['https://chromewebstore.google.com/detail/x', /Chrome does not let extensions read its add-on store/],
    ['https://chrome.google.com/webstore/category/extensions', /Chrome/],
    ['https://addons.mozilla.org/de/firefox/', /Firefox does not let extensions read/],
    ['not a url', /no web address/],
  ])('%s is off limits', (url, reason) => {
    expect(english(restrictionOf(url))).toMatch(reason);
  });

  it.each(['https://www.tagesschau.de/inland/artikel-100.html', 'http://127.0.0.1:8080/page.html', 'https://chrome.google.com/search'])('%s may be read', (url) => {
    expect(restrictionOf(url)).toBeNull();
  });
});
