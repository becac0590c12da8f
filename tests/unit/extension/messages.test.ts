// The language-pack request between the content script and the background: its validation, and the
// background's answer, with the browser's extension API mocked (webextension-polyfill throws outside an
// extension).
import { beforeEach, describe, expect, it, vi } from 'vitest';

const api = vi.hoisted(() => ({
  runtime: { id: 'newslens-test-id', onMessage: { addListener: vi.fn() } },
  action: { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() },
  scripting: { executeScript: vi.fn() },
  commands: { onCommand: { addListener: vi.fn() } },
  tabs: { query: vi.fn(), sendMessage: vi.fn() },
}));
vi.mock('webextension-polyfill', () => ({ default: api }));

const { isLoadPackRequest, isPackLanguage, isRequest, isRevealRequest, isStepRequest, PACK_LANGUAGES } = await import('../../../src/extension/messages');
const { badgeText, isOwnContentScript, loadPack } = await import('../../../src/extension/background');
import type { TabState } from '../../../src/extension/messages';
const { PACKS } = await import('../../../src/extension/packs');
const { packLanguages } = await import('../../../src/core/languages/profiles');
/** The background's message listener, registered when the module loaded. */
const listener = api.runtime.onMessage.addListener.mock.calls[0]?.[0] as ((message: unknown, sender: unknown) => unknown) | undefined;

const page = 'https://news.example/politik/2024/03/14/artikel';
const contentScript = { id: 'newslens-test-id', tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, frameId: 0, url: page };

beforeEach(() => {
  vi.clearAllMocks();
});

describe('isLoadPackRequest', () => {
  it.each(PACK_LANGUAGES)('accepts a request for %s', (lang) => {
    const request = { type: 'newslens:load-pack', lang };
    expect(isLoadPackRequest(request)).toBe(true);
    expect(isRequest(request)).toBe(true);
  });

  it.each([
    ['an unknown language', { type: 'newslens:load-pack', lang: 'ru' }],
    ['a region subtag', { type: 'newslens:load-pack', lang: 'de-AT' }],
    ['upper case', { type: 'newslens:load-pack', lang: 'DE' }],
    ['a path', { type: 'newslens:load-pack', lang: '../background.js' }],
    ['a file name', { type: 'newslens:load-pack', lang: 'packs/de.js' }],
    ['an extension URL', { type: 'newslens:load-pack', lang: 'chrome-extension://abc/src/extension/content.js' }],
    ['an inherited property name', { type: 'newslens:load-pack', lang: '__proto__' }],
    ['an empty language', { type: 'newslens:load-pack', lang: '' }],
    ['no language', { type: 'newslens:load-pack' }],
    ['a language that is not a string', { type: 'newslens:load-pack', lang: ['de'] }],
    ['null as language', { type: 'newslens:load-pack', lang: null }],
    ['an extra field', { type: 'newslens:load-pack', lang: 'de', file: 'packs/de.js' }],
    ['another message type', { type: 'newslens:get-state', lang: 'de' }],
    ['a near miss of the type', { type: 'newslens:load-packs', lang: 'de' }],
    ['an array', ['newslens:load-pack', 'de']],
    ['a string', 'newslens:load-pack'],
    ['null', null],
    ['undefined', undefined],
  ])('rejects %s', (_what, value) => {
    expect(isLoadPackRequest(value)).toBe(false);
  });
});

describe('the pack languages', () => {
  it('are the languages the analysis has packs for', () => {
    expect([...PACK_LANGUAGES].sort()).toEqual([...packLanguages].sort());
  });

  it('each have a pack of that language in the background', () => {
    for (const lang of PACK_LANGUAGES) expect(PACKS[lang].code).toBe(lang);
    expect(Object.keys(PACKS).sort()).toEqual([...PACK_LANGUAGES].sort());
  });

  it('each have a pack that carries the cross-language names, which the content script does not', () => {
    for (const lang of PACK_LANGUAGES) {
      const { organizations, sources, places, givenNames } = PACKS[lang].names;
      for (const list of [organizations, sources, places, givenNames]) expect(list.length).toBeGreaterThan(100);
      expect(organizations).toContain('Shutterstock');
    }
  });

  it('do not include what merely sits on an array or object', () => {
    for (const word of ['length', 'constructor', 'toString', 'hasOwnProperty']) expect(isPackLanguage(word)).toBe(false);
  });
});

describe('the background’s answer to a pack request', () => {
  it('is the pack, as data that survives extension messaging (JSON)', async () => {
    const answer = await loadPack({ type: 'newslens:load-pack', lang: 'de' }, contentScript);
    expect(answer).toEqual({ ok: true, pack: PACKS.de });
    if (!answer.ok) return;
    expect(JSON.parse(JSON.stringify(answer.pack))).toEqual(PACKS.de);
  });

  it.each([
    ['an unknown language', { type: 'newslens:load-pack', lang: 'xx' }],
    ['a path', { type: 'newslens:load-pack', lang: '../../manifest.json' }],
    ['extra fields', { type: 'newslens:load-pack', lang: 'en', files: ['x.js'] }],
  ])('refuses %s', async (_what, message) => {
    expect(await loadPack(message, contentScript)).toMatchObject({ ok: false });
  });

  it.each([
    ['another extension', { ...contentScript, id: 'someone-else' }],
    ['a sender without a tab (an extension page or the background)', { id: 'newslens-test-id', url: 'chrome-extension://newslens-test-id/src/ui/popup/index.html' }],
    ['an extension page open in a tab', { ...contentScript, url: 'chrome-extension://newslens-test-id/src/ui/popup/index.html' }],
    ['a tab without an id', { ...contentScript, tab: { ...contentScript.tab, id: undefined } }],
  ])('refuses %s', async (_what, sender) => {
    expect(isOwnContentScript(sender)).toBe(false);
    expect(await loadPack({ type: 'newslens:load-pack', lang: 'de' }, sender)).toMatchObject({ ok: false });
  });

  it('answers through the message listener and never injects anything', async () => {
    expect(listener).toBeDefined();
    expect(await listener?.({ type: 'newslens:load-pack', lang: 'en' }, contentScript)).toEqual({ ok: true, pack: PACKS.en });
    expect(await listener?.({ type: 'newslens:load-pack', lang: 'en' }, { ...contentScript, id: 'other' })).toMatchObject({ ok: false });
    expect(listener?.({ type: 'newslens:get-state' }, contentScript)).toBeUndefined();
    expect(api.scripting.executeScript).not.toHaveBeenCalled();
  });
});

describe('isRevealRequest and isStepRequest', () => {
  it.each([
    [{ type: 'newslens:reveal', item: { kind: 'quote', index: 0 } }, true],
    [{ type: 'newslens:reveal', item: { kind: 'fact', index: 12 } }, true],
    [{ type: 'newslens:reveal', item: { kind: 'claim', index: -1 } }, false],
    [{ type: 'newslens:reveal', item: { kind: 'claim', index: 1.5 } }, false],
    [{ type: 'newslens:reveal', item: { kind: 'script', index: 0 } }, false],
    [{ type: 'newslens:reveal', item: null }, false],
    [{ type: 'newslens:reveal' }, false],
    [[{ type: 'newslens:reveal', item: { kind: 'quote', index: 0 } }], false],
  ])('reveal %j → %s', (message, expected) => {
    expect(isRevealRequest(message)).toBe(expected);
  });

  it.each([
    [{ type: 'newslens:step', direction: 1 }, true],
    [{ type: 'newslens:step', direction: -1 }, true],
    [{ type: 'newslens:step', direction: 2 }, false],
    [{ type: 'newslens:step', direction: '1' }, false],
    [{ type: 'newslens:step' }, false],
    [null, false],
  ])('step %j → %s', (message, expected) => {
    expect(isStepRequest(message)).toBe(expected);
  });
});

describe('the badge', () => {
  const verdict = { isArticle: true, confidence: 0.9, reasons: [] };
  const report = (isArticle: boolean, statuses: Array<'unsupported' | 'attributed' | 'supported'>) => ({
    isArticle, lang: 'de', title: 'T', text: '', quotes: [], facts: [], byline: null, published: null, siteName: null, wordCount: 10,
    claims: statuses.map((status) => ({ text: 'x', status, speaker: null, reasons: [] })),
  });
  const done = (isArticle: boolean, statuses: Array<'unsupported' | 'attributed' | 'supported'>): TabState => ({
    phase: 'done', url: page, verdict, forced: false, report: report(isArticle, statuses), blocks: 1, millis: 1, packs: [],
  });

  it.each([
    ['an article: its flagged (unsupported and attributed) claims', done(true, ['unsupported', 'attributed', 'supported', 'unsupported']), '3'],
    ['an article with nothing flagged', done(true, ['supported']), '0'],
    ['a page analysed on request that is not an article', done(false, ['unsupported']), ''],
    ['a page still being read', { phase: 'analysing', url: page, verdict, forced: false }, ''],
    ['a site switched off', { phase: 'idle', url: page, reason: 'site-off' }, ''],
  ] satisfies Array<[string, TabState, string]>)('%s', (_what, state, expected) => {
    expect(badgeText(state)).toBe(expected);
  });
});

describe('the keyboard commands', () => {
  /** The background's command listener, registered when the module loaded. */
  const onCommand = api.commands.onCommand.addListener.mock.calls[0]?.[0] as ((command: string) => void) | undefined;

  it.each([
    ['next-highlight', 1],
    ['previous-highlight', -1],
  ])('%s asks the active tab’s content script to step %i', async (command, direction) => {
    api.tabs.query.mockResolvedValue([{ id: 42 }]);
    api.tabs.sendMessage.mockResolvedValue(true);
    onCommand?.(command);
    await vi.waitFor(() => expect(api.tabs.sendMessage).toHaveBeenCalledWith(42, { type: 'newslens:step', direction }));
    expect(api.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('ignores commands it does not know, and a tab without a content script quietly', async () => {
    expect(onCommand).toBeTypeOf('function');
    onCommand?.('open-something-else');
    api.tabs.query.mockResolvedValue([{ id: 7 }]);
    api.tabs.sendMessage.mockRejectedValue(new Error('Receiving end does not exist.'));
    expect(() => onCommand?.('next-highlight')).not.toThrow();
    await vi.waitFor(() => expect(api.tabs.sendMessage).toHaveBeenCalledTimes(1));
  });
});
