// Word tokens with their positions, and the look-up sets the frame rules need, built once per pack.
import type { LanguagePack } from '../languages/types';
import { countBefore } from '../search';
import { ARTICLE_LED_NAME, isGluedFullStop, letterWidth } from '../chars';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** What may join two runs of letters and digits inside one word: `don't`, `Baden-Württemberg`, `z.B`, `AT&T`. */
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2e || code === 0x26;
}

/**
 * letterWidth for a letter or digit, with ASCII told here: most characters of a block are ASCII, and
 * the general look-up (a code point, a table) was a fifth of the tokenizer's time.
 */
function wordWidth(text: string, i: number): number {
  const c = text.charCodeAt(i); // NaN past the end: not below 0x80, and letterWidth says 0
  if (c < 0x80) return ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  return letterWidth(text, i);
}

/**
 * The words of `text`: the matches of `[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*` (flag u), found in one
 * pass over the characters. Every block is split this way, and the expression with its match objects
 * was the costliest single step of the analysis.
 */
function tokenizeAll(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  // Each word's lower case is cut from the text's, made in one call: a call per word cost more than
  // the rest of the tokenizer. Lower-casing maps character by character, but for a final sigma (`Σ`
  // depends on what follows) and characters whose lower case is longer (`İ`): there each word is
  // lower-cased on its own.
  const lowerText = text.toLowerCase();
  const sliced = lowerText.length === n && !text.includes('\u03a3');
  let i = 0;
  while (i < n) {
    const width = wordWidth(text, i);
    if (!width) {
      i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i += width;
    for (;;) {
      for (let w; (w = wordWidth(text, i)); ) i += w;
      // (A full stop glued between two sentences joins no word: `Papst.Der`.)
      if (i < n && isJoiner(text.charCodeAt(i)) && wordWidth(text, i + 1) && !isGluedFullStop(text, i)) i++;
      else break;
    }
    const word = text.slice(start, i);
    tokens.push({ text: word, lower: sliced ? lowerText.slice(start, i) : word.toLowerCase(), start, end: i });
  }
  return tokens;
}

/**
 * The frame rules look at many overlapping windows of the same block, so each block is tokenized once
 * and windows are cut from its tokens. Small texts (a quotation, a phrase) are tokenized directly.
 */
const blockTokens = new Map<string, Token[]>();
const CACHED_TEXTS = 256;
const CACHE_MIN_LENGTH = 40;

function firstAtOrAfter(tokens: readonly Token[], offset: number): number {
  return countBefore(tokens.length, (k) => tokens[k]!.start < offset);
}

/** Forgets the cached tokens (the analysis calls it when done, so no page text is held afterwards). */
export function clearTokenCache(): void {
  blockTokens.clear();
}

/** The words of `text[from, to)`, with absolute offsets (words cut by the window's edges are left out). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  if (text.length < CACHE_MIN_LENGTH) {
    const slice = from === 0 && to === text.length ? text : text.slice(from, to);
    const tokens = tokenizeAll(slice);
    if (from !== 0) for (const token of tokens) { token.start += from; token.end += from; }
    return tokens;
  }
  let all = blockTokens.get(text);
  if (!all) {
    if (blockTokens.size >= CACHED_TEXTS) blockTokens.clear();
    all = tokenizeAll(text);
    blockTokens.set(text, all);
  }
  const first = firstAtOrAfter(all, from);
  let end = first;
  while (end < all.length && all[end]!.end <= to) end++;
  return all.slice(first, end);
}

const CAPITAL = /^\p{Lu}/u;
/** Whether a word starts with a capital; an ASCII first letter is told without the expression. */
export function isCapitalised(token: Token): boolean {
  const c = token.text.charCodeAt(0);
  if (c >= 0x80) return CAPITAL.test(token.text);
  if (c >= 0x41 && c <= 0x5a) return true;
  // (A lower-case word is one only with a hyphen third or fourth: tested first, as most words have none.)
  return (token.text.charCodeAt(2) === 0x2d || token.text.charCodeAt(3) === 0x2d) && ARTICLE_LED_NAME.test(token.text);
}

/** The sets the speaker and claim rules look words up in. */
export interface SpeechSets {
  verbs: ReadonlySet<string>;
  claimVerbs: ReadonlySet<string>;
  /** Verbs of saying and of claiming in one set: most words are neither, and one look-up tells. */
  speechVerbs: ReadonlySet<string>;
  /**
   * Every word a frame or a reported clause can hinge on: a verb of saying or claiming, a separable
   * verb, the first word of a source preposition, a source postposition, a noun that takes a clause.
   * The rules that try each word of a sentence pass over any other word with this one look-up.
   */
  cueWords: ReadonlySet<string>;
  pronouns: ReadonlyMap<string, 'person' | 'any'>;
  /** The articles of a description each pronoun can stand for, where the lexicon gives them (SpeechLexicon.pronouns). */
  pronounArticles: ReadonlyMap<string, ReadonlySet<string>>;
  /** The gender of the person each pronoun can stand for, where the lexicon gives it. */
  pronounGender: ReadonlyMap<string, 'male' | 'female'>;
  roleNouns: ReadonlySet<string>;
  organisationNouns: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  complementizers: ReadonlySet<string>;
  complementizerBlockers: ReadonlySet<string>;
  subjunctive: ReadonlySet<string>;
  subjunctiveStandIns: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  /** Multi-word source prepositions split into words (`according to` → ['according', 'to']). */
  sourceBefore: ReadonlyArray<readonly string[]>;
  sourceAfter: ReadonlySet<string>;
  agentOnlySources: ReadonlySet<string>;
  sourceBackReferences: ReadonlySet<string>;
  /** The source nouns (SpeechLexicon.sourceNouns, then sourceDocuments): after a source preposition's first word (sourceBeforeByFirst's keys). */
  sourceNouns: readonly string[];
  sourceNounLinks: ReadonlySet<string>;
  temporalBeforeSource: ReadonlySet<string>;
  sourceDocuments: ReadonlySet<string>;
  viewPostposition: { word: string; nouns: ReadonlySet<string> } | null;
  /** The source prepositions by their first word, so a token is checked against the few that can start there. */
  sourceBeforeByFirst: ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
  possessives: ReadonlySet<string>;
  reflexives: ReadonlySet<string>;
  particleVerbs: ReadonlyMap<string, ReadonlySet<string>>;
  contentNouns: ReadonlySet<string>;
  impersonalVerbs: ReadonlySet<string>;
  objectSpeakerVerbs: ReadonlySet<string>;
  objectPrepositions: ReadonlySet<string>;
  impersonalSubject: string | null;
  attributiveMarkers: ReadonlySet<string>;
  focusParticles: ReadonlySet<string>;
  negations: ReadonlySet<string>;
  frameOpeners: ReadonlySet<string>;
  reportingAdverbs: ReadonlySet<string>;
  backReferences: ReadonlySet<string>;
  nounsCapitalised: boolean;
  decisionVerbs: ReadonlySet<string>;
  infinitiveMarker: string | null;
  infinitiveWithMarker: RegExp | null;
  adverbialInfinitiveOpeners: ReadonlySet<string>;
  subordinators: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  passiveAuxiliaries: ReadonlySet<string>;
  passiveParticiple: RegExp | null;
  /** SpeechLexicon.gerund, or null. */
  gerund: RegExp | null;
  /** SpeechLexicon.bareClause, as sets; null where the lexicon has none. */
  bareClause: { objectArticles: ReadonlySet<string>; finite: ReadonlySet<string>; past: RegExp; timeLeads: ReadonlySet<string>; timeAdverbs: ReadonlySet<string> } | null;
  passiveAgents: ReadonlySet<string>;
  subjunctiveShape: RegExp | null;
  subjectPronouns: ReadonlySet<string>;
  frameAdverbs: ReadonlySet<string>;
  relativePronouns: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
  verbSecond: boolean;
  statementNouns: ReadonlySet<string>;
  namingWords: ReadonlySet<string>;
  /** The naming words long enough (five letters or more) to end a compound that names: `Nachrichtenagentur`. */
  namingEndings: readonly string[];
  /** Naming words that reach a few words ahead and over lower case (see SpeechLexicon.termWords). */
  termWords: ReadonlySet<string>;
  firstPerson: ReadonlySet<string>;
  contractedArticles: ReadonlySet<string>;
  objectArticles: ReadonlySet<string>;
  notSpeechBefore: ReadonlyMap<string, ReadonlySet<string>>;
  nounsAfter: ReadonlySet<string>;
  notSpeechAfter: ReadonlyMap<string, ReadonlySet<string>>;
  closingFrame: { articles: ReadonlySet<string>; timeNouns: ReadonlySet<string>; adverb: RegExp } | null;
  hearerVerbs: ReadonlySet<string>;
  hearerClauseOpeners: ReadonlySet<string>;
  hearerRequests: ReadonlySet<string>;
  /** Characterisation markers: the word, whether it counts only before lower case, and the verbs it does not follow. */
  characterisations: ReadonlyMap<string, { lower: boolean; notAfter: ReadonlySet<string> }>;
  /** Function words: capitalised at a sentence's start, they are still no name. */
  stopwords: ReadonlySet<string>;
  /** Month and weekday names: capitalised, yet no speaker (`am Dienstag sagte …`). */
  calendarWords: ReadonlySet<string>;
}

/**
 * Month and weekday names, without the abbreviations of longer names: a bare `Jan` or `Nov` is far more
 * often a given name (`Jan Ullrich`) than a month, which news writes with its dot.
 */
function calendarWords(months: Readonly<Record<string, number>>, weekdays: Readonly<Record<string, number>>): ReadonlySet<string> {
  const names = [...Object.keys(months), ...Object.keys(weekdays)];
  return new Set(names.filter((name) => !names.some((other) => other.length > name.length && other.startsWith(name))));
}

const cache = new WeakMap<LanguagePack['speech'], SpeechSets>();

export function speechSets(pack: Pick<LanguagePack, 'speech' | 'stopwords'> & { facts?: Pick<LanguagePack['facts'], 'months' | 'weekdays'> }): SpeechSets {
  const speech = pack.speech;
  let sets = cache.get(speech);
  if (!sets) {
    sets = {
      verbs: new Set(speech.verbs),
      claimVerbs: new Set(speech.claimVerbs),
      speechVerbs: new Set([...speech.verbs, ...speech.claimVerbs]),
      cueWords: new Set([
        ...speech.verbs,
        ...speech.claimVerbs,
        ...(speech.decisionVerbs ?? []),
        ...Object.keys(speech.particleVerbs ?? {}),
        ...speech.sourceBefore.map((phrase) => phrase.split(/\s+/)[0]!),
        ...speech.sourceAfter,
        ...(speech.viewPostposition ? [speech.viewPostposition.word] : []),
        ...(speech.contentNouns ?? []),
      ]),
      pronouns: new Map(speech.pronouns.map((pronoun) => [pronoun.word, pronoun.refersTo])),
      pronounArticles: new Map(speech.pronouns.flatMap((pronoun) => (pronoun.articles ? [[pronoun.word, new Set(pronoun.articles)] as const] : []))),
      pronounGender: new Map(speech.pronouns.flatMap((pronoun) => (pronoun.gender ? [[pronoun.word, pronoun.gender] as const] : []))),
      roleNouns: new Set(speech.roleNouns),
      organisationNouns: new Set(speech.organisationNouns),
      determiners: new Set(speech.determiners),
      titles: new Set(speech.titles.map((title) => title.replace(/\.$/, '').toLowerCase())),
      complementizers: new Set(speech.complementizers),
      complementizerBlockers: new Set(speech.complementizerBlockers ?? []),
      subjunctive: new Set(speech.subjunctiveForms),
      subjunctiveStandIns: new Set(speech.subjunctiveStandIns ?? []),
      particles: new Set(speech.speakerParticles),
      sourceBefore: speech.sourceBefore.map((phrase) => phrase.split(/\s+/)),
      sourceAfter: new Set(speech.sourceAfter),
      agentOnlySources: new Set(speech.agentOnlySources ?? []),
      sourceBackReferences: new Set(speech.sourceBackReferences ?? []),
      sourceNouns: [...(speech.sourceNouns ?? []), ...(speech.sourceDocuments ?? [])],
      sourceNounLinks: new Set(speech.sourceNounLinks ?? []),
      temporalBeforeSource: new Set(speech.temporalBeforeSource ?? []),
      sourceDocuments: new Set(speech.sourceDocuments ?? []),
      viewPostposition: speech.viewPostposition ? { word: speech.viewPostposition.word, nouns: new Set(speech.viewPostposition.nouns) } : null,
      sourceBeforeByFirst: groupByFirst(speech.sourceBefore.map((phrase) => phrase.split(/\s+/))),
      possessives: new Set(speech.possessives ?? []),
      reflexives: new Set(speech.reflexives ?? []),
      contentNouns: new Set(speech.contentNouns ?? []),
      impersonalVerbs: new Set(speech.impersonal?.verbs ?? []),
      objectSpeakerVerbs: new Set(speech.objectSpeakerVerbs ?? []),
      objectPrepositions: new Set(speech.objectPrepositions ?? []),
      impersonalSubject: speech.impersonal?.subject ?? null,
      attributiveMarkers: new Set(speech.attributiveMarkers ?? []),
      focusParticles: new Set(speech.focusParticles ?? []),
      negations: new Set(speech.negations ?? []),
      frameOpeners: new Set(speech.frameOpeners ?? []),
      reportingAdverbs: new Set(speech.reportingAdverbs ?? []),
      backReferences: new Set(speech.backReferences ?? []),
      nounsCapitalised: speech.nounsCapitalised === true,
      decisionVerbs: new Set(speech.decisionVerbs ?? []),
      infinitiveMarker: speech.infinitiveMarker ?? null,
      infinitiveWithMarker: speech.infinitiveWithMarker ?? null,
      adverbialInfinitiveOpeners: new Set(speech.adverbialInfinitiveOpeners ?? []),
      subordinators: new Set(speech.subordinators ?? []),
      particleVerbs: new Map(Object.entries(speech.particleVerbs ?? {}).map(([verb, particles]) => [verb, new Set(particles)])),
      auxiliaries: new Set(speech.auxiliaries ?? []),
      passiveAuxiliaries: new Set(speech.passive?.auxiliaries ?? []),
      passiveParticiple: speech.passive?.participle ?? null,
      gerund: speech.gerund ?? null,
      bareClause: speech.bareClause
        ? {
            objectArticles: new Set(speech.bareClause.objectArticles),
            finite: new Set(speech.bareClause.finite),
            past: speech.bareClause.past,
            timeLeads: new Set(speech.bareClause.timeLeads ?? []),
            timeAdverbs: new Set(speech.bareClause.timeAdverbs ?? []),
          }
        : null,
      passiveAgents: new Set(speech.passive?.agents ?? []),
      subjunctiveShape: speech.subjunctiveShape ?? null,
      subjectPronouns: new Set(speech.subjectPronouns ?? []),
      frameAdverbs: new Set(speech.frameAdverbs ?? []),
      relativePronouns: new Set(speech.relativePronouns ?? []),
      conjunctions: new Set(speech.conjunctions ?? []),
      verbSecond: speech.verbSecond === true,
      statementNouns: new Set(speech.statementNouns ?? []),
      namingWords: new Set(speech.namingWords ?? []),
      namingEndings: [...new Set(speech.namingWords ?? [])].filter((word) => word.length >= 5),
      termWords: new Set(speech.termWords ?? speech.namingWords ?? []),
      firstPerson: new Set(speech.firstPerson ?? []),
      contractedArticles: new Set(speech.contractedArticles ?? []),
      objectArticles: new Set(speech.objectArticles ?? []),
      notSpeechBefore: new Map(Object.entries(speech.notSpeechBefore ?? {}).map(([verb, words]) => [verb, new Set(words)])),
      nounsAfter: new Set(speech.nounsAfter ?? []),
      notSpeechAfter: new Map(Object.entries(speech.notSpeechAfter ?? {}).map(([verb, words]) => [verb, new Set(words)])),
      closingFrame: speech.closingFrame
        ? { ...speech.closingFrame, articles: new Set(speech.closingFrame.articles), timeNouns: new Set(speech.closingFrame.timeNouns) }
        : null,
      hearerVerbs: new Set(speech.hearer?.verbs ?? []),
      hearerClauseOpeners: new Set(speech.hearer?.clauseOpeners ?? []),
      hearerRequests: new Set(speech.hearer?.requests ?? []),
      characterisations: new Map((speech.characterisationMarkers ?? []).map((marker) => [marker.word, { lower: marker.lower === true, notAfter: new Set(marker.notAfter ?? []) }])),
      stopwords: new Set([...pack.stopwords, ...(speech.functionWords ?? [])]),
      calendarWords: calendarWords(pack.facts?.months ?? {}, pack.facts?.weekdays ?? {}),
    };
    cache.set(speech, sets);
  }
  return sets;
}

function groupByFirst(phrases: string[][]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const phrase of phrases.sort((a, b) => b.length - a.length)) {
    const first = phrase[0]!;
    map.set(first, [...(map.get(first) ?? []), phrase]);
  }
  return map;
}

/** The source prepositions that start at tokens[i] (`laut`, `according to`, `nach Angaben`), longest first. */
export function sourcesAt(sets: SpeechSets, tokens: readonly Token[], i: number): ReadonlyArray<readonly string[]> {
  const candidates = sets.sourceBeforeByFirst.get(tokens[i]!.lower);
  if (!candidates) return [];
  return candidates.filter((phrase) => phrase.every((word, offset) => tokens[i + offset]?.lower === word));
}

/** Where a clause's own first word stands: after a conjunction that leads it (`Denn wie …`, `But when …`), else at 0. */
export function afterConjunction(tokens: readonly Token[], sets: SpeechSets): number {
  return tokens.length > 1 && sets.conjunctions.has(tokens[0]!.lower) ? 1 : 0;
}

/** Whether a word is a verb of saying or of claiming. */
export function isSpeechVerb(sets: SpeechSets, lower: string): boolean {
  return sets.speechVerbs.has(lower);
}

/** Whether the text before `offset` ends a sentence or opens a quotation or clause (or is empty). */
function opensSentence(text: string, offset: number): boolean {
  for (let k = offset - 1; k >= 0; k--) {
    const char = text[k]!;
    if (/\s/u.test(char)) continue;
    return /[.!?:;„“"«»‚‘'(\[–—―]/u.test(char);
  }
  return true;
}

/** How far after a separable verb its particle may stand (`gab ein Sprecher des Unternehmens bekannt`). */
const PARTICLE_REACH = 14;

/**
 * Whether tokens[i] frames speech here: a verb of saying that is not used as an adjective (`die
 * erklärte Absicht`, `nicht näher bezeichnete Probleme`), or a separable verb whose particle follows
 * in the same clause (`gab … bekannt`).
 */
export function speechVerbAt(sets: SpeechSets, text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const verb = isSpeechVerb(sets, token.lower);
  const particles = sets.particleVerbs.get(token.lower);
  // A capitalised word inside a sentence is a name, not a verb (`the United States`, `Says Law`); the
  // look back for the sentence's start is made only for a word that could be a verb.
  if ((!verb && !particles) || (isCapitalised(token) && !opensSentence(text, token.start))) return false;
  const previous = tokens[i - 1];
  if (verb) {
    const next = tokens[i + 1];
    if (next && sets.notSpeechBefore.get(token.lower)?.has(next.lower)) return false;
    // `the report`, `his home state`: the noun of the same form; `das heißt` (that is).
    const joined = previous !== undefined && /^\s+$/u.test(text.slice(previous.end, token.start));
    if (joined && (sets.nounsAfter.has(previous.lower) || sets.notSpeechAfter.get(token.lower)?.has(previous.lower))) return false;
    // `Meine Freunde …`: at a sentence's start the possessive of the first person, not `meinen` (to think).
    if (isCapitalised(token) && sets.firstPerson.has(token.lower)) return false;
    if (!sets.verbSecond || !/e[nmrs]?$/u.test(token.lower)) return true;
    const attributive = previous !== undefined && !/[,;:.!?„“"»«]/u.test(text.slice(previous.end, token.start))
      && (sets.determiners.has(previous.lower) || sets.attributiveMarkers.has(previous.lower));
    return !attributive;
  }
  // At the end of a subordinate clause the particle stands right before its verb (`wie die Bank bekannt gab`).
  if (previous && particles!.has(previous.lower) && /^\s+$/u.test(text.slice(previous.end, token.start))) return true;
  for (let k = i + 1; k < Math.min(tokens.length, i + PARTICLE_REACH); k++) {
    if (/[.;:!?„“"»«]/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
    if (particles!.has(tokens[k]!.lower)) return true;
  }
  return false;
}
