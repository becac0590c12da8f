// Turns the speaker phrase of a frame into the name a reader wants: a pronoun (`er`, `he`) or a
// possessive (`so ihre Erklärung`) becomes the nearest fitting name earlier in the article, a phrase
// that contains a name becomes that name, and every name becomes the fullest form the article uses
// (`Musk` → `Elon Musk`). Descriptions without a name (`ein Sprecher`, `the company`) stay as written.
import type { EntityMention } from '../entities';
import type { SpeakerPhrase } from './frames';
import { tokenize, type SpeechSets } from './tokens';
import { countBefore } from '../search';

export interface SpeakerContext {
  /** All entity mentions of the article, in reading order. */
  mentions: readonly EntityMention[];
  /** Whether an offset of a block lies inside a direct quotation (names there are not antecedents). */
  insideQuote(block: number, offset: number): boolean;
  /**
   * The description that leads the nearest sentence before (block, offset) (`Der Student …`) and that the
   * pronoun can stand for, if any.
   */
  subjectBefore?(block: number, offset: number, pronoun: string): string | null;
  /** The gender a person's name says by its given name (`Angela Merkel` → female), if it says one. */
  genderOf?(name: string): 'female' | 'male' | null;
}

export interface ResolvedSpeaker {
  name: string;
  /** How the name was found, for the reasons a reader sees. */
  via: 'name' | 'pronoun' | 'possessive' | 'description';
  /** The words of the text (`er`, `ihre Erklärung`) when they differ from the name. */
  as?: string;
}

const PERSON_OR_ORG = new Set(['person', 'organization', 'source']);

function before(mention: EntityMention, block: number, offset: number): boolean {
  return mention.block < block || (mention.block === block && mention.end <= offset);
}

/**
 * The nearest mention before (block, offset) of a fitting kind, not inside a quotation; with `gender`, no
 * person whose given name says the other.
 */
function nearest(context: SpeakerContext, block: number, offset: number, kinds: ReadonlySet<string>, gender?: 'male' | 'female'): EntityMention | null {
  const mentions = context.mentions;
  // The mentions before the point, nearest first.
  for (let i = countBefore(mentions.length, (k) => before(mentions[k]!, block, offset)) - 1; i >= 0; i--) {
    const mention = mentions[i]!;
    if (block - mention.block > 6) break;
    if (!kinds.has(mention.kind)) continue;
    if (context.insideQuote(mention.block, mention.start)) continue;
    if (gender && mention.kind === 'person') {
      const said = context.genderOf?.(mention.name);
      if (said && said !== gender) continue;
    }
    return mention;
  }
  return null;
}

const PERSON = new Set(['person']);
/** An English possessive's ending after a description's last word (`campaign’s`, `parents'`). */
const POSSESSIVE_END = /(?<=\p{L})(?:[’']s|(?<=s)[’'])$/u;
/** An English possessive right after a name (`Trump’s campaign`). */
const POSSESSIVE_AFTER = /^[’']s\s/u;

/**
 * Whether a person named in a phrase owns its head rather than being it: a genitive before a role or an
 * organisation (`Demjanjuks Sohn`, where the mention's last word ends in an `s` the name lacks, or
 * `Trump’s campaign manager`); not before any other noun (`Alpert’s metaphor` stands for Alpert).
 */
function ownerOfHead(phrase: SpeakerPhrase, person: EntityMention, sets: SpeechSets): boolean {
  const after = phrase.text.slice(person.end - phrase.start);
  const lastWritten = person.text.split(/\s+/u).pop() ?? '';
  const lastOfName = person.name.split(/\s+/u).pop() ?? '';
  if (!POSSESSIVE_AFTER.test(after) && lastWritten !== `${lastOfName}s`) return false;
  return tokenize(after).some((word) => sets.roleNouns.has(word.lower) || sets.organisationNouns.has(word.lower));
}

/**
 * The mentions that lie within [start, end) of a block, in reading order: found by binary search, not by
 * a pass over all the article's mentions for every speaker phrase.
 */
export function mentionsWithin(mentions: readonly EntityMention[], block: number, start: number, end: number): EntityMention[] {
  const inside: EntityMention[] = [];
  const first = countBefore(mentions.length, (k) => mentions[k]!.block < block || (mentions[k]!.block === block && mentions[k]!.start < start));
  for (let i = first; i < mentions.length; i++) {
    const mention = mentions[i]!;
    if (mention.block !== block || mention.start > end) break;
    if (mention.end <= end) inside.push(mention);
  }
  return inside;
}

/** The person named last before (block, offset), outside quotations: who an implied subject refers to. */
export function impliedSpeaker(block: number, offset: number, context: SpeakerContext): string | null {
  return nearest(context, block, offset, PERSON)?.name ?? null;
}

export function resolveSpeaker(phrase: SpeakerPhrase, block: number, sets: SpeechSets, context: SpeakerContext): ResolvedSpeaker {
  const words = tokenize(phrase.text);
  const lower = phrase.text.toLowerCase();
  const pronoun = sets.pronouns.get(lower);
  if (pronoun) {
    const antecedent = nearest(context, block, phrase.start, pronoun === 'person' ? PERSON : PERSON_OR_ORG, sets.pronounGender.get(lower));
    if (antecedent) return { name: antecedent.name, via: 'pronoun', as: phrase.text };
    // No name before it: the description that led a sentence just before (`Der Student … hatte er gefragt`).
    const described = context.subjectBefore?.(block, phrase.start, lower);
    return described ? { name: described, via: 'pronoun', as: phrase.text } : { name: phrase.text, via: 'pronoun' };
  }
  // A name inside the phrase (`Microsoft-Sprecher Frank Shaw`, `der Trainer der Frankfurter, Michael Skibbe`).
  const inside = mentionsWithin(context.mentions, block, phrase.start, phrase.end);
  const person = inside.filter((mention) => mention.kind === 'person').pop();
  // (Not a name in the genitive before the head it owns: `Demjanjuks Sohn`, `Trump’s campaign manager` speak, not the name.)
  if (person && !ownerOfHead(phrase, person, sets)) return { name: person.name, via: 'name' };
  if (person) return { name: phrase.text, via: 'description' };
  const first = words[0];
  const headIsDescription = words.some((word) => sets.roleNouns.has(word.lower) || sets.organisationNouns.has(word.lower));
  const organisation = inside.find((mention) => PERSON_OR_ORG.has(mention.kind));
  if (organisation && (!headIsDescription || words.length <= 3)) return { name: organisation.name, via: 'name' };
  // `so ihre Erklärung`, or a possessive standing alone for whose view a source is (`nach seiner Meinung`).
  if (first && sets.possessives.has(first.lower) && (words.length === 1 || words.some((word) => sets.statementNouns.has(word.lower)))) {
    const owner = nearest(context, block, phrase.start, PERSON_OR_ORG);
    if (owner) return { name: owner.name, via: 'possessive', as: phrase.text };
  }
  if (organisation) return { name: organisation.name, via: 'name' };
  // `The campaign’s statement declares …`: the owner of the words speaks, without the possessive's ending.
  return { name: phrase.text.replace(POSSESSIVE_END, ''), via: 'description' };
}
