// Interface texts in the reader's language, from _locales/ through browser.i18n. Outside an extension
// (unit tests) getMessage is missing or gives '': the bundled English text stands in.
import browser from 'webextension-polyfill';
import { englishText, type MessageKey } from './messages-en';

export type { MessageKey } from './messages-en';

export function t(key: MessageKey, substitutions?: string | readonly string[]): string {
  let text = '';
  try {
    text = browser.i18n.getMessage(key, substitutions === undefined ? undefined : [...(typeof substitutions === 'string' ? [substitutions] : substitutions)]);
  } catch {
    // No i18n API here: fall back to English below.
  }
  return text || englishText(key, substitutions);
}

/** The browser's interface language ("de", "en-US"), for `<html lang>` and number and date formats. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** The languages of _locales/ (a unit test holds the two together). */
export const LOCALES = ['en', 'de'] as const;

/**
 * The language the interface texts are in: the browser's interface language where _locales/ has it,
 * else English (the default_locale the browser then falls back to).
 */
export function textLanguage(): string {
  const language = uiLanguage();
  const primary = language.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return (LOCALES as readonly string[]).includes(primary) ? language.replace('_', '-') : 'en';
}

/** Sets `<html lang>` to the language of the texts, so that screen readers pronounce them right. */
export function setDocumentLanguage(doc: Document = document): void {
  doc.documentElement.lang = textLanguage();
}
