// How a regular expression's matches can begin: the first three characters of its matches, its heads
// (`(?:medien|presse)?berichten` → `med`, `pre`, `ber`). The lexicon's cue search (lexicon.ts) tries
// a cue only at the word starts that begin with one of its heads, instead of running one expression of
// all of a list's cues over every offset of a block.
//
// The reading is conservative: a part it does not know (a class with ranges, `.`, `\s`, a
// back-reference) can start with anything, and then the answer is null (no pairs known), never a list
// that leaves a match out. Zero-width parts (look-arounds, `\b`, `^`, `$`) consume nothing.

/**
 * The strings of at most HEAD_LENGTH characters that the matches of a part start with (a shorter
 * string: the whole match); null when that cannot be told.
 */
type Heads = Set<string> | null;

const EMPTY: Heads = new Set(['']);
const SPACE: Heads = new Set([' ']);
/** How many characters of a match its head holds. */
export const HEAD_LENGTH = 3;
/** Characters that stand for themselves after a backslash. */
const SYNTAX = /[.*+?^${}()|[\]\\/-]/;

/** The heads of a part followed by another: each head of `a` shorter than HEAD_LENGTH goes on into `b`. */
function followedBy(a: Heads, b: Heads): Heads {
  if (!a) return null;
  const out = new Set<string>();
  for (const head of a) {
    if (head.length >= HEAD_LENGTH) out.add(head);
    else if (!b) return null;
    else for (const next of b) out.add((head + next).slice(0, HEAD_LENGTH));
  }
  return out;
}

function union(a: Heads, b: Heads): Heads {
  if (!a || !b) return null;
  return new Set([...a, ...b]);
}

class Reader {
  private i = 0;

  constructor(private readonly source: string) {}

  read(): Heads {
    const heads = this.alternation();
    if (this.i !== this.source.length) throw new Error('unread rest');
    return heads;
  }

  private alternation(): Heads {
    let heads = this.sequence();
    while (this.source[this.i] === '|') {
      this.i++;
      heads = union(heads, this.sequence());
    }
    return heads;
  }

  private sequence(): Heads {
    let heads: Heads = EMPTY;
    while (this.i < this.source.length && this.source[this.i] !== '|' && this.source[this.i] !== ')') {
      heads = followedBy(heads, this.quantified(this.atom()));
    }
    return heads;
  }

  private quantified(part: Heads): Heads {
    const source = this.source;
    const char = source[this.i];
    let min: number;
    let max: number;
    if (char === '?') [min, max] = [0, 1];
    else if (char === '*') [min, max] = [0, Infinity];
    else if (char === '+') [min, max] = [1, Infinity];
    else if (char === '{') {
      const bounds = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(this.i));
      if (!bounds) throw new Error('unreadable brace');
      min = Number(bounds[1]);
      max = bounds[2] === undefined ? min : bounds[3] === '' ? Infinity : Number(bounds[3]);
      this.i += bounds[0].length - 1;
    } else return part;
    this.i++;
    if (source[this.i] === '?') this.i++; // lazy: the same matches
    // `min` repetitions, then up to HEAD_LENGTH more: further ones change no head.
    let repeated: Heads = EMPTY;
    for (let r = 0; r < min && repeated; r++) repeated = followedBy(repeated, part);
    let heads = repeated;
    for (let r = min; r < max && r < min + HEAD_LENGTH && repeated; r++) {
      repeated = followedBy(repeated, part);
      heads = union(heads, repeated);
    }
    return repeated ? heads : null;
  }

  private atom(): Heads {
    const char = this.source[this.i]!;
    if (char === '(') return this.group();
    if (char === '[') return this.characterClass();
    if (char === '\\') return this.escape();
    this.i++;
    if (char === '^' || char === '$') return EMPTY;
    // An astral character is two code units, and a quantifier after it takes both: not read.
    if (/[\ud800-\udfff]/.test(char)) throw new Error('astral character');
    if (char === '.' || char === '*' || char === '+' || char === '?' || char === '{' || char === '}' || char === ']') return null;
    return new Set([char]);
  }

  private group(): Heads {
    const source = this.source;
    this.i++; // (
    let zeroWidth = false;
    if (source[this.i] === '?') {
      if (source.startsWith('?:', this.i)) this.i += 2;
      else if (source.startsWith('?=', this.i) || source.startsWith('?!', this.i)) (this.i += 2), (zeroWidth = true);
      else if (source.startsWith('?<=', this.i) || source.startsWith('?<!', this.i)) (this.i += 3), (zeroWidth = true);
      else if (source[this.i + 1] === '<') {
        const close = source.indexOf('>', this.i);
        if (close < 0) throw new Error('unreadable group');
        this.i = close + 1; // a named group: past its name
      } else throw new Error('unreadable group');
    }
    const inner = this.alternation();
    if (source[this.i] !== ')') throw new Error('unclosed group');
    this.i++;
    return zeroWidth ? EMPTY : inner;
  }

  /** A class of plain characters (`[nmrs]`, `['’]`): those; with a range, an escape class or a negation: null. */
  private characterClass(): Heads {
    const source = this.source;
    this.i++; // [
    const chars = new Set<string>();
    let plain = source[this.i] !== '^';
    while (this.i < source.length && source[this.i] !== ']') {
      const char = source[this.i]!;
      if (char === '\\') {
        const next = source[this.i + 1] ?? '';
        if (SYNTAX.test(next)) chars.add(next);
        else plain = false;
        // Past the escape: `\p{…}`, `\u{…}` or `\uXXXX`, else two characters (an odd escape is not plain anyway).
        if ((next === 'p' || next === 'P' || next === 'u') && source[this.i + 2] === '{') this.i = source.indexOf('}', this.i) + 1;
        else this.i += next === 'u' ? 6 : 2;
        continue;
      }
      if (source[this.i + 1] === '-' && source[this.i + 2] !== ']') plain = false; // a range
      if (/[\ud800-\udfff]/.test(char)) plain = false; // half of an astral character
      chars.add(char);
      this.i++;
    }
    if (source[this.i] !== ']') throw new Error('unclosed class');
    this.i++;
    return plain && chars.size > 0 ? chars : null;
  }

  private escape(): Heads {
    const source = this.source;
    const next = source[this.i + 1] ?? '';
    if (SYNTAX.test(next)) {
      this.i += 2;
      return new Set([next]);
    }
    if (next === 'b' || next === 'B') {
      this.i += 2;
      return EMPTY;
    }
    if (next === 's') {
      // White space of any kind: read as a space, as headKey reads it.
      this.i += 2;
      return SPACE;
    }
    if (/[dDSwW]/.test(next)) {
      this.i += 2;
      return null;
    }
    if ((next === 'p' || next === 'P') && source[this.i + 2] === '{') {
      this.i = source.indexOf('}', this.i) + 1;
      return null;
    }
    throw new Error('unreadable escape'); // \n, \u…, \x…, \c…, \0, a back-reference: not read
  }
}

/** Whether a code unit is white space as `\s` (flag u) reads it. */
export function isWhiteSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Size of the table headKey indexes (a power of two). */
export const HEAD_KEYS = 4096;

/**
 * A small number for the HEAD_LENGTH code units of `text` from `at` (white space read as a space), for
 * a table of HEAD_KEYS entries: different heads may share it, which only costs a useless try.
 */
export function headKey(text: string, at: number): number {
  let key = 0;
  for (let k = at; k < at + HEAD_LENGTH; k++) {
    const c = text.charCodeAt(k);
    key = Math.imul(key, 31) + (isWhiteSpace(c) ? 32 : c);
  }
  return key & (HEAD_KEYS - 1);
}

/**
 * The heads (the first HEAD_LENGTH characters, white space read as a space) that every match of
 * `source` (a pattern for flag u, without flag i) of HEAD_LENGTH or more characters starts with; null
 * when the pattern cannot be read that way or may match fewer characters. Empty matches are left out:
 * the cue search skips them.
 */
export function leadingHeads(source: string): string[] | null {
  let heads: Heads;
  try {
    heads = new Reader(source).read();
  } catch {
    return null;
  }
  if (!heads) return null;
  const out: string[] = [];
  for (const head of heads) {
    if (head.length === HEAD_LENGTH) out.push(head);
    else if (head.length > 0) return null;
  }
  return out;
}
