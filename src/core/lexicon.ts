// Helpers for writing and compiling lexicon patterns. JavaScript's `\b` knows only ASCII letters, so a
// German `\bMöglich` would match inside `unmöglich`; these helpers write Unicode-aware word boundaries.
import type { Cue } from './languages/types';

/**
 * The letters of the scripts the language packs are written in (Latin with its extensions, Greek,
 * Cyrillic), as the body of a character class. V8 builds `\p{L}` as the whole Unicode letter table,
 * which costs about a millisecond per expression when it is compiled: with some hundred lexicon
 * patterns that is a tenth of a second on a page's first analysis. An explicit class costs a twentieth
 * of that, and a word boundary needs no more than these scripts.
 */
export const LETTERS = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u03FF\\u0400-\\u052F\\u1E00-\\u1FFF\\u0300-\\u036F';
/** Digits, as the body of a character class. */
export const DIGITS = '0-9';

/** Not preceded by a letter or digit. */
export const WORD_START = `(?<![${LETTERS}${DIGITS}])`;
/** Not followed by a letter or digit. */
export const WORD_END = `(?![${LETTERS}${DIGITS}])`;

/**
 * A pattern source with `\p{L}` and `\p{N}` replaced by the explicit classes above (inside a bracket
 * expression by their bodies, outside it by a bracket of their own), for fast compilation.
 */
export function withExplicitLetters(source: string): string {
  let out = '';
  let inClass = false;
  for (let k = 0; k < source.length; k++) {
    const char = source[k]!;
    if (char === '\\' && (source.startsWith('\\p{L}', k) || source.startsWith('\\p{N}', k))) {
      const body = source[k + 3] === 'L' ? LETTERS : DIGITS;
      out += inClass ? body : `[${body}]`;
      k += 4;
      continue;
    }
    if (char === '\\') {
      out += char + (source[k + 1] ?? '');
      k++;
      continue;
    }
    if (char === '[' && !inClass) inClass = true;
    else if (char === ']' && inClass) inClass = false;
    out += char;
  }
  return out;
}

/**
 * A pattern for a phrase as whole words: spaces in `phrase` match any run of white space, and the phrase
 * may be a regular-expression fragment itself (`berichten?`, `(?:soll|sollen)`).
 */
export function words(phrase: string): string {
  return `${WORD_START}(?:${phrase.trim().replace(/ +/g, '\\s+')})${WORD_END}`;
}

/**
 * A cue for a whole-word phrase, with an optional maintainer's note. Its pattern spells `\p{L}` and
 * `\p{N}` out as the classes above (withExplicitLetters) here, where the packs are built, so the
 * content script that compiles it carries no rewriting code.
 */
export function cue(phrase: string, note?: string): Cue {
  const pattern = withExplicitLetters(words(phrase));
  return note === undefined ? { pattern } : { pattern, note };
}

export interface CompiledCue {
  /** Compiled without the `i` flag, for lower-cased text (case folding makes compilation slow). */
  regex: RegExp;
  /** The same with `i`, compiled only for a text whose lower case changes its length (`İ`). */
  folding: RegExp | null;
  source: string;
  cue: Cue;
  /** The pattern began with WORD_START, which is checked in code instead (see compileCues). */
  checkStart: boolean;
}

const cache = new WeakMap<readonly Cue[], CompiledCue[]>();
const LETTER_OR_DIGIT = new RegExp(`[${LETTERS}${DIGITS}]`, 'u');

/** Whether a character belongs to a word, by the same letters as WORD_START and WORD_END. */
export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && LETTER_OR_DIGIT.test(char);
}

/**
 * Compiles a lexicon's cues once (Unicode, global for repeated search; lexicon patterns are written in
 * lower case and matched against the lower-cased text, since the `i` flag multiplies the cost of
 * compiling them). A leading
 * look-behind keeps V8 from scanning fast for the pattern's first letters, so the word-start check of
 * `words()` is taken out of the expression and made in findCues.
 */
export function compileCues(cues: readonly Cue[]): CompiledCue[] {
  let compiled = cache.get(cues);
  if (!compiled) {
    compiled = cues.map((entry) => {
      const pattern = entry.pattern; // letters already explicit (see cue)
      const checkStart = pattern.startsWith(WORD_START);
      const source = checkStart ? pattern.slice(WORD_START.length) : pattern;
      return { regex: new RegExp(source, 'gu'), folding: null, source, cue: entry, checkStart };
    });
    cache.set(cues, compiled);
  }
  return compiled;
}

export interface CueHit {
  start: number;
  end: number;
  text: string;
  cue: Cue;
}

/** Every match of any of the cues in `text`, in text order. */
export function findCues(text: string, cues: readonly Cue[]): CueHit[] {
  const hits: CueHit[] = [];
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  for (const compiled of compileCues(cues)) {
    const { cue: entry, checkStart } = compiled;
    const regex = sameLength ? compiled.regex : (compiled.folding ??= new RegExp(compiled.source, 'giu'));
    const subject = sameLength ? lower : text;
    regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(subject))) {
      if (match[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      if (checkStart && isWordChar(text[match.index - 1])) {
        regex.lastIndex = match.index + 1;
        continue;
      }
      hits.push({ start: match.index, end: match.index + match[0].length, text: text.slice(match.index, match.index + match[0].length), cue: entry });
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}
