// @vitest-environment jsdom
// Chrome's offscreen document (src/extension/offscreen.ts): answers only the background of this
// extension, only well-formed requests, with Readability's reading of the HTML it was given.
import { describe, expect, it, vi } from 'vitest';

const api = vi.hoisted(() => ({ runtime: { id: 'newslens-test-id', onMessage: { addListener: vi.fn() } } }));
vi.mock('webextension-polyfill', () => ({ default: api }));

await import('../../../src/extension/offscreen');
const { OFFSCREEN_READ } = await import('../../../src/extension/reading-service');
const listener = api.runtime.onMessage.addListener.mock.calls[0]?.[0] as (message: unknown, sender: unknown) => Promise<unknown> | undefined;

const background = { id: 'newslens-test-id', url: 'chrome-extension://newslens-test-id/service-worker-loader.js' };
const html = `<!DOCTYPE html><html><head><title>Ein Titel</title></head><body><article>${'<p data-newslens-index="2">Ein Absatz mit genug Text, damit Readability ihn als den Artikel dieser Seite liest, und noch mehr.</p>'.repeat(5)}</article></body></html>`;

describe('the offscreen document', () => {
  it('reads the HTML the background passes on', async () => {
    const answer = (await listener({ type: OFFSCREEN_READ, html, maxElements: 1000 }, background)) as { ok: boolean; reading: { content: unknown[][]; texts: unknown[] } };
    expect(answer.ok).toBe(true);
    expect(answer.reading.content.some((node) => String(node[1]).includes('Ein Absatz'))).toBe(true);
    expect(answer.reading.texts).toContainEqual([2, 0]);
  });

  it('answers nothing to a content script or another extension, and refuses a malformed request', async () => {
    expect(listener({ type: OFFSCREEN_READ, html, maxElements: 1000 }, { ...background, tab: { id: 3 } })).toBeUndefined();
    expect(listener({ type: OFFSCREEN_READ, html, maxElements: 1000 }, { ...background, id: 'other' })).toBeUndefined();
    expect(listener({ type: 'newslens:get-state' }, background)).toBeUndefined();
    expect(await listener({ type: OFFSCREEN_READ, html: 5, maxElements: 1000 }, background)).toMatchObject({ ok: false });
  });
});
