// Splits a block into word tokens with what the entity finder needs to know about each: its case,
// whether it opens a sentence, and what separates it from the previous word. One regular-expression
// pass per block; no backtracking-prone patterns, so the cost is linear in the block's length.
import { ABBREVIATIONS, TITLES } from './words';

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
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*/gu;
const ELISION = /^\p{Ll}{1,5}['’](?=\p{L})/u;
const POSSESSIVE = /['’]s$/u;
const SENTENCE_END = /[.!?…:]/u;
const OPENING_QUOTE = /["„“”«»‹›‚‘]/u;
const SPACES = /^[ \t\u00A0\u202F]+$/u;
const UPPER = /^\p{Lu}/u;
const ALL_UPPER = /^\p{Lu}[\p{Lu}&]+$/u;

/** Whether a full stop after `word` may belong to an abbreviation rather than end the sentence. */
function abbreviates(word: string): boolean {
  if (word.length === 1 && UPPER.test(word)) return true; // an initial: `John F. Kennedy`
  if (/^\p{N}+$/u.test(word)) return true; // German ordinals and dates: `am 3. März`
  const lower = word.toLowerCase();
  return TITLES.has(lower) || ABBREVIATIONS.has(lower);
}

/** The word tokens of one block. `heading` marks every token as sentence-initial (a title-case line). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  let previousEnd = 0;
  let previous: Token | undefined;
  while ((match = WORD.exec(text))) {
    let start = match.index;
    let word = match[0];
    let possessive = false;
    // Most words have no apostrophe: test the rare cases only when one is there.
    if (word.includes("'") || word.includes('’')) {
      const elision = ELISION.exec(word);
      if (elision) {
        start += elision[0].length;
        word = word.slice(elision[0].length);
      }
      possessive = POSSESSIVE.test(word) && word.length > 3;
      if (possessive) word = word.slice(0, -2);
    }
    // The common case, one space, is decided without slicing the gap out.
    const plain = start === previousEnd + 1 && text.charCodeAt(previousEnd) === 32;
    const gap = plain ? ' ' : text.slice(previousEnd, start);
    const ended =
      previous === undefined ||
      (!plain && SENTENCE_END.test(gap) && !(gap.startsWith('.') && abbreviates(previous.text) && !/[!?…:]/u.test(gap)));
    const cap = UPPER.test(word);
    const token: Token = {
      start,
      end: start + word.length,
      text: word,
      lower: word.toLowerCase(),
      cap,
      upper: cap && word.length >= 2 && ALL_UPPER.test(word),
      init: ended || (!plain && OPENING_QUOTE.test(gap)),
      spaced: plain || SPACES.test(gap),
      afterDot: !plain && /^\.\s+$/u.test(gap),
      afterAmpersand: !plain && /^\s*&\s*$/u.test(gap),
      possessive,
    };
    tokens.push(token);
    previous = token;
    previousEnd = match.index + match[0].length;
  }
  // A short line without closing punctuation whose words are mostly capitalised is a heading in title
  // case: there no capital proves a name, so every word counts as sentence-initial.
  if (tokens.length >= 2 && tokens.length <= 15 && !/[.!?:"“”»)]\s*$/u.test(text)) {
    const capitalised = tokens.filter((token) => token.cap).length;
    if (capitalised * 2 > tokens.length) for (const token of tokens) token.init = true;
  }
  return tokens;
}
