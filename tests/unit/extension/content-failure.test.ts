// @vitest-environment jsdom
// A reading that fails says why in a form the popup can translate: the content script, run on a fixture
// article with the browser mocked, reports `failure` (the analysis timed out, the background said it
// failed, or the page side broke) beside the error's own words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabState } from '../../../src/extension/messages';
import { ARTICLE_MODULE_FILE } from '../../../src/extension/build-files';

const api = vi.hoisted(() => ({
  runtime: { id: 'newslens-test-id', sendMessage: vi.fn(), onMessage: { addListener: vi.fn() }, getURL: (path: string) => extensionFile(path) },
  storage: { onChanged: { addListener: vi.fn(), removeListener: vi.fn() } },
  i18n: { getMessage: () => '' },
}));
vi.mock('webextension-polyfill', () => ({ default: api }));

const ARTICLE = readFileSync(join(__dirname, '../../fixtures/pages/de-news-article.html'), 'utf8');

/** A file of the built extension, as its source: the module for articles that the content script imports. */
function extensionFile(path: string): string {
  return path === ARTICLE_MODULE_FILE ? join(__dirname, '../../../src/extension/article-module.ts') : path;
}
const LOADED = Symbol.for('newslens.content-script');

/** The content script's answer to the popup's question, through the listener it registered. */
async function stateNow(): Promise<TabState> {
  const listener = api.runtime.onMessage.addListener.mock.calls.at(-1)?.[0] as (message: unknown, sender: unknown) => Promise<TabState> | undefined;
  return (await listener({ type: 'newslens:get-state' }, { id: api.runtime.id }))!;
}

/** Starts a fresh content script on the fixture article, the background answering `analysis` to the request to analyse. */
async function startOnArticle(analysis: () => Promise<unknown>): Promise<void> {
  document.documentElement.innerHTML = new DOMParser().parseFromString(ARTICLE, 'text/html').documentElement.innerHTML;
  api.runtime.sendMessage.mockImplementation((message: { type: string }) => {
    if (message.type === 'newslens:analyse') return analysis();
    // No reading in the background (`newslens:read`): the page reads the copy itself.
    if (message.type === 'newslens:read') return Promise.resolve({ ok: false, error: 'not here' });
    return Promise.resolve(undefined);
  });
  delete (globalThis as Record<symbol, unknown>)[LOADED];
  vi.resetModules();
  // The module for articles, loaded ahead under the address the content script asks for: its import is
  // real file work, which the fake timers below would never wait for.
  await import(/* @vite-ignore */ extensionFile(ARTICLE_MODULE_FILE));
  await import('../../../src/extension/content');
}

beforeEach(() => {
  vi.useFakeTimers();
  api.runtime.sendMessage.mockReset();
  api.runtime.onMessage.addListener.mockClear();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('a reading that fails', () => {
  it('names an analysis the background refused, with its words', async () => {
    await startOnArticle(() => Promise.resolve({ ok: false, error: 'Maximum call stack size exceeded' }));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await stateNow()).toMatchObject({ phase: 'failed', failure: 'analysis-failed', error: 'Maximum call stack size exceeded' });
  });

  it('names an analysis that never came, after the time it waits', async () => {
    await startOnArticle(() => new Promise(() => undefined));
    await vi.advanceTimersByTimeAsync(2_000);
    expect((await stateNow()).phase).toBe('analysing');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(await stateNow()).toMatchObject({ phase: 'failed', failure: 'analysis-timeout', error: 'the analysis took too long' });
  });

  it('counts anything else as the page side’s, with the error’s words', async () => {
    vi.spyOn(Document.prototype, 'getElementsByTagName').mockImplementation(() => {
      throw new TypeError('the page took getElementsByTagName away');
    });
    await startOnArticle(() => Promise.resolve({ ok: false, error: 'unreachable' }));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await stateNow()).toMatchObject({ phase: 'failed', failure: 'page-error', error: 'the page took getElementsByTagName away' });
    expect(api.runtime.sendMessage).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'newslens:analyse' }));
  });
});
