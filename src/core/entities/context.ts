// The word sets one analysis works with: a language pack's entity and speech lexicons merged with the
// engine's cross-language fallbacks, plus the article-wide set of words seen in lower case. Built once
// per pack (cached) and once per article.
import type { LanguagePack } from '../languages/types';
import { gazetteerOf } from './gazetteer';
import { givenNamesOf } from './given-names';
import { DETERMINERS, TITLES } from './words';
import type { Token } from './tokens';
import { roleWord, WordCache, type WordSets } from './word';

export type Pack = Pick<LanguagePack, 'code' | 'entities' | 'speech' | 'names'>;

/** A pack's word sets (see ./word) and the word facts computed under them. */
export interface Lexicon extends WordSets {
  /** The facts of each word under these sets, cached across analyses. */
  words: WordCache;
}

export interface Context extends Lexicon {
  /**
   * The analysis's number: a word's `mark.seen` equals it when the article writes the word's lower-case
   * form with a lower-case initial (`werbung` proves `Werbung` a noun).
   */
  epoch: number;
}

/** Whether the article writes this token's word in lower case somewhere. */
export function seenLower(token: Token, context: Context): boolean {
  return token.w.mark.seen === context.epoch;
}

const cache = new WeakMap<Pack, Lexicon>();

function lowerSet(...lists: Array<readonly string[] | undefined>): Set<string> {
  const set = new Set<string>();
  for (const list of lists) for (const word of list ?? []) set.add(word.toLowerCase().replace(/\.$/u, ''));
  return set;
}

/** The merged word sets of a pack. Tolerates a pack whose lexicons are still missing or empty. */
export function lexiconOf(pack: Pack): Lexicon {
  let lexicon = cache.get(pack);
  if (lexicon) return lexicon;
  const lang = (pack.code || '').toLowerCase();
  const entities = pack.entities as Partial<Pack['entities']> | undefined;
  const speech = pack.speech as Partial<Pack['speech']> | undefined;
  const sets: WordSets = {
    lang,
    nonNames: lowerSet(entities?.capitalisedNonNames),
    orgSuffixes: lowerSet(entities?.organisationSuffixes),
    orgAdjectives: lowerSet(entities?.organisationAdjectives),
    placePrepositions: lowerSet(entities?.placePrepositions),
    determiners: lowerSet(speech?.determiners, (DETERMINERS[lang] ?? '').split(' ')),
    titles: lowerSet(speech?.titles, [...TITLES]),
    // The titles written with their full stop (`Dr.`, `Sen.`): a name right after that stop is still theirs.
    dottedTitles: lowerSet((speech?.titles ?? []).filter((title) => title.endsWith('.')), [...TITLES]),
    roles: lowerSet(speech?.roleNouns),
    sayingVerbs: speech?.nounsCapitalised ? new Set<string>() : lowerSet(speech?.verbs, speech?.claimVerbs),
    gazetteer: gazetteerOf(pack.names),
    givenNames: givenNamesOf(pack.names),
  };
  lexicon = { ...sets, words: new WordCache(sets) };
  cache.set(pack, lexicon);
  return lexicon;
}

/** Whether a token names a role that introduces a person's name (`CEO`, `Bundeskanzler`, `Twitter-Chef`). */
export function isRole(token: Token, context: Lexicon): boolean {
  return roleWord(token.lower, context);
}

/** Whether a token is an honorific (`Dr`, `Herr`, `Mrs`). */
export function isTitle(token: Token, context: Lexicon): boolean {
  return context.titles.has(token.lower);
}
