// @vitest-environment jsdom
// axe-core on the rendered popup (an analysed article with items of every kind, and the idle view) and
// the options page: no serious or critical violation. jsdom computes no colours, so colour contrast is
// left to the real-browser run.
import axe from 'axe-core';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabState } from '../../../src/extension/messages';
vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).browser }));
const client = vi.hoisted(() => ({ targetTab: vi.fn(), tabState: vi.fn(), analyseAnyway: vi.fn(), annotateNow: vi.fn(), reveal: vi.fn() }));
vi.mock('../../../src/extension/tab-client', () => client);
import { OptionsApp } from '../../../src/ui/options/OptionsApp';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import { resetBrowser, settle, browser } from './fake-browser';
import { SETTINGS_KEY } from '../../../src/extension/settings-store';
import { defaultSettings } from '../../../src/extension/settings';
import { doneState, URL_OF_PAGE } from './sample-report';

/** The serious and critical violations axe finds in `node` rendered, and how many report items it saw. */
async function check(node: preact.ComponentChild): Promise<{ found: string[]; items: number }> {
  document.documentElement.lang = 'en';
  document.title = 'Newslens';
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(node, root);
  await settle();
  // Every section open, so that axe sees every item.
  for (const details of document.querySelectorAll('details')) details.open = true;
  const items = document.querySelectorAll('[data-item]').length;
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  render(null, root);
  const found = result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  return { found, items };
}

async function violations(node: preact.ComponentChild): Promise<string[]> {
  return (await check(node)).found;
}

beforeEach(() => {
  resetBrowser();
  client.targetTab.mockResolvedValue({ id: 7, url: URL_OF_PAGE });
});
afterEach(() => document.body.replaceChildren());

describe('accessibility (axe-core, jsdom)', () => {
  it('the popup of an analysed article', async () => {
    client.tabState.mockResolvedValue({ kind: 'state', tabId: 7, state: doneState });
    const { found, items } = await check(<PopupApp />);
    expect(items).toBeGreaterThan(10);
    expect(found).toEqual([]);
  });

  it.each<[string, TabState]>([
    ['idle on request', { phase: 'idle', url: URL_OF_PAGE, reason: 'on-request' }],
    ['not an article', { phase: 'not-article', url: URL_OF_PAGE, pageTitle: 'x', verdict: { isArticle: false, confidence: 0.8, reasons: ['shop'] } }],
  ])('the popup, %s', async (_name, state) => {
    client.tabState.mockResolvedValue({ kind: 'state', tabId: 7, state });
    expect(await violations(<PopupApp />)).toEqual([]);
  });

  it('finds what it should (the check itself can fail)', async () => {
    const found = await violations(
      <main>
        <button type="button" />
        <input type="checkbox" />
      </main>,
    );
    expect(found.join('\n')).toMatch(/button-name/);
    expect(found.join('\n')).toMatch(/label/);
  });

  it('the options page, with switched-off sites', async () => {
    browser.storage.sync.data.set(SETTINGS_KEY, { ...defaultSettings(), disabledSites: ['a.example', 'b.example'] });
    expect(await violations(<OptionsApp />)).toEqual([]);
  });
});
