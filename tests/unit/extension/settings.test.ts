// The reader's settings as pure logic: stored values checked field by field, the site of a page, and
// switching a site or a highlight category.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettings, isSiteEnabled, normaliseSettings, siteOf, withCategory, withSite, type Settings } from '../../../src/extension/settings';

const defaults = defaultSettings();

describe('normaliseSettings', () => {
  it.each<[string, unknown, Partial<Settings>]>([
    ['nothing', undefined, {}],
    ['null', null, {}],
    ['a string', 'autoAnnotate', {}],
    ['a number', 42, {}],
    ['an array', [true, 'high-contrast'], {}],
    ['an empty object', {}, {}],
    ['a complete value', { autoAnnotate: false, categories: { quote: false, unsupported: true, attributed: false }, scheme: 'high-contrast', disabledSites: ['b.example', 'a.example'] }, { autoAnnotate: false, categories: { quote: false, unsupported: true, attributed: false }, scheme: 'high-contrast', disabledSites: ['a.example', 'b.example'] }],
    ['autoAnnotate not a boolean', { autoAnnotate: 'false' }, {}],
    ['an unknown scheme', { scheme: 'neon' }, {}],
    ['categories partly given', { categories: { unsupported: false } }, { categories: { quote: true, unsupported: false, attributed: true } }],
    ['categories of the wrong type', { categories: { quote: 'no', unsupported: 0, attributed: null, extra: false } }, {}],
    ['categories not an object', { categories: 'none' }, {}],
    ['sites not a list', { disabledSites: 'spiegel.de' }, {}],
    ['sites with garbage, doubles and bad hosts', { disabledSites: ['spiegel.de', 'spiegel.de', 7, null, 'UPPER.example', 'has space.de', 'javascript:alert(1)', '-bad.de', '[::1]'] }, { disabledSites: ['[::1]', 'spiegel.de'] }],
  ])('%s', (_name, raw, expected) => {
    expect(normaliseSettings(raw)).toEqual({ ...defaults, ...expected });
  });

  it('keeps at most 1000 sites', () => {
    const many = Array.from({ length: 1200 }, (_, i) => `site${i}.example`);
    expect(normaliseSettings({ disabledSites: many }).disabledSites).toHaveLength(1000);
  });

  it('never hands out the frozen defaults', () => {
    const settings = normaliseSettings(undefined);
    settings.categories.quote = false;
    settings.disabledSites.push('x.example');
    expect(DEFAULT_SETTINGS.categories.quote).toBe(true);
    expect(defaultSettings()).toEqual({ autoAnnotate: true, categories: { quote: true, unsupported: true, attributed: true }, scheme: 'standard', disabledSites: [] });
  });
});

describe('siteOf', () => {
  it.each([
    ['https://www.spiegel.de/politik/a.html', 'spiegel.de'],
    ['http://SPIEGEL.de/', 'spiegel.de'],
    ['https://www.spiegel.de./x', 'spiegel.de'],
    ['https://m.spiegel.de/x', 'm.spiegel.de'],
    ['https://user:pw@news.example:8080/a?b#c', 'news.example'],
    ['http://127.0.0.1:8000/page.html', '127.0.0.1'],
    ['https://[::1]/', '[::1]'],
    ['file:///home/a.html', null],
    ['chrome://settings', null],
    ['about:blank', null],
    ['not a url', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%s → %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});

describe('withSite and isSiteEnabled', () => {
  it('switches a site off and on again, without changing the settings given', () => {
    const off = withSite(defaults, 'spiegel.de', false);
    expect(off.disabledSites).toEqual(['spiegel.de']);
    expect(defaults.disabledSites).toEqual([]);
    expect(isSiteEnabled(off, 'https://www.spiegel.de/a')).toBe(false);
    expect(isSiteEnabled(off, 'https://zeit.de/a')).toBe(true);
    const on = withSite(off, 'spiegel.de', true);
    expect(on.disabledSites).toEqual([]);
    expect(isSiteEnabled(on, 'https://www.spiegel.de/a')).toBe(true);
  });

  it('keeps the list sorted and free of doubles', () => {
    const settings = withSite(withSite(withSite(defaults, 'zeit.de', false), 'faz.net', false), 'zeit.de', false);
    expect(settings.disabledSites).toEqual(['faz.net', 'zeit.de']);
  });

  it('never enables pages that are not on the web', () => {
    expect(isSiteEnabled(defaults, 'file:///a.html')).toBe(false);
    expect(isSiteEnabled(defaults, undefined)).toBe(false);
  });
});

describe('withCategory', () => {
  it('switches one category and leaves the rest and the input alone', () => {
    const changed = withCategory(defaults, 'attributed', false);
    expect(changed.categories).toEqual({ quote: true, unsupported: true, attributed: false });
    expect(defaults.categories.attributed).toBe(true);
    expect(withCategory(changed, 'attributed', true).categories).toEqual(defaults.categories);
  });
});
