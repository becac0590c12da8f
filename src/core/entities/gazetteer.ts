// The gazetteer: the organisations, outlets and places of a pack's cross-language name lists
// (src/core/languages/names.ts), as look-up tables. It decides the kind of a name that no context word
// explains (`Twitter`, `Berlin`) and lets one-word names count even at the start of a sentence. The lists
// travel with the language pack, not in this module (they are data, not code); the tables are built
// once per lists object, the first time the entity finder reads a pack.
import type { NameLists } from '../languages/types';
import type { EntityKind } from './types';

/**
 * A word as a look-up key: its first letter lower-cased, the rest as written, so that `Apple` and
 * `apple`-initial forms meet while the acronym `WHO` never meets the pronoun `Who`.
 */
export function key(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1);
}

/**
 * In multi-word names, German adjectives inflect (`der Europäischen Kommission`, `den Vereinigten
 * Staaten`): their keys drop the ending after `e` on both sides of the comparison.
 */
function inflectionKey(word: string): string {
  // Short words keep their ending: `dem` is not `der`, `den` not `de`.
  const k = key(word);
  if (word.length < 5) return k;
  const last = k.charCodeAt(k.length - 1);
  // `e` followed by n, r, s or m: drop the last letter.
  return k.charCodeAt(k.length - 2) === 101 && (last === 110 || last === 114 || last === 115 || last === 109) ? k.slice(0, -1) : k;
}

export interface MultiEntry {
  rest: readonly string[];
  kind: EntityKind;
  /** The name as the gazetteer writes it, for mentions in an inflected form. */
  written: string;
}

/** A pack's gazetteer as look-up tables (see gazetteerOf). */
export interface Gazetteer {
  /** One-word names by key(), with their kind; of a name listed twice, the first kind counts. */
  readonly single: ReadonlyMap<string, EntityKind>;
  /** Names written with a lower-case initial (`dpa`, `taz`, `eBay`): they count only exactly as written. */
  readonly lowerCase: ReadonlySet<string>;
  /** Multi-word names by the inflectionKey() of their first word, longest first. */
  readonly multi: ReadonlyMap<string, readonly MultiEntry[]>;
}

/** The tables of each lists object: a pack that arrives as JSON brings its own, the packs of a process share one. */
const built = new WeakMap<NameLists, Gazetteer>();

/**
 * The gazetteer of a pack's name lists, built on first use and cached. Tolerates lists that are missing
 * or not strings (a pack without them): the gazetteer then knows no name.
 */
export function gazetteerOf(lists: NameLists | undefined): Gazetteer {
  if (typeof lists !== 'object' || lists === null) return build({});
  let gazetteer = built.get(lists);
  if (gazetteer === undefined) {
    gazetteer = build(lists);
    built.set(lists, gazetteer);
  }
  return gazetteer;
}

function build(lists: Partial<NameLists>): Gazetteer {
  const single = new Map<string, EntityKind>();
  const lowerCase = new Set<string>();
  const multi = new Map<string, MultiEntry[]>();
  const kinds: ReadonlyArray<readonly [EntityKind, unknown]> = [
    ['organization', lists.organizations],
    ['source', lists.sources],
    ['place', lists.places],
  ];
  for (const [kind, list] of kinds) {
    if (typeof list !== 'string' || list === '') continue;
    for (const entry of list.split('|')) {
      const parts = entry.split(' ');
      if (parts.length === 1) {
        if (key(entry) === entry) lowerCase.add(entry);
        if (!single.has(key(entry))) single.set(key(entry), kind);
        continue;
      }
      const head = inflectionKey(parts[0]!);
      const bucket = multi.get(head) ?? [];
      bucket.push({ rest: parts.slice(1).map(inflectionKey), kind, written: entry });
      multi.set(head, bucket);
    }
  }
  for (const bucket of multi.values()) bucket.sort((a, b) => b.rest.length - a.rest.length);
  return { single, lowerCase, multi };
}

/** The kind of a name written with a lower-case initial (`dpa`), exactly as written, or undefined. */
export function lookupLowerCase(gazetteer: Gazetteer, word: string): EntityKind | undefined {
  return gazetteer.lowerCase.has(word) ? gazetteer.single.get(word) : undefined;
}

/** The kind of a one-word name as written, or undefined. */
export function lookupWord(gazetteer: Gazetteer, word: string): EntityKind | undefined {
  return gazetteer.single.get(key(word));
}

/**
 * The longest gazetteer name that starts at words[from] and ends at words[to] at the latest: its length
 * in words, kind, and `name` when the text inflects it (`Süddeutschen Zeitung` → `Süddeutsche Zeitung`,
 * `Microsofts` → `Microsoft`; a lower-case article before it keeps its case). `genitive` allows a German genitive `s`/`es` on the last word (`Microsofts`,
 * `des Bundestages`).
 */
export function lookupAt(
  gazetteer: Gazetteer,
  words: ReadonlyArray<{ readonly text: string }>,
  from: number,
  to: number,
  genitive: boolean,
): { length: number; kind: EntityKind; name?: string } | undefined {
  const first = words[from]?.text;
  if (first === undefined) return undefined;
  const { single, multi } = gazetteer;
  const bucket = multi.get(inflectionKey(first));
  if (bucket) {
    for (const entry of bucket) {
      if (from + entry.rest.length > to) continue;
      let ok = true;
      let written = '';
      for (let i = 0; i < entry.rest.length && ok; i++) {
        const word = words[from + i + 1]!.text;
        written += ` ${word}`;
        if (inflectionKey(word) === entry.rest[i]) continue;
        const stem = genitive && i === entry.rest.length - 1 ? stripGenitive(gazetteer, word) : undefined;
        ok = stem !== undefined && inflectionKey(stem) === entry.rest[i];
      }
      if (ok) {
        const inflected = first + written !== entry.written;
        return inflected ? { length: entry.rest.length + 1, kind: entry.kind, name: entry.written } : { length: entry.rest.length + 1, kind: entry.kind };
      }
    }
  }
  const kind = single.get(key(first));
  if (kind) return { length: 1, kind };
  const stem = genitive ? stripGenitive(gazetteer, first) : undefined;
  const stemKind = stem === undefined ? undefined : single.get(key(stem));
  return stemKind ? { length: 1, kind: stemKind, name: stem } : undefined;
}

/** What the gazetteer knows about one word, computed once per distinct word (see ./word). */
export interface GazetteerFacts {
  /** inflectionKey(word). */
  inflKey: string;
  /** The multi-word entries that start with this word, longest first. */
  bucket: readonly MultiEntry[] | undefined;
  /** The kind of the word as a one-word name. */
  kind: EntityKind | undefined;
  /** stripGenitive(word), and the kind of that stem as a one-word name. */
  stem: string | undefined;
  stemKind: EntityKind | undefined;
  /** lookupLowerCase(word). */
  lowerKind: EntityKind | undefined;
}

export function gazetteerFacts(gazetteer: Gazetteer, word: string): GazetteerFacts {
  const { single, multi } = gazetteer;
  const inflKey = inflectionKey(word);
  const stem = stripGenitive(gazetteer, word);
  return {
    inflKey,
    bucket: multi.get(inflKey),
    kind: single.get(key(word)),
    stem,
    stemKind: stem === undefined ? undefined : single.get(key(stem)),
    lowerKind: lookupLowerCase(gazetteer, word),
  };
}

/** lookupAt() over tokens whose words carry their GazetteerFacts: the same answer, without recomputing keys. */
export function lookupFacts(
  words: ReadonlyArray<{ readonly text: string; readonly w: GazetteerFacts }>,
  from: number,
  to: number,
  genitive: boolean,
): { length: number; kind: EntityKind; name?: string } | undefined {
  const head = words[from];
  if (head === undefined) return undefined;
  const facts = head.w;
  const bucket = facts.bucket;
  if (bucket) {
    for (const entry of bucket) {
      const rest = entry.rest;
      if (from + rest.length > to) continue;
      let ok = true;
      for (let i = 0; i < rest.length && ok; i++) {
        const word = words[from + i + 1]!.w;
        if (word.inflKey === rest[i]) continue;
        const stem = genitive && i === rest.length - 1 ? word.stem : undefined;
        ok = stem !== undefined && inflectionKey(stem) === rest[i];
      }
      if (ok) {
        let written = head.text;
        for (let i = 0; i < rest.length; i++) written += ` ${words[from + i + 1]!.text}`;
        return written !== entry.written
          ? { length: rest.length + 1, kind: entry.kind, name: entry.written }
          : { length: rest.length + 1, kind: entry.kind };
      }
    }
  }
  if (facts.kind) return { length: 1, kind: facts.kind };
  const stemKind = genitive ? facts.stemKind : undefined;
  return stemKind ? { length: 1, kind: stemKind, name: facts.stem } : undefined;
}

/** `Microsofts` → `Microsoft`, `Bundestages` → `Bundestag`; undefined when the word has no such ending. */
export function stripGenitive(gazetteer: Gazetteer, word: string): string | undefined {
  if (word.length < 4 || !word.endsWith('s')) return undefined;
  return word.endsWith('es') && gazetteer.single.has(key(word.slice(0, -2))) ? word.slice(0, -2) : word.slice(0, -1);
}
