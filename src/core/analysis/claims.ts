// Claims and their support. A claim is reported speech (what someone is said to have said), an
// assertion resting on hedges or anonymous sources, a statement the article says lacks evidence, or a
// check-worthy quotation. Its status: `unsupported` (hedge, anonymous source, or the article says
// evidence is missing — which also marks the claims of the sentences just before it), `supported`
// (a named study, document or data set in the sentence), else `attributed` (a named party asserts it).
import type { ClaimStatus } from '../report';
import { cueSearch, findCues, type CueHit } from '../lexicon';
import type { Cue, LanguagePack } from '../languages/types';
import { backReference } from './frames';
import { inQuoteSpan, sentenceIndexAt, type FoundQuote, type BlockLayout, type ContextFor } from './quotes';
import { findReported, freeIndirect, speakingFrame, trailingFrame, type ReportedClause, type SentenceView } from './reported';
import { isCapitalised, tokenize, type SpeechSets } from './tokens';
import { countBefore } from '../search';
import { distinctReasons, shortCue, sourceNamed, type Reason } from './reasons';

export interface DraftClaim {
  block: number;
  start: number;
  end: number;
  status: ClaimStatus;
  /** The speaker's resolved name, or null. */
  speaker: string | null;
  reasons: Reason[];
  /** Global index of the sentence it stands in (for evidence-absence look-back). */
  sentence: number;
  origin: 'reported' | 'hedged' | 'absence' | 'quote' | 'evidence';
  /** A sentence of free indirect speech that carries on the report before it (no frame of its own). */
  continues?: boolean;
}

export interface ClaimContext {
  layouts: BlockLayout[];
  quotes: FoundQuote[];
  sets: SpeechSets;
  contextFor: ContextFor;
  claims: LanguagePack['claims'];
  /** Resolves a frame's speaker phrase to a name (pronouns, possessives, fullest form). */
  speakerOf(frame: ReportedClause['frame'], block: number): string | null;
  /** Speaker of a quote, already resolved. */
  quoteSpeaker(quote: FoundQuote): string | null;
  /** Figures in a block (money, percent, numbers) as spans: they make a sentence check-worthy. */
  hasFigure(block: number, start: number, end: number): boolean;
  /** Who the sentence at [start, end) of a block is about (its subject, as a rule), or null. */
  partyOf(block: number, start: number, end: number): string | null;
}

/** How many sentences back an evidence-absence statement reaches (`… gab keine Beweise an`). */
const ABSENCE_REACH = 3;

/** Whether two names are one party's: equal, or one the other's last words (`Musk`, `Elon Musk`). */
function sameParty(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
}

function frameReason(clause: ReportedClause, speaker: string | null): Reason {
  const who = speaker ? { speaker } : {};
  switch (clause.markerKind) {
    case 'subjunctive':
      return { code: 'reported-subjunctive', marker: clause.marker, ...who };
    case 'complementizer': {
      // A noun's frame has the noun for its cue, which the marker already opens with (`Forderung … zu senken`).
      const cue = clause.frame?.cue ?? '';
      return { code: 'reported-clause', cue: clause.marker.startsWith(`${cue} `) ? '' : cue, marker: clause.marker, ...who };
    }
    case 'source':
      return { code: 'source-named', marker: clause.marker, ...who };
    default:
      return { code: 'reported', marker: clause.marker, ...who };
  }
}

/**
 * Cue hits of a whole block that stand outside direct quotations (a hedge inside someone's quotation
 * is theirs). Searched once per block; each sentence then takes the hits that lie within it.
 */
function cuesOutsideQuotes(search: (cues: readonly Cue[]) => CueHit[], cues: readonly Cue[], inQuote: (offset: number) => boolean): CueHit[] {
  return search(cues).filter((hit) => !inQuote(hit.start));
}

function within(hits: readonly CueHit[], start: number, end: number): CueHit[] {
  return hits.filter((hit) => hit.start >= start && hit.end <= end);
}

/** The sentence before in a block: what a sentence that refers back to it (backReference) needs. */
interface SentenceBefore {
  index: number;
  start: number;
  end: number;
  unsupported: Reason[];
  support: Reason[];
  /** The drafts made for it. */
  drafts: DraftClaim[];
}

/**
 * `Das teilte die Polizei mit.`: the sentence before is what the police said. Its claim already unsupported
 * for a hedge gets the speaker, its hedge now one over a named source; one already reported, or a sentence
 * that is mostly a quotation, keeps its own. Returns the claim to add for the sentence, or null.
 */
function referredBack(before: SentenceBefore, speaker: string | null, cue: string, block: number, quoted: boolean): DraftClaim | null {
  for (const draft of before.drafts) {
    if ((draft.origin !== 'hedged' && draft.origin !== 'absence') || draft.speaker !== null || speaker === null) continue;
    draft.speaker = speaker;
    draft.reasons = draft.reasons.map((reason) => (reason.code === 'hedge' ? { ...reason, speaker } : reason));
  }
  if (quoted || before.drafts.some((draft) => draft.origin === 'reported' || draft.origin === 'hedged' || draft.origin === 'absence')) return null;
  const status: ClaimStatus = before.unsupported.length ? 'unsupported' : before.support.length ? 'supported' : 'attributed';
  const frame: Reason = { code: 'reported', marker: cue, ...(speaker ? { speaker } : {}) };
  return { block, start: before.start, end: before.end, status, speaker, reasons: [...before.unsupported, frame, ...before.support], sentence: before.index, origin: 'reported' };
}

/**
 * Whether a source phrase only refers back to a report named before (SpeechLexicon.sourceBackReferences):
 * an article or demonstrative and a bare source noun (`den Angaben`, `diesen Angaben`), nothing that
 * names anyone; not a document, which is a source of its own (`der Studie`).
 */
function refersBack(phrase: string, sets: SpeechSets): boolean {
  // (The phrase may be the whole marker, with its preposition or postposition: `Nach diesen Angaben`.)
  let words = tokenize(phrase);
  if (words[0] && sets.sourceBeforeByFirst.has(words[0].lower)) words = words.slice(1);
  if (words.length && sets.sourceAfter.has(words[words.length - 1]!.lower)) words = words.slice(0, -1);
  const last = words[words.length - 1];
  if (!last || words.length !== 2 || !sets.sourceNouns.includes(last.lower) || sets.sourceDocuments.has(last.lower)) return false;
  return sets.sourceBackReferences.has(words[0]!.lower);
}

/** Whether a sentence ends with its own question mark, outside any quotation (`…, dass …?`, not `„…?“, fragte er.`). */
function asksQuestion(text: string, sentence: { start: number; end: number }, inQuote: (offset: number) => boolean): boolean {
  const mark = /\?[\s“”"»«’']*$/u.exec(text.slice(sentence.start, sentence.end));
  return mark !== null && !inQuote(sentence.start + mark.index);
}

export function findClaims(context: ClaimContext): DraftClaim[] {
  const { layouts, sets, claims: lexicon } = context;
  const vagueWords = new Set(lexicon.vagueSpeakers ?? []);
  /** The speaker phrase when it names no one (`aides`, `a source`, `Beobachter`), else null. */
  const vagueSpeaker = (phrase: string | undefined, resolved: string | null): string | null => {
    if (phrase === undefined) return null;
    const words = tokenize(phrase);
    // `Aides to Clinton`, `A Democratic source`: the head names no one, whatever name follows it.
    const content = words.filter((word) => !sets.determiners.has(word.lower) && !sets.possessives.has(word.lower));
    if (content.slice(0, 2).some((word) => vagueWords.has(word.lower))) return phrase;
    if (resolved !== null && resolved !== phrase) return null; // resolved to a name
    if (!words.length || words.some((word) => isCapitalised(word) && !vagueWords.has(word.lower) && !sets.determiners.has(word.lower) && !sets.stopwords.has(word.lower))) return null;
    return words.some((word) => vagueWords.has(word.lower)) ? phrase : null;
  };
  const drafts: DraftClaim[] = [];
  /** Statements that evidence is missing, with whose statements they speak of (see `concerns` below). */
  const absences: Array<{ sentence: number; block: number; party: string | null; hit: CueHit }> = [];
  let sentenceIndex = 0;
  let lastReported: { sentence: number; speaker: string | null } | null = null;

  // The global index of each block's first sentence.
  const firstBlockSentence: number[] = [];
  layouts.reduce((count, layout, block) => ((firstBlockSentence[block] = count), count + layout.sentences.length), 0);
  /** The global index of the sentence a quotation's first part stands in. */
  const sentenceOfQuote = (quote: FoundQuote): number => firstBlockSentence[quote.parts[0]!.block]! + sentenceIndexAt(layouts[quote.parts[0]!.block]!, quote.parts[0]!.start);

  // Statement quotations by the sentence their first part stands in, so each sentence sees only its own.
  const quotesBySentence = new Map<number, FoundQuote[]>();
  for (const quote of context.quotes) {
    if (!quote.statement) continue;
    const key = sentenceOfQuote(quote);
    const list = quotesBySentence.get(key);
    if (list) list.push(quote);
    else quotesBySentence.set(key, [quote]);
  }

  layouts.forEach((layout, block) => {
    const inQuote = (offset: number): boolean => inQuoteSpan(layout, offset);
    const search = cueSearch(layout.text);
    const blockHedges = cuesOutsideQuotes(search, lexicon.hedges, inQuote);
    const blockAnonymous = cuesOutsideQuotes(search, lexicon.anonymousSources, inQuote);
    const blockAbsence = cuesOutsideQuotes(search, lexicon.evidenceAbsence, inQuote);
    const blockEvidence = cuesOutsideQuotes(search, lexicon.evidence, inQuote);
    let before: SentenceBefore | null = null;
    layout.sentences.forEach((sentence) => {
      const view: SentenceView = { text: layout.text, start: sentence.start, end: sentence.end, inQuote };
      const index = sentenceIndex++;
      const hedges = within(blockHedges, sentence.start, sentence.end);
      const anonymous = within(blockAnonymous, sentence.start, sentence.end);
      const absence = within(blockAbsence, sentence.start, sentence.end);
      const evidence = within(blockEvidence, sentence.start, sentence.end);
      if (absence.length) absences.push({ sentence: index, block, party: context.partyOf(block, sentence.start, sentence.end), hit: absence[0]! });

      // Two cues may find the same words (`is often regarded as`): each reason is given once.
      const flagged = hedges.length + anonymous.length + absence.length;
      const unsupportedReasons: Reason[] = flagged === 0 ? [] : distinctReasons([
        ...hedges.map((hit): Reason => ({ code: 'hedge', cue: shortCue(hit.text) })),
        ...anonymous.map((hit): Reason => ({ code: 'anonymous', cue: shortCue(hit.text) })),
        ...absence.map((hit): Reason => ({ code: 'evidence-missing', cue: shortCue(hit.text) })),
      ]);
      const supportReasons = evidence.map((hit): Reason => ({ code: 'evidence-named', cue: shortCue(hit.text) }));

      // `Das teilte die Polizei mit.` speaks of the sentence before it, whatever source it names on the way
      // (`Dies gab – nach eingehenden Untersuchungen – Professor Lang bekannt.`).
      const back = before ? backReference(layout.text, sentence.start, sentence.end, context.contextFor(block)) : null;
      // A question asserts nothing, whatever frame it holds (`Wo steht geschrieben, dass …?`, `Welche
      // Vorschläge sind Ihrer Meinung nach …?`).
      const asks = asksQuestion(layout.text, sentence, inQuote);
      let clauses = back || asks ? [] : findReported(view, context.contextFor(block));
      if (!clauses.length && !back && !asks) {
        // German free indirect speech continues the reported speech before it (speaker carried over below).
        const free = freeIndirect(view, sets, lastReported !== null && index - lastReported.sentence <= 1);
        if (free) clauses = [free];
      }
      // A sentence that speaks without reporting a clause (`Die Regierung warnt vor …`) leads reported
      // speech into the next one all the same: its speaker is carried there, as a report's would be.
      if (!clauses.length && sets.subjunctive.size > 0) {
        const frame = speakingFrame(view, context.contextFor(block));
        if (frame) lastReported = { sentence: index, speaker: context.speakerOf(frame, block) };
      }
      if (back && before) {
        const speaker = context.speakerOf(back, block);
        const previous = before;
        const quoted = (quotesBySentence.get(previous.index) ?? []).some((quote) => quote.parts[0]!.block === block && quote.parts[0]!.end - quote.parts[0]!.start > (previous.end - previous.start) / 2);
        const draft = referredBack(previous, speaker, back.cue, block, quoted);
        if (draft) drafts.push(draft);
        lastReported = { sentence: index, speaker };
      }
      const firstDraft = drafts.length;
      let covered = false;
      for (const clause of clauses) {
        const words = tokenize(layout.text, clause.start, clause.end);
        if (words.length < 3) continue;
        // A source that only refers back (`Den Angaben zufolge …`, `Nach diesen Angaben …`) is the speaker of
        // the report just before, as a clause without a frame would be; else no one named.
        const carried = lastReported && index - lastReported.sentence <= 2 ? lastReported.speaker : null;
        const referredBack = clause.markerKind === 'source' && refersBack(clause.frame?.speaker?.text ?? clause.marker, sets);
        const speaker = referredBack ? carried : clause.frame ? context.speakerOf(clause.frame, block) : carried;
        let speakerShown = speaker;
        // `Aides said …`, `analysts say`, `a source added`: a speaker without a name is an anonymous source.
        // The closing frame is read only when the clause's own frame leaves the question open.
        const vague = anonymous.length ? null
          : vagueSpeaker(clause.frame?.speaker?.text, speaker) ?? vagueSpeaker(trailingFrame(view, context.contextFor(block))?.speaker?.text, null);
        const ownReasons: Reason[] = vague ? [...unsupportedReasons, { code: 'unnamed-speaker', cue: shortCue(vague) }] : unsupportedReasons;
        // An anonymous source is reported as written (`Aides to Clinton`), not as the name inside it; so is
        // a source whose first words an anonymous cue finds (`según fuentes cercanas al Ejecutivo`, not
        // `nach Informationen der Nachrichtenagentur Reuters`).
        if (vague && clause.frame?.speaker && vague === clause.frame.speaker.text) speakerShown = vague;
        const source = clause.markerKind === 'source' ? clause.frame : null;
        const anonymousSource = source?.speaker != null && anonymous.some((hit) => hit.start >= source.cueStart && hit.start <= source.speaker!.start
          && tokenize(layout.text, source.speaker!.start, Math.min(hit.end, source.speaker!.end)).some((word) => !sets.determiners.has(word.lower)));
        if (anonymousSource) speakerShown = source!.speaker!.text;
        // A hedge or an anonymous source over the very words of the frame (`nach ersten Angaben`, `according
        // to officials`) says it all: no `source named` beside it; nor where it stands among the words of a
        // longer source (`according to people familiar with the matter`, `fonti vicine al governo`).
        const frameWords = [clause.marker, sourceNamed(clause.marker, speakerShown)].map((words) => ` ${words.toLowerCase()} `);
        const sourceWords = (cue: string): boolean => clause.markerKind === 'source' && frameWords.some((words) => words.includes(` ${cue.toLowerCase()} `));
        const frameHedged = anonymousSource || ownReasons.some((reason) => reason.cue !== undefined && sourceWords(reason.cue));
        // A hedge over what a named source says is still a hedge, but not one without a source, nor one
        // whose source is itself the hedge (`secondo indiscrezioni`, `according to initial reports`).
        const named = vague || frameHedged ? null : speakerShown;
        // (A hedge that is the frame's own words, `Laut Medienberichten` or the `hieß es` of `Aus Paris hieß
        // es`, is no hedge over a source: it stays as it is.)
        const frameCue = clause.frame?.cue.toLowerCase();
        const ownWords = (cue: string): boolean => sourceWords(cue) || (frameCue !== undefined && cue.toLowerCase().split(/\s+/u).includes(frameCue));
        const overSource = (reason: Reason): boolean => reason.code === 'hedge' && reason.cue !== undefined && !ownWords(reason.cue);
        const hedgedReasons = named ? ownReasons.map((reason) => (overSource(reason) ? { ...reason, speaker: named } : reason)) : ownReasons;
        const reasons = [...hedgedReasons, ...(frameHedged ? [] : [frameReason(clause, speakerShown)]), ...supportReasons];
        const status: ClaimStatus = ownReasons.length ? 'unsupported' : supportReasons.length ? 'supported' : 'attributed';
        drafts.push({ block, start: clause.start, end: clause.end, status, speaker: speakerShown, reasons, sentence: index, origin: 'reported', continues: clause.frame === null && clause.markerKind === 'subjunctive' });
        lastReported = { sentence: index, speaker };
        covered = true;
      }
      if (!covered && (hedges.length || anonymous.length || absence.length)) {
        drafts.push({ block, start: sentence.start, end: sentence.end, status: 'unsupported', speaker: null, reasons: unsupportedReasons, sentence: index, origin: absence.length && !hedges.length && !anonymous.length ? 'absence' : 'hedged' });
        covered = true;
      }
      if (!covered && evidence.length && context.hasFigure(block, sentence.start, sentence.end)) {
        drafts.push({ block, start: sentence.start, end: sentence.end, status: 'supported', speaker: null, reasons: supportReasons, sentence: index, origin: 'evidence' });
      }
      // Check-worthy statements in direct quotations: accusations, figures, comparisons, causes.
      for (const quote of quotesBySentence.get(index) ?? []) {
        const part = quote.parts[0]!;
        const checkWorthy = findCues(quote.text, lexicon.checkWorthy);
        const figure = context.hasFigure(block, part.start, part.end);
        if (!checkWorthy.length && !figure) continue;
        const speaker = context.quoteSpeaker(quote);
        const reasons: Reason[] = [
          checkWorthy.length ? { code: 'check-worthy', cue: shortCue(checkWorthy[0]!.text) } : { code: 'check-worthy-figure' },
          { code: 'quote-without-evidence', ...(speaker ? { speaker } : {}) },
        ];
        drafts.push({ block, start: part.start, end: part.end, status: supportReasons.length ? 'supported' : 'attributed', speaker, reasons: supportReasons.length ? [...reasons, ...supportReasons] : reasons, sentence: index, origin: 'quote' });
      }
      before = { index, start: sentence.start, end: sentence.end, unsupported: unsupportedReasons, support: supportReasons, drafts: drafts.slice(firstDraft) };
    });
  });

  // The article says evidence is missing: the claims just before (and in) that sentence are unsupported.
  // Drafts were made in sentence order, and quotations are indexed by sentence once, so each statement
  // of missing evidence looks only at its own reach.
  const quoteAt = context.quotes.filter((quote) => quote.statement).map((quote) => ({ quote, at: sentenceOfQuote(quote) }));
  const firstFrom = <T>(list: readonly T[], sentenceOf: (item: T) => number, sentence: number, length = list.length): number =>
    countBefore(length, (k) => sentenceOf(list[k]!) < sentence);
  const found = drafts.length;
  for (const { sentence, block, party, hit } of absences) {
    const reason: Reason = { code: 'evidence-missing', cue: shortCue(hit.text) };
    // The statement speaks of its own sentence, and of the sentences before it only where they are the
    // same party's (`Musk … gab keine Beweise an` marks Musk's claims, not a minister's before them); when
    // it names no one (`Beweise wurden nicht vorgelegt`), of the sentences before it in its paragraph.
    const concerns = (at: number, atBlock: number, speaker: string | null): boolean =>
      at === sentence || (party !== null ? speaker !== null && sameParty(party, speaker) : atBlock === block);
    for (let k = firstFrom(drafts, (draft) => draft.sentence, sentence - ABSENCE_REACH, found); k < found && drafts[k]!.sentence <= sentence; k++) {
      const draft = drafts[k]!;
      if (!concerns(draft.sentence, draft.block, draft.speaker)) continue;
      if (draft.status !== 'unsupported') {
        draft.status = 'unsupported';
        draft.reasons = [reason, ...draft.reasons.filter((other) => other.code !== 'evidence-named')];
      }
    }
    // A quotation in the reach that was not check-worthy on its own is now a claim too.
    for (let k = firstFrom(quoteAt, (entry) => entry.at, sentence - ABSENCE_REACH); k < quoteAt.length && quoteAt[k]!.at <= sentence; k++) {
      const { quote, at } = quoteAt[k]!;
      const part = quote.parts[0]!;
      const speaker = context.quoteSpeaker(quote);
      if (!concerns(at, part.block, speaker)) continue;
      let covered = false;
      for (let d = firstFrom(drafts, (draft) => draft.sentence, at - 1, found); d < found && drafts[d]!.sentence <= at + 1; d++) {
        const draft = drafts[d]!;
        if (draft.block === part.block && draft.start <= part.start && draft.end >= part.end) covered = true;
      }
      if (covered) continue;
      drafts.push({ block: part.block, start: part.start, end: part.end, status: 'unsupported', speaker, reasons: [reason, { code: 'quoted-statement', ...(speaker ? { speaker } : {}) }], sentence: at, origin: 'quote' });
    }
  }
  drafts.sort((a, b) => a.block - b.block || a.start - b.start);
  return joinContinuations(drafts, context.layouts);
}

/** Between two sentences of one report: only their closing marks and space. */
const SENTENCE_JOIN = /^[\s.!?…“”"»«‘’]*$/u;

/**
 * Free indirect speech that carries on a report sentence after sentence (`Der Minister sagte, die Lage
 * sei ernst. Man müsse handeln.`) is one statement of its speaker, as a quotation over several sentences
 * is one quotation: each continuing sentence joins the claim before it, where speaker and status agree
 * and nothing but the sentence's end stands between. Joined after the look-back for missing evidence,
 * which reads sentence by sentence.
 */
function joinContinuations(drafts: DraftClaim[], layouts: readonly BlockLayout[]): DraftClaim[] {
  const joined: DraftClaim[] = [];
  for (const draft of drafts) {
    const previous = joined[joined.length - 1];
    if (draft.continues && previous && previous.origin === 'reported' && previous.block === draft.block && previous.speaker === draft.speaker
      && previous.status === draft.status && draft.sentence === previous.sentence + 1 && SENTENCE_JOIN.test(layouts[draft.block]!.text.slice(previous.end, draft.start))) {
      previous.end = draft.end;
      previous.sentence = draft.sentence;
      // Its own reasons (a hedge, evidence named) stay; its Konjunktiv adds nothing to the report's frame.
      previous.reasons = distinctReasons([...previous.reasons, ...draft.reasons.filter((reason) => reason.code !== 'reported-subjunctive')]);
      continue;
    }
    joined.push(draft);
  }
  return joined;
}
