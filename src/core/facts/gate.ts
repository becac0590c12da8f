// The finders' prefilter. Their patterns are long alternations guarded by Unicode word boundaries, and
// run over a whole block they cost most of the analysis. Yet every match must begin where the first
// element of its pattern can begin: at the start of a word from one of a few lexicon lists (`im`,
// `Januar`, `letzten`), at the start of a run of digits, or for a few patterns at a digit inside one. So
// the block is split into words once, the words are looked up, and each pattern is tried (sticky) only
// at those start positions, and not at all when a word it cannot do without (a month, a period) is
// missing from the block. Tried at every possible start in order, a sticky pattern finds exactly the
// matches a global scan would: the gate only ever leaves out positions where no match can begin.
//
// A word is a maximal run of letters and digits (`[\p{L}\p{N}]`, the class of the patterns' word
// boundaries), looked up in lower case. `ſ` matches `s` under the patterns' flag `i` but has no lower-case
// `s`, so it and the Greek letters of the same kind are folded by hand.

/** The words of one block: each lower-cased word with its start offsets, and where digit runs start. */
export interface Words {
  /** Lower-cased word → the offsets where it starts, ascending. */
  at: Map<string, number[]>;
  /** Starts of words whose first character is an ASCII digit, ascending. */
  digits: number[];
}

/** Where a pattern's element can begin, or a word it needs: any of these counts. */
export interface Trigger {
  /** Lower-cased words; null when a key starts with no letter or digit, so no word lookup can stand for it. */
  words?: ReadonlySet<string> | null;
  /** Words that start with a digit. */
  digits?: boolean;
  /** Words the test accepts (lower case). */
  test?: (word: string) => boolean;
  /** Positions inside words: the starts of this global, sticky-free pattern's matches. */
  inner?: RegExp;
}

/** A pattern's gate: where a match may start and what the block must contain for any match. */
export interface Gate {
  starts: Trigger[];
  needs: Trigger[];
}

const LETTER = /[\p{L}\p{N}]/u;
/** Code units below 0x10000: 0 not looked up yet, 1 letter or digit, 2 neither. */
const BMP = new Uint8Array(0x10000);

function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  if (code > 0xffff) return LETTER.test(String.fromCodePoint(code));
  let known = BMP[code];
  if (!known) BMP[code] = known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** Letters that case-insensitive Unicode patterns match to another letter than toLowerCase gives. */
const ODD = /[ſςϐϑϕϖϰϱϵẛ\u0345\u1fbe]/g;
const ODD_TO: Record<string, string> = { ſ: 's', ς: 'σ', ϐ: 'β', ϑ: 'θ', ϕ: 'φ', ϖ: 'π', ϰ: 'κ', ϱ: 'ρ', ϵ: 'ε', ẛ: 'ṡ', '\u0345': 'ι', '\u1fbe': 'ι' };

/** A word as the lookups hold it. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  return lower.replace(ODD, (c) => ODD_TO[c] ?? c);
}

/** Splits `text` into words. */
export function wordsOf(text: string): Words {
  const at = new Map<string, number[]>();
  const digits: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        width = 2;
      }
    }
    if (!isWordChar(code)) {
      i += width;
      continue;
    }
    const start = i;
    i += width;
    while (i < n) {
      let c = text.charCodeAt(i);
      let w = 1;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
          w = 2;
        }
      }
      if (!isWordChar(c)) break;
      i += w;
    }
    const first = text.charCodeAt(start);
    if (first >= 0x30 && first <= 0x39) digits.push(start);
    const word = fold(text.slice(start, i));
    const list = at.get(word);
    if (list) list.push(start);
    else at.set(word, [start]);
  }
  return { at, digits };
}

/** The words of a lexicon key (`the end of` → the, end, of; `aujourd'hui` → aujourd, hui), lower case. */
function keyWords(key: string): string[] {
  return fold(key).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** A trigger for where keys can start: their first words; null if one starts with another character. */
export function firstWords(keys: Iterable<string>): Set<string> | null {
  const out = new Set<string>();
  for (const key of keys) {
    if (!LETTER.test(String.fromCodePoint(key.codePointAt(0) ?? 0x20))) return null;
    out.add(keyWords(key)[0] ?? '');
  }
  return out;
}

/** A trigger for keys a match needs: each key's longest word (every word of a key stands whole in the text). Null if a key has no word. */
export function neededWords(keys: Iterable<string>): Set<string> | null {
  const out = new Set<string>();
  for (const key of keys) {
    const words = keyWords(key);
    if (!words.length) return null;
    out.add(words.reduce((a, b) => (b.length > a.length ? b : a)));
  }
  return out;
}

/** The offsets a trigger hits in the block, unsorted, or null for "anywhere" (a trigger that cannot be looked up). */
function hits(t: Trigger, text: string, words: Words, out: number[]): boolean {
  if (t.words === null) return false;
  if (t.words) {
    for (const w of t.words) {
      const list = words.at.get(w);
      if (list) for (const p of list) out.push(p);
    }
  }
  if (t.digits) for (const p of words.digits) out.push(p);
  if (t.test) {
    for (const [w, list] of words.at) if (t.test(w)) for (const p of list) out.push(p);
  }
  if (t.inner) {
    const re = t.inner;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      out.push(m.index);
      if (re.lastIndex === m.index) re.lastIndex++;
    }
  }
  return true;
}

/**
 * The offsets, ascending, where a match of the gated pattern may start in `text`: empty when the block
 * lacks a word the pattern needs; null when the gate cannot tell (the pattern must scan the whole block).
 */
export function startsOf(gate: Gate, text: string, words: Words): number[] | null {
  const found: number[] = [];
  for (const need of gate.needs) {
    found.length = 0;
    if (hits(need, text, words, found) && !found.length) return [];
  }
  found.length = 0;
  for (const start of gate.starts) if (!hits(start, text, words, found)) return null;
  found.sort((a, b) => a - b);
  let k = 0;
  for (let i = 0; i < found.length; i++) if (i === 0 || found[i] !== found[i - 1]) found[k++] = found[i]!;
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
