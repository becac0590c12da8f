// Splits a block of text into sentences. Knows each language's abbreviations (`z. B.`, `Dr.`, `Mr.`),
// initials (`John F. Kennedy`), German ordinals (`25. April`, `3. Liga`) and never splits inside a
// quotation, so `„Wir kommen. Und wir bleiben“, sagte sie.` stays one sentence with its frame.
// Intl.Segmenter is not used: it splits German text at ordinals and abbreviations.
import type { LanguagePack } from '../languages/types';
import { isGluedFullStop, isLetterOrDigit } from '../chars';

export interface SentenceSpan {
  start: number;
  end: number;
}

type SplitPack = Pick<LanguagePack, 'abbreviations' | 'ordinalDot' | 'ordinalArticles' | 'facts'> & { stopwords?: readonly string[] };

const stopwordSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function stopwordSet(list: readonly string[]): ReadonlySet<string> {
  let set = stopwordSets.get(list);
  if (!set) stopwordSets.set(list, (set = new Set(list)));
  return set;
}

interface AbbreviationIndex {
  /** Abbreviations by their last word (`B.` of `z. B.`), each with its full written form. */
  byLast: Map<string, string[]>;
}

const indexes = new WeakMap<readonly string[], AbbreviationIndex>();

function abbreviationIndex(list: readonly string[]): AbbreviationIndex {
  let index = indexes.get(list);
  if (!index) {
    const byLast = new Map<string, string[]>();
    for (const abbreviation of list) {
      const last = abbreviation.split(' ').pop()!.split('.').filter(Boolean).pop() ?? '';
      const key = last.toLowerCase();
      byLast.set(key, [...(byLast.get(key) ?? []), abbreviation]);
    }
    index = { byLast };
    indexes.set(list, index);
  }
  return index;
}

/**
 * Candidate sentence ends: terminal punctuation, then closing quotes or brackets, then space or the end;
 * or a full stop right before a capitalised word, which ends a sentence where it is glued (see
 * isGluedFullStop: `… der Papst.Der Vatikan …`).
 */
const TERMINAL = /[.!?…]+[“”"'’‘«»)\]]*(?=\s|$)|\.(?=\p{Lu}\p{Ll})/gu;

/**
 * Whether the glued full stop at `dot` belongs to an address rather than ending a sentence: a dot or a
 * `/` in the words before it (`www.spiegel.De`, `bild.de.Der`), or a dot or `/` and a letter right after
 * the next word (`Spiegel.De/politik`).
 */
function inAddress(text: string, dot: number): boolean {
  if (wordBefore(text, dot).slice(0, -1).includes('.') || text.slice(Math.max(0, dot - 40), dot).includes('/')) return true;
  const next = /^[\p{L}\p{N}]+/u.exec(text.slice(dot + 1, dot + 41))?.[0] ?? '';
  return /^[./]\p{L}/u.test(text.slice(dot + 1 + next.length, dot + 3 + next.length));
}

/**
 * The run of letters, digits and dots that ends with the dot at `dot`, reaching back at most 40
 * characters. Read backwards character by character: an expression anchored at the end would try
 * every start in the window.
 */
function wordBefore(text: string, dot: number): string {
  const from = Math.max(0, dot - 40);
  let k = dot;
  while (k > from) {
    const c = text.charCodeAt(k - 1);
    if (c === 0x2e || isLetterOrDigit(c)) k--;
    else if (k - 2 >= from && isLetterOrDigit(text.codePointAt(k - 2)!) && text.codePointAt(k - 2)! > 0xffff) k -= 2; // a letter outside the basic plane
    else break;
  }
  return text.slice(k, dot + 1);
}

function endsWithAbbreviation(text: string, dot: number, pack: SplitPack): boolean {
  const word = wordBefore(text, dot); // e.g. "z.B." or "B." or "Dr." or "25."
  const bare = word.replace(/\.+$/, '');
  // Initials and the first parts of spaced abbreviations: one letter (`F.` in John F. Kennedy, `z.` in
  // `z. B.`), or dotted letters (`U.S.`).
  if (/^\p{L}$/u.test(bare) || /^(?:\p{L}\.)+\p{L}$/u.test(bare)) return true;
  const last = bare.slice(bare.lastIndexOf('.') + 1).toLowerCase();
  const candidates = abbreviationIndex(pack.abbreviations).byLast.get(last);
  if (!candidates) return false;
  const window = text.slice(Math.max(0, dot - 20), dot + 1);
  return candidates.some((abbreviation) => {
    if (!window.endsWith(abbreviation)) return false;
    const startOfAbbreviation = dot + 1 - abbreviation.length;
    return startOfAbbreviation === 0 || !/[\p{L}\p{N}]/u.test(text[startOfAbbreviation - 1]!);
  });
}

function isOrdinal(text: string, dot: number, next: number, pack: SplitPack): boolean {
  const number = /(?:^|[^\p{L}\p{N}.])(\d{1,3})$/u.exec(text.slice(Math.max(0, dot - 5), dot));
  if (!number) return false;
  const nextWord = /^[\p{L}]+/u.exec(text.slice(next, next + 30))?.[0] ?? '';
  if (nextWord && pack.facts?.months && nextWord.toLowerCase() in pack.facts.months) return true;
  // German-style ordinals before a capitalised noun (`3. Liga`, `20. Jahrhundert`); the same shape ends
  // a sentence only when a number closes it, which news writes rarely and mostly as a year.
  // A function word after the dot (`… des Modells 3. Ein Sprecher …`) starts a sentence: no ordinal precedes one.
  if (pack.stopwords && stopwordSet(pack.stopwords).has(nextWord.toLowerCase())) return false;
  if (pack.ordinalDot !== true || !/^\p{Lu}/u.test(nextWord)) return false;
  // After an article any number is one (`in der 296. Folge`): a sentence does not end in `der 296`.
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, dot - number[1]!.length - 12), dot - number[1]!.length))?.[1]?.toLowerCase();
  return Number(number[1]) <= 100 || (before !== undefined && pack.ordinalArticles?.includes(before) === true);
}

/**
 * Sentences of `text` as spans, in order. `protectedSpans` (the quotations) are never split; a sentence
 * end inside one is ignored.
 */
export function splitSentences(text: string, pack: SplitPack, protectedSpans: ReadonlyArray<{ start: number; end: number }> = []): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const guarded = [...protectedSpans].sort((a, b) => a.start - b.start);
  let guard = 0; // candidates come in text order, so one pointer walks the protected spans
  let start = 0;
  TERMINAL.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TERMINAL.exec(text))) {
    const end = match.index + match[0].length;
    // A full stop without a space after it ends a sentence only where it is glued, and no part of an address.
    if (match[0] === '.' && end < text.length && !/\s/u.test(text[end]!) && (!isGluedFullStop(text, match.index) || inAddress(text, match.index))) continue;
    const next = nextNonSpace(text, end);
    if (next >= text.length) break;
    if (!startsSentence(text, next)) continue;
    while (guard < guarded.length && guarded[guard]!.end <= end) guard++;
    if (guarded.slice(guard, guard + 2).some((span) => span.start < end && end < span.end)) continue;
    const punctuation = match[0];
    if (punctuation.startsWith('.') && !punctuation.startsWith('...')) {
      const dot = match.index;
      if (endsWithAbbreviation(text, dot, pack) || isOrdinal(text, dot, next, pack)) continue;
    }
    pushTrimmed(spans, text, start, end);
    start = next;
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

function nextNonSpace(text: string, from: number): number {
  let index = from;
  while (index < text.length && /\s/u.test(text[index]!)) index++;
  return index;
}

/**
 * A sentence starts with a capital, a digit, an opening quotation mark, a dash of speech or a bracket —
 * but not with a quotation in lower case, which goes on the sentence before it (`sagte Merkel, Benedikt
 * XVI. „ist und bleibt …“`).
 */
function startsSentence(text: string, index: number): boolean {
  const char = text[index]!;
  if (/[„“"‚‘'«»]/u.test(char) && /\p{Ll}/u.test(text[index + 1] ?? '')) return false;
  return /[\p{Lu}\p{N}„“"‚‘'«»¿¡(\[–—\p{Lo}]/u.test(char);
}

function pushTrimmed(spans: SentenceSpan[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  if (e > s) spans.push({ start: s, end: e });
}
