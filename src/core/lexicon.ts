// Helpers for writing and compiling lexicon patterns. JavaScript's `\b` knows only ASCII letters, so a
// German `\bMöglich` would match inside `unmöglich`; these helpers write Unicode-aware word boundaries.
import type { Cue } from './languages/types';

/** Not preceded by a letter or digit. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** Not followed by a letter or digit. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/**
 * A pattern for a phrase as whole words: spaces in `phrase` match any run of white space, and the phrase
 * may be a regular-expression fragment itself (`berichten?`, `(?:soll|sollen)`).
 */
export function words(phrase: string): string {
  return `${WORD_START}(?:${phrase.trim().replace(/ +/g, '\\s+')})${WORD_END}`;
}

/** A cue for a whole-word phrase, with an optional maintainer's note. */
export function cue(phrase: string, note?: string): Cue {
  return note === undefined ? { pattern: words(phrase) } : { pattern: words(phrase), note };
}

export interface CompiledCue {
  regex: RegExp;
  cue: Cue;
  /** The pattern began with WORD_START, which is checked in code instead (see compileCues). */
  checkStart: boolean;
}

const cache = new WeakMap<readonly Cue[], CompiledCue[]>();
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Compiles a lexicon's cues once (case-insensitive, Unicode, global for repeated search). A leading
 * look-behind keeps V8 from scanning fast for the pattern's first letters, so the word-start check of
 * `words()` is taken out of the expression and made in findCues.
 */
export function compileCues(cues: readonly Cue[]): CompiledCue[] {
  let compiled = cache.get(cues);
  if (!compiled) {
    compiled = cues.map((entry) => {
      const checkStart = entry.pattern.startsWith(WORD_START);
      const source = checkStart ? entry.pattern.slice(WORD_START.length) : entry.pattern;
      return { regex: new RegExp(source, 'giu'), cue: entry, checkStart };
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
  for (const { regex, cue: entry, checkStart } of compileCues(cues)) {
    regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(text))) {
      if (match[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      if (checkStart && match.index > 0 && LETTER_OR_DIGIT.test(text[match.index - 1]!)) {
        regex.lastIndex = match.index + 1;
        continue;
      }
      hits.push({ start: match.index, end: match.index + match[0].length, text: match[0], cue: entry });
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}
