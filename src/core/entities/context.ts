// The word sets one analysis works with: a language pack's entity and speech lexicons merged with the
// engine's cross-language fallbacks, plus the article-wide set of words seen in lower case. Built once
// per pack (cached) and once per article.
import type { LanguagePack } from '../languages/types';
import { DETERMINERS, ROLES, ROLE_SUFFIX, TITLES } from './words';
import type { Token } from './tokens';

export type Pack = Pick<LanguagePack, 'code' | 'entities' | 'speech'>;

export interface Lexicon {
  lang: string;
  nonNames: ReadonlySet<string>;
  orgSuffixes: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  roles: ReadonlySet<string>;
}

export interface Context extends Lexicon {
  /** Every word the article writes with a lower-case initial, lower-cased: `werbung` proves `Werbung` a noun. */
  seenLower: ReadonlySet<string>;
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
  lexicon = {
    lang,
    nonNames: lowerSet(entities?.capitalisedNonNames),
    orgSuffixes: lowerSet(entities?.organisationSuffixes),
    placePrepositions: lowerSet(entities?.placePrepositions),
    determiners: lowerSet(speech?.determiners, (DETERMINERS[lang] ?? '').split(' ')),
    titles: lowerSet(speech?.titles, [...TITLES]),
    roles: lowerSet(speech?.roleNouns),
  };
  cache.set(pack, lexicon);
  return lexicon;
}

/** Whether a token names a role that introduces a person's name (`CEO`, `Bundeskanzler`, `Twitter-Chef`). */
export function isRole(token: Token, context: Lexicon): boolean {
  const lower = token.lower;
  if (ROLES.has(lower) || context.roles.has(lower)) return true;
  const dash = lower.lastIndexOf('-');
  if (dash > 0 && ROLES.has(lower.slice(dash + 1))) return true;
  return (context.lang === 'de' || context.lang === 'nl') && ROLE_SUFFIX.test(lower);
}

/** Whether a token is an honorific (`Dr`, `Herr`, `Mrs`). */
export function isTitle(token: Token, context: Lexicon): boolean {
  return context.titles.has(token.lower);
}
