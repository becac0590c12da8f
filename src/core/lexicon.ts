// Helpers for writing and compiling lexicon patterns. JavaScript's `\b` knows only ASCII letters, so a
// German `\bMöglich` would match inside `unmöglich`; these helpers write Unicode-aware word boundaries.
import type { Cue } from './languages/types';
import { HEAD_KEYS, HEAD_LENGTH, headKey, leadingHeads } from './heads';

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
 * analysis that compiles it carries no rewriting code.
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
  /** The same, sticky: tried only at the offsets where the list's `any` finds some cue (see findCues). */
  sticky: RegExp;
  source: string;
  cue: Cue;
  /** The pattern began with WORD_START, which is checked in code instead (see compileCues). */
  checkStart: boolean;
}

/** A list's cues, and one expression that matches wherever any of them does (null where it cannot be made). */
interface CompiledCues {
  cues: CompiledCue[];
  any: RegExp | null;
  /**
   * The cues by the heads of their matches (see heads.ts), null unless every cue checks its start and
   * its heads are known, none starting with ASCII other than a letter or digit. Then the search need not
   * run `any`: see atHeads.
   */
  heads: CuesByHead | null;
}

/** headKey of a head → index into `groups` (or -1); each group the indices of the cues with such a head, ascending. */
interface CuesByHead {
  table: Int16Array;
  groups: number[][];
}

function cuesByHead(list: readonly CompiledCue[]): CuesByHead | null {
  const table = new Int16Array(HEAD_KEYS).fill(-1);
  const groups: number[][] = [];
  for (let k = 0; k < list.length; k++) {
    const entry = list[k]!;
    const heads = entry.checkStart ? leadingHeads(entry.source) : null;
    if (!heads) return null;
    for (const head of heads) {
      const first = head.charCodeAt(0);
      if (first < 0x80 && !isAsciiWord(first)) return null; // headStarts passes such offsets over
      const key = headKey(head, 0);
      if (table[key] === -1) {
        table[key] = groups.length;
        groups.push([]);
      }
      const group = groups[table[key]!]!;
      if (group[group.length - 1] !== k) group.push(k);
    }
  }
  return { table, groups };
}

const cache = new WeakMap<readonly Cue[], CompiledCues>();
const LETTER_OR_DIGIT = new RegExp(`[${LETTERS}${DIGITS}]`, 'u');

/** Whether a character belongs to a word, by the same letters as WORD_START and WORD_END. */
export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && LETTER_OR_DIGIT.test(char);
}

/**
 * Compiles a lexicon's cues once (Unicode, global for repeated search; lexicon patterns are written in
 * lower case and matched against the lower-cased text, since the `i` flag multiplies the cost of
 * compiling them). A leading look-behind keeps V8 from scanning fast for the pattern's first letters, so the word-start check of
 * `words()` is taken out of the expression and made in findCues. `any` joins the cues in one
 * alternation: after a lower-case ASCII letter or digit no cue that checks its start can match, and that
 * look-behind is cheap, so the whole list is one pass over the text instead of one per cue. Numbered or
 * named groups would clash in it: such a list has no `any`.
 */
function compileCues(cues: readonly Cue[]): CompiledCues {
  let compiled = cache.get(cues);
  if (!compiled) {
    const list = cues.map((entry): CompiledCue => {
      const pattern = entry.pattern; // letters already explicit (see cue)
      const checkStart = pattern.startsWith(WORD_START);
      const source = checkStart ? pattern.slice(WORD_START.length) : pattern;
      return { regex: new RegExp(source, 'gu'), folding: null, sticky: new RegExp(source, 'uy'), source, cue: entry, checkStart };
    });
    const guard = '(?<![a-z0-9])';
    const all = list.every((entry) => entry.checkStart);
    const any = list.some((entry) => /\\[1-9k]|\(\?<[^=!]/.test(entry.source)) ? null
      : new RegExp(`${all ? guard : ''}(?:${list.map((entry) => `${entry.checkStart && !all ? guard : ''}(?:${entry.source})`).join('|')})`, 'gu');
    compiled = { cues: list, any, heads: cuesByHead(list) };
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
  return cueSearch(text)(cues);
}

/**
 * A search of one text for any number of cue lists (a block is searched for hedges, anonymous sources,
 * missing and named evidence): the text is lower-cased and checked for the shortcut once, not per list.
 */
export function cueSearch(text: string): (cues: readonly Cue[]) => CueHit[] {
  const lower = text.toLowerCase();
  // The shortcut reads the lower-cased text offset by offset, so it needs one without surrogates (each
  // offset a character) and without the Kelvin sign, the one character outside [A-Za-z0-9] whose lower
  // case is an ASCII letter (the guard of `any` would wrongly read it as a letter).
  const shortcut = lower.length === text.length && !/[\ud800-\udfff\u212a]/.test(text);
  let starts: HeadStarts | undefined;
  return (cues) => {
    const { cues: compiled, any, heads } = compileCues(cues);
    if (!any || !shortcut) return inTextOrder(eachCue(text, lower, compiled));
    if (!heads) return inTextOrder(whereAny(text, lower, compiled, any));
    starts ??= headStarts(lower);
    return inTextOrder(atHeads(text, lower, compiled, heads, starts));
  };
}

/** The hits of all cues, sorted from the hits in cue order, as each cue found them. */
function inTextOrder(byCue: CueHit[][]): CueHit[] {
  const hits: CueHit[] = [];
  for (const list of byCue) for (const hit of list) hits.push(hit);
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

function hitAt(text: string, start: number, end: number, cue: Cue): CueHit {
  return { start, end, text: text.slice(start, end), cue };
}

/** Each cue's hits, each cue's expression run over the whole text. */
function eachCue(text: string, lower: string, compiled: CompiledCue[]): CueHit[][] {
  const sameLength = lower.length === text.length;
  return compiled.map((entry) => {
    const hits: CueHit[] = [];
    const regex = sameLength ? entry.regex : (entry.folding ??= new RegExp(entry.source, 'giu'));
    const subject = sameLength ? lower : text;
    regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(subject))) {
      if (match[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      if (entry.checkStart && isWordChar(text[match.index - 1])) {
        regex.lastIndex = match.index + 1;
        continue;
      }
      hits.push(hitAt(text, match.index, match.index + match[0].length, entry.cue));
    }
    return hits;
  });
}

/** A lower-case ASCII letter or a digit (the text searched is lower-cased). */
function isAsciiWord(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/**
 * The offsets of a text where a cue that checks its start may match (after no ASCII letter or digit,
 * as the guard of `any`), with the keys of their heads: found once per text, for all its lists.
 */
interface HeadStarts {
  offsets: number[];
  keys: number[];
}

function headStarts(lower: string): HeadStarts {
  const offsets: number[] = [];
  const keys: number[] = [];
  let code = 0;
  for (let at = 0; at + HEAD_LENGTH <= lower.length; at++) {
    const before = code;
    code = lower.charCodeAt(at);
    if (isAsciiWord(before)) continue;
    // No head starts with other ASCII (see cuesByHead): spaces and punctuation are passed over.
    if (code < 0x80 && !isAsciiWord(code)) continue;
    offsets.push(at);
    keys.push(headKey(lower, at));
  }
  return { offsets, keys };
}

/**
 * The same hits as whereAny, with each cue tried (sticky) only at the offsets where a match of it could
 * begin: where the text's next characters are one of its heads. Looking the heads up costs a few
 * operations per word of the block; the joined expression tried every cue at every word start.
 */
function atHeads(text: string, lower: string, compiled: CompiledCue[], heads: CuesByHead, starts: HeadStarts): CueHit[][] {
  const byCue: CueHit[][] = compiled.map(() => []);
  const from = compiled.map(() => 0);
  const { offsets, keys } = starts;
  for (let j = 0; j < offsets.length; j++) {
    const group = heads.table[keys[j]!]!;
    if (group < 0) continue;
    const at = offsets[j]!;
    if (isWordChar(text[at - 1])) continue; // every cue here checks its start
    for (const k of heads.groups[group]!) {
      if (at < from[k]!) continue;
      const entry = compiled[k]!;
      const length = matchLengthAt(entry, lower, at);
      if (!length) continue;
      from[k] = at + length;
      byCue[k]!.push(hitAt(text, at, at + length, entry.cue));
    }
  }
  return byCue;
}

/** The length of `entry`'s match that starts exactly at `at` in `lower` (its sticky expression), or 0 for none. */
function matchLengthAt(entry: CompiledCue, lower: string, at: number): number {
  entry.sticky.lastIndex = at;
  return entry.sticky.exec(lower)?.[0].length ?? 0;
}

/**
 * The same hits, with each cue tried (sticky) only at the offsets where `any` matches. Tried at every
 * offset where it can match, in order and from where its last hit ended, a cue finds what its global
 * scan finds: `any` leaves out only offsets where no cue can match.
 */
function whereAny(text: string, lower: string, compiled: CompiledCue[], any: RegExp): CueHit[][] {
  const byCue: CueHit[][] = compiled.map(() => []);
  const from = compiled.map(() => 0);
  any.lastIndex = 0;
  for (let found: RegExpExecArray | null; (found = any.exec(lower)); ) {
    const at = found.index;
    any.lastIndex = at + 1;
    const afterWord = isWordChar(text[at - 1]);
    compiled.forEach((entry, k) => {
      if (at < from[k]! || (entry.checkStart && afterWord)) return;
      const length = matchLengthAt(entry, lower, at);
      if (!length) return;
      from[k] = at + length;
      byCue[k]!.push(hitAt(text, at, at + length, entry.cue));
    });
  }
  return byCue;
}
