// The content script's state reports to the background (`newslens:state-changed`), which set the toolbar
// badge and the button's title: only well-formed reports from a content script of this extension are
// taken; anything else — another extension, an extension page, a malformed state — leaves the badge alone.
// The browser's extension API is mocked (webextension-polyfill throws outside an extension).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabState } from '../../../src/extension/messages';

const api = vi.hoisted(() => ({
  runtime: { id: 'newslens-test-id', onMessage: { addListener: vi.fn() } },
  action: { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined), setTitle: vi.fn(async () => undefined) },
  commands: { onCommand: { addListener: vi.fn() } },
  tabs: { query: vi.fn(), sendMessage: vi.fn() },
}));
vi.mock('webextension-polyfill', () => ({ default: api }));

const { isRequest, isStateChangedRequest } = await import('../../../src/extension/messages');
await import('../../../src/extension/background');
const listener = api.runtime.onMessage.addListener.mock.calls[0]?.[0] as ((message: unknown, sender: unknown) => unknown) | undefined;

const page = 'https://news.example/2024/artikel';
const contentScript = { id: 'newslens-test-id', tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, frameId: 0, url: page };
const verdict = { isArticle: true, confidence: 0.9, reasons: [] };
const report = {
  isArticle: true, lang: 'de', title: 'Titel', text: '', quotes: [], facts: [], byline: null, published: null, siteName: null, wordCount: 10,
  claims: [{ text: 'x', status: 'unsupported' as const, speaker: null, reasons: [] }, { text: 'y', status: 'supported' as const, speaker: null, reasons: [] }],
};
const done = { phase: 'done', url: page, verdict, forced: false, report, blocks: 1, millis: 1 } satisfies TabState;
const message = (state: unknown) => ({ type: 'newslens:state-changed', state });

beforeEach(() => vi.clearAllMocks());

describe('isStateChangedRequest', () => {
  it.each<[string, TabState]>([
    ['a finished reading', done],
    ['a finished reading of an untitled page', { ...done, report: { ...report, title: null } } as TabState],
    ['detecting', { phase: 'detecting', url: page }],
    ['idle', { phase: 'idle', url: page, reason: 'site-off' }],
    ['failed', { phase: 'failed', url: page, error: 'boom' }],
  ])('accepts %s', (_what, state) => {
    expect(isStateChangedRequest(message(state))).toBe(true);
    expect(isRequest(message(state))).toBe(true);
  });

  it.each<[string, unknown]>([
    ['no state', { type: 'newslens:state-changed' }],
    ['a state that is a string', message('done')],
    ['an unknown phase', message({ ...done, phase: 'pwned' })],
    ['an inherited property name as phase', message({ ...done, phase: 'constructor' })],
    ['no address', message({ phase: 'detecting' })],
    ['a finished reading without a report', message({ ...done, report: undefined })],
    ['claims that are not a list', message({ ...done, report: { ...report, claims: { length: 1 } } })],
    ['a claim with an unknown status', message({ ...done, report: { ...report, claims: [{ status: '<img src=x>' }] } })],
    ['a claim that is null', message({ ...done, report: { ...report, claims: [null] } })],
    ['a title that is an object', message({ ...done, report: { ...report, title: { toString: 'x' } } })],
    ['isArticle as a string', message({ ...done, report: { ...report, isArticle: 'true' } })],
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
    ['a malformed state from its own content script', message({ ...done, report: { ...report, claims: 'many' } }), contentScript],
  ])('ignores %s', async (_what, body, sender) => {
    expect(listener?.(body, sender)).toBeUndefined();
    // Give a wrongly started badge update the chance to show up.
    await new Promise((done) => setTimeout(done, 10));
    expect(api.action.setBadgeText).not.toHaveBeenCalled();
    expect(api.action.setTitle).not.toHaveBeenCalled();
  });
});
