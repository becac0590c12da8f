// The messages the background takes: the content script's analysis request (its validation, the
// sender check, the report it gets), the badge and the keyboard commands, with the browser's extension
// API mocked (webextension-polyfill throws outside an extension).
import { beforeEach, describe, expect, it, vi } from 'vitest';

const api = vi.hoisted(() => ({
  runtime: { id: 'newslens-test-id', onMessage: { addListener: vi.fn() } },
  action: { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() },
  scripting: { executeScript: vi.fn() },
  commands: { onCommand: { addListener: vi.fn() } },
  tabs: { query: vi.fn(), sendMessage: vi.fn() },
}));
(api.runtime as Record<string, unknown>).sendMessage = vi.fn();
vi.mock('webextension-polyfill', () => ({ default: api }));

const { buttonState, isAnalyseRequest, isReadRequest, isReadResult, isRequest, isRevealRequest, isStepRequest, MAX_ANALYSE_BLOCKS, MAX_ANALYSE_CHARACTERS, MAX_READ_HTML_CHARS } = await import('../../../src/extension/messages');
const { analyse, badgeText, isOwnContentScript, read } = await import('../../../src/extension/background');
const { OFFSCREEN_IDLE_MS, OFFSCREEN_PAGE, OFFSCREEN_READ } = await import('../../../src/extension/reading-service');
import { JSDOM } from 'jsdom';
import type { TabState } from '../../../src/extension/messages';
/** The background's message listener, registered when the module loaded. */
const listener = api.runtime.onMessage.addListener.mock.calls[0]?.[0] as ((message: unknown, sender: unknown) => unknown) | undefined;

const page = 'https://news.example/politik/2024/03/14/artikel';
const contentScript = { id: 'newslens-test-id', tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, frameId: 0, url: page };

beforeEach(() => {
  vi.clearAllMocks();
});

const article = {
  blocks: [
    { kind: 'heading', text: 'Streit um Kundendaten vor Gericht' },
    { kind: 'paragraph', text: '„Wir haben keine Daten verkauft“, sagte Anna Berger. Berichten zufolge prüft die Datenschutzbehörde die Vorwürfe.' },
  ],
  title: 'Streit um Kundendaten vor Gericht',
  byline: null,
  published: '2023-04-20',
  siteName: 'Wirtschaftsblick',
  declaredLang: 'de',
};
const verdict = { isArticle: true, confidence: 0.9, reasons: ['schema.org type NewsArticle'] };
const request = { type: 'newslens:analyse', input: article, verdict };

describe('isAnalyseRequest', () => {
  it('accepts an article and its verdict', () => {
    expect(isAnalyseRequest(request)).toBe(true);
    expect(isRequest(request)).toBe(true);
  });

  it.each([
    ['an extra field', { ...request, pack: 'de' }],
    ['no verdict', { type: 'newslens:analyse', input: article }],
    ['a verdict without reasons', { ...request, verdict: { isArticle: true, confidence: 1 } }],
    ['blocks that are not a list', { ...request, input: { ...article, blocks: 'text' } }],
    ['a block of an unknown kind', { ...request, input: { ...article, blocks: [{ kind: 'script', text: 'x' }] } }],
    ['a block without text', { ...request, input: { ...article, blocks: [{ kind: 'paragraph' }] } }],
    ['a title that is not text', { ...request, input: { ...article, title: { html: '<b>' } } }],
    ['too many blocks', { ...request, input: { ...article, blocks: Array.from({ length: MAX_ANALYSE_BLOCKS + 1 }, () => ({ kind: 'paragraph', text: 'x' })) } }],
    ['too much text', { ...request, input: { ...article, blocks: [{ kind: 'paragraph', text: 'x'.repeat(MAX_ANALYSE_CHARACTERS + 1) }] } }],
    ['another message type', { ...request, type: 'newslens:analyse-anyway' }],
    ['an array', [request]],
    ['null', null],
  ])('rejects %s', (_what, value) => {
    expect(isAnalyseRequest(value)).toBe(false);
  });
});

describe('the background’s analysis', () => {
  it('answers a content script with the report of the article, every language’s pack at hand', async () => {
    const answer = await analyse(request, contentScript);
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.report.lang).toBe('de');
    expect(answer.report.quotes.map((quote) => [quote.text, quote.speaker])).toEqual([['Wir haben keine Daten verkauft', 'Anna Berger']]);
    expect(answer.report.claims.some((claim) => claim.status === 'unsupported' && claim.reasons[0]?.includes('Berichten zufolge'))).toBe(true);
    expect(answer.millis).toBeGreaterThanOrEqual(0);
    // The report crosses extension messaging as JSON.
    expect(JSON.parse(JSON.stringify(answer.report))).toEqual(answer.report);
  });

  it('refuses a malformed request', async () => {
    expect(await analyse({ ...request, input: { blocks: [{ kind: 'x', text: 1 }] } }, contentScript)).toMatchObject({ ok: false });
  });

  it.each([
    ['another extension', { ...contentScript, id: 'someone-else' }],
    ['a sender without a tab (an extension page or the background)', { id: 'newslens-test-id', url: 'chrome-extension://newslens-test-id/src/ui/popup/index.html' }],
    ['an extension page open in a tab', { ...contentScript, url: 'chrome-extension://newslens-test-id/src/ui/popup/index.html' }],
    ['a tab without an id', { ...contentScript, tab: { ...contentScript.tab, id: undefined } }],
  ])('refuses %s', async (_what, sender) => {
    expect(isOwnContentScript(sender)).toBe(false);
    expect(await analyse(request, sender)).toMatchObject({ ok: false });
  });

  it('answers through the message listener and never injects anything', async () => {
    expect(listener).toBeDefined();
    expect(await listener?.(request, contentScript)).toMatchObject({ ok: true });
    expect(await listener?.(request, { ...contentScript, id: 'other' })).toMatchObject({ ok: false });
    expect(listener?.({ type: 'newslens:get-state' }, contentScript)).toBeUndefined();
    expect(api.scripting.executeScript).not.toHaveBeenCalled();
  });
});

describe('Readability’s reading in the background', () => {
  const html = `<!DOCTYPE html><html><head><title>Streit um Kundendaten</title></head><body><nav><a href="/">Start</a></nav><article data-newslens-index="3"><h1 data-newslens-index="4">Streit um Kundendaten</h1>${'<p data-newslens-index="5">Die Datenschutzbehörde prüft die Vorwürfe gegen das Unternehmen, das die Daten seiner Kunden verkauft haben soll, seit Monaten sehr genau.</p>'.repeat(5)}</article></body></html>`;
  const readRequest = { type: 'newslens:read', html, maxElements: 5000 };
  const sendMessage = (api.runtime as unknown as { sendMessage: ReturnType<typeof vi.fn> }).sendMessage;

  it('validates the request: exactly the HTML (bounded) and a positive element budget', () => {
    expect(isReadRequest(readRequest)).toBe(true);
    expect(isReadRequest({ ...readRequest, html: 'x'.repeat(MAX_READ_HTML_CHARS + 1) })).toBe(false);
    expect(isReadRequest({ ...readRequest, maxElements: 0 })).toBe(false);
    expect(isReadRequest({ ...readRequest, extra: 1 })).toBe(false);
    expect(isReadRequest({ type: 'newslens:read', html: 1, maxElements: 10 })).toBe(false);
  });

  it('validates the answer the content script gets back', () => {
    const reading = { title: 'T', byline: null, publishedTime: null, siteName: null, lang: null, content: [[-1, 'DIV', ['id', 'x']], [0, 'Text'], [0, 'P', []], [2, 'More']], texts: [[5, 0], null], furniture: [1] };
    expect(isReadResult({ ok: true, reading })).toBe(true);
    expect(isReadResult({ ok: true, reading: null })).toBe(true);
    expect(isReadResult({ ok: false, error: 'no' })).toBe(true);
    expect(isReadResult({ ok: true, reading: { ...reading, texts: [[5, -1]] } })).toBe(false);
    // The furniture is a list of text indices.
    expect(isReadResult({ ok: true, reading: { ...reading, furniture: undefined } })).toBe(false);
    expect(isReadResult({ ok: true, reading: { ...reading, furniture: [-1] } })).toBe(false);
    expect(isReadResult({ ok: true, reading: { ...reading, furniture: ['1'] } })).toBe(false);
    expect(isReadResult({ ok: true, reading: { ...reading, title: 3 } })).toBe(false);
    expect(isReadResult({ ok: true, reading: { ...reading, content: undefined } })).toBe(false);
    // A node whose parent comes after it (or is itself) makes no tree.
    expect(isReadResult({ ok: true, reading: { ...reading, content: [[-1, 'DIV', []], [1, 'Text']] } })).toBe(false);
    expect(isReadResult({ ok: true, reading: { ...reading, content: [[-1, 'DIV', [7]]] } })).toBe(false);
  });

  it('reads the HTML itself where the background has a DOM (Firefox’s background page)', async () => {
    vi.stubGlobal('DOMParser', new JSDOM('').window.DOMParser);
    try {
      const answer = await read(readRequest, contentScript);
      expect(answer.ok).toBe(true);
      if (!answer.ok || !answer.reading) throw new Error('no reading');
      expect(answer.reading.title).toBe('Streit um Kundendaten');
      expect(answer.reading.content.some((node) => node.length === 2 && node[1].includes('Datenschutzbehörde'))).toBe(true);
      expect(answer.reading.texts.filter((name) => name?.[0] === 5)).toHaveLength(5);
      expect(sendMessage).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('passes it on to one offscreen document where it has none (Chrome’s service worker)', async () => {
    const reading = { title: 'T', byline: null, publishedTime: null, siteName: null, lang: null, content: [[-1, 'DIV', []], [0, 'x']], texts: [null], furniture: [] };
    const getContexts = vi.fn().mockResolvedValueOnce([]).mockResolvedValue([{}]);
    const createDocument = vi.fn().mockResolvedValue(undefined);
    const closeDocument = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('DOMParser', undefined);
    vi.stubGlobal('chrome', { runtime: { getContexts }, offscreen: { createDocument, closeDocument } });
    sendMessage.mockResolvedValue({ ok: true, reading });
    try {
      expect(await read(readRequest, contentScript)).toEqual({ ok: true, reading });
      expect(await read(readRequest, contentScript)).toEqual({ ok: true, reading });
      expect(createDocument).toHaveBeenCalledTimes(1);
      expect(createDocument.mock.calls[0]?.[0]).toMatchObject({ url: OFFSCREEN_PAGE, reasons: ['DOM_PARSER'] });
      expect(sendMessage).toHaveBeenCalledWith({ type: OFFSCREEN_READ, html, maxElements: 5000 });
      // A malformed answer from there is not passed on.
      sendMessage.mockResolvedValue({ ok: true, reading: { content: 5 } });
      expect(await read(readRequest, contentScript)).toMatchObject({ ok: false });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('closes the offscreen document once no article has been read for a while, and opens a new one when needed', async () => {
    vi.useFakeTimers();
    const reading = { title: 'T', byline: null, publishedTime: null, siteName: null, lang: null, content: [[-1, 'DIV', []], [0, 'x']], texts: [null], furniture: [] };
    let open = false;
    const getContexts = vi.fn(async () => (open ? [{}] : []));
    const createDocument = vi.fn(async () => {
      open = true;
    });
    const closeDocument = vi.fn(async () => {
      open = false;
    });
    vi.stubGlobal('DOMParser', undefined);
    vi.stubGlobal('chrome', { runtime: { getContexts }, offscreen: { createDocument, closeDocument } });
    try {
      sendMessage.mockResolvedValue({ ok: true, reading });
      expect(await read(readRequest, contentScript)).toEqual({ ok: true, reading });
      // Another reading before the time is up keeps the same document and starts the wait again.
      await vi.advanceTimersByTimeAsync(OFFSCREEN_IDLE_MS - 1000);
      expect(await read(readRequest, contentScript)).toEqual({ ok: true, reading });
      await vi.advanceTimersByTimeAsync(OFFSCREEN_IDLE_MS - 1000);
      expect(closeDocument).not.toHaveBeenCalled();
      expect(createDocument).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1000);
      expect(closeDocument).toHaveBeenCalledTimes(1);
      expect(open).toBe(false);

      // Not while a reading is under way: the wait starts when it is answered.
      let answer: (value: unknown) => void = () => undefined;
      sendMessage.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
      const slow = read(readRequest, contentScript);
      await vi.advanceTimersByTimeAsync(2 * OFFSCREEN_IDLE_MS);
      expect(createDocument).toHaveBeenCalledTimes(2);
      expect(closeDocument).toHaveBeenCalledTimes(1);
      answer({ ok: true, reading });
      expect(await slow).toEqual({ ok: true, reading });
      await vi.advanceTimersByTimeAsync(OFFSCREEN_IDLE_MS);
      expect(closeDocument).toHaveBeenCalledTimes(2);

      // A document the browser closed already is no error.
      closeDocument.mockRejectedValueOnce(new Error('No current offscreen document.'));
      expect(await read(readRequest, contentScript)).toEqual({ ok: true, reading });
      await vi.advanceTimersByTimeAsync(OFFSCREEN_IDLE_MS);
      expect(closeDocument).toHaveBeenCalledTimes(3);
      expect(await read(readRequest, contentScript)).toEqual({ ok: true, reading });
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });

  it('refuses a malformed request and any sender but its own content scripts', async () => {
    expect(await read({ ...readRequest, html: 7 }, contentScript)).toMatchObject({ ok: false });
    expect(await read(readRequest, { ...contentScript, id: 'someone-else' })).toMatchObject({ ok: false });
    expect(await listener?.(readRequest, { id: 'newslens-test-id', url: 'chrome-extension://newslens-test-id/x.html' })).toMatchObject({ ok: false });
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
    phase: 'done', url: page, verdict, forced: false, report: report(isArticle, statuses), blocks: 1, millis: 1,
  });

  it.each([
    ['an article: its flagged (unsupported and attributed) claims', done(true, ['unsupported', 'attributed', 'supported', 'unsupported']), '3'],
    ['an article with nothing flagged', done(true, ['supported']), '0'],
    ['a page analysed on request that is not an article', done(false, ['unsupported']), ''],
    ['a page still being read', { phase: 'analysing', url: page, verdict, forced: false }, ''],
    ['a site switched off', { phase: 'idle', url: page, reason: 'site-off' }, ''],
  ] satisfies Array<[string, TabState, string]>)('%s', (_what, state, expected) => {
    expect(badgeText(buttonState(state))).toBe(expected);
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
