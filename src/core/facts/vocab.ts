// Compiles a lexicon's word lists into regular-expression alternations once per lexicon, and looks a
// matched phrase back up. Longest keys come first so `mio.` beats `mio` and `us-dollar` beats `dollar`.
import { WORD_END, WORD_START } from '../lexicon';
import { isLetterOrDigit } from '../chars';

const SPECIAL = /[.*+?^${}()|[\]\\]/g;
const SPACE_OR_QUOTE = /[\s’]/;

/** One key as a pattern: letters at an edge get a Unicode word boundary (if `start`/`end`), symbols (`$`, `%`, `mid-`) do not. */
function keyPattern(key: string, start: boolean, end: boolean): string {
  let p = key.replace(SPECIAL, '\\$&').replace(/ +/g, '\\s{1,3}').replace(/'/g, "['’]");
  if (start && isLetterOrDigit(key.charCodeAt(0))) p = WORD_START + p;
  if (end && isLetterOrDigit(key.charCodeAt(key.length - 1))) p += WORD_END;
  return p;
}

/**
 * `(?:k1|k2|…)`, longest first; `start` adds the leading word boundary (off for suffixes glued to digits).
 * When every key begins (ends) with a letter, the boundary stands once before (after) the group rather
 * than in each alternative: the same matches, tried in the same order, from far less compiled code.
 */
export function alt(keys: Iterable<string>, start = true): string {
  const sorted = [...keys].sort((a, b) => b.length - a.length);
  // An empty list must match nothing rather than the empty string.
  if (!sorted.length) return '(?!)';
  const before = start && sorted.every((k) => isLetterOrDigit(k.charCodeAt(0)));
  const after = sorted.every((k) => isLetterOrDigit(k.charCodeAt(k.length - 1)));
  const list = sorted.map((k) => keyPattern(k, start && !before, !after));
  return `${before ? WORD_START : ''}(?:${list.join('|')})${after ? WORD_END : ''}`;
}

/** The lexicon key a matched phrase stands for (lower case, single spaces, straight apostrophe). */
export function norm(phrase: string): string {
  // Most phrases hold no space and no ’ (a word, digits): lower case is all they need.
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i);
    if (c <= 0x20 || (c >= 0x80 && SPACE_OR_QUOTE.test(phrase[i] ?? ''))) return phrase.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'").trim();
  }
  return phrase.toLowerCase();
}

/** Memoises a per-lexicon compilation: lexicons are module constants, so a WeakMap never grows. */
export function memo<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = build(key)));
    return value;
  };
}
