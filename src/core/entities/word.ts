// Everything the entity finder asks about a word that depends on the word alone (and the language
// pack): case, word-list memberships, shape tests, gazetteer keys. Computed once per distinct word and
// pack and cached, so that the per-token work of an analysis is a few property reads.
import { gazetteerFacts, type Gazetteer, type GazetteerFacts } from './gazetteer';
import { isGivenName } from './given-names';
import { documentNounPattern } from './sources';
import { ARTICLE_LED_NAME } from '../chars';
import {
  ABBREVIATIONS,
  GERMAN_BODY,
  GERMAN_ABSTRACT_NOUN,
  GERMAN_DATIVE_PLURAL,
  GERMAN_TOWN,
  LEGAL_FORMS,
  NAME_PARTICLES,
  NON_ORG_ACRONYMS,
  ORG_HEADS,
  ORG_LINKS,
  ROLES,
  ROLE_SUFFIX,
  TITLES,
} from './words';

/** Shared by all words with the same lower-case form: the analysis that last saw that form in lower case. */
export interface LowerMark {
  seen: number;
}

export interface Word extends GazetteerFacts {
  text: string;
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper-case (`BBC`, `SPD`). */
  upper: boolean;
  /** Starts with a lower-case letter. */
  lowerInit: boolean;
  /** A full stop after it may belong to an abbreviation rather than end the sentence. */
  abbrev: boolean;
  given: boolean;
  title: boolean;
  /** A title whose full stop is its own (`Dr.`, `Sen.`), not a sentence's end (`… sagte der Minister.`). */
  dottedTitle: boolean;
  role: boolean;
  det: boolean;
  nonName: boolean;
  /** An organisation head word or suffix, or a German compound public body. */
  orgHead: boolean;
  /** A legal form or an organisation suffix. */
  formOrSuffix: boolean;
  /** A nationality or party adjective that may open an organisation's name. */
  orgAdjective: boolean;
  placePrep: boolean;
  particle: boolean;
  orgLink: boolean;
  dotted: boolean;
  body: boolean;
  nonOrgAcronym: boolean;
  camel: boolean;
  namey: boolean;
  singleUpper: boolean;
  hyphen: boolean;
  /** A German genitive `s` may end it: longer than three letters, ends in `s`, not a given name or acronym. */
  genS: boolean;
  adjective: boolean;
  /** Has the ending of a German abstract noun (see GERMAN_ABSTRACT_NOUN): no part of a name that capitalisation alone suggests. */
  abstractNoun: boolean;
  /** Is a German dative plural (see GERMAN_DATIVE_PLURAL): no part of any name. */
  dativePlural: boolean;
  town: boolean;
  /** Contains a document noun of the pack's language (`Studie`, `report`): see ./sources. */
  docNoun: boolean;
  /** A verb of saying written with a capital, as in a title-case headline (`Says`, `Calls`): see WordSets.sayingVerbs. */
  sayingVerb: boolean;
  mark: LowerMark;
}

/** The word sets of a pack that word facts depend on (see ./context). */
export interface WordSets {
  lang: string;
  nonNames: ReadonlySet<string>;
  orgSuffixes: ReadonlySet<string>;
  /** Non-names that may open an organisation's name (EntityLexicon.organisationAdjectives). */
  orgAdjectives: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  /** Titles the pack writes with a full stop (`Dr.`, `Sen.`), and the cross-language ones (`Mr`, `Prof`). */
  dottedTitles: ReadonlySet<string>;
  roles: ReadonlySet<string>;
  /**
   * Verbs of saying, where nouns are not capitalised (English, the Romance languages, Dutch): in a
   * headline written in title case one ends the name before it (`Hillary Clinton Says Trump …`).
   */
  sayingVerbs: ReadonlySet<string>;
  /** The pack's gazetteer and given names (src/core/languages/names.ts, as look-up tables). */
  gazetteer: Gazetteer;
  givenNames: ReadonlySet<string>;
}

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const ALL_UPPER = /^\p{Lu}[\p{Lu}&]+$/u;
const DIGITS = /^\p{N}+$/u;
const NAMEY = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*$/u;
const CAMEL = /^\p{Lu}+\p{Ll}+\p{Lu}/u;
const SINGLE_UPPER = /^\p{Lu}$/u;
/** German adjective endings: `Große Koalition`, `Neue Regeln` are not names. */
const GERMAN_ADJECTIVE = /(?:e|en|er|es|em)$/u;
const DOTTED_FORMS = new Set(['inc', 'corp', 'ltd', 'co', 'bros', 'jr', 'sr']);

/** Whether a token names a role that introduces a person's name (`CEO`, `Bundeskanzler`, `Twitter-Chef`). */
export function roleWord(lower: string, sets: WordSets): boolean {
  if (ROLES.has(lower) || sets.roles.has(lower)) return true;
  const dash = lower.lastIndexOf('-');
  if (dash > 0 && ROLES.has(lower.slice(dash + 1))) return true;
  return (sets.lang === 'de' || sets.lang === 'nl') && ROLE_SUFFIX.test(lower);
}

/** A per-pack cache of words; cleared between analyses when it grows past this many entries. */
const LIMIT = 50_000;

export class WordCache {
  private readonly words = new Map<string, Word>();
  private readonly marks = new Map<string, LowerMark>();
  private readonly nouns: RegExp | null;
  constructor(private readonly sets: WordSets) {
    this.nouns = documentNounPattern(sets.lang);
  }

  /** Called before each analysis: bounds the memory the cache holds. */
  trim(): void {
    if (this.words.size > LIMIT || this.marks.size > LIMIT) {
      this.words.clear();
      this.marks.clear();
    }
  }

  get(text: string): Word {
    let word = this.words.get(text);
    if (word === undefined) {
      word = this.make(text);
      this.words.set(text, word);
    }
    return word;
  }

  private make(text: string): Word {
    const sets = this.sets;
    const lower = text.toLowerCase();
    let mark = this.marks.get(lower);
    if (mark === undefined) {
      mark = { seen: 0 };
      this.marks.set(lower, mark);
    }
    const cap = UPPER.test(text) || ARTICLE_LED_NAME.test(text);
    const upper = cap && text.length >= 2 && ALL_UPPER.test(text);
    const given = isGivenName(sets.givenNames, text);
    const body = cap && GERMAN_BODY.test(text);
    const orgSuffix = sets.orgSuffixes.has(lower);
    const facts = gazetteerFacts(sets.gazetteer, text);
    return {
      text,
      lower,
      cap,
      upper,
      lowerInit: !cap && LOWER.test(text),
      abbrev: (text.length === 1 && cap) || DIGITS.test(text) || TITLES.has(lower) || ABBREVIATIONS.has(lower),
      given,
      title: sets.titles.has(lower),
      dottedTitle: sets.dottedTitles.has(lower),
      role: roleWord(lower, sets),
      det: sets.determiners.has(lower),
      nonName: sets.nonNames.has(lower),
      orgHead: ORG_HEADS.has(lower) || orgSuffix || body,
      formOrSuffix: LEGAL_FORMS.has(lower) || orgSuffix,
      orgAdjective: cap && sets.orgAdjectives.has(lower),
      placePrep: sets.placePrepositions.has(lower),
      particle: NAME_PARTICLES.has(lower),
      orgLink: ORG_LINKS.has(lower),
      dotted: DOTTED_FORMS.has(lower),
      body,
      nonOrgAcronym: NON_ORG_ACRONYMS.has(text),
      camel: cap && CAMEL.test(text),
      namey: cap && NAMEY.test(text),
      singleUpper: cap && SINGLE_UPPER.test(text),
      hyphen: text.includes('-'),
      genS: text.length > 3 && text.endsWith('s') && !given && !upper,
      adjective: GERMAN_ADJECTIVE.test(text),
      abstractNoun: cap && GERMAN_ABSTRACT_NOUN.test(text),
      dativePlural: cap && GERMAN_DATIVE_PLURAL.test(text),
      town: GERMAN_TOWN.test(text),
      docNoun: this.nouns !== null && this.nouns.test(text),
      sayingVerb: cap && sets.sayingVerbs.has(lower),
      mark,
      inflKey: facts.inflKey,
      bucket: facts.bucket,
      kind: facts.kind,
      stem: facts.stem,
      stemKind: facts.stemKind,
      lowerKind: facts.lowerKind,
    };
  }
}
