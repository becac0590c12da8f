// The analysis engine: an article's blocks in, its quotations, claims and facts out. Each step is its
// own module (quotation marks, sentences, frames, speakers, reported speech, claims, entities,
// figures); this one runs them in order over one language pack and turns their findings into the
// report's items, each with the span where it stands.
import { findEntities, genderOfGivenName, type EntityMention } from '../entities';
import { findFigures, type FoundFact } from '../facts';
import type { LanguagePack } from '../languages/types';
import type { Claim, Fact, Quote, TextSpan } from '../report';
import { findClaims, type DraftClaim } from './claims';
import { passiveAgentAt } from './reported';
import { distinctReasons, reasonText } from './reasons';
import { frameAfter, frameBefore, phraseAt, type Frame, type FrameContext, type SpeakerPhrase } from './frames';
import { findQuotes, inQuoteSpan, layoutBlocks, sentenceAt, type BlockLayout, type FoundQuote } from './quotes';
import { impliedSpeaker, mentionsWithin, resolveSpeaker, type SpeakerContext } from './speakers';
import { clearTokenCache, isCapitalised, speechSets, tokenize, type SpeechSets } from './tokens';
import { countBefore } from '../search';
import { MAX_ANALYSED_CHARS } from '../limits';

export interface Findings {
  quotes: Quote[];
  claims: Claim[];
  facts: Fact[];
}

// Where the engine stops reading (src/core/limits.ts): beyond it an article is not analysed further.
export { MAX_ANALYSED_CHARS };

function boundedBlocks(blocks: readonly string[]): string[] {
  const kept: string[] = [];
  let total = 0;
  for (const text of blocks) {
    if (total >= MAX_ANALYSED_CHARS) break;
    const room = MAX_ANALYSED_CHARS - total;
    kept.push(text.length > room ? text.slice(0, room) : text);
    total += Math.min(text.length, room);
  }
  return kept;
}

function referenceDate(published: string | null): Date | null {
  if (!published) return null;
  const date = new Date(published);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function analyzeBlocks(blockTexts: readonly string[], pack: LanguagePack, published: string | null): Findings {
  try {
    return analyzeBounded(blockTexts, pack, published);
  } finally {
    clearTokenCache();
  }
}

function analyzeBounded(blockTexts: readonly string[], pack: LanguagePack, published: string | null): Findings {
  const blocks = boundedBlocks(blockTexts);
  const sets = speechSets(pack);
  const { layouts, raw } = layoutBlocks(blocks, pack);
  const mentions: EntityMention[] = findEntities(blocks, pack);
  const contextFor = frameContexts(blocks.length, mentions, sets);
  const quotes = findQuotes(layouts, raw, contextFor);

  const insideQuote = (block: number, offset: number): boolean => inQuoteSpan(layouts[block]!, offset);
  const speakerContext: SpeakerContext = {
    mentions,
    insideQuote,
    subjectBefore: (block, offset, pronoun) => leadingDescription(layouts, sets, block, offset, pronoun),
    genderOf: (name) => genderOfGivenName(pack.names, name.split(' ')[0]!),
  };
  const speakerOf = (frame: Frame | null, block: number): string | null =>
    frame?.speaker ? resolveSpeaker(frame.speaker, block, sets, speakerContext).name : null;
  const framePassiveAgent = (frame: Frame, block: number): SpeakerPhrase | null | undefined => {
    const layout = layouts[block]!;
    const sentence = sentenceAt(layout, frame.cueStart);
    return passiveAgentAt({ text: layout.text, start: sentence.start, end: sentence.end, inQuote: (offset) => inQuoteSpan(layout, offset) }, contextFor(block), frame.cueStart);
  };
  const speakers = new Map<FoundQuote, string | null>();
  let previous: { quote: FoundQuote; speaker: string | null } | null = null;
  for (const quote of quotes) {
    if (!quote.statement) continue;
    // A verb of saying in the passive (`was described by the union as “…”`, `Es wurde von Demjanjuks Sohn die
    // Mutmaßung geäußert, … „…“`) has the agent for its speaker, or no one named (`In den Medien war der
    // Auftrag als „…“ bezeichnet worden`): not its subject, and no one guessed from the sentences around.
    const passive = quote.frame !== null && (quote.frame.kind === 'verb' || quote.frame.kind === 'claim-verb') ? framePassiveAgent(quote.frame, quote.frameBlock) : undefined;
    if (passive !== undefined) {
      const speaker = parentheticalSpeaker(quote, layouts, mentions) ?? (passive ? resolveSpeaker(passive, quote.frameBlock, sets, speakerContext).name : null);
      speakers.set(quote, speaker);
      previous = { quote, speaker };
      continue;
    }
    let speaker = parentheticalSpeaker(quote, layouts, mentions) ?? speakerOf(quote.frame, quote.frameBlock);
    // A verb with no subject (`«No vamos a ceder», dijo.` in a language that drops pronouns) speaks for
    // the person named last, as a pronoun would.
    if (!speaker && quote.frame && (quote.frame.kind === 'verb' || quote.frame.kind === 'claim-verb') && !quote.frame.speaker) {
      speaker = impliedSpeaker(quote.frameBlock, quote.frame.cueStart, speakerContext);
    }
    // A quotation without a frame right after another one in the same paragraph goes on with its words,
    // unless a sentence between is about someone else (`„…“, sagte der Papst. Sein Bruder, Georg Ratzinger,
    // war eingeweiht. „…“`).
    if (!speaker && !quote.frame && previous && previous.speaker && previous.quote.parts[previous.quote.parts.length - 1]!.block === quote.parts[0]!.block
      && !otherPersonBetween(previous.quote, quote, previous.speaker, layouts[quote.parts[0]!.block]!, mentions, insideQuote)) speaker = previous.speaker;
    // Reported speech that goes on in the next sentence (`Die Hausverwaltung versicherte, dass … . Eine
    // „offene Frage“ sei der Grund …`): the speaker of the report before it.
    if (!speaker && !quote.frame && !namedBefore(quote, layouts, mentions, insideQuote)) {
      const report = reportBefore(quote, layouts, sets, contextFor);
      if (report) speaker = speakerOf(report.frame, report.block);
    }
    if (!speaker) {
      const actor = passiveAgent(quote, layouts, sets, contextFor);
      speaker = actor ? resolveSpeaker(actor, quote.parts[0]!.block, sets, speakerContext).name : unframedSpeaker(quote, layouts, mentions, insideQuote);
    }
    speakers.set(quote, speaker);
    previous = { quote, speaker };
  }

  const reference = referenceDate(published);
  const figures: FoundFact[][] = blocks.map((text) => findFigures(text, pack, reference));
  const figureStarts = figures.map((list) => list.filter((fact) => fact.kind !== 'date').map((fact) => fact.start).sort((a, b) => a - b));
  const hasFigure = (block: number, start: number, end: number): boolean => {
    const starts = figureStarts[block]!;
    const first = countBefore(starts.length, (k) => starts[k]! < start);
    return first < starts.length && starts[first]! < end;
  };

  const drafts = findClaims({
    layouts,
    quotes,
    sets,
    contextFor,
    claims: pack.claims,
    speakerOf,
    quoteSpeaker: (quote) => speakers.get(quote) ?? null,
    hasFigure,
    partyOf: (block, start, end) => partyOf(layouts[block]!.text, block, start, end, mentions, sets, speakerContext),
  });

  // A quotation no frame gave a speaker inside a report whose speaker the claims carried on from sentence
  // to sentence (`Kaul warnte … Dazu gehöre … So gewonnene Daten seien „…“`) is that speaker's.
  for (const [quote, speaker] of speakers) {
    if (speaker !== null) continue;
    const part = quote.parts[0]!;
    const report = drafts.find((draft) => draft.origin === 'reported' && draft.speaker !== null && draft.block === part.block && draft.start <= part.start && draft.end >= part.end);
    // (The quotation's own claim lies inside the report's, which dedupeClaims keeps instead.)
    if (report) speakers.set(quote, report.speaker);
  }

  const contextOf = (block: number, offset: number): string => {
    const sentence = sentenceAt(layouts[block]!, offset);
    return blocks[block]!.slice(sentence.start, sentence.end);
  };

  return {
    quotes: quotes.filter((quote) => quote.statement).map((quote) => toQuote(quote, speakers.get(quote) ?? null)),
    claims: dedupeClaims(drafts).map((draft) => toClaim(draft, blocks)),
    facts: [...figureFacts(figures, contextOf), ...entityFacts(mentions, contextOf)],
  };
}

const SPEAKING_KINDS = new Set(['person', 'organization', 'source']);

/**
 * The description (an article and a capitalised noun) that opens the nearest sentence before (block,
 * offset), in that paragraph or the one before, with an article the pronoun agrees with where the
 * lexicon says which (`Der Student verbrachte …` for `er`, not `Das Wasser ist …` for `sie`).
 */
function leadingDescription(layouts: BlockLayout[], sets: SpeechSets, block: number, offset: number, pronoun: string): string | null {
  const agreeing = sets.pronounArticles.get(pronoun);
  for (let b = block; b >= Math.max(0, block - 1); b--) {
    const layout = layouts[b]!;
    for (let k = layout.sentences.length - 1; k >= 0; k--) {
      const sentence = layout.sentences[k]!;
      if (b === block && sentence.start >= offset) continue;
      const [article, noun] = tokenize(layout.text, sentence.start, Math.min(sentence.end, sentence.start + 60));
      if (article && noun && sets.determiners.has(article.lower) && (!agreeing || agreeing.has(article.lower)) && isCapitalised(noun) && /^\s+$/u.test(layout.text.slice(article.end, noun.start))) {
        return layout.text.slice(article.start, noun.end);
      }
    }
  }
  return null;
}

/**
 * Who a sentence is about: the first person or organisation it names outside quotation marks (the
 * subject, as a rule: `Musk reagierte …, gab jedoch keine Beweise an`), else the person a pronoun in it
 * refers to (`Beweise legte sie nicht vor`), else null.
 */
function partyOf(text: string, block: number, start: number, end: number, mentions: readonly EntityMention[], sets: SpeechSets, context: SpeakerContext): string | null {
  const named = mentionsWithin(mentions, block, start, end).find((mention) => SPEAKING_KINDS.has(mention.kind) && !context.insideQuote(block, mention.start));
  if (named) return named.name;
  for (const word of tokenize(text, start, end)) {
    if (!sets.pronouns.has(word.lower) || context.insideQuote(block, word.start)) continue;
    // Resolved as a speaker pronoun is: `er` to the last person, `sie` to the last person or organisation.
    const resolved = resolveSpeaker({ text: word.text, start: word.start, end: word.end }, block, sets, context);
    return resolved.name === word.text ? null : resolved.name;
  }
  return null;
}

/** How far into a sentence the person it is about is named: after a description and its comma at most (`Der ältere Bruder des Papstes, Georg Ratzinger, war …`). */
const SUBJECT_REACH = 8;

/**
 * Whether a sentence that lies between `before` and `after`, two quotations of one paragraph, is about a
 * person other than `speaker`: names them, outside quotation marks, within its first words.
 */
function otherPersonBetween(before: FoundQuote, after: FoundQuote, speaker: string, layout: BlockLayout, mentions: readonly EntityMention[], insideQuote: (block: number, offset: number) => boolean): boolean {
  const from = before.parts[before.parts.length - 1]!.end;
  const to = after.parts[0]!;
  return layout.sentences.some((sentence) => {
    if (sentence.start < from || sentence.end > to.start) return false;
    const reach = tokenize(layout.text, sentence.start, sentence.end)[SUBJECT_REACH - 1]?.end ?? sentence.end;
    return mentionsWithin(mentions, to.block, sentence.start, reach).some((mention) => mention.kind === 'person' && mention.name !== speaker && !insideQuote(mention.block, mention.start));
  });
}

/** Whether the quotation's sentence names a person before it, outside quotation marks. */
function namedBefore(quote: FoundQuote, layouts: BlockLayout[], mentions: readonly EntityMention[], insideQuote: (block: number, offset: number) => boolean): boolean {
  const first = quote.parts[0]!;
  const sentence = sentenceAt(layouts[first.block]!, first.start);
  return mentions.some((mention) => mention.block === first.block && mention.start >= sentence.start && mention.end <= first.start && mention.kind === 'person' && !insideQuote(mention.block, mention.start));
}

/**
 * `… Mohammed ElBaradei („Mir fällt niemand ein …“)`: a quotation in parentheses right after a person's name
 * is theirs; so is one with the name in parentheses right after it (`„…“ (Katharina Trattner)`).
 */
function parentheticalSpeaker(quote: FoundQuote, layouts: BlockLayout[], mentions: readonly EntityMention[]): string | null {
  const first = quote.parts[0]!;
  const text = layouts[first.block]!.text;
  const before = text.slice(Math.max(0, first.start - 4), first.start);
  if (/\(\s*[„“"»«‚‘']?$/u.test(before)) {
    const paren = text.lastIndexOf('(', first.start);
    const person = mentions.find((mention) => mention.block === first.block && mention.kind === 'person' && /^\s*$/u.test(text.slice(mention.end, paren)));
    return person ? person.name : null;
  }
  // `„Ich hoffe, ich kann noch lange hier bleiben“ (Katharina Trattner)`: the name in parentheses right after it.
  const last = quote.parts[quote.parts.length - 1]!;
  const lastText = layouts[last.block]!.text;
  const open = /^[”“"»«‘’'.!?]*\s*\(\s*/u.exec(lastText.slice(last.end, last.end + 8));
  if (!open) return null;
  const at = last.end + open[0].length;
  const named = mentions.find((mention) => mention.block === last.block && mention.kind === 'person' && mention.start === at && /^\s*\)/u.test(lastText.slice(mention.end)));
  return named ? named.name : null;
}

/**
 * For a quotation without a frame in a sentence of reported speech (a Konjunktiv I form outside the
 * quotation), the frame of a verb of saying in the sentence before (in its paragraph, or at the end of
 * the one before), when that frame names a speaker; with the block it stands in.
 */
function reportBefore(quote: FoundQuote, layouts: BlockLayout[], sets: SpeechSets, contextFor: (block: number) => FrameContext): { frame: Frame; block: number } | null {
  const first = quote.parts[0]!;
  const layout = layouts[first.block]!;
  const sentence = sentenceAt(layout, first.start);
  const outside = tokenize(layout.text, sentence.start, sentence.end).filter((token) => !inQuoteSpan(layout, token.start));
  if (!outside.some((token) => sets.subjunctive.has(token.lower))) return null;
  const index = layout.sentences.indexOf(sentence);
  const block = index > 0 ? first.block : first.block - 1;
  if (block < 0) return null;
  const previous = index > 0 ? layout.sentences[index - 1]! : layouts[block]!.sentences[layouts[block]!.sentences.length - 1];
  if (!previous) return null;
  const frame = frameBefore(layouts[block]!.text, previous.start, previous.end, contextFor(block));
  if (frame && frame.kind !== 'colon' && frame.speaker) return { frame, block };
  // `Doch sei es, so der Schriftsteller Musa Okwanga, …`: a speaker particle inside the report.
  const particle = frameAfter(layouts[block]!.text, previous.start, previous.end, contextFor(block));
  return particle && (particle.kind === 'particle' || particle.kind === 'source') && particle.speaker ? { frame: particle, block } : null;
}

/**
 * The one who acts in the passive a quotation stands in (`wird vom Deutschen Wetterdienst als „sehr
 * hoch“ eingestuft`, `was described by the police as “reckless”`): the phrase after an agent
 * preposition shortly before the quotation, in a sentence with a passive auxiliary; else null.
 */
function passiveAgent(quote: FoundQuote, layouts: BlockLayout[], sets: SpeechSets, contextFor: (block: number) => FrameContext): SpeakerPhrase | null {
  if (sets.passiveAgents.size === 0) return null;
  const first = quote.parts[0]!;
  const layout = layouts[first.block]!;
  const sentence = sentenceAt(layout, first.start);
  const words = tokenize(layout.text, sentence.start, sentence.end).filter((word) => !inQuoteSpan(layout, word.start));
  // The auxiliary in the quotation's own clause: no comma between them (`In einem Bericht, der … veröffentlicht
  // wurde, rechtfertigte …` is another clause's passive).
  const sameClause = (word: { start: number; end: number }): boolean => !/[,;:]/u.test(layout.text.slice(Math.min(word.end, first.start), Math.max(word.start, first.end)));
  if (!words.some((word) => sets.passiveAuxiliaries.has(word.lower) && sameClause(word))) return null;
  const before = words.filter((word) => word.end <= first.start);
  for (let k = before.length - 1; k >= 0 && k >= before.length - 8; k--) {
    if (!sets.passiveAgents.has(before[k]!.lower)) continue;
    const agent = phraseAt(layout.text, before[k]!.end, first.start, contextFor(first.block));
    // Only the marker (`als`, `as`) between the agent and the quotation, not an attribute it heads (`die vom Präsidenten abgesegnete Aktion als „…“`).
    return agent && tokenize(layout.text, agent.end, first.start).length <= 1 ? agent : null;
  }
  return null;
}

function unframedSpeaker(quote: FoundQuote, layouts: BlockLayout[], mentions: readonly EntityMention[], insideQuote: (block: number, offset: number) => boolean): string | null {
  const first = quote.parts[0]!;
  const layout = layouts[first.block]!;
  const sentence = sentenceAt(layout, first.start);
  const sentences = layout.sentences;
  const index = sentences.indexOf(sentence);
  const ranges: Array<{ block: number; start: number; end: number }> = [{ block: first.block, start: sentence.start, end: first.start }];
  // The two sentences before it, in this paragraph or at the end of the one before.
  for (let back = 1; back <= 2; back++) {
    if (index - back >= 0) ranges.push({ block: first.block, start: sentences[index - back]!.start, end: sentences[index - back]!.end });
    else if (first.block > 0) {
      const previous = layouts[first.block - 1]!.sentences;
      const sentence = previous[previous.length - 1 - (back - 1 - index)];
      if (sentence) ranges.push({ block: first.block - 1, ...sentence });
    }
  }
  for (const range of ranges) {
    const inside = mentions.filter((mention) => mention.block === range.block && mention.start >= range.start && mention.end <= range.end && SPEAKING_KINDS.has(mention.kind) && !insideQuote(mention.block, mention.start));
    const chosen = inside.find((mention) => mention.kind === 'person') ?? inside[0];
    if (chosen) return chosen.name;
  }
  return null;
}

/** One frame context per block: the pack's word sets and the names the entity finder found there. */
function frameContexts(blockCount: number, mentions: readonly EntityMention[], sets: SpeechSets): (block: number) => FrameContext {
  const byBlock: EntityMention[][] = Array.from({ length: blockCount }, () => []);
  for (const mention of mentions) if (SPEAKING_KINDS.has(mention.kind)) byBlock[mention.block]?.push(mention);
  const cache = new Map<number, FrameContext>();
  return (block) => {
    let context = cache.get(block);
    if (!context) {
      const names = byBlock[block] ?? []; // in text order, as the entity finder reports them
      /** Index of the first name that ends after `offset`. */
      const firstEndingAfter = (offset: number): number => countBefore(names.length, (k) => names[k]!.end <= offset);
      context = {
        sets,
        isName: (start, end) => {
          const k = firstEndingAfter(start);
          return k < names.length && names[k]!.start < end;
        },
        firstName: (start, end): SpeakerPhrase | null => {
          const inside: EntityMention[] = [];
          for (let k = firstEndingAfter(start); k < names.length && names[k]!.start < end; k++) if (names[k]!.start >= start && names[k]!.end <= end) inside.push(names[k]!);
          const chosen = inside.find((mention) => mention.kind === 'person') ?? inside[0];
          return chosen ? { text: chosen.text, start: chosen.start, end: chosen.end } : null;
        },
        lastPerson: (start, end): SpeakerPhrase | null => {
          let chosen: EntityMention | undefined;
          for (let k = firstEndingAfter(start); k < names.length && names[k]!.start < end; k++) if (names[k]!.kind === 'person' && names[k]!.end <= end) chosen = names[k];
          return chosen ? { text: chosen.text, start: chosen.start, end: chosen.end } : null;
        },
      };
      cache.set(block, context);
    }
    return context;
  };
}

function toQuote(quote: FoundQuote, speaker: string | null): Quote {
  const first = quote.parts[0]!;
  const result: Quote = { text: quote.text, speaker, span: { block: first.block, start: first.start, end: first.end } };
  if (quote.parts.length > 1) result.spans = quote.parts.map((part): TextSpan => ({ block: part.block, start: part.start, end: part.end }));
  if (quote.frame) result.frame = quote.frame.cue;
  return result;
}

/**
 * A claim that lies inside another one of the same block is the same assertion: keep the wider. Drafts
 * come sorted by block and start, so only the claims kept last in the same block can enclose a draft.
 */
function dedupeClaims(drafts: DraftClaim[]): DraftClaim[] {
  const kept: DraftClaim[] = [];
  const LOOK_BACK = 8;
  for (const draft of drafts) {
    let same: DraftClaim | undefined;
    let inner = -1;
    for (let k = kept.length - 1; k >= 0 && k >= kept.length - LOOK_BACK; k--) {
      const other = kept[k]!;
      if (other.block !== draft.block) break;
      if (other.start <= draft.start && other.end >= draft.end) same = other;
      else if (draft.start <= other.start && draft.end >= other.end) inner = k;
    }
    if (same) {
      if (draft.status === 'unsupported' && same.status !== 'unsupported') {
        same.status = 'unsupported';
        same.reasons = distinctReasons([...draft.reasons, ...same.reasons]);
      }
      continue;
    }
    if (inner >= 0) kept.splice(inner, 1);
    kept.push(draft);
  }
  return kept;
}

function toClaim(draft: DraftClaim, blocks: readonly string[]): Claim {
  return {
    text: blocks[draft.block]!.slice(draft.start, draft.end),
    status: draft.status,
    speaker: draft.speaker,
    reasons: draft.reasons.map(reasonText),
    why: draft.reasons,
    span: { block: draft.block, start: draft.start, end: draft.end },
  };
}

function figureFacts(figures: FoundFact[][], contextOf: (block: number, offset: number) => string): Fact[] {
  const facts: Fact[] = [];
  figures.forEach((list, block) => {
    for (const found of list) {
      const fact = withoutOffsets(found);
      fact.context = contextOf(block, found.start);
      fact.span = { block, start: found.start, end: found.end };
      facts.push(fact);
    }
  });
  return facts;
}

/**
 * A found fact without its offsets (they become its span), its fields in their order. Copied field by
 * field: an object rest (`{ start, end, ...fact }`) costs the engine microseconds per fact.
 */
function withoutOffsets(found: FoundFact): Fact {
  const fact: Record<string, unknown> = {};
  for (const key in found) if (key !== 'start' && key !== 'end') fact[key] = found[key as keyof FoundFact];
  return fact as unknown as Fact;
}

/** One fact per distinct entity (by kind and fullest name), at its first mention. */
function entityFacts(mentions: readonly EntityMention[], contextOf: (block: number, offset: number) => string): Fact[] {
  const seen = new Set<string>();
  const facts: Fact[] = [];
  for (const mention of mentions) {
    const key = `${mention.kind}\u0000${mention.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    facts.push({ kind: mention.kind, text: mention.name, context: contextOf(mention.block, mention.start), span: { block: mention.block, start: mention.start, end: mention.end } });
  }
  return facts;
}
