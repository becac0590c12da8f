// The finders' prefilter. Their patterns are long alternations guarded by Unicode word boundaries; run
// over a whole block they cost most of the analysis. Yet a match can only begin where the first element
// of its pattern can begin: at the start of a word from one of a few lexicon lists (`im`, `Januar`,
// `letzten`), at the start of a run of digits, or for a few patterns at a digit inside a word. And it
// must contain its anchor, a word it cannot do without (a month, a weekday, a period), a bounded number
// of characters after its start. So the block is split into words once, the words are looked up, and
// each pattern is tried (sticky) only at the starts that have an anchor close enough behind them.
// Tried at every possible start in order, a sticky pattern finds exactly the matches a global scan
// would: the gate only ever leaves out positions where no match can begin.
//
// A word is a maximal run of letters and digits (`[\p{L}\p{N}]`, the class of the patterns' word
// boundaries), looked up in lower case by a hash: two words sharing a hash only cost a useless try.
// Under the patterns' flag `i`, `ſ` matches `s` though its lower case is `ſ`; it and the Greek letters
// of the same kind are folded by hand.
import { isLetterOrDigit } from '../chars';

/** The words of one block. */
export interface Words {
  /** Each word's hash (of its lower case) and start, in order. */
  hashes: number[];
  starts: number[];
  /** Hash of a word some trigger looks up → the offsets where it starts, ascending (see lookups). */
  at: Map<number, number[]>;
  /** The vocabulary's growth count when `at` was made. */
  seen: number;
  /** Starts of words whose first character is an ASCII digit, ascending. */
  digits: number[];
  /** Each trigger's offsets in this block, ascending, once looked up; null if it cannot tell. */
  hits: Map<Trigger, number[] | null>;
}

/** Positions in a block: where an element of a pattern can begin, or where an anchor is. */
export interface Trigger {
  /** Starts of these lower-cased words (as hashes, see firstWords); null when a key starts with no letter or digit. */
  words?: readonly number[] | null;
  /** Starts of words beginning with a digit; with `follow` (sticky), only where it matches. */
  digits?: boolean;
  follow?: RegExp;
  /** Any position: the starts of this global pattern's matches (each match one character long). */
  scan?: RegExp;
}

/** A pattern's gate. */
export interface Gate {
  /** Where a match may start. */
  starts: Trigger[];
  /** Every match holds an anchor starting at most `before` characters after the match's start. */
  anchor?: Trigger;
  before?: number;
}

/** Letters that case-insensitive Unicode patterns match to another letter than toLowerCase gives. */
const ODD = /[ſςϐϑϕϖϰϱϵẛ\u0345\u1fbe]/g;
const ODD_TO: Record<string, string> = { ſ: 's', ς: 'σ', ϐ: 'β', ϑ: 'θ', ϕ: 'φ', ϖ: 'π', ϰ: 'κ', ϱ: 'ρ', ϵ: 'ε', ẛ: 'ṡ', '\u0345': 'ι', '\u1fbe': 'ι' };

/** Code units below 0x10000 → their lower case as fold gives it; 0 not looked up yet, 0xffff more than one unit (made at the first need). */
let LOWER: Uint16Array | undefined;

function lower(code: number): number {
  LOWER ??= new Uint16Array(0x10000);
  let l = LOWER[code]!;
  if (!l) {
    const folded = fold(String.fromCharCode(code));
    LOWER[code] = l = folded.length === 1 ? folded.charCodeAt(0) : 0xffff;
  }
  return l;
}

/** A word as the lookups hold it. */
export function fold(word: string): string {
  return word.toLowerCase().replace(ODD, (c) => ODD_TO[c] ?? c);
}

/** A word's hash, kept to 30 bits so that it stays a small integer for the engine's maps. */
function hash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h & 0x3fffffff;
}

/**
 * The hashes of all words any trigger looks up, in any lexicon, and how often the set grew: a block
 * keeps only its words in the set, and looks again if the set grew since (a finder compiled late).
 */
const VOCABULARY = new Set<number>();
let vocabularyGrew = 0;

function learn(h: number): number {
  if (!VOCABULARY.has(h)) {
    VOCABULARY.add(h);
    vocabularyGrew++;
  }
  return h;
}

/** Splits `text` into words. */
export function wordsOf(text: string): Words {
  const hashes: number[] = [];
  const starts: number[] = [];
  const digits: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    // Letters and digits of the basic plane hash as they go, in lower case; a word with any other
    // character (an astral one, or one whose lower case is two characters) is folded whole.
    let h = 0;
    let plain = true;
    for (;;) {
      if (i >= n) break;
      let code = text.charCodeAt(i);
      if (code < 0x80) {
        if (code >= 0x41 && code <= 0x5a) code |= 0x20;
        else if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39))) break;
        h = (Math.imul(h, 31) + code) | 0;
        i++;
        continue;
      }
      let width = 1;
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
          width = 2;
        }
      }
      if (!isLetterOrDigit(code)) break;
      if (plain && width === 1) {
        const l = lower(code);
        if (l === 0xffff) plain = false;
        else h = (Math.imul(h, 31) + l) | 0;
      } else plain = false;
      i += width;
    }
    if (i === start) {
      // Not a word character: one code point on.
      const code = text.charCodeAt(i);
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const first = text.charCodeAt(start);
    if (first >= 0x30 && first <= 0x39) digits.push(start);
    hashes.push(plain ? h & 0x3fffffff : hash(fold(text.slice(start, i))));
    starts.push(start);
  }
  return { hashes, starts, at: new Map(), seen: -1, digits, hits: new Map() };
}

/** The block's words that triggers look up: hash → starts, ascending. */
function lookups(words: Words): Map<number, number[]> {
  if (words.seen === vocabularyGrew) return words.at;
  const at = new Map<number, number[]>();
  const { hashes, starts } = words;
  for (let k = 0; k < hashes.length; k++) {
    const h = hashes[k]!;
    if (!VOCABULARY.has(h)) continue;
    const list = at.get(h);
    if (list) list.push(starts[k]!);
    else at.set(h, [starts[k]!]);
  }
  words.at = at;
  words.seen = vocabularyGrew;
  words.hits.clear();
  return at;
}

/** The words of a lexicon key (`the end of` → the, end, of; `aujourd'hui` → aujourd, hui), lower case. */
function keyWords(key: string): string[] {
  return fold(key).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Where keys (in a pattern made by vocab.alt with word boundaries) can start: their first words; null if one starts otherwise. */
export function firstWords(keys: Iterable<string> | undefined): Trigger {
  const out = new Set<number>();
  for (const key of keys ?? []) {
    // As vocab.alt tests it: a key that starts with anything else (an astral letter too) has no boundary before it.
    if (!isLetterOrDigit(key.charCodeAt(0))) return { words: null };
    out.add(learn(hash(keyWords(key)[0] ?? '')));
  }
  return { words: [...out] };
}

/** Where keys (as vocab.alt writes them) end: their last words, each at a word's start. */
export function lastWords(keys: Iterable<string> | undefined): Trigger {
  const out = new Set<number>();
  for (const key of keys ?? []) {
    const words = keyWords(key);
    if (!words.length) return { words: null };
    out.add(learn(hash(words.at(-1) ?? '')));
  }
  return { words: [...out] };
}

/**
 * At most how many UTF-16 units a key from `keys` matches: a space matches up to three, and a letter
 * matches only letters of its own length (case-insensitive matching never crosses between the basic
 * plane and the astral ones).
 */
export function widest(keys: Iterable<string> | undefined): number {
  let max = 0;
  for (const key of keys ?? []) max = Math.max(max, key.length + 2 * (key.match(/ /g)?.length ?? 0));
  return max;
}

/** Sorts a short list of offsets in place. */
function sortOffsets(list: number[]): void {
  if (list.length > 32) {
    list.sort((a, b) => a - b);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const v = list[i]!;
    let j = i - 1;
    while (j >= 0 && list[j]! > v) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = v;
  }
}

/** The offsets a trigger hits in the block, ascending; null if it cannot tell (a pattern must then scan everywhere). */
function hits(t: Trigger, text: string, words: Words): number[] | null {
  const at = lookups(words);
  let out = words.hits.get(t);
  if (out !== undefined) return out;
  out = [];
  if (t.words === null) out = null;
  else {
    let lists = 0;
    if (t.words) {
      for (const h of t.words) {
        const list = at.get(h);
        if (!list) continue;
        lists++;
        for (const p of list) out.push(p);
      }
    }
    if (t.digits) {
      lists++;
      const follow = t.follow;
      for (const p of words.digits) {
        if (follow) {
          follow.lastIndex = p;
          if (!follow.test(text)) continue;
        }
        out.push(p);
      }
    }
    if (t.scan) {
      lists++;
      const re = t.scan;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        out.push(m.index);
        if (re.lastIndex === m.index) re.lastIndex++;
      }
    }
    if (lists > 1) sortOffsets(out);
  }
  words.hits.set(t, out);
  return out;
}

/**
 * The offsets, ascending, where a match of the gated pattern may start in `text`; null when the gate
 * cannot tell (the pattern must scan the whole block).
 */
export function startsOf(gate: Gate, text: string, words: Words): number[] | null {
  const anchors = gate.anchor ? hits(gate.anchor, text, words) : null;
  if (anchors && !anchors.length) return [];
  const before = gate.before ?? 0;
  const found: number[] = [];
  let lists = 0;
  for (const start of gate.starts) {
    const list = hits(start, text, words);
    if (!list) return null;
    if (!list.length) continue;
    lists++;
    if (!anchors) {
      for (const p of list) found.push(p);
      continue;
    }
    // Both lists ascend: walk them together.
    let j = 0;
    for (const p of list) {
      while (j < anchors.length && anchors[j]! < p) j++;
      if (j === anchors.length) break;
      if (anchors[j]! <= p + before) found.push(p);
    }
  }
  if (lists < 2 || found.length < 2) return found;
  sortOffsets(found);
  let k = 1;
  for (let i = 1; i < found.length; i++) if (found[i] !== found[k - 1]) found[k++] = found[i]!;
  found.length = k;
  return found;
}

/**
 * The matches of a pattern, in order, as a global scan of `text` finds them: `global` (flag g) scans
 * when `starts` is null, else `sticky` (flags g and y) is tried at each start from where the last match
 * ended (or from `skipTo`, whichever is later).
 */
export class Scan {
  private from = 0;
  private i = 0;

  constructor(
    private readonly global: RegExp,
    private readonly sticky: RegExp,
    private readonly text: string,
    private readonly starts: number[] | null,
  ) {}

  next(): RegExpExecArray | null {
    if (this.starts === null) {
      this.global.lastIndex = this.from;
      const m = this.global.exec(this.text);
      if (m) this.from = this.global.lastIndex;
      return m;
    }
    while (this.i < this.starts.length) {
      const p = this.starts[this.i++]!;
      if (p < this.from) continue;
      this.sticky.lastIndex = p;
      const m = this.sticky.exec(this.text);
      if (m) {
        this.from = this.sticky.lastIndex;
        return m;
      }
    }
    return null;
  }

  /** Looks for the next match no earlier than `pos`. */
  skipTo(pos: number): void {
    this.from = Math.max(this.from, pos);
  }
}

/** Calls `visit` with each non-empty match of a gated pattern (see Scan). */
export function eachMatch(global: RegExp, sticky: RegExp, text: string, starts: number[] | null, visit: (m: RegExpExecArray) => void): void {
  const scan = new Scan(global, sticky, text, starts);
  let m: RegExpExecArray | null;
  while ((m = scan.next())) {
    if (m[0]) visit(m);
    else scan.skipTo(m.index + 1);
  }
}
