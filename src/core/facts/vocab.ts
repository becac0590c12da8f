// Compiles a lexicon's word lists into regular-expression alternations once per lexicon, and looks a
// matched phrase back up. Longest keys come first so `mio.` beats `mio` and `us-dollar` beats `dollar`.
import { WORD_END, WORD_START } from '../lexicon';

const SPECIAL = /[.*+?^${}()|[\]\\]/g;
const LETTER = /[\p{L}\p{N}]/u;

/** One key as a pattern: letters at an edge get a Unicode word boundary, symbols (`$`, `%`, `mid-`) do not. */
function keyPattern(key: string, start: boolean): string {
  let p = key.replace(SPECIAL, '\\$&').replace(/ +/g, '\\s{1,3}').replace(/'/g, "['’]");
  if (start && LETTER.test(key[0] ?? '')) p = WORD_START + p;
  if (LETTER.test(key.at(-1) ?? '')) p += WORD_END;
  return p;
}

/** `(?:k1|k2|…)`, longest first; `start` adds the leading word boundary (off for suffixes glued to digits). */
export function alt(keys: Iterable<string>, start = true): string {
  const list = [...keys].sort((a, b) => b.length - a.length).map((k) => keyPattern(k, start));
  // An empty list must match nothing rather than the empty string.
  return list.length ? `(?:${list.join('|')})` : '(?!)';
}

/** The lexicon key a matched phrase stands for (lower case, single spaces, straight apostrophe). */
export function norm(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'").trim();
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
