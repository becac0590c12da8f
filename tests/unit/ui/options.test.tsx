// @vitest-environment jsdom
// The options page with the browser's storage mocked: it shows what is stored, stores every change at
// once with a "Saved" confirmation, removes switched-off sites and restores the defaults.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).browser }));
import { defaultSettings, type Settings } from '../../../src/extension/settings';
import { SETTINGS_KEY } from '../../../src/extension/settings-store';
import { OptionsApp } from '../../../src/ui/options/OptionsApp';
import { browser, resetBrowser, settle } from './fake-browser';

let root: HTMLElement;
const stored = () => browser.storage.sync.data.get(SETTINGS_KEY) as Settings | undefined;
const input = (selector: string) => root.querySelector<HTMLInputElement>(selector);

async function mount(settings?: Partial<Settings>): Promise<void> {
  if (settings) browser.storage.sync.data.set(SETTINGS_KEY, { ...defaultSettings(), ...settings });
  root = document.createElement('div');
  document.body.replaceChildren(root);
  render(<OptionsApp />, root);
  await settle();
}

beforeEach(() => resetBrowser());
afterEach(() => {
  render(null, root);
  document.body.replaceChildren();
});

describe('OptionsApp', () => {
  it('shows the stored settings', async () => {
    await mount({ autoAnnotate: false, categories: { quote: true, unsupported: false, attributed: true }, scheme: 'high-contrast', disabledSites: ['a.example', 'b.example'] });
    expect(root.querySelector('h1')?.textContent).toBe('Newslens settings');
    expect(input('input[value="on-request"]')?.checked).toBe(true);
    expect(input('input[value="auto"]')?.checked).toBe(false);
    expect(input('input[data-category="unsupported"]')?.checked).toBe(false);
    expect(input('input[data-category="quote"]')?.checked).toBe(true);
    expect(input('input[value="high-contrast"]')?.checked).toBe(true);
    expect([...root.querySelectorAll('[data-site]')].map((item) => item.getAttribute('data-site'))).toEqual(['a.example', 'b.example']);
    expect(root.querySelector('[data-testid="preview"]')?.classList.contains('scheme-high-contrast')).toBe(true);
    // A category switched off is shown plain in the preview.
    expect(root.querySelector('[data-mark="unsupported"]')?.className).toBe('');
    expect(root.querySelector('[data-mark="quote"]')?.className).toBe('mark-quote');
  });

  it('shows the defaults when nothing is stored, and says there are no switched-off sites', async () => {
    await mount();
    expect(input('input[value="auto"]')?.checked).toBe(true);
    expect(input('input[value="standard"]')?.checked).toBe(true);
    expect(root.querySelector('[data-testid="sites"]')?.textContent).toContain('None.');
    // The standard scheme adapts to the page: shown on a light and on a dark one.
    expect([...root.querySelectorAll('.sample')].map((sample) => sample.className)).toEqual(['sample page-light', 'sample page-dark']);
  });

  it('stores each change at once and says “Saved”', async () => {
    await mount();
    input('input[value="on-request"]')?.click();
    await settle();
    expect(stored()?.autoAnnotate).toBe(false);
    expect(root.querySelector('[data-testid="saved"]')?.textContent).toBe('Saved');
    input('input[data-category="attributed"]')?.click();
    await settle();
    expect(stored()?.categories).toEqual({ quote: true, unsupported: true, attributed: false });
    input('input[value="high-contrast"]')?.click();
    await settle();
    expect(stored()?.scheme).toBe('high-contrast');
    expect(root.querySelector('[data-testid="preview"]')?.classList.contains('scheme-high-contrast')).toBe(true);
    expect(root.querySelectorAll('.sample')).toHaveLength(1);
  });

  it('turns a site on again', async () => {
    await mount({ disabledSites: ['a.example', 'b.example'] });
    const remove = root.querySelector<HTMLButtonElement>('[data-site="a.example"] button');
    expect(remove?.getAttribute('aria-label')).toBe('Turn Newslens on again for a.example');
    remove?.click();
    await settle();
    expect(stored()?.disabledSites).toEqual(['b.example']);
    expect(root.querySelector('[data-site="a.example"]')).toBeNull();
  });

  it('restores the defaults', async () => {
    await mount({ autoAnnotate: false, scheme: 'high-contrast', disabledSites: ['a.example'], categories: { quote: false, unsupported: false, attributed: false } });
    root.querySelector<HTMLButtonElement>('[data-testid="restore"]')?.click();
    await settle();
    expect(stored()).toEqual(defaultSettings());
    expect(input('input[value="auto"]')?.checked).toBe(true);
    expect(root.querySelectorAll('[data-site]')).toHaveLength(0);
  });

  it('follows a change made elsewhere (the popup)', async () => {
    await mount();
    await browser.storage.sync.set({ [SETTINGS_KEY]: { ...defaultSettings(), disabledSites: ['c.example'] } });
    await settle();
    expect(root.querySelector('[data-site="c.example"]')).not.toBeNull();
  });

  it('says when a change could not be stored', async () => {
    await mount();
    browser.storage.sync.set.mockRejectedValueOnce(new Error('off'));
    browser.storage.local.set.mockRejectedValueOnce(new Error('full'));
    input('input[value="high-contrast"]')?.click();
    await settle();
    expect(root.querySelector('[data-testid="saved"]')?.textContent).toBe('Not saved: full');
  });
});
