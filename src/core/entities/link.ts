// The article-wide pass: links short mentions to the fullest form the article uses (`Musk` → `Elon
// Musk`, by last name), turns guessed one-word organisations into persons when they are a known
// person's last name, and admits the capitalised words the block scan left unexplained when the
// article names them elsewhere (`Musk reagierte` at a sentence start, `Musks Plan`).
import { seenLower, type Context } from './context';
import { stripGenitive } from './gazetteer';
import type { Candidate } from './names';
import type { Token } from './tokens';

/** A capitalised token the block scan could not explain on its own. */
export interface Pending {
  block: number;
  token: Token;
}

function lastWord(name: string): string {
  const space = name.lastIndexOf(' ');
  return space < 0 ? name : name.slice(space + 1);
}

/** Precedes: whether mention a comes before mention b in reading order. */
function precedes(a: Candidate, b: Candidate): boolean {
  return a.block < b.block || (a.block === b.block && a.start <= b.start);
}

export function link(candidates: Candidate[], pending: readonly Pending[], context: Context): Candidate[] {
  // Full person names (two words or more) by last name.
  const byLast = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    if (candidate.kind !== 'person' || !candidate.name.includes(' ')) continue;
    const key = lastWord(candidate.name);
    const list = byLast.get(key) ?? [];
    list.push(candidate);
    byLast.set(key, list);
  }
  // A weak two-word guess in German that opens with a known last name is that name and a noun:
  // `sagte Musk Reportern`.
  for (const candidate of candidates) {
    if (candidate.strong || !candidate.name.includes(' ')) continue;
    const head = candidate.name.slice(0, candidate.name.indexOf(' '));
    if (byLast.has(head) && byLast.get(head)!.every((full) => full !== candidate)) {
      candidate.kind = 'person';
      candidate.name = head;
      candidate.end = candidate.start + head.length;
    }
  }
  // Guessed one-word organisations that are a person's last name are that person.
  for (const candidate of candidates) {
    if (!candidate.strong && !candidate.name.includes(' ') && byLast.has(candidate.name)) candidate.kind = 'person';
  }
  // One-word names the article establishes, for the words the scan left open.
  const known = new Map<string, Candidate>();
  for (const candidate of candidates) {
    if (!candidate.name.includes(' ') && candidate.kind !== 'source' && !known.has(candidate.name)) known.set(candidate.name, candidate);
  }
  // Positions as numbers: block × 2^32 + offset (exact below 2^53).
  const taken = new Set<number>();
  for (const candidate of candidates) taken.add(candidate.block * 4294967296 + candidate.start);
  for (const { block, token } of pending) {
    if (token.w.hyphen || token.w.nonName || seenLower(token, context)) continue;
    const position = block * 4294967296 + token.start;
    if (taken.has(position)) continue;
    let name = token.text;
    if (!byLast.has(name) && !known.has(name)) {
      const stem = context.lang === 'de' ? stripGenitive(context.gazetteer, name) : undefined;
      if (stem === undefined || (!byLast.has(stem) && !known.has(stem))) continue;
      name = stem;
    }
    const kind = byLast.has(name) ? 'person' : known.get(name)!.kind;
    taken.add(position);
    candidates.push({ kind, block, start: token.start, end: token.end, name, strong: true });
  }
  // Persons: the fullest form with the same last name that ends in this mention's words; of several
  // equally full ones, the latest introduced before this mention, else the first one.
  const forms = new Map<string, Array<{ name: string; words: number; first: Candidate }>>();
  for (const [last, fulls] of byLast) {
    const distinct: Array<{ name: string; words: number; first: Candidate }> = [];
    const seen = new Set<string>();
    for (const full of fulls) {
      if (seen.has(full.name)) continue;
      seen.add(full.name);
      distinct.push({ name: full.name, words: full.name.split(' ').length, first: full });
    }
    forms.set(last, distinct);
  }
  for (const candidate of candidates) {
    if (candidate.kind !== 'person') continue;
    let best: { name: string; words: number; first: Candidate } | undefined;
    for (const form of forms.get(lastWord(candidate.name)) ?? []) {
      if (form.name !== candidate.name && !form.name.endsWith(` ${candidate.name}`)) continue;
      if (!best || form.words > best.words) best = form;
      else if (form.words === best.words && precedes(form.first, candidate) && precedes(best.first, form.first)) best = form;
    }
    if (best) candidate.name = best.name;
  }
  return candidates;
}
