// Finds name candidates in one block: runs of capitalised words, split and classified by what stands
// around them. The order of evidence: the gazetteer, then titles and role nouns (`Dr.`, `CEO`,
// `Bundeskanzler`), organisation heads and suffixes (`Universität …`, `… AG`), given names, place
// prepositions, the shape of the word (acronym, camel case), and last a default guess. German needs
// more than "capitalised = name": a lone unknown capitalised word there is left for the article-wide
// linking pass (`Musk` counts once `Elon Musk` is known), never guessed.
import type { EntityKind } from './types';
import type { Context } from './context';
import { isRole, isTitle } from './context';
import { lookupAt, lookupLowerCase } from './gazetteer';
import { isGivenName } from './given-names';
import type { Token } from './tokens';
import { GERMAN_BODY, GERMAN_TOWN, LEGAL_FORMS, NAME_PARTICLES, NON_ORG_ACRONYMS, ORG_HEADS, ORG_LINKS } from './words';

export interface Candidate {
  kind: EntityKind;
  block: number;
  start: number;
  end: number;
  /** The entity's name as written here, a German genitive `s` removed (`Microsofts` → `Microsoft`). */
  name: string;
  /** Backed by a lexicon or a context word; false for a guess from capitalisation alone. */
  strong: boolean;
}

interface Flags {
  /** A title or role noun stands before the name. */
  person?: boolean;
  /** A determiner stands before it (`der Konzern`, `the Guardian`). */
  det?: boolean;
  /** A place preposition stands before it (`in Wolfsburg`). */
  place?: boolean;
}

const NAMEY = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*$/u;
const CAMEL = /^\p{Lu}+\p{Ll}+\p{Lu}/u;
const SINGLE_UPPER = /^\p{Lu}$/u;
/** German adjective endings: `Große Koalition`, `Neue Regeln` are not names. */
const GERMAN_ADJECTIVE = /(?:e|en|er|es|em)$/u;
const DOTTED_FORMS = new Set(['inc', 'corp', 'ltd', 'co', 'bros', 'jr', 'sr']);

/** One block's candidates, and the capitalised tokens left unexplained (for the linking pass). */
export function scanBlock(
  text: string,
  tokens: readonly Token[],
  block: number,
  context: Context,
  skip: Uint8Array,
): { found: Candidate[]; pending: number[] } {
  const found: Candidate[] = [];
  const pending: number[] = [];
  const de = context.lang === 'de';
  const n = tokens.length;
  const lower = (i: number): string => tokens[i]!.lower;
  const shouting = tokens.filter((token) => token.upper).length * 2 > n && n >= 3;

  const emit = (first: number, last: number, kind: EntityKind, strong: boolean, name?: string): void => {
    const start = tokens[first]!.start;
    let end = tokens[last]!.end;
    if (DOTTED_FORMS.has(lower(last)) && text[end] === '.') end++;
    found.push({ kind, block, start, end, name: name ?? text.slice(start, end).replace(/\s+/gu, ' '), strong });
  };

  const isOrgHead = (i: number): boolean => {
    const word = tokens[i]!.text;
    const low = tokens[i]!.lower;
    return ORG_HEADS.has(low) || context.orgSuffixes.has(low) || GERMAN_BODY.test(word);
  };
  const nonName = (i: number): boolean => {
    const low = lower(i);
    return context.nonNames.has(low) || (tokens[i]!.init && context.seenLower.has(low) && !isGivenName(tokens[i]!.text));
  };
  const gazetteer = (from: number, to: number) => lookupAt(tokens, from, to, de);
  // A one-word gazetteer name that opens a sentence and is written in lower case elsewhere is a common
  // word there (`Orange`, `Threads`, `Nature`).
  const gazetteerHit = (from: number, to: number) => {
    const hit = gazetteer(from, to);
    if (hit && hit.length === 1 && tokens[from]!.init && !tokens[from]!.upper && context.seenLower.has(lower(from))) return undefined;
    return hit;
  };
  const opensSomething = (i: number, to: number): boolean =>
    (i < to && isGivenName(tokens[i]!.text)) ||
    gazetteerHit(i, to) !== undefined || isTitle(tokens[i]!, context) || isRole(tokens[i]!, context) || context.determiners.has(lower(i)) || nonName(i);

  /** What the word before a run says about it. */
  const before = (a: number): Flags => {
    const previous = tokens[a - 1];
    const current = tokens[a]!;
    if (!previous) return {};
    const low = previous.lower;
    const flags: Flags = {};
    if (isTitle(previous, context) && (current.spaced || current.afterDot)) flags.person = true;
    if (!current.spaced) return flags;
    if (isRole(previous, context)) flags.person = true;
    if (!previous.cap && context.determiners.has(low)) flags.det = true;
    // German `der neue Konzern`: an adjective between determiner and noun.
    if (de && !previous.cap && previous.spaced && a >= 2 && context.determiners.has(lower(a - 2))) flags.det = true;
    if (!previous.cap && context.placePrepositions.has(low)) flags.place = true;
    return flags;
  };

  const segment = (s: number, e: number, flags: Flags): void => {
    if (s > e) return;
    const first = tokens[s]!;
    const last = tokens[e]!;
    const count = e - s + 1;
    // German genitive inside a run: `Nvidias Umsatz` is a name and a noun, not one name.
    if (de && count >= 2) {
      for (let k = s; k < e; k++) {
        const word = tokens[k]!.text;
        if (word.length > 3 && word.endsWith('s') && !isGivenName(word) && !tokens[k]!.upper) {
          segment(s, k, flags);
          segment(k + 1, e, {});
          return;
        }
      }
    }
    const lastLower = last.lower;
    // No one-word name of two letters but acronyms (`Jr`, `St`, `Co` are abbreviations).
    if (count === 1 && first.text.length < 3 && !first.upper) return;
    if (count >= 2 && (LEGAL_FORMS.has(lastLower) || context.orgSuffixes.has(lastLower))) return emit(s, e, 'organization', true);
    if (count >= 2 && isOrgHead(s)) return emit(s, e, 'organization', true);
    if (count === 1 && de && GERMAN_BODY.test(first.text)) return emit(s, e, 'organization', true);
    if (flags.person || (count >= 2 && isGivenName(first.text))) {
      if (count === 1 && (first.upper || isGivenName(first.text) || isOrgHead(s))) return void pending.push(s);
      return emit(s, e, 'person', true);
    }
    // In a title-case heading every word is "sentence-initial": unknown words there prove nothing.
    if (count >= 2 && last.init) return void pending.push(...range(s, e));
    let hyphen = false;
    for (let k = s; k <= e; k++) if (tokens[k]!.text.includes('-')) hyphen = true;
    // Compounds are words of their own, not mentions: `Twitter-Daten` is data, `US-Dollar` a currency,
    // `Social-Media-Management-Tool` a product category. Only known names (gazetteer, persons) keep hyphens.
    if (hyphen) return void pending.push(...range(s, e));
    if (count === 1 && first.upper) {
      if (!shouting && first.text.length <= 6 && !NON_ORG_ACRONYMS.has(first.text) && !context.seenLower.has(lastLower)) {
        emit(s, e, 'organization', true);
      }
      return;
    }
    if (count === 1 && CAMEL.test(first.text)) return emit(s, e, 'organization', true);
    if (de) {
      if (count >= 2 && !isGivenName(first.text) && first.text.length >= 4 && GERMAN_ADJECTIVE.test(first.text)) {
        pending.push(s);
        return segment(s + 1, e, {});
      }
      if (flags.place && !flags.det && (count >= 2 || GERMAN_TOWN.test(first.text))) return emit(s, e, 'place', true);
      if (flags.det || count === 1) return void pending.push(...range(s, e));
    } else {
      if (count === 1 && (first.init || isGivenName(first.text) || context.seenLower.has(lastLower))) return void pending.push(s);
      if (flags.place) return emit(s, e, 'place', true);
      if (count === 1 || flags.det) return emit(s, e, 'organization', false);
    }
    let namey = count <= 3;
    for (let k = s; k <= e && namey; k++) namey = NAMEY.test(tokens[k]!.text);
    emit(s, e, namey ? 'person' : 'organization', false);
  };

  /** Classifies the run a..b; returns the last token it used (a gazetteer name may run on past b). */
  const run = (a: number, b: number): number => {
    let used = b;
    let flags = before(a);
    let p = a;
    while (p <= b) {
      const token = tokens[p]!;
      // An organisation head takes the rest of the run: `Universität Hamburg`, `Bank of England`.
      const following = tokens[p + 1]?.cap ? p + 1 : p + 2;
      if (following <= b && isOrgHead(p) && !nonName(following) && gazetteer(p, b)?.length !== b - p + 1) {
        let q = p + 1;
        while (q <= b && !isRole(tokens[q]!, context)) q++;
        emit(p, q - 1, 'organization', true);
        flags = {};
        p = q;
        continue;
      }
      // The gazetteer may read past the run into lower-case words: `Commission européenne`.
      const hit = isGivenName(token.text) && p < b ? undefined : gazetteerHit(p, p === b ? n - 1 : b);
      if (hit) {
        let last = p + hit.length - 1;
        used = Math.max(used, last);
        // A legal form after a known name belongs to it: `Siemens AG`, `Apple Inc.`
        let kind = hit.kind;
        const name = hit.name;
        if (last < b && name === undefined && (LEGAL_FORMS.has(lower(last + 1)) || context.orgSuffixes.has(lower(last + 1)))) {
          last++;
          kind = 'organization';
        }
        emit(p, last, kind, true, name);
        p = last + 1;
        flags = {};
        continue;
      }
      if (isTitle(token, context) || isRole(token, context)) {
        flags.person = true;
        p++;
        continue;
      }
      if (context.determiners.has(token.lower)) {
        flags.det = true;
        p++;
        continue;
      }
      if (nonName(p)) {
        if (token.init) pending.push(p);
        flags = {};
        p++;
        continue;
      }
      // The stretch of unknown words: up to the next word that opens something else. A stretch that
      // starts with a given name runs over gazetteer words (`Harrison Ford`).
      const byName = isGivenName(token.text);
      let q = p + 1;
      while (q <= b && !(byName ? tokens[q]!.cap && (isRole(tokens[q]!, context) || isTitle(tokens[q]!, context) || (context.nonNames.has(lower(q)) && !context.determiners.has(lower(q)))) : opensSomething(q, b))) q++;
      segment(p, q - 1, flags);
      flags = {};
      p = q;
    }
    return used;
  };

  let i = 0;
  while (i < n) {
    const token = tokens[i]!;
    if (skip[i]) {
      i++;
      continue;
    }
    if (!token.cap) {
      const kind = lookupLowerCase(token.text);
      if (kind) found.push({ kind, block, start: token.start, end: token.end, name: token.text, strong: true });
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && !skip[j + 1] && !tokens[j]!.possessive) {
      const current = tokens[j]!;
      const next = tokens[j + 1]!;
      if (next.cap && (next.spaced || next.afterAmpersand || (next.afterDot && SINGLE_UPPER.test(current.text)))) {
        j++;
        continue;
      }
      if (next.cap || !next.spaced) break;
      const low = next.lower;
      // `Ursula von der Leyen`, `Charles de Gaulle`: particles only right after a given name.
      if (NAME_PARTICLES.has(low) && isGivenName(current.text)) {
        let k = j + 1;
        while (k < n && k <= j + 2 && !tokens[k]!.cap && tokens[k]!.spaced && NAME_PARTICLES.has(lower(k))) k++;
        if (k < n && tokens[k]!.cap && tokens[k]!.spaced && !skip[k]) {
          j = k;
          continue;
        }
      }
      // `Bank of England`, `Institut für Weltwirtschaft`: links only right after an organisation head.
      const after = tokens[j + 2];
      if (ORG_LINKS.has(low) && isOrgHead(j) && after && after.cap && after.spaced && !skip[j + 2]) {
        j += 2;
        continue;
      }
      break;
    }
    i = run(i, j) + 1;
  }
  return { found, pending };
}

function range(s: number, e: number): number[] {
  const list: number[] = [];
  for (let k = s; k <= e; k++) list.push(k);
  return list;
}
