// The content script's state reports to the background (`newslens:state-changed`), which set the toolbar
// badge and the button's title: only well-formed reports from a content script of this extension are
// taken; anything else — another extension, an extension page, a malformed state — leaves the badge alone.
// The browser's extension API is mocked (webextension-polyfill throws outside an extension).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ButtonState, TabState } from '../../../src/extension/messages';

const api = vi.hoisted(() => ({
  runtime: { id: 'newslens-test-id', onMessage: { addListener: vi.fn() } },
  action: { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined), setTitle: vi.fn(async () => undefined) },
  commands: { onCommand: { addListener: vi.fn() } },
  tabs: { query: vi.fn(), sendMessage: vi.fn() },
}));
vi.mock('webextension-polyfill', () => ({ default: api }));

const { buttonState, isRequest, isStateChangedRequest } = await import('../../../src/extension/messages');
await import('../../../src/extension/background');
const listener = api.runtime.onMessage.addListener.mock.calls[0]?.[0] as ((message: unknown, sender: unknown) => unknown) | undefined;

const page = 'https://news.example/2024/artikel';
const contentScript = { id: 'newslens-test-id', tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, frameId: 0, url: page };
const verdict = { isArticle: true, confidence: 0.9, reasons: [] };
const report = {
  isArticle: true, lang: 'de', title: 'Titel', text: '', quotes: [], facts: [], byline: null, published: null, siteName: null, wordCount: 10,
  claims: [{ text: 'x', status: 'unsupported' as const, speaker: null, reasons: [] }, { text: 'y', status: 'supported' as const, speaker: null, reasons: [] }],
};
const finished = { phase: 'done', url: page, verdict, forced: false, report, blocks: 1, millis: 1 } satisfies TabState;
const done: ButtonState = { phase: 'done', url: page, article: { title: 'Titel', flagged: 1 } };
const message = (state: unknown) => ({ type: 'newslens:state-changed', state });

describe('buttonState (what the content script tells the background)', () => {
  it.each<[string, TabState, ButtonState]>([
    ['an article read: its title and flagged claims, not the report', finished, done],
    ['a page read on request that is not an article', { ...finished, report: { ...report, isArticle: false } }, { phase: 'done', url: page, article: null }],
    ['a page still being read', { phase: 'analysing', url: page, verdict, forced: false }, { phase: 'analysing', url: page, article: null }],
    ['a page judged not an article', { phase: 'not-article', url: page, pageTitle: 'Start', verdict }, { phase: 'not-article', url: page, article: null }],
  ])('%s', (_what, state, expected) => {
    expect(buttonState(state)).toEqual(expected);
  });
});

beforeEach(() => vi.clearAllMocks());

describe('isStateChangedRequest', () => {
  it.each<[string, ButtonState]>([
    ['a finished reading', done],
    ['a finished reading of an untitled page', { ...done, article: { title: null, flagged: 0 } }],
    ['a finished reading of a page that is not an article', { ...done, article: null }],
    ['detecting', { phase: 'detecting', url: page, article: null }],
    ['idle', { phase: 'idle', url: page, article: null }],
    ['failed', { phase: 'failed', url: page, article: null }],
  ])('accepts %s', (_what, state) => {
    expect(isStateChangedRequest(message(state))).toBe(true);
    expect(isRequest(message(state))).toBe(true);
  });

  it.each<[string, unknown]>([
    ['no state', { type: 'newslens:state-changed' }],
    ['a state that is a string', message('done')],
    ['an unknown phase', message({ ...done, phase: 'pwned' })],
    ['an inherited property name as phase', message({ ...done, phase: 'constructor' })],
    ['no address', message({ phase: 'detecting', article: null })],
    ['no article field', message({ phase: 'done', url: page })],
    ['an article while still detecting', message({ ...done, phase: 'detecting' })],
    ['an article that is a list', message({ ...done, article: [] })],
    ['a count that is a string', message({ ...done, article: { title: 'T', flagged: '1' } })],
    ['a negative count', message({ ...done, article: { title: 'T', flagged: -1 } })],
    ['a fractional count', message({ ...done, article: { title: 'T', flagged: 1.5 } })],
    ['an absurd count', message({ ...done, article: { title: 'T', flagged: 1e9 } })],
    ['a title that is an object', message({ ...done, article: { title: { toString: 'x' }, flagged: 1 } })],
    ['another type', { type: 'newslens:get-state', state: done }],
    ['an array', [message(done)]],
    ['null', null],
  ])('rejects %s', (_what, value) => {
    expect(isStateChangedRequest(value)).toBe(false);
  });
});

describe('the background’s handling of state reports', () => {
  it('sets the badge and title of the sender’s tab for a content script of its own', async () => {
    expect(listener).toBeTypeOf('function');
    expect(listener?.(message(done), contentScript)).toBeUndefined();
    await vi.waitFor(() => expect(api.action.setTitle).toHaveBeenCalledWith({ tabId: 7, title: 'Newslens: article — Titel' }));
    expect(api.action.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '1' });
  });

  it.each<[string, unknown, unknown]>([
    ['another extension', message(done), { ...contentScript, id: 'someone-else' }],
    ['an extension page (no tab)', message(done), { id: 'newslens-test-id', url: 'chrome-extension://newslens-test-id/src/ui/popup/index.html' }],
    ['an extension page open in a tab', message(done), { ...contentScript, url: 'chrome-extension://newslens-test-id/src/ui/popup/index.html' }],
    ['a malformed state from its own content script', message({ ...done, article: { title: 'T', flagged: 'many' } }), contentScript],
  ])('ignores %s', async (_what, body, sender) => {
    expect(listener?.(body, sender)).toBeUndefined();
    // Give a wrongly started badge update the chance to show up.
    await new Promise((done) => setTimeout(done, 10));
    expect(api.action.setBadgeText).not.toHaveBeenCalled();
    expect(api.action.setTitle).not.toHaveBeenCalled();
  });
});
