// Reads the frame of a quotation or of reported speech: the verb of saying (`sagte`, `said`,
// `fügte … hinzu`), the source preposition (`laut`, `according to`, `zufolge`), the particle of
// `„…“, so Müller`, an attribution line (`“…” ― Jane Doe`), or a colon (`Merkel: „…“`), and the phrase
// that names the speaker next to it. Works on one block's text between two offsets; knows no language
// itself (the pack's sets do), and asks the caller which words are known names.
import { afterConjunction, isCapitalised, isSpeechVerb, sourcesAt, speechVerbAt, tokenize, type SpeechSets, type Token } from './tokens';

export type FrameKind = 'verb' | 'claim-verb' | 'source' | 'particle' | 'colon' | 'attribution';

export interface SpeakerPhrase {
  text: string;
  start: number;
  end: number;
}

export interface Frame {
  kind: FrameKind;
  /** The words of the cue as written (`sagte`, `according to`, `so`, `:`). */
  cue: string;
  cueStart: number;
  cueEnd: number;
  /** The phrase that names the speaker, or null where the frame names none. */
  speaker: SpeakerPhrase | null;
}

/** What the frame reader needs: the pack's word sets, and which spans of the block are known names. */
export interface FrameContext {
  sets: SpeechSets;
  /** Whether [start, end) of the block overlaps a person or organisation the article names. */
  isName(start: number, end: number): boolean;
  /** The first person (else organisation) named in [start, end) of the block, if any. */
  firstName(start: number, end: number): SpeakerPhrase | null;
  /** The last person named in [start, end) of the block, if any. */
  lastPerson(start: number, end: number): SpeakerPhrase | null;
}

/** Punctuation between two tokens that ends a noun phrase. */
const PHRASE_BREAK = /[,.;:!?()[\]„“”"»«‚‘’'–—―]/u;
/** Words that glue a name to its description inside a speaker phrase (`der Chef der Firma`, `of the`). */
const GENITIVE_GLUE = new Set(['der', 'des', 'von', 'vom', 'of', 'the', 'for', 'at', 'to', 'de', 'du', 'della', 'del', 'van', 'het', 'bei', 'für']);
const MAX_PHRASE = 8;
/** An elided article or preposition glued to a capitalised word: `l'Intérieur`, `d'Airbus`, `dell'Inter`. */
const ELIDED_NAME = /^\p{Ll}{1,4}['’]\p{Lu}/u;
/** … of which these are a preposition by themselves (`le président d'Airbus`, `il presidente dell'Inter`). */
const ELIDED_COMPLEMENT = /^(?:d|dell|dall|nell|sull|all)['’]\p{Lu}/u;
/** Inflectional endings of attributive adjectives (`die russische Regierung`, `der frühere Minister`). */
const ADJECTIVE_ENDING = /(?:e|en|er|es|em|ed|al|an|ic|ive|ous|ful|ary|ent|ant|ing|ische?|ischen|ier|ois|ais|ano|ana|ani|ane|ino|ina|ese|ski)$/u;

function gap(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

/** Whether the words a and b are apart: punctuation between them, except after a title or an initial (`Sen. John`, `John F. Kennedy`). */
function breaksBetween(text: string, sets: SpeechSets, a: Token, b: Token): boolean {
  const between = gap(text, a, b);
  if (!PHRASE_BREAK.test(between)) return false;
  return !(/^\.\s+$/u.test(between) && (sets.titles.has(a.lower) || /^\p{Lu}$/u.test(a.text)));
}

function isNameWord(sets: SpeechSets, token: Token): boolean {
  if (!isCapitalised(token) || sets.calendarWords.has(token.lower)) return false;
  return !sets.stopwords.has(token.lower) || (token.text.length > 1 && token.text === token.text.toUpperCase());
}

function isPhraseWord(sets: SpeechSets, token: Token): boolean {
  return isNameWord(sets, token) || sets.possessives.has(token.lower) || sets.determiners.has(token.lower) || sets.roleNouns.has(token.lower)
    || sets.organisationNouns.has(token.lower) || sets.titles.has(token.lower);
}

function isDescription(sets: SpeechSets, token: Token): boolean {
  return sets.roleNouns.has(token.lower) || sets.organisationNouns.has(token.lower);
}

/** A word written in lower case that the article names all the same: a web address (`laut faz.net`). */
function isLowerCaseName(token: Token, context: FrameContext): boolean {
  return !isCapitalised(token) && !context.sets.stopwords.has(token.lower) && context.isName(token.start, token.end);
}

function phraseOf(text: string, tokens: Token[]): SpeakerPhrase {
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  return { text: text.slice(first.start, last.end), start: first.start, end: last.end };
}

/**
 * A name in quotation marks that starts at tokens[k] (`schrieb „Die Zeit“`, `berichtete die „Welt“`):
 * the index of its last word, or -1.
 */
function quotedNameAt(text: string, tokens: Token[], k: number, sets: SpeechSets): number {
  const token = tokens[k];
  if (!token) return -1;
  const before = text.slice(k > 0 ? tokens[k - 1]!.end : Math.max(0, token.start - 3), token.start);
  if (!/[„“"»«‚‘]\s*$/u.test(before) || !isCapitalised(token)) return -1;
  for (let j = k; j < Math.min(tokens.length, k + 6); j++) {
    const word = tokens[j]!;
    if (!isCapitalised(word) && !sets.stopwords.has(word.lower)) return -1;
    const after = text.slice(word.end, tokens[j + 1]?.start ?? word.end + 2);
    if (/^\s*[“”"«»‘’]/u.test(after)) return j;
    if (j > k && /[.,;:!?]/.test(text.slice(tokens[j - 1]!.end, word.start))) return -1;
  }
  return -1;
}

/**
 * Where an extended attribute that starts with a preposition at tokens[from] ends: at a participle or
 * adjective right before a capitalised noun (`in New York City geborene` of `die in New York City
 * geborene Lopez`), within a few words and no punctuation; -1 when there is none.
 */
function extendedAttributeEnd(text: string, tokens: Token[], from: number, sets: SpeechSets): number {
  // An auxiliary there is the clause's verb: `Das ist ein ganz wichtiger Punkt` holds no attribute.
  if (sets.auxiliaries.has(tokens[from]!.lower) || sets.passiveAuxiliaries.has(tokens[from]!.lower)) return -1;
  for (let k = from + 1; k < Math.min(tokens.length - 1, from + 7); k++) {
    if (PHRASE_BREAK.test(gap(text, tokens[k - 1]!, tokens[k]!))) return -1;
    const word = tokens[k]!;
    if (!isCapitalised(word) && !sets.stopwords.has(word.lower) && ADJECTIVE_ENDING.test(word.lower) && isCapitalised(tokens[k + 1]!) && !PHRASE_BREAK.test(gap(text, word, tokens[k + 1]!))) return k;
  }
  return -1;
}

/** A party tag after a politician's name (`(D-Wis.)`, `(R-N.Y.)`, `(D)`): no break in the phrase. */
const PARTY_TAG = /^\s*\((?:[DRI]|Dem|Rep|Ind)(?:[-–]\s?[A-Z][A-Za-z.]{0,5}(?:\s?[A-Z][A-Za-z.]{0,5})?)?\)\s*$/u;

/** Whether the gap between a and b closes a party tag that a is the end of (`(D-Ore.) said`). */
function closesPartyTag(text: string, a: Token, b: Token): boolean {
  const between = gap(text, a, b);
  if (!/^\.?\)\s*$/u.test(between)) return false;
  const open = text.lastIndexOf('(', a.start);
  return open >= 0 && a.start - open <= 12 && PARTY_TAG.test(text.slice(open, a.end + between.indexOf(')') + 1));
}

/**
 * The words tokens[0, verb) as one subject, when nothing splits them: no punctuation but a title's
 * full stop (`Rep. Jim McDermott`), and at most a party tag after the name, right before the verb
 * (`Rep. Jim McDermott (D-Wash.) said`), which the phrase leaves out. Null when something else does.
 */
function wholeSubject(text: string, tokens: Token[], verb: number, sets: SpeechSets): SpeakerPhrase | null {
  const phraseTo = (end: Token): SpeakerPhrase => ({ text: text.slice(tokens[0]!.start, end.end), start: tokens[0]!.start, end: end.end });
  for (let k = 1; k < verb; k++) {
    const previous = tokens[k - 1]!;
    if (!breaksBetween(text, sets, previous, tokens[k]!)) continue;
    // The one break allowed: a party tag that runs from here up to the verb (its words, `D`, `Wis`, inside it).
    return PARTY_TAG.test(text.slice(previous.end, tokens[verb]!.start)) ? phraseTo(previous) : null;
  }
  // An auxiliary before the verb is no part of its subject (`Trump is telling supporters`).
  let end = verb - 1;
  while (end > 0 && sets.auxiliaries.has(tokens[end]!.lower)) end--;
  if (sets.auxiliaries.has(tokens[end]!.lower)) return null;
  return /[.;:!?(),]/u.test(text.slice(tokens[end]!.end, tokens[end + 1]!.start)) ? null : phraseTo(tokens[end]!);
}

/** The speaker phrase that starts at `tokens[start]` (after a verb or a source preposition). */
function phraseAfter(text: string, tokens: Token[], start: number, context: FrameContext): SpeakerPhrase | null {
  const { sets } = context;
  const i = tokens[start] && sets.reflexives.has(tokens[start]!.lower) ? start + 1 : start;
  const first = tokens[i];
  if (!first) return null;
  if (sets.pronouns.has(first.lower)) return phraseOf(text, [first]);
  // A quoted name, alone or after its article: `„…“, schrieb „Die Zeit“`, `berichtete die „Welt“`.
  for (const k of sets.determiners.has(first.lower) ? [i, i + 1] : [i]) {
    const end = quotedNameAt(text, tokens, k, sets);
    if (end >= 0) return phraseOf(text, tokens.slice(k, end + 1));
  }
  const taken: Token[] = [];
  let j = i;
  while (j < tokens.length && taken.length < MAX_PHRASE) {
    const token = tokens[j]!;
    const previous = taken[taken.length - 1];
    if (previous && breaksBetween(text, sets, previous, token)) break;
    if (isSpeechVerb(sets, token.lower) || sets.pronouns.has(token.lower)) break;
    // An article after a noun opens the next phrase (`der Randalierer den Fluggast`), unless it is a genitive's.
    if (previous && isCapitalised(previous) && sets.determiners.has(token.lower) && !GENITIVE_GLUE.has(token.lower)) break;
    // A name ends the phrase: a capitalised word after it that no name covers is the object (`hatte Steinbrück Positives zu vermelden`).
    if (previous && context.isName(previous.start, previous.end) && isCapitalised(token) && !context.isName(token.start, token.end) && !isDescription(sets, token) && !sets.titles.has(token.lower)) break;
    const next = tokens[j + 1];
    // So does an article before an adjective: a name takes no genitive (`laut NASA der größte Teil …`),
    // a description does (`Sprecher der Polizei`, `der Chef der neuen Partei`).
    if (previous && sets.determiners.has(token.lower) && next && !isCapitalised(next) && context.isName(previous.start, previous.end) && !isDescription(sets, previous)) break;
    const nextJoined = next !== undefined && !PHRASE_BREAK.test(gap(text, token, next));
    const glue = previous !== undefined && GENITIVE_GLUE.has(token.lower) && nextJoined && (isPhraseWord(sets, next!) || ELIDED_NAME.test(next!.text));
    // A lower-case adjective inside a description (`der frühere Minister`, `the former president`); not
    // after its head noun (`chief aide rallied supporters`: the verb).
    const adjective = !isCapitalised(token) && !isPhraseWord(sets, token) && nextJoined && !sets.stopwords.has(next!.lower) && (isCapitalised(next!) || isDescription(sets, next!) || ADJECTIVE_ENDING.test(next!.lower))
      && token.lower.length > 2 && ADJECTIVE_ENDING.test(token.lower) && (previous === undefined || sets.determiners.has(previous.lower) || sets.possessives.has(previous.lower) || (!isCapitalised(previous) && !isDescription(sets, previous) && (ADJECTIVE_ENDING.test(previous.lower) || sets.stopwords.has(previous.lower)))
        // A name's genitive stands where the article would (`Jelpkes wissenschaftlicher Mitarbeiter`,
        // `Berlins früherer Bürgermeister`: a place is no speaker, so no name the context knows).
        || (sets.verbSecond && taken.length === 1 && isCapitalised(previous) && /\p{Ll}s$/u.test(previous.text) && !sets.stopwords.has(token.lower)));
    // An adverb inside the attributes (`ein nicht genannter Vertreter`, `der bislang unbekannte Täter`).
    const adverb = !adjective && previous !== undefined && sets.determiners.has(previous.lower) && !isCapitalised(token) && sets.stopwords.has(token.lower)
      && nextJoined && !isCapitalised(next!) && ADJECTIVE_ENDING.test(next!.lower) && !sets.stopwords.has(next!.lower);
    // An elided article glued to a name after a preposition (`le ministre de l'Intérieur`).
    const elided = previous !== undefined && ((GENITIVE_GLUE.has(previous.lower) && ELIDED_NAME.test(token.text)) || ELIDED_COMPLEMENT.test(token.text));
    if (!isPhraseWord(sets, token) && !glue && !adjective && !adverb && !elided && !isLowerCaseName(token, context)) {
      // An extended attribute between the article and its noun: `die in New York City geborene Lopez`.
      const participle = taken.length === 1 && sets.determiners.has(taken[0]!.lower) && sets.stopwords.has(token.lower) ? extendedAttributeEnd(text, tokens, j, sets) : -1;
      if (participle < 0) break;
      taken.push(...tokens.slice(j, participle + 1));
      j = participle + 1;
      continue;
    }
    taken.push(token);
    j++;
  }
  // `says a narrator`, `said the man`: a lower-case noun right after its article. In German a lower-case
  // word there is a verb (`Einige vertreten …`), unless it writes a number (`der 81-jährige`, `Einer der 13`)
  // or is a compound whose noun follows a hyphen (`einer dpa-Meldung`).
  const lowerNoun = (word: Token): boolean => !sets.nounsCapitalised || /\p{N}|-\p{Lu}/u.test(word.text);
  if (taken.length && taken.every((token) => sets.determiners.has(token.lower) || sets.possessives.has(token.lower)) && tokens[j] && !isCapitalised(tokens[j]!) && lowerNoun(tokens[j]!)
    && !sets.stopwords.has(tokens[j]!.lower) && !isSpeechVerb(sets, tokens[j]!.lower) && !PHRASE_BREAK.test(gap(text, taken[taken.length - 1]!, tokens[j]!))) {
    taken.push(tokens[j]!);
    j++;
    while (j < tokens.length && isNameWord(sets, tokens[j]!) && !PHRASE_BREAK.test(gap(text, taken[taken.length - 1]!, tokens[j]!)) && taken.length < MAX_PHRASE) taken.push(tokens[j++]!);
    return phraseOf(text, taken);
  }
  while (taken.length && (sets.determiners.has(taken[taken.length - 1]!.lower) || GENITIVE_GLUE.has(taken[taken.length - 1]!.lower) || !isCapitalised(taken[taken.length - 1]!) && !isDescription(sets, taken[taken.length - 1]!) && !ELIDED_NAME.test(taken[taken.length - 1]!.text) && !isLowerCaseName(taken[taken.length - 1]!, context))) taken.pop();
  if (!taken.length) return null;
  // An apposition after a description names the speaker: `der Trainer der Frankfurter, Michael Skibbe`.
  const after = tokens[j];
  // A name after a preposition or an article of the genitive, with or without an article of its own, is
  // the head's complement, not the speaker (`Der CEO von Twitter, Elon Musk`, `le ministre de la
  // Justice, Éric Dupond-Moretti`): the apposition names the speaker all the same.
  const complement = (k: number): boolean => k > 0 && (GENITIVE_GLUE.has(taken[k - 1]!.lower) || (k > 1 && sets.determiners.has(taken[k - 1]!.lower) && GENITIVE_GLUE.has(taken[k - 2]!.lower)));
  const headNamed = taken.some((token, k) => context.isName(token.start, token.end) && isNameWord(sets, token) && !isDescription(sets, token) && !complement(k));
  if (after && !headNamed && /^\s*,\s*$/.test(gap(text, taken[taken.length - 1]!, after))) {
    const name: Token[] = [];
    for (let k = j; k < tokens.length && name.length < 4; k++) {
      const token = tokens[k]!;
      if (name.length && breaksBetween(text, sets, name[name.length - 1]!, token)) break;
      if (!isNameWord(sets, token) || isDescription(sets, token)) break;
      name.push(token);
    }
    if (name.length && context.isName(name[0]!.start, name[name.length - 1]!.end)) return phraseOf(text, name);
  }
  // Without an apposition, `le ministre de l'Intérieur` is the minister: the complement held only the
  // phrase together up to the comma.
  if (ELIDED_NAME.test(taken[taken.length - 1]!.text)) {
    while (taken.length > 1 && (ELIDED_NAME.test(taken[taken.length - 1]!.text) || GENITIVE_GLUE.has(taken[taken.length - 1]!.lower))) taken.pop();
  }
  // A name needs no article; one before it is a relative pronoun (`die Gerhard Schröder … erklärt hatte`).
  if (taken.length > 1 && sets.determiners.has(taken[0]!.lower)) {
    const named = context.firstName(taken[1]!.start, taken[taken.length - 1]!.end);
    if (named && named.start === taken[1]!.start && named.end === taken[taken.length - 1]!.end) return phraseOf(text, taken.slice(1));
  }
  return phraseOf(text, taken);
}

/**
 * In verb-second order, the subject right after a verb at tokens[k] (a lower-case word that is no function
 * word) when an article or possessive opens it and it holds a capitalised noun: `sparte der
 * Bundespräsident`, `veröffentlichte der Verfasser`.
 */
function subjectAfterVerb(text: string, tokens: Token[], k: number, context: FrameContext): SpeakerPhrase | null {
  const { sets } = context;
  const verb = tokens[k]!;
  const next = tokens[k + 1];
  if (isCapitalised(verb) || sets.stopwords.has(verb.lower) || !next || !(sets.determiners.has(next.lower) || sets.possessives.has(next.lower))) return null;
  const inverted = phraseAfter(text, tokens, k + 1, context);
  return inverted && tokenize(text, inverted.start, inverted.end).some((word) => isCapitalised(word) && !sets.determiners.has(word.lower)) ? inverted : null;
}

/** The speaker phrase that starts at the first word of text[from, to) (a clause's subject), or null. */
export function phraseAt(text: string, from: number, to: number, context: FrameContext): SpeakerPhrase | null {
  return phraseAfter(text, tokenize(text, from, to), 0, context);
}

/** The speaker phrase that ends right before `tokens[i]` (the subject before a verb). */
function phraseBefore(text: string, tokens: Token[], i: number, context: FrameContext, windowStart: number): SpeakerPhrase | null {
  const { sets } = context;
  const taken: Token[] = [];
  let k = i - 1;
  // Auxiliaries between subject and participle (`Smith has said`, `il a déclaré`) and a parenthesis
  // or an age after a name (`Rep. Cummings (D-Md.) said`, `Sarandon, 69, told`) are stepped over; so is
  // an adverb of the pack's closing-frame shape right before a gerund (`with Trump reportedly yelling`).
  while (k >= 0 && sets.auxiliaries.has(tokens[k]!.lower)) k--;
  const gerund = sets.gerund?.test(tokens[i]?.lower ?? '') === true;
  if (k > 0 && gerund && sets.closingFrame?.adverb.test(tokens[k]!.lower) === true && !PHRASE_BREAK.test(gap(text, tokens[k]!, tokens[i]!))) k--;
  // A parenthesis right before the verb (`Rep. Earl Blumenauer (D-Ore.) said`): step back over it.
  if (k >= 0 && k + 1 < tokens.length && /\)\s*$/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) {
    const open = text.lastIndexOf('(', tokens[k]!.start);
    if (open >= 0 && tokens[k]!.start - open < 30) while (k >= 0 && tokens[k]!.start > open) k--;
  }
  let aside = false;
  for (; k >= 0 && taken.length < MAX_PHRASE; k--) {
    const token = tokens[k]!;
    if (token.start < windowStart) break;
    const following = taken[0] ?? tokens[k + 1];
    if (following) {
      const between = gap(text, token, following);
      aside = /^\s*\([^()]{1,30}\)\s*$/u.test(between) || /^\s*\(\s*$/u.test(between) || /^\s*,\s*\d{1,3}\s*,\s*$/u.test(between);
      if (!aside && breaksBetween(text, sets, token, following)) break;
    }
    // `the man shouted`, `his nephew … added`: a lower-case noun right after its article.
    const headNoun = !taken.length && !isCapitalised(token) && k > 0 && (sets.determiners.has(tokens[k - 1]!.lower) || sets.possessives.has(tokens[k - 1]!.lower))
      && !sets.stopwords.has(token.lower) && !isSpeechVerb(sets, token.lower) && !PHRASE_BREAK.test(gap(text, tokens[k - 1]!, token));
    if (headNoun) {
      taken.unshift(token);
      continue;
    }
    if (/^\d{1,3}$/.test(token.text) && !taken.length) continue; // the age of `Sarandon, 69, told`
    if (sets.pronouns.has(token.lower)) {
      if (!taken.length) taken.unshift(token);
      break;
    }
    const glue = taken.length > 0 && GENITIVE_GLUE.has(token.lower);
    // (Or a genitive plural's after a source noun, without an article: `Berichten verschiedener US-Medien zufolge`.)
    const adjective = taken.length > 0 && !isCapitalised(token) && token.lower.length > 2 && ADJECTIVE_ENDING.test(token.lower) && k > 0 && (sets.determiners.has(tokens[k - 1]!.lower) || sets.possessives.has(tokens[k - 1]!.lower)
      || (sets.nounsCapitalised && token.lower.endsWith('er') && isCapitalised(tokens[k - 1]!) && sourceNounHead(sets, tokens[k - 1]!) !== undefined));
    const possessive = /['’]s$/.test(token.text) && isCapitalised(token);
    if (!isPhraseWord(sets, token) && !glue && !adjective && !possessive && !isLowerCaseName(token, context)) break;
    // (A source noun of the same form is no verb where nouns are capitalised: `Berichten der US-Medien zufolge`.)
    if (isSpeechVerb(sets, token.lower) && !(sets.nounsCapitalised && isCapitalised(token) && taken.length > 0 && sourceNounHead(sets, token) === token.lower)) break;
    taken.unshift(token);
  }
  while (taken.length && GENITIVE_GLUE.has(taken[0]!.lower) && !sets.determiners.has(taken[0]!.lower)) taken.shift();
  // `People familiar with the matter said`: a phrase right after such a preposition is its object, not
  // the subject of the verb.
  const stopper = taken.length ? tokens[tokens.indexOf(taken[0]!) - 1] : undefined;
  // So is one after a preposition fused with its article (`im Prinzip gesagt`), save the passive's agent (`vom`).
  const fused = stopper !== undefined && sets.contractedArticles.has(stopper.lower) && !sets.passiveAgents.has(stopper.lower);
  // (Before a gerund, `with` opens its clause and the phrase is its subject: `with Trump reportedly yelling`.)
  const absolute = stopper?.lower === 'with' && gerund;
  if (stopper && (sets.objectPrepositions.has(stopper.lower) || fused) && !absolute && !breaksBetween(text, sets, stopper, taken[0]!)) return null;
  if (!taken.length || taken.every((token) => sets.determiners.has(token.lower) || sets.possessives.has(token.lower))) return null;
  return phraseOf(text, taken);
}

/**
 * Whether a phrase names someone who can speak: a name, a pronoun or possessive, a role, an organisation
 * (also as a compound's head, where nouns are capitalised: `Netzzeitung`), a statement.
 */
export function canSpeak(text: string, phrase: SpeakerPhrase, context: FrameContext): boolean {
  const { sets } = context;
  const headedBy = (word: Token, nouns: ReadonlySet<string>): boolean => {
    for (const noun of nouns) if (word.lower.length > noun.length + 2 && word.lower.endsWith(noun)) return true;
    return false;
  };
  const describedByHead = (word: Token): boolean => sets.nounsCapitalised && isCapitalised(word) && (headedBy(word, sets.roleNouns) || headedBy(word, sets.organisationNouns));
  return context.isName(phrase.start, phrase.end) || tokenize(text, phrase.start, phrase.end).some((word) => isDescription(sets, word) || describedByHead(word)
    || sets.pronouns.has(word.lower) || sets.possessives.has(word.lower) || sets.statementNouns.has(word.lower) || sourceNounHead(sets, word) !== undefined);
}

/** A phrase that surely names a speaker: a pronoun, a known name, or a description with a role noun. */
function strongSubject(text: string, phrase: SpeakerPhrase, context: FrameContext): boolean {
  const words = tokenize(text, phrase.start, phrase.end);
  const { sets } = context;
  return words.some((word) => sets.pronouns.has(word.lower) || isDescription(sets, word)) || context.isName(phrase.start, phrase.end);
}

/** Index of the first token of the clause that holds tokens[i]: after the last comma, colon or dash before it. */
export function clauseStart(text: string, tokens: Token[], i: number, from: number): number {
  let aside = 0; // inside a parenthesis, stepping back: `die Schröder in seiner ersten Amtszeit (1998 bis 2002) … erklärt hatte`
  for (let k = i; k > 0; k--) {
    if (tokens[k - 1]!.start < from) return k;
    const between = gap(text, tokens[k - 1]!, tokens[k]!);
    if (between.includes(')')) aside++;
    if (aside > 0) {
      if (between.includes('(')) aside--;
      continue;
    }
    // (A question or exclamation inside the sentence ends its clause too: `„Darf ich?“ und Jan lacht …`.)
    if (/[,;:–—(?!]/.test(between)) return k;
  }
  return 0;
}

/** `It has been suggested that …`, `Es wurde berichtet, dass …`: the impersonal subject of a passive names no one. */
function expletive(tokens: readonly Token[], i: number, sets: SpeechSets): boolean {
  if (i < 2 || !sets.auxiliaries.has(tokens[i - 1]!.lower)) return false;
  let k = i - 1;
  while (k > 0 && sets.auxiliaries.has(tokens[k]!.lower)) k--;
  return tokens[k]!.lower === sets.impersonalSubject;
}

/** `hieß es`, `heißt es`: a verb of saying with the impersonal subject right after it. */
function isImpersonal(sets: SpeechSets, tokens: readonly Token[], i: number): boolean {
  return sets.impersonalVerbs.has(tokens[i]!.lower) && tokens[i + 1]?.lower === sets.impersonalSubject;
}

/**
 * The source after an impersonal frame: a name (`hieß es vom Abgeordneten … Viktor Oserow`), or else the
 * document it cites (`heißt es in der Meldung auf der Homepage`, `hieß es in einer Erklärung`).
 */
function impersonalSource(text: string, tokens: Token[], i: number, context: FrameContext): SpeakerPhrase | null {
  const { sets } = context;
  const last = tokens[Math.min(tokens.length - 1, i + 10)]!;
  const named = context.firstName(tokens[i + 1]!.end, last.end);
  if (named) return named;
  const noun = (at: number): boolean => tokens[at] !== undefined && isCapitalised(tokens[at]!);
  for (let k = i + 2; k < Math.min(tokens.length, i + 5); k++) {
    if (PHRASE_BREAK.test(gap(text, tokens[k - 1]!, tokens[k]!))) break;
    const adjectiveThenNoun = tokens[k + 1] !== undefined && ADJECTIVE_ENDING.test(tokens[k + 1]!.lower) && noun(k + 2);
    if ((sets.determiners.has(tokens[k]!.lower) || sets.possessives.has(tokens[k]!.lower)) && (noun(k + 1) || adjectiveThenNoun)) {
      return phraseAfter(text, tokens, k, context);
    }
  }
  return null;
}

/** Who speaks through the verb at tokens[i]: the subject before it, after it (inversion), or at the clause's head. */
function subjectOf(text: string, tokens: Token[], i: number, context: FrameContext, from: number): SpeakerPhrase | null {
  const { sets } = context;
  // `Die Rundschau zitiert einen Augenzeugen mit den Worten: …`, `zitiert ndr.de Polizeisprecher Ralf Meyer`:
  // the one quoted is the verb's object, the last person named after it; in the passive (`wird … zitiert`)
  // the usual subject rules hold.
  if (sets.objectSpeakerVerbs.has(tokens[i]!.lower) && !tokens.slice(clauseStart(text, tokens, i, from), i).some((token) => sets.auxiliaries.has(token.lower))) {
    let end = i + 1;
    // Quotation marks do not end the object: the window ends before any statement, and a quoted name
    // may stand between (`zitiert die „Computerwoche“ Lynch`).
    while (end < tokens.length && end - i <= 8 && !/[,.;:!?]/u.test(text.slice(tokens[end - 1]!.end, tokens[end]!.start).replace(/[“”"»«]\s*$/u, ''))) end++;
    if (end > i + 1) {
      const named = context.lastPerson(tokens[i]!.end, tokens[end - 1]!.end);
      if (named) return named;
      const object = phraseAfter(text, tokens, i + 1, context);
      if (object) return object;
    }
  }
  // `Aus Paris hieß es, …`, `hieß es vom Abgeordneten X`, `In der Erklärung heißt es: …`: no one speaks;
  // the source is the phrase that leads the clause, or the one that follows `es`.
  if (isImpersonal(sets, tokens, i)) {
    const start = clauseStart(text, tokens, i, from);
    // An adverb in the lead (`So heißt es in der Meldung: …`) is no source.
    const lead = tokens.slice(start, i);
    const adverbial = lead.every((token) => sets.stopwords.has(token.lower) || sets.particles.has(token.lower))
      // Nor is one word that is no name (`Bisher hieß es`, `Damals hieß es`), a clause of its own (`Als
      // Begründung dafür heißt es`), or a day or a month (`Am Montag hieß es`).
      || (lead.length === 1 && !context.isName(lead[0]!.start, lead[0]!.end))
      || sets.subordinators.has(lead[0]?.lower ?? '')
      || lead.every((token) => sets.stopwords.has(token.lower) || sets.possessives.has(token.lower) || sets.calendarWords.has(token.lower));
    if (start < i && i - start <= 10 && !adverbial) return { text: text.slice(tokens[start]!.start, tokens[i - 1]!.end), start: tokens[start]!.start, end: tokens[i - 1]!.end };
    const source = impersonalSource(text, tokens, i, context);
    if (source) return source;
  }
  if (expletive(tokens, i, sets)) return null;
  // `wird von der Zeitung mit den Worten zitiert`: the words are no speaker.
  const wordsBefore = phraseBefore(text, tokens, i, context, from);
  const before = wordsBefore && tokenize(text, wordsBefore.start, wordsBefore.end).every((word) => sets.statementNouns.has(word.lower) || sets.determiners.has(word.lower)) ? null : wordsBefore;
  const next = tokens[i + 1];
  const after = next && !PHRASE_BREAK.test(gap(text, tokens[i]!, next)) ? phraseAfter(text, tokens, i + 1, context) : null;
  const start = clauseStart(text, tokens, i, from);
  const head = tokens[start];
  // `Christel Happach-Kasan, die Sprecherin der FDP-Fraktion, kritisierte: …` / `John Smith, the mayor,
  // said`: a name leads the sentence and an apposition stands between it and the verb.
  const opening = tokens[0];
  if (opening && opening.start >= from && isNameWord(sets, opening) && (!before || !context.isName(before.start, before.end))) {
    const lead = phraseAfter(text, tokens, 0, context);
    if (lead && context.isName(lead.start, lead.end) && lead.end < tokens[i]!.start && /^\s*,/u.test(text.slice(lead.end, tokens[i]!.start))
      && /,\s*$/u.test(text.slice(tokens[i - 1]?.end ?? lead.end, tokens[i]!.start)) && !tokens.slice(0, i).some((token) => token.start > lead.end && isSpeechVerb(sets, token.lower))) {
      return lead;
    }
  }
  // `… und warf der Regierung „Wortbruch“ vor`: a verb after a conjunction shares the sentence's subject.
  if (!before && i > 0 && sets.conjunctions.has(tokens[i - 1]!.lower)) {
    // … the name or pronoun before the verb right before the conjunction (`Aron lacht und sagt: …`),
    const verbBefore = tokens[i - 2];
    if (verbBefore && verbBefore.start >= from && !isCapitalised(verbBefore) && !sets.stopwords.has(verbBefore.lower) && !/[,;:]/u.test(gap(text, verbBefore, tokens[i - 1]!))) {
      const subject = phraseBefore(text, tokens, i - 2, context, from);
      // (A pronoun, or a phrase with a capitalised word, that opens its clause: `Jan lacht`, `und Das Kind
      // nickt`; not an object before a participle, `Key hat sich über die Situation informiert und sprach …`.)
      const opens = clauseStart(text, tokens, i - 2, from);
      const first = tokens[opens] && sets.conjunctions.has(tokens[opens]!.lower) ? tokens[opens + 1] : tokens[opens];
      if (subject && first?.start === subject.start && (sets.pronouns.has(subject.text.toLowerCase()) || tokenize(text, subject.start, subject.end).some((word) => isCapitalised(word) && !sets.determiners.has(word.lower)))) return subject;
    }
    // … or the subject of the verb of saying before it (`befand der Premierminister …, und nannte …`),
    for (let j = i - 2; j >= 0 && tokens[j]!.start >= from; j--) {
      if (isSpeechVerb(sets, tokens[j]!.lower)) return subjectOf(text, tokens, j, context, from);
    }
    // … or the phrase that leads the sentence,
    const lead = tokens[0] && tokens[0].start >= from && (isPhraseWord(sets, tokens[0]) || sets.pronouns.has(tokens[0].lower)) ? phraseAfter(text, tokens, 0, context) : null;
    if (lead && lead.end <= tokens[i - 1]!.start) return lead;
    // … or, where a verb leads the clause (`Als …, biss der Randalierer den Fluggast und rief: …`), the
    // subject right after that verb.
    const clause = clauseStart(text, tokens, i - 1, from);
    if (sets.verbSecond && clause > 0 && clause < i - 2 && !isCapitalised(tokens[clause]!) && !sets.stopwords.has(tokens[clause]!.lower)) {
      const inverted = phraseAfter(text, tokens, clause + 1, context);
      if (inverted && inverted.end < tokens[i - 1]!.start && (sets.determiners.has(tokens[clause + 1]!.lower) || context.isName(inverted.start, inverted.end))) return inverted;
    }
    // … or, after an adverbial that leads the sentence (`Unter dem Motto „…“ zogen die Demonstranten … und
    // skandierten …`), the subject right after the sentence's first verb.
    if (sets.verbSecond && clause === 0) {
      for (let k = 0; k < i - 2; k++) {
        const verb = tokens[k]!;
        if (isCapitalised(verb) || sets.stopwords.has(verb.lower) || sets.determiners.has(verb.lower) || (k > 0 && /[,;:]/u.test(gap(text, tokens[k - 1]!, verb)))) continue;
        const next = tokens[k + 1]!;
        if (!sets.determiners.has(next.lower) && !(isCapitalised(next) && !sets.stopwords.has(next.lower))) break;
        const inverted = phraseAfter(text, tokens, k + 1, context);
        if (inverted && inverted.end < tokens[i - 1]!.start) return inverted;
        break;
      }
    }
  }
  if (sets.verbSecond && start === i && i > 0) {
    // The verb right after a comma: an apposition or relative clause stands between it and the subject
    // that leads the sentence (`Der Vorsitzende des Verbands, Michael Knipper, kritisierte …`,
    // `Miroslav Klose, der Gelb-Rot sah, nannte …`).
    // A focus particle may stand first: `Auch die Delegationsleiterin, Sharon Hayes, äußerte sich …`.
    const openingAt = sets.focusParticles.has(tokens[0]!.lower) && i > 1 ? 1 : 0;
    const opening = tokens[openingAt]!;
    if (opening.start >= from && (isPhraseWord(sets, opening) || sets.pronouns.has(opening.lower))) {
      const lead = phraseAfter(text, tokens, openingAt, context);
      const between = lead ? text.slice(lead.end, tokens[i]!.start) : '';
      if (lead && between.length < 160 && /,/.test(between) && !/[;:!?„“"»«]|\.\s+\p{Lu}/u.test(between)) {
        // The apposition starts at the first comma: a name before it belongs to the lead (`Der Doktorvater
        // zu Guttenbergs, Peter Häberle, erklärte`), the one after it names the lead's holder.
        const named = context.firstName(lead.end + between.indexOf(','), tokens[i]!.start);
        const described = sets.determiners.has(opening.lower);
        return named && (described || !context.isName(lead.start, lead.end)) ? named : lead;
      }
    }
  }
  if (!sets.verbSecond) {
    // (A phrase right before a gerund is its subject: `voters saying …`, `shows Trump saying …`; not the
    // hearer of a verb that takes one: `emailed supporters saying …` speaks through the main clause's subject.)
    const gerund = sets.gerund?.test(tokens[i]!.lower) === true;
    const beforeAt = before ? tokens.findIndex((token) => token.start === before.start) : -1;
    const hearer = beforeAt > 0 && gerund && sets.hearerVerbs.has(tokens[beforeAt - 1]!.lower);
    if (before && !hearer) return before;
    // The subject follows its verb only where the verb, or its auxiliary, opens the clause (`…,” said the
    // minister`, `…, a affirmé le ministre`), not after other words of the clause (`polls did predict the
    // Democratic caucus`); a pronoun there is mostly the speaker's own (`saying he “sort of hopes” …`).
    const opensClause = tokens.slice(start, i).every((token) => sets.particles.has(token.lower) || sets.auxiliaries.has(token.lower));
    // (A gerund's subject is the main clause's: what follows it is its object, `calling the plan …`.)
    if (after && ((opensClause && !gerund) || sets.pronouns.has(after.text.toLowerCase()))) return after;
    if (gerund) {
      // … which leads the sentence, after a conjunction perhaps (`And she wrote …, calling …`).
      // (After a participle that opens the sentence, its subject is the first pronoun: `Speaking on Morning
      // Ireland he bypassed the question, saying …`.)
      const opening = afterConjunction(tokens, sets);
      const leadAt = sets.gerund?.test(tokens[opening]!.lower) ? tokens.findIndex((token, k) => k > opening && k < i && sets.pronouns.has(token.lower)) : opening;
      // (A pronoun, a name or a description: not an adverbial that leads it, `Hours later`, `Following the vote`.)
      const speakerAt = (at: number): SpeakerPhrase | null => {
        const leader = tokens[at];
        const lead = leader && leader.start >= from && (isPhraseWord(sets, leader) || sets.pronouns.has(leader.lower)) ? phraseAfter(text, tokens, at, context) : null;
        return lead && strongSubject(text, lead, context) && lead.end <= tokens[i]!.start && at < i ? lead : null;
      };
      // … else the phrase that leads the clause before the gerund's (`WASHINGTON (UPI) — In response …,
      // Clinton’s aide rallied supporters, saying …`).
      const before = start > 0 ? clauseStart(text, tokens, start - 1, from) : -1;
      const lead = speakerAt(leadAt) ?? (before > leadAt ? speakerAt(before) : null);
      if (lead) return lead;
    }
  } else if (head && start < i) {
    // German and Dutch put the finite verb second. When a phrase that can be a subject leads the
    // clause (`Musk sagte`, `Theo Zwanziger, Präsident des DFB, nannte …`), it is the subject unless a
    // person's name follows the verb (`Der Zeitung sagte Filep Karma`); when an adverbial leads
    // (`Im November sagte Musk`, `So warnten Vertreter`), the subject follows the first verb.
    // A focus particle may stand before the subject in the first place: `Auch die Delegationsleiterin, Sharon Hayes, äußerte sich …`.
    // `Wie der Finanzminister Hartmut Möllring in Hannover erklärte, …`: in a clause opened by `wie` the
    // verb comes last and the subject first.
    const opened = sets.frameOpeners.has(head.lower) && start + 1 < i;
    const leadAt = (sets.focusParticles.has(head.lower) || opened) && tokens[start + 1] && start + 1 < i ? start + 1 : start;
    const leader = tokens[leadAt]!;
    const lead = isPhraseWord(sets, leader) || sets.pronouns.has(leader.lower) ? phraseAfter(text, tokens, leadAt, context) : null;
    if (opened && lead && lead.end <= tokens[i]!.start) return lead;
    // An article that marks an object (`Den Unmut der CDU … brachte die Sprecherin … zum Ausdruck`) leads no subject.
    const leadIsSubject = lead !== null && lead.end <= tokens[i]!.start && !sets.objectArticles.has(leader.lower);
    const personAfter = after !== null && context.isName(after.start, after.end) && !context.isName(lead?.start ?? 0, lead?.end ?? 0);
    // The same with a compound tense: `[Bereits im Dezember] hatte Bundeskanzlerin Angela Merkel … verkündet`.
    const auxiliary = tokens.findIndex((token, k) => k > leadAt && k < i && sets.auxiliaries.has(token.lower));
    const afterAuxiliary = auxiliary > 0 && !PHRASE_BREAK.test(gap(text, tokens[auxiliary]!, tokens[auxiliary + 1] ?? tokens[auxiliary]!)) ? phraseAfter(text, tokens, auxiliary + 1, context) : null;
    if (leadIsSubject && afterAuxiliary && afterAuxiliary.end <= tokens[i]!.start && context.isName(afterAuxiliary.start, afterAuxiliary.end) && !context.isName(lead!.start, lead!.end)) return afterAuxiliary;
    if (leadIsSubject && !personAfter) return lead;
    if (after) return after;
    const finite = tokens.findIndex((token, k) => k >= start && k < i && (sets.auxiliaries.has(token.lower) || isSpeechVerb(sets, token.lower)));
    if (finite >= 0 && !leadIsSubject) {
      const inverted = phraseAfter(text, tokens, finite + 1, context);
      if (inverted && inverted.end <= tokens[i]!.start) return inverted;
    }
    if (leadIsSubject) return lead;
    return before;
  } else if (after) {
    return after;
  }
  // A compound tense leaves the verb far from its subject: `Microsoft hatte zuvor angekündigt, …`.
  if (head && start < i) {
    const lead = phraseAfter(text, tokens, start, context);
    if (lead && lead.end <= tokens[i]!.start && (sets.pronouns.has(lead.text.toLowerCase()) || strongSubject(text, lead, context) || isCapitalised(head))) return lead;
  }
  return before;
}

function verbFrame(token: Token, sets: SpeechSets, speaker: SpeakerPhrase | null): Frame {
  return { kind: sets.claimVerbs.has(token.lower) ? 'claim-verb' : 'verb', cue: token.text, cueStart: token.start, cueEnd: token.end, speaker };
}

/**
 * The frame that follows a quotation: `„…“, sagte sie`, `“…,” he said`, `– … – postete er`,
 * `„…“, so Müller`, `„…“ beenden, so Rice`, `“…” ― Jane Doe`, `“…,” said the minister`. `from` is the end
 * of the closing mark; `to` is where the frame may end at the latest (the sentence's end or the next
 * quotation).
 */
export function frameAfter(text: string, from: number, to: number, context: FrameContext): Frame | null {
  const { sets } = context;
  const tokens = tokenize(text, from, to);
  if (!tokens.length) return null;
  const first = tokens[0]!;
  const lead = text.slice(from, first.start);
  // An attribution line: `“…” ― Beck Pimentel`.
  if (/^\s*[―—]\s*$/u.test(lead) && isNameWord(sets, first)) {
    const name = phraseAfter(text, tokens, 0, context);
    if (name) return { kind: 'attribution', cue: lead.trim(), cueStart: from + lead.indexOf(lead.trim()), cueEnd: first.start, speaker: name };
  }
  if (/[.!?]/.test(lead)) return null;
  // A quotation that ends in a full stop ended its sentence: `„Wir bleiben.“ Danach …` (but see
  // findQuotes, which offers a short following sentence such as `Trump said.` as a frame).
  const quotedEnd = text.slice(Math.max(0, from - 3), from).replace(/[\s„“”"»«‚‘’'–—]+$/u, '');
  const endedSentence = quotedEnd.endsWith('.') && !/[,–—]/u.test(lead);
  // `,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday` / `,” Jim Bennett, 57, told …`: a name,
  // an apposition between commas, then the verb.
  if (!sets.verbSecond && (isNameWord(sets, first) || sets.titles.has(first.lower))) {
    const name = phraseAfter(text, tokens, 0, context);
    if (name && context.isName(name.start, name.end) && /^\s*,/u.test(text.slice(name.end))) {
      for (let i = 1; i < Math.min(tokens.length, 30); i++) {
        const token = tokens[i]!;
        if (/[.!?;:]\s/u.test(gap(text, tokens[i - 1]!, token)) && breaksBetween(text, sets, tokens[i - 1]!, token)) break;
        if (token.start <= name.end) continue;
        if (speechVerbAt(sets, text, tokens, i) && /,\s*$/u.test(gap(text, tokens[i - 1]!, token))) return verbFrame(token, sets, name);
      }
    }
  }
  // `„…“, da ähnliche Arbeiten … gekostet hätten, so die FIFA.`: the particle may close a long sentence.
  for (let i = tokens.length - 2; i >= 12 && i >= tokens.length - 8; i--) {
    const token = tokens[i]!;
    if (sets.particles.has(token.lower) && /,\s*$/u.test(gap(text, tokens[i - 1]!, token)) && !/[.!?;:]/u.test(text.slice(first.start, token.start))) {
      const speaker = phraseAfter(text, tokens, i + 1, context);
      if (speaker && isPhraseWord(sets, tokens[i + 1]!) && /^\s*[.!?]?\s*$/u.test(text.slice(speaker.end, to))) return { kind: 'particle', cue: token.text, cueStart: token.start, cueEnd: token.end, speaker };
    }
  }
  for (let i = 0; i < Math.min(tokens.length, 12); i++) {
    const token = tokens[i]!;
    if (i > 0 && /[.!?;:]/.test(gap(text, tokens[i - 1]!, token)) && breaksBetween(text, sets, tokens[i - 1]!, token) && !closesPartyTag(text, tokens[i - 1]!, token)) break;
    // `, so Müller` right after the quotation or after the words that finish its sentence.
    if (sets.particles.has(token.lower) && tokens[i + 1] && (i === 0 || /,\s*$/.test(gap(text, tokens[i - 1]!, token)))) {
      const speaker = phraseAfter(text, tokens, i + 1, context);
      if (speaker && isPhraseWord(sets, tokens[i + 1]!)) {
        return { kind: 'particle', cue: token.text, cueStart: token.start, cueEnd: token.end, speaker };
      }
    }
    if (endedSentence && i === 0 && isCapitalised(token) && !isSpeechVerb(sets, token.lower)) {
      // `„…“ Trump said.` is read by the caller as a separate short sentence.
      return null;
    }
    if (speechVerbAt(sets, text, tokens, i)) {
      const onlyAuxiliaries = tokens.slice(0, i).every((candidate) => sets.auxiliaries.has(candidate.lower) || sets.particles.has(candidate.lower));
      // `„…“ erreicht werden, so heißt es in einer Erklärung …`: an impersonal frame set off by a comma.
      const setOff = (k: number): boolean => k === 0 || /,\s*$/u.test(gap(text, tokens[k - 1]!, tokens[k]!));
      if (isImpersonal(sets, tokens, i) && (onlyAuxiliaries || setOff(i) || (sets.particles.has(tokens[i - 1]!.lower) && setOff(i - 1)))) {
        return verbFrame(token, sets, impersonalSource(text, tokens, i, context));
      }
      if (onlyAuxiliaries) {
        // The subject follows its verb directly: after a comma a new clause begins (`„…“ bezeichnet, denen …`).
        const next = tokens[i + 1];
        const subject = next && !/[,;:]/u.test(gap(text, token, next)) ? phraseAfter(text, tokens, i + 1, context) : null;
        // `„…“, zitiert die „Computerwoche“ Lynch`: the verb's object, after its subject, is the one quoted.
        if (subject && i === 0 && sets.objectSpeakerVerbs.has(token.lower)) {
          const k = tokens.findIndex((candidate) => candidate.start >= subject.end);
          const object = k > 0 && !/[,.;:!?]/u.test(text.slice(subject.end, tokens[k]!.start)) ? phraseAfter(text, tokens, k, context) : null;
          if (object) return verbFrame(token, sets, object);
        }
        // English: a description may lead the name (`,” noted Maryland-based product liability lawyer Jim
        // Dunham in an interview`): the person named in the same run of words speaks.
        if (!sets.verbSecond && subject && !context.isName(subject.start, subject.end)) {
          let end = tokens.findIndex((candidate) => candidate.start >= subject.end);
          while (end > 0 && end < tokens.length && end - i <= DESCRIBED_NAME_REACH && !PHRASE_BREAK.test(gap(text, tokens[end - 1]!, tokens[end]!))) end++;
          const named = end > 0 ? context.lastPerson(subject.end, tokens[end - 1]!.end) : null;
          // Only nouns of the description between, no preposition (`a spokesman for Mayor Paul Smith` is the spokesman).
          const between = named ? tokens.filter((candidate) => candidate.start >= subject.end && candidate.end <= named.start) : [];
          if (named && !between.some((candidate) => sets.stopwords.has(candidate.lower))) return verbFrame(token, sets, named);
        }
        return verbFrame(token, sets, subject);
      }
      // `„…“, hatte VW-Chef Winterkorn in einem Interview erklärt` (also after the words that end the
      // quotation's clause: `„…“ sei, hatte Koch-Mehrin damals gesagt`): the subject follows the auxiliary.
      if (sets.verbSecond) {
        const lead = clauseStart(text, tokens, i, first.start);
        if (sets.auxiliaries.has(tokens[lead]!.lower) && lead + 1 < i) {
          const inverted = phraseAfter(text, tokens, lead + 1, context);
          if (inverted && inverted.end <= token.start) return verbFrame(token, sets, inverted);
        }
      }
      let speaker = phraseBefore(text, tokens, i, context, first.start);
      // English and its kin: all that stands between the quotation and its verb is the subject
      // (`,” his nephew Michery el Soheil added`, `,” Rep. Gwen Moore (D-Wis.) said`), when no
      // punctuation splits it.
      if (!sets.verbSecond && i <= 8 && (!speaker || speaker.start !== first.start) && !tokens.slice(0, i).some((candidate) => sets.pronouns.has(candidate.lower) && candidate !== first)) {
        // (Not a conjunction: `” and adding “…”` shares the subject of the clause before.)
        speaker = (sets.conjunctions.has(first.lower) ? null : wholeSubject(text, tokens, i, sets)) ?? speaker;
      }
      if (!speaker || speaker.start !== first.start && !tokens.slice(0, i).every((candidate) => candidate.start >= speaker!.start || sets.auxiliaries.has(candidate.lower))) {
        // Words before the verb that are not its subject: `„…“ beenden, sagte er` is still a frame
        // when a comma sets the verb apart.
        if (i > 0 && /,\s*$/.test(gap(text, tokens[i - 1]!, token))) return verbFrame(token, sets, phraseAfter(text, tokens, i + 1, context) ?? speaker);
        return null;
      }
      return verbFrame(token, sets, speaker);
    }
    if (sets.sourceAfter.has(token.lower) && i > 0) {
      const source = postpositionSource(text, tokens, i, context, first.start);
      if (source) return source;
    }
    for (const phrase of i <= 2 ? sourcesAt(sets, tokens, i) : []) {
      const speaker = phraseAfter(text, tokens, i + phrase.length, context);
      const end = tokens[i + phrase.length - 1]!;
      if (speaker) return { kind: 'source', cue: text.slice(token.start, end.end), cueStart: token.start, cueEnd: end.end, speaker };
    }
  }
  return null;
}

/** A compound's first part with its linking `s` (`Regierungs-`, `Unternehmens-`), and the part without it. */
const LINKING_S = /(?:ung|heit|keit|schaft|ion|tät|en|tum|ment|ium)s$/u;

/**
 * The name a compound source gives (`Polizeiangaben` → `Polizei`, `Regierungsangaben` → `Regierung`),
 * as a phrase over its first part; null for a bare noun (`Angaben`).
 */
export function compoundSource(word: Token, head: string): SpeakerPhrase | null {
  const length = word.text.length - head.length;
  if (length < 3) return null;
  const part = word.text.slice(0, length);
  const name = LINKING_S.test(part) ? part.slice(0, -1) : part;
  return { text: name, start: word.start, end: word.start + name.length };
}

/** The source noun a capitalised word is or ends with (`Angaben`, `Polizeiangaben` → `angaben`), if any (SpeechLexicon.sourceNouns). */
export function sourceNounHead(sets: SpeechSets, word: Token): string | undefined {
  return isCapitalised(word) ? sets.sourceNouns.find((noun) => word.lower.endsWith(noun)) : undefined;
}

/**
 * The source a postposition names (`der Polizei zufolge`, `Polizeiangaben zufolge`, `Den Aussagen der
 * Whistleblower zufolge`, `den Angaben zufolge`): the phrase before tokens[i]; where it is led by a
 * source noun (SpeechLexicon.sourceNouns), the name after the noun's link, else its compound's first
 * part, else the phrase itself (`den Angaben zufolge`, `Berichten zufolge`, which the claim cues read as
 * unnamed). The cue runs from the phrase to the postposition.
 */
function postpositionSource(text: string, tokens: Token[], i: number, context: FrameContext, from: number): Frame | null {
  const { sets } = context;
  const phrase = phraseBefore(text, tokens, i, context, from);
  if (!phrase) return null;
  const token = tokens[i]!;
  const frame = (speaker: SpeakerPhrase | null): Frame => ({ kind: 'source', cue: text.slice(phrase.start, token.end), cueStart: phrase.start, cueEnd: token.end, speaker });
  const words = tokens.filter((word) => word.start >= phrase.start && word.end <= phrase.end);
  const nounAt = words.findIndex((word) => isCapitalised(word) && !sets.determiners.has(word.lower));
  const noun = words[nounAt];
  const head = noun ? sourceNounHead(sets, noun) : undefined;
  if (!noun || head === undefined) return frame(phrase);
  const link = words[nounAt + 1];
  // (A genitive plural without its article links as its article would: `Angaben mehrerer Zeugen`.)
  const genitivePlural = link !== undefined && !isCapitalised(link) && link.lower.endsWith('er') && !sets.stopwords.has(link.lower);
  if (link && (sets.sourceNounLinks.has(link.lower) || genitivePlural) && words[nounAt + 2]) {
    const named = sets.determiners.has(link.lower) || genitivePlural ? link : words[nounAt + 2]!;
    return frame({ text: text.slice(named.start, phrase.end), start: named.start, end: phrase.end });
  }
  return frame(compoundSource(noun, head) ?? phrase);
}

/** How many words after its verb a name may follow the description that leads it (`noted … lawyer Jim Dunham`). */
const DESCRIBED_NAME_REACH = 8;

/** How many words a sentence that refers back may have: a verb, its speaker, a time and a place. */
const BACK_REFERENCE_WORDS = 16;

/**
 * A short sentence that says who said what the sentence before says (`Das teilte die Polizei am Montag
 * mit.`, `Dies berichtete die Nachrichtenagentur dpa.`, `Das zumindest meint der Astronom.`): a
 * demonstrative of SpeechLexicon.backReferences opens it, a verb of saying follows (after at most one
 * adverb), and a speaker follows the verb. Returns that frame, else null. It is read only where the
 * sentence reports no clause of its own.
 */
export function backReference(text: string, from: number, to: number, context: FrameContext): Frame | null {
  const { sets } = context;
  if (sets.backReferences.size === 0) return null;
  const tokens = tokenize(text, from, to);
  const first = tokens[0];
  if (!first || !sets.backReferences.has(first.lower) || tokens.length > BACK_REFERENCE_WORDS) return null;
  // Nothing stands before the demonstrative but space or a dash.
  if (!/^[\s–—-]*$/u.test(text.slice(from, first.start))) return null;
  // The verb is read without the demonstrative before it, which as an article would make it a participle (`das Gesagte`).
  const verbAt = speechVerbAt(sets, text, tokens.slice(1), 0) ? 1 : tokens[2] && !isCapitalised(tokens[1]!) && speechVerbAt(sets, text, tokens.slice(2), 0) ? 2 : -1;
  if (verbAt < 0) return sets.verbSecond ? backReferenceWithAuxiliary(text, tokens, to, context) : null;
  if (!/^\s+$/u.test(text.slice(tokens[verbAt - 1]!.end, tokens[verbAt]!.start))) return null;
  const frame = frameBefore(text, tokens[verbAt]!.start, to, context);
  if (!frame || (frame.kind !== 'verb' && frame.kind !== 'claim-verb')) return null;
  // `Dies geht aus einem Bericht der Behörde hervor.`: the source stands after a preposition.
  const next = tokens[verbAt + 1];
  // Else the person (or organisation) the short sentence names after its verb (`Dies gab heute – nach
  // eingehenden Untersuchungen – Professor Bernd Lang bekannt.`).
  const speaker = frame.speaker ?? (next && sets.stopwords.has(next.lower) ? phraseAt(text, next.end, to, context) : null) ?? context.firstName(tokens[verbAt]!.end, to);
  return speaker && speaker.start > tokens[verbAt]!.start ? { ...frame, speaker } : null;
}

/**
 * Where the verb comes second, a back-reference with an auxiliary or a modal second and the verb of
 * saying last (`Das musste Steinbrück zu Beginn der Debatte einräumen.`, `Dies hatte der Minister
 * bestätigt.`): the speaker stands right after the auxiliary. Null where the sentence is not so built.
 */
function backReferenceWithAuxiliary(text: string, tokens: Token[], to: number, context: FrameContext): Frame | null {
  const { sets } = context;
  const last = tokens.length - 1;
  if (last < 3 || !sets.auxiliaries.has(tokens[1]!.lower) || !speechVerbAt(sets, text, tokens, last)) return null;
  const speaker = phraseAt(text, tokens[1]!.end, tokens[last]!.start, context);
  return speaker && (isCapitalised(tokens[2]!) || sets.determiners.has(tokens[2]!.lower)) ? verbFrame(tokens[last]!, sets, speaker) : null;
}

/**
 * The frame of the verb that starts at `verbStart` in text[from, to), whatever verb it is (one of
 * deciding, say: `hatte der Rat beschlossen, …`): its subject before it or after it is the speaker.
 */
export function frameAtVerb(text: string, from: number, to: number, verbStart: number, context: FrameContext): Frame | null {
  const tokens = tokenize(text, from, to);
  const i = tokens.findIndex((token) => token.start === verbStart);
  if (i < 0) return null;
  const speaker = subjectOf(text, tokens, i, context, from) ?? context.firstName(from, verbStart);
  return verbFrame(tokens[i]!, context.sets, speaker);
}

/**
 * Whether the verb at tokens[i] stands in a relative clause that its comma closes before `to`: the clause
 * opens after a comma with a relative pronoun (SpeechLexicon.relativePronouns; one that is also an article
 * only before a lower-case word, as in `, den viele kritisierten,`), so in `the plan, which some have
 * argued was rushed, is an “insult”` the verb belongs to the clause, not to the quotation.
 */
function inClosedRelative(text: string, tokens: Token[], i: number, to: number, sets: SpeechSets): boolean {
  if (sets.relativePronouns.size === 0) return false;
  const closing = text.indexOf(',', tokens[i]!.end);
  if (closing < 0 || closing >= to) return false;
  // Where the verb does not end the relative clause, words of the main clause must follow its comma: in
  // `the report, which notes, “…”` and `Anna Cole, who said, “…”` the comma introduces the quotation.
  if (!sets.verbSecond && !tokens.some((token) => token.start > closing && token.end <= to)) return false;
  let k = i;
  while (k > 0 && !gap(text, tokens[k - 1]!, tokens[k]!).includes(',')) k--;
  if (k === 0 || k === i) return false;
  const opener = tokens[k]!;
  const next = tokens[k + 1]!;
  if (!sets.relativePronouns.has(opener.lower) || (sets.determiners.has(opener.lower) && isCapitalised(next))) return false;
  // … and the main clause has a verb of saying of its own before the relative clause.
  return tokens.some((_, j) => j < k && speechVerbAt(sets, text, tokens, j));
}

/**
 * The frame before a quotation or a reported clause, within `[from, to)` (the sentence's start or the
 * previous quotation's end, up to the opening mark): `Merkel: „…“`, `Sie sagte: „…“`,
 * `sagte Musk, er sei ‚…‘`, `Laut Polizei …`, `Smith said, “…”`. The verb nearest the quotation wins.
 */
export function frameBefore(text: string, from: number, to: number, context: FrameContext): Frame | null {
  const { sets } = context;
  const tokens = tokenize(text, from, to);
  if (!tokens.length) return null;
  const tail = text.slice(tokens[tokens.length - 1]!.end, to);
  // A source found first yields to a verb of saying in the same clause before it: in `sagte die Kanzlerin
  // einigen Teilnehmern zufolge: „…“` and `Finnsson kommentierte laut „Spiegel“: „…“` the chancellor and
  // Finnsson speak, and the participants and the paper only report it.
  let source: Frame | null = null;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (source && /[,;:.!?„“"»«–—]/u.test(gap(text, token, tokens[i + 1]!))) return source;
    // The rules below start from a verb, a source preposition or a postposition: all of them cue words.
    // (None inside the source's own words: `Berichten der US-Medien zufolge`.)
    if (!sets.cueWords.has(token.lower) || (source && token.start >= source.cueStart)) continue;
    if (speechVerbAt(sets, text, tokens, i)) {
      if (inClosedRelative(text, tokens, i, to, sets)) continue;
      const speaker = subjectOf(text, tokens, i, context, from) ?? context.firstName(from, token.start);
      if (source && !speaker) return source;
      return verbFrame(token, sets, speaker);
    }
    if (source) continue;
    if (sets.sourceAfter.has(token.lower) && i > 0) {
      source = postpositionSource(text, tokens, i, context, from);
      if (source) continue;
    }
    for (const phrase of sourcesAt(sets, tokens, i)) {
      const speaker = phraseAfter(text, tokens, i + phrase.length, context);
      const end = tokens[i + phrase.length - 1]!;
      if (speaker && (!sets.agentOnlySources.has(token.lower) || canSpeak(text, speaker, context))) {
        source = { kind: 'source', cue: text.slice(token.start, end.end), cueStart: token.start, cueEnd: end.end, speaker };
        break;
      }
    }
  }
  if (source) return source;
  // `Das Gericht kam damit zu dem Ergebnis, „dass …“`: a noun that takes a reported clause, and the
  // clause's leading phrase as the one who concluded.
  if (/,\s*$/u.test(tail)) {
    const noun = tokens.findIndex((token) => sets.contentNouns.has(token.lower));
    const head = tokens[0]!;
    if (noun > 0 && (sets.determiners.has(head.lower) || context.isName(head.start, head.end))) {
      const lead = phraseAfter(text, tokens, 0, context);
      if (lead && lead.end <= tokens[noun]!.start) return { kind: 'verb', cue: tokens[noun]!.text, cueStart: tokens[noun]!.start, cueEnd: tokens[noun]!.end, speaker: lead };
    }
  }
  if (/:\s*$/.test(tail)) {
    const colon = tokens[tokens.length - 1]!.end + tail.indexOf(':');
    const colonFrame = (speaker: SpeakerPhrase): Frame => ({ kind: 'colon', cue: ':', cueStart: colon, cueEnd: colon + 1, speaker });
    const right = phraseBefore(text, tokens, tokens.length, context, from);
    // `Merkel: „…“` — a name right before the colon, alone or heading the clause.
    if (right && context.isName(right.start, right.end)) return colonFrame(right);
    // `Jelpkes Mitarbeiter Nick Brauns hat … zu zeigen: „…“` — the clause's leading phrase when it names
    // someone; else `Im Kongress warb Obama … mit den Worten: „…“` — the person the clause is about.
    const head = tokens[0]!;
    const lead = isPhraseWord(sets, head) && !sets.stopwords.has(head.lower) || sets.determiners.has(head.lower) ? phraseAfter(text, tokens, 0, context) : null;
    if (lead && (context.isName(lead.start, lead.end) || tokenize(text, lead.start, lead.end).some((word) => isDescription(sets, word)))) return colonFrame(lead);
    // `Paolo hatte die Ausführung mit den Worten abgelehnt: „…“` — a name that leads the clause before its verb.
    if (lead && tokens[1] && lead.end <= tokens[1].start && (sets.auxiliaries.has(tokens[1].lower) || sets.pronouns.has(head.lower)) && tokenize(text, lead.start, lead.end).length <= 3) return colonFrame(lead);
    // The last clause before the colon opens with its verb and the subject follows (`Höhnisch, wohl auf das
    // Presseecho reagierend, veröffentlichte der Verfasser folgenden Kommentar dazu: …`).
    const last = clauseStart(text, tokens, tokens.length - 1, from);
    // (Not after an auxiliary: `…, sollte die UNO einen Beschluss fassen: …` is a condition.)
    const lastInverted = sets.verbSecond && last > 0 && last + 2 < tokens.length && !sets.auxiliaries.has(tokens[last]!.lower) ? subjectAfterVerb(text, tokens, last, context) : null;
    if (lastInverted) return colonFrame(lastInverted);
    const named = context.firstName(from, colon);
    if (named) return colonFrame(named);
    // `Hier sparte der Bundespräsident nicht mit Kritik: …`: an adverb leads, the verb follows, then its subject.
    const adverbInverted = sets.verbSecond && tokens.length > 3 && sets.stopwords.has(head.lower) && !PHRASE_BREAK.test(gap(text, head, tokens[1]!)) ? subjectAfterVerb(text, tokens, 1, context) : null;
    if (adverbInverted) return colonFrame(adverbInverted);
    if (lead && sets.determiners.has(head.lower)) return colonFrame(lead);
    if (right && right.start === tokens[0]!.start && tokens.length <= 4) return colonFrame(right);
  }
  return null;
}
