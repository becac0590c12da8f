// @vitest-environment jsdom
// The interface texts: English and German hold the same messages with the same placeholders, the
// manifest's names exist, and `t` falls back to the bundled English with substitutions as the browser
// makes them.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).browser }));
import { LOCALES, setDocumentLanguage, t, textLanguage } from '../../../src/ui/i18n';
import { englishText, formatMessage } from '../../../src/ui/messages-en';
import { browser, resetBrowser } from './fake-browser';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
// Paths, not URLs: jsdom replaces the URL class, and node:fs accepts only Node's own.
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const read = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
const en = read<Messages>('_locales/en/messages.json');
const de = read<Messages>('_locales/de/messages.json');

beforeEach(() => resetBrowser());

describe('the message files', () => {
  it('exist for exactly the LOCALES', () => {
    expect(readdirSync(join(root, '_locales')).sort()).toEqual([...LOCALES].sort());
  });

  it('hold the same keys, each message filled, with the same placeholders', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en)) {
      const german = de[key];
      expect(entry.message.trim(), key).not.toBe('');
      expect(german?.message.trim(), key).not.toBe('');
      expect(german?.placeholders, key).toEqual(entry.placeholders);
      const names = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => match[1]?.toLowerCase()).sort();
      expect(names(german?.message ?? ''), key).toEqual(names(entry.message));
      expect(names(entry.message), key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    }
  });

  it('name the extension in the manifest', () => {
    const manifest = read<Record<string, unknown> & { action: { default_title: string } }>('manifest.json');
    expect(manifest.default_locale).toBe('en');
    for (const value of [manifest.name, manifest.description, manifest.action.default_title]) {
      const key = /^__MSG_(\w+)__$/.exec(String(value))?.[1];
      expect(key && en[key], String(value)).toBeTruthy();
    }
  });

  it('have the texts the other side uses for the in-page cards and commands', () => {
    expect(de.cardUnsupported?.message).toBe('Unbelegte Behauptung');
    expect(formatMessage(de.cardPosition as Messages[string], ['3', '12'])).toBe('3 von 12');
    expect(englishText('cardPosition', ['3', '12'])).toBe('3 of 12');
    expect(de.siteOff?.message).toBe('Auf dieser Website nie');
  });
});

describe('t', () => {
  it('uses the browser’s text where there is one', () => {
    browser.i18n.getMessage.mockImplementation((key: string) => (key === 'copied' ? 'Kopiert' : ''));
    expect(t('copied')).toBe('Kopiert');
    expect(browser.i18n.getMessage).toHaveBeenCalledWith('copied', undefined);
  });

  it('passes substitutions on as a list', () => {
    t('wordCount', '12');
    expect(browser.i18n.getMessage).toHaveBeenCalledWith('wordCount', ['12']);
  });

  it('falls back to English with the substitutions in place', () => {
    expect(t('wordCount', '1,234')).toBe('1,234 words');
    expect(t('confidence', '97')).toBe('97% sure');
    expect(t('idleSiteOffTitle', 'spiegel.de')).toBe('Newslens is switched off on spiegel.de.');
  });

  it('does not substitute twice, keeps $$ as $ and empties missing substitutions', () => {
    expect(formatMessage({ message: '$A$ and $B$ cost $$5', placeholders: { a: { content: '$1' }, b: { content: '$2' } } }, ['$2'])).toBe('$2 and  cost $5');
  });

  it('falls back when the i18n API throws', () => {
    browser.i18n.getMessage.mockImplementation(() => {
      throw new Error('no i18n');
    });
    expect(t('analyseAnyway')).toBe('Analyse anyway');
  });
});

describe('the page language', () => {
  it.each([
    ['de', 'de'],
    ['en-US', 'en-US'],
    ['de_AT', 'de-AT'],
    ['fr', 'en'],
  ])('interface language %s → <html lang="%s">', (ui, lang) => {
    browser.i18n.getUILanguage.mockReturnValue(ui);
    expect(textLanguage()).toBe(lang);
    setDocumentLanguage();
    expect(document.documentElement.lang).toBe(lang);
  });
});
