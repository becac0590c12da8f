// The English interface texts, bundled: what `t` falls back to where the browser's i18n gives nothing
// (unit tests, which run without an extension), and the labels of the exports. Pure: no browser API.
import en from '../../_locales/en/messages.json';

export type MessageKey = keyof typeof en;

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const MESSAGES: Record<string, Entry> = en;

/** `$1`… in `text` replaced by the substitutions (absent ones by nothing), `$$` by `$`. */
function substitute(text: string, substitutions: readonly string[]): string {
  return text.replace(/\$\$|\$(\d)/g, (match, digit: string | undefined) => (digit === undefined ? '$' : (substitutions[Number(digit) - 1] ?? '')));
}

/**
 * Formats a message the way browser.i18n.getMessage does: named placeholders (`$COUNT$`, matched
 * without regard to case) become their content, and the `$1`, `$2` in that content the substitutions.
 * Done in one pass so that a substitution containing `$1` is never substituted again.
 */
export function formatMessage(entry: Entry, substitutions: string | readonly string[] = []): string {
  const values = typeof substitutions === 'string' ? [substitutions] : substitutions;
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]));
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (match, name: string | undefined, digit: string | undefined) => {
    if (name !== undefined) {
      const content = placeholders.get(name.toLowerCase());
      return content === undefined ? match : substitute(content, values);
    }
    if (digit !== undefined) return values[Number(digit) - 1] ?? '';
    return '$';
  });
}

/** The English text of `key`; the key itself if there is no such message (a bug a test will show). */
export function englishText(key: MessageKey, substitutions?: string | readonly string[]): string {
  const entry = MESSAGES[key];
  return entry ? formatMessage(entry, substitutions) : key;
}

/** Looks up interface texts: the browser's `t` in the extension pages, `englishText` where there is none. */
export type Translate = (key: MessageKey, substitutions?: string | readonly string[]) => string;
