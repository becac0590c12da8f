// Frequent given names, from a pack's cross-language name lists (src/core/languages/names.ts, which
// says which names are in and why), and the gender each says. A capitalised sequence that starts with
// one of them is a person (`Elon Musk`), which matters most in German, where every noun is capitalised.
// The list travels with the language pack, not in this module (it is data, not code); the set is built
// once per lists object.
import type { NameLists } from '../languages/types';

/** The set of each lists object, as for the gazetteer (./gazetteer). */
const built = new WeakMap<NameLists, ReadonlySet<string>>();

/** The given names of a pack's name lists, built on first use and cached; empty where the pack has none. */
export function givenNamesOf(lists: NameLists | undefined): ReadonlySet<string> {
  if (typeof lists !== 'object' || lists === null) return new Set();
  let set = built.get(lists);
  if (set === undefined) {
    const names: unknown = lists.givenNames;
    set = new Set(typeof names === 'string' && names !== '' ? names.split(' ') : []);
    built.set(lists, set);
  }
  return set;
}

/** Whether `word` is one of the given names; hyphenated ones count when every part is one (`Hans-Peter`). */
export function isGivenName(set: ReadonlySet<string>, word: string): boolean {
  if (set.has(word)) return true;
  if (!word.includes('-')) return false;
  return word.split('-').every((part) => set.has(part));
}

/** The women's and the unisex given names of each lists object, built once. */
const genders = new WeakMap<NameLists, { female: ReadonlySet<string>; unisex: ReadonlySet<string>; given: ReadonlySet<string> }>();

/**
 * The gender a given name says (NameLists.femaleNames, unisexNames): `female`, `male` for every other
 * given name, null for a unisex name or a word that is no given name.
 */
export function genderOfGivenName(lists: NameLists | undefined, name: string): 'female' | 'male' | null {
  if (typeof lists !== 'object' || lists === null) return null;
  let sets = genders.get(lists);
  if (sets === undefined) {
    const words = (value: unknown): ReadonlySet<string> => new Set(typeof value === 'string' && value !== '' ? value.split(' ') : []);
    sets = { female: words(lists.femaleNames), unisex: words(lists.unisexNames), given: givenNamesOf(lists) };
    genders.set(lists, sets);
  }
  if (!sets.given.has(name) || sets.unisex.has(name)) return null;
  return sets.female.has(name) ? 'female' : 'male';
}
