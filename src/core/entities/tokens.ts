// Splits a block into word tokens with what the entity finder needs to know about each: its case,
// whether it opens a sentence, and what separates it from the previous word. One pass over the
// characters per block, with no backtracking, so the cost is linear in the block's length.
import type { Word, WordCache } from './word';

export interface Token {
  start: number;
  end: number;
  /** The word as written; an English possessive `'s` and a Romance elision `l'`/`dell'` are cut off. */
  text: string;
  /** `text` in lower case, computed once. */
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper-case (`BBC`, `SPD`). */
  upper: boolean;
  /** Opens a sentence, a quotation or a heading: its capital proves nothing. */
  init: boolean;
  /** Only spaces separate it from the previous token. */
  spaced: boolean;
  /** Only a full stop and spaces separate it from the previous token (`Dr. Müller`, `John F. Kennedy`). */
  afterDot: boolean;
  /** Only an ampersand and spaces separate it from the previous token (`Procter & Gamble`). */
  afterAmpersand: boolean;
  /** Had a possessive `'s` (English), which ends a name. */
  possessive: boolean;
  /** A Romance elision (`l'`) was cut off before it: the text it matched starts up to 11 units earlier. */
  elided: boolean;
  /** The word's cached facts. */
  w: Word;
}

// A word is a run of letters, marks and digits (`[\p{L}\p{M}\p{N}]+`), possibly joined by single
// hyphens, apostrophes or ampersands to further runs.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** Per UTF-16 unit: 0 not yet classified, 1 not a word character, 2 a word character. */
const CLASS = new Uint8Array(65536);
const ASTRAL = new Map<number, boolean>();
/** ASCII letters and digits: 1, else 0. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;
const ELISION = /^\p{Ll}{1,5}['’](?=\p{L})/u;
const POSSESSIVE = /['’]s$/u;
const HEADING_END = /[.!?:"“”»)]\s*$/u;

/** The width (1 or 2 units) of the word character at `i`, or 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== c) return 0; // past the end
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const point = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let known = ASTRAL.get(point);
      if (known === undefined) {
        known = WORD_CHAR.test(String.fromCodePoint(point));
        ASTRAL.set(point, known);
      }
      return known ? 2 : 0;
    }
  }
  let k = CLASS[c]!;
  if (k === 0) {
    k = WORD_CHAR.test(String.fromCharCode(c)) ? 2 : 1;
    CLASS[c] = k;
  }
  return k === 2 ? 1 : 0;
}

/** Whitespace as `\s` matches it. */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The word tokens of one block, with their words' facts from `words`. */
export function tokenize(text: string, words: WordCache): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let previousEnd = 0;
  let previous: Token | undefined;
  let i = 0;
  while (i < length) {
    const first = text.charCodeAt(i);
    let width = first < 128 ? ASCII_WORD[first]! : wordCharAt(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const matchStart = i;
    let apostrophes = false;
    i += width;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (ASCII_WORD[c] === 1) {
          i++;
          continue;
        }
      } else if ((width = wordCharAt(text, i)) !== 0) {
        i += width;
        continue;
      }
      // A hyphen, apostrophe or ampersand joins two runs.
      if ((c === 45 || c === 39 || c === 0x2019 || c === 38) && (width = wordCharAt(text, i + 1)) !== 0) {
        if (c === 39 || c === 0x2019) apostrophes = true;
        i++;
        continue;
      }
      break;
    }
    const matchEnd = i;
    let start = matchStart;
    let word = text.slice(matchStart, matchEnd);
    let possessive = false;
    let elided = false;
    // Most words have no apostrophe: test the rare cases only when one is there.
    if (apostrophes) {
      const elision = ELISION.exec(word);
      if (elision) {
        start += elision[0].length;
        word = word.slice(elision[0].length);
        elided = true;
      }
      possessive = POSSESSIVE.test(word) && word.length > 3;
      if (possessive) word = word.slice(0, -2);
    }
    const w = words.get(word);
    // The common case, one space, is decided without looking at the gap further.
    const plain = start === previousEnd + 1 && text.charCodeAt(previousEnd) === 32;
    let ended = previous === undefined;
    let init = ended;
    let spaced = plain;
    let afterDot = false;
    let afterAmpersand = false;
    if (!plain) {
      // One look at the gap: sentence ends, quotes, spaces, a full stop or an ampersand.
      let stop = false; // . ! ? … :
      let strongStop = false; // ! ? … :
      let quote = false;
      let spacesOnly = start > previousEnd;
      let whiteOnly = true; // \s only, after the first character
      let ampersands = 0;
      let others = 0; // neither \s nor &
      for (let k = previousEnd; k < start; k++) {
        const c = text.charCodeAt(k);
        if (c === 46) stop = true;
        else if (c === 33 || c === 63 || c === 0x2026 || c === 58) stop = strongStop = true;
        else if (
          c === 34 ||
          c === 0x201e ||
          c === 0x201c ||
          c === 0x201d ||
          c === 0xab ||
          c === 0xbb ||
          c === 0x2039 ||
          c === 0x203a ||
          c === 0x201a ||
          c === 0x2018
        )
          quote = true;
        if (!(c === 32 || c === 9 || c === 0xa0 || c === 0x202f)) spacesOnly = false;
        const space = isSpace(c);
        if (k > previousEnd && !space) whiteOnly = false;
        if (c === 38) ampersands++;
        else if (!space) others++;
      }
      const startsWithDot = text.charCodeAt(previousEnd) === 46 && start > previousEnd;
      if (!ended && stop) ended = !(startsWithDot && previous!.w.abbrev && !strongStop);
      init = ended || quote;
      spaced = spacesOnly;
      afterDot = startsWithDot && start - previousEnd >= 2 && whiteOnly;
      afterAmpersand = ampersands === 1 && others === 0;
    }
    const token: Token = {
      start,
      end: start + word.length,
      text: word,
      lower: w.lower,
      cap: w.cap,
      upper: w.upper,
      init,
      spaced,
      afterDot,
      afterAmpersand,
      possessive,
      elided,
      w,
    };
    tokens.push(token);
    previous = token;
    previousEnd = matchEnd;
  }
  // A short line without closing punctuation whose words are mostly capitalised is a heading in title
  // case: there no capital proves a name, so every word counts as sentence-initial.
  if (tokens.length >= 2 && tokens.length <= 15 && !HEADING_END.test(text)) {
    let capitalised = 0;
    for (const token of tokens) if (token.cap) capitalised++;
    if (capitalised * 2 > tokens.length) for (const token of tokens) token.init = true;
  }
  return tokens;
}
