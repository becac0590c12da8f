// Direct quotations of an article: spans between quotation marks and dash-introduced speech, joined
// across paragraphs where a quotation runs on (no closing mark until the last paragraph), each with the
// frame that tells who speaks, and told apart from quoted terms, titles and names.
import type { LanguagePack } from '../languages/types';
import { backReference, clauseStart, frameAfter, frameBefore, phraseAt, type Frame, type FrameContext, type SpeakerPhrase } from './frames';
import { findMarkSpans, type MarkSpan } from './quote-marks';
import { splitSentences, type SentenceSpan } from './sentences';
import { isCapitalised, isSpeechVerb, sourcesAt, speechVerbAt, tokenize, type SpeechSets, type Token } from './tokens';
import { isWordChar } from '../lexicon';
import { stopwordLanguages } from '../langid/detect';
import { countBefore } from '../search';

/** The frame reader's view of one block. */
export type ContextFor = (block: number) => FrameContext;

export interface QuotePart {
  block: number;
  start: number;
  end: number;
}

export interface FoundQuote {
  /** The quoted words of each paragraph the quotation spans, in order. */
  parts: QuotePart[];
  text: string;
  kind: 'marks' | 'dash';
  /** The frame that names the speaker, and the block it stands in. */
  frame: Frame | null;
  frameBlock: number;
  /** A statement someone made, as opposed to a quoted term, title or name. */
  statement: boolean;
  /** Why it is (not) taken as a statement, for the reasons a reader sees. */
  why: string;
}

export interface BlockLayout {
  text: string;
  /** Outermost quotation spans (marks and dash speech), by their opening offset. */
  quoteSpans: Array<{ start: number; end: number; open: number; closeEnd: number }>;
  sentences: SentenceSpan[];
}

type QuotePack = Pick<LanguagePack, 'quotes' | 'abbreviations' | 'ordinalDot' | 'facts'> & Partial<Pick<LanguagePack, 'stopwords'>>;

/** Dash speech: `– Sie haben … – postete er.` The closing dash is followed by the frame in lower case. */
const DASH_OPEN = /^[\u2013\u2014]\s*/u;
const DASH_CLOSE = /\s[\u2013\u2014]\s*(?=\p{Ll})|[\u2013\u2014](?=\p{Ll})/gu;

interface RawQuote {
  block: number;
  open: number;
  start: number;
  end: number;
  /** Offset right after the closing mark or dash; -1 when the quotation does not close in this block. */
  closeEnd: number;
  kind: 'marks' | 'dash';
  openMark: string;
}

function dashSpeech(text: string, block: number): RawQuote | null {
  const open = DASH_OPEN.exec(text);
  if (!open) return null;
  DASH_CLOSE.lastIndex = open[0].length;
  const close = DASH_CLOSE.exec(text);
  if (!close) return null;
  const closeEnd = close.index + close[0].length;
  return { block, open: 0, start: open[0].length, end: close.index, closeEnd, kind: 'dash', openMark: text[0]! };
}

/** Lays out each block: its outermost quotations and its sentences (never split inside a quotation). */
export function layoutBlocks(blocks: readonly string[], pack: QuotePack): { layouts: BlockLayout[]; raw: RawQuote[][] } {
  const layouts: BlockLayout[] = [];
  const raw: RawQuote[][] = [];
  blocks.forEach((text, block) => {
    const quotes: RawQuote[] = [];
    const dash = pack.quotes.dashSpeech ? dashSpeech(text, block) : null;
    if (dash) quotes.push(dash);
    for (const span of findMarkSpans(text)) {
      if (span.depth > 0) continue;
      if (dash && span.open < dash.closeEnd) continue;
      quotes.push(fromMarks(span, block));
    }
    const quoteSpans = quotes.map((quote) => ({ start: quote.start, end: quote.end, open: quote.open, closeEnd: quote.closeEnd < 0 ? text.length : quote.closeEnd }));
    const sentences = splitSentences(text, pack, quoteSpans.map((span) => ({ start: span.open, end: span.closeEnd - 1 })));
    layouts.push({ text, quoteSpans, sentences });
    raw.push(quotes);
  });
  return { layouts, raw };
}

function fromMarks(span: MarkSpan, block: number): RawQuote {
  return { block, open: span.open, start: span.start, end: span.end, closeEnd: span.close < 0 ? -1 : span.close + 1, kind: 'marks', openMark: span.openMark };
}

/** Index of the sentence that holds `offset` (the one before it when the offset falls between two). */
export function sentenceIndexAt(layout: BlockLayout, offset: number): number {
  const sentences = layout.sentences;
  return Math.max(0, countBefore(sentences.length, (k) => sentences[k]!.start <= offset) - 1);
}

export function sentenceAt(layout: BlockLayout, offset: number): SentenceSpan {
  const sentence = layout.sentences[sentenceIndexAt(layout, offset)];
  if (sentence && offset >= sentence.start && offset < sentence.end) return sentence;
  return layout.sentences.find((candidate) => offset < candidate.end) ?? layout.sentences[layout.sentences.length - 1] ?? { start: 0, end: layout.text.length };
}

/** Whether `offset` lies inside one of the block's outermost quotations (binary search: they do not overlap). */
export function inQuoteSpan(layout: BlockLayout, offset: number): boolean {
  const spans = layout.quoteSpans;
  const found = countBefore(spans.length, (k) => spans[k]!.open <= offset) - 1;
  return found >= 0 && offset < spans[found]!.closeEnd;
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /[\s\u00A0\u202F]/u.test(text[s]!)) s++;
  while (e > s && /[\s\u00A0\u202F,]/u.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** Whether the quotation after this one continues it in the next paragraph (same opening mark at its start). */
function continuesIn(next: RawQuote[] | undefined, nextText: string | undefined, openMark: string): RawQuote | null {
  if (!next || !nextText) return null;
  const first = next[0];
  if (!first || first.kind !== 'marks' || first.open !== nextText.search(/\S/u)) return null;
  return first.openMark === openMark || (first.openMark === '“' && openMark === '"') ? first : null;
}

/**
 * A title or a name in quotation marks (`“Good Morning America”`, `„Ärzte ohne Grenzen“`, `“Hannity”`):
 * every word capitalised except the language's function words. German capitalises every noun, so
 * there one capitalised word alone proves nothing (`„Klarstellung“` may be someone's word).
 */
function looksLikeTitle(words: readonly Token[], sets: SpeechSets): boolean {
  const content = words.filter((word) => !/^\p{N}+$/u.test(word.text));
  if (!content.length || words.length > 10) return false;
  const allCapitalised = content.every((word) => isCapitalised(word) || sets.stopwords.has(word.lower) || sets.determiners.has(word.lower));
  if (!allCapitalised) return false;
  const capitalised = content.filter(isCapitalised);
  if (capitalised.length === 0) return false;
  return sets.verbSecond ? capitalised.length >= 2 : true;
}

/** In a verb-second language, whether a capitalised quotation reads as a name rather than someone's words. */
function readsAsName(text: string, part: QuotePart, words: readonly Token[], sets: SpeechSets): boolean {
  const capitalised = words.filter(isCapitalised);
  const adjective = words.slice(1).some((word) => /^\p{Lu}\p{Ll}+(?:e|es|er|en|em)$/u.test(word.text) && words.some((other) => other !== word && isCapitalised(other) && other.start > word.start));
  // `Gesetz zur Änderung des Passgesetzes`, `Zur Geschichte …`: the `zur`/`zum` of official names.
  const headWithGenitive = words.length >= 4 && words.slice(0, 2).some((word) => word.lower === 'zur' || word.lower === 'zum');
  if (capitalised.length >= 2 && (adjective || headWithGenitive)) return true;
  const before = tokenize(text, Math.max(0, part.start - 60), Math.max(0, part.start - 1)).slice(-5);
  const after = tokenize(text, part.end + 1, Math.min(text.length, part.end + 30))[0];
  const glued = /^[\s„“"»«‚‘]*$/u.test(text.slice(before[before.length - 1]?.end ?? part.start, part.start));
  const last = before.length - 1;
  const lastBefore = before[last];
  // A whole source phrase ends at before[k] (`laut`, `nach Angaben`, `nach einem Bericht`), or a verb of saying stands there.
  const phraseEndsAt = (k: number): boolean => sets.sourceBefore.some((phrase) => phrase.every((word, j) => before[k - phrase.length + 1 + j]?.lower === word));
  const prepositionOrVerb = (k: number): boolean => k >= 0 && (phraseEndsAt(k) || isSpeechVerb(sets, before[k]!.lower));
  if (glued && lastBefore && (prepositionOrVerb(last) || (sets.determiners.has(lastBefore.lower) && prepositionOrVerb(last - 1)))) return true;
  if (after && isSpeechVerb(sets, after.lower) && /^[\s“”"«»‘’]*$/u.test(text.slice(part.end, after.start))) return true;
  return false;
}

/**
 * In German, where nouns and names are capitalised and verbs are not, whether a long quotation is one
 * noun phrase: it starts with a capital, does not end as a sentence, and every lower-case word is a
 * function word or has an adjective's ending (`„Gesetz zur Bekämpfung finanzieller Unterstützung des
 * Terrors“`, `„Cobra II – die wirkliche Geschichte der Invasion“`). A statement has a verb.
 */
function readsAsNounPhrase(text: string, words: readonly Token[], sets: SpeechSets): boolean {
  if (!/^\p{Lu}/u.test(words[0]?.text ?? '') || /[.!?…:;]\s*$/u.test(text) || /[,;:!?]|\.\s+\p{Lu}/u.test(text)) return false;
  return words.every((word) => /^(?:\p{Lu}|\p{N})/u.test(word.text)
    || ((sets.stopwords.has(word.lower) || sets.determiners.has(word.lower) || /(?:e|en|er|es|em)$/u.test(word.lower)) && !sets.auxiliaries.has(word.lower) && !isSpeechVerb(sets, word.lower)));
}

/**
 * Whether a short quotation is in another language than the article's (`„Championnat du Monde de
 * Pétanque“`, `„Piper at the Gates of Dawn“` in a German text): more of its function words belong to
 * other languages than to the article's. Such a quotation is a title or name, unless a verb of saying
 * stands right at it.
 */
function inAnotherLanguage(words: readonly Token[], sets: SpeechSets): boolean {
  let native = 0;
  let foreign = 0;
  for (const word of words) {
    if (sets.stopwords.has(word.lower)) native++;
    else if (stopwordLanguages(word.lower).length > 0) foreign++;
  }
  return foreign > native;
}

/** How often `phrase` occurs in the article as a whole word sequence (capped: only 1 vs more matters). */
function occurrences(layouts: BlockLayout[], phrase: string): number {
  if (phrase.length < 2) return 0;
  // A plain search with the lexicon's word boundaries: building an expression per quotation would cost
  // its compilation each time.
  let count = 0;
  for (const { text } of layouts) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      if (!isWordChar(text[at - 1]) && !isWordChar(text[at + phrase.length]) && ++count > 1) return count;
    }
  }
  return count;
}

/** Whether start…end stands inside a short parenthesis: an opening bracket before it and a closing one after, near and unbroken. */
function insideParentheses(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('(', start);
  if (open < 0 || start - open > 80 || text.lastIndexOf(')', start) > open) return false;
  const close = text.indexOf(')', end);
  if (close < 0 || close - end >= 80) return false;
  const reopen = text.indexOf('(', end);
  return reopen < 0 || reopen > close;
}

function classify(layouts: BlockLayout[], quote: Omit<FoundQuote, 'statement' | 'why'>, context: FrameContext): { statement: boolean; why: string } {
  const { sets } = context;
  if (quote.kind === 'dash') return { statement: true, why: 'dash-introduced speech' };
  const first = quote.parts[0]!;
  const layout = layouts[first.block]!;
  const words = tokenize(quote.text);
  // The words just before the quotation: the last three name or mark it, the last five or six hold its verb.
  const window = tokenize(layout.text, Math.max(0, first.start - 60), Math.max(0, first.start - 1));
  const before = window.slice(-3);
  const lowerStart = /^\p{Ll}/u.test(words[0]?.text ?? '');
  // `die sogenannten ‚…‘` (a term word a few words ahead), `das Raumschiff „…“`, `der Nachrichtenagentur
  // „…“` (a naming word or a compound ending in one right before a capitalised quotation).
  const last = before[before.length - 1];
  const glued = last !== undefined && /^[\s„“"»«‚‘]*$/u.test(layout.text.slice(last.end, first.start));
  const namingNoun = (token: Token): boolean => sets.namingWords.has(token.lower) || (token.lower.length > 8 && isCapitalised(token) && sets.namingEndings.some((word) => token.lower.endsWith(word)));
  const named = before.some((token) => sets.termWords.has(token.lower)) || (glued && namingNoun(last) && !lowerStart);
  const frameKind = quote.frame?.kind;
  // Words in the first person are someone's (`„Ich halte Studiengebühren für richtig“`), even where a
  // naming word stands near (`genannt wird … „Ich habe fertig“`).
  const firstPerson = words.length >= 2 && words.some((word) => sets.firstPerson.has(word.lower));
  if (named && firstPerson && words.length >= 3 && !sets.termWords.has(last?.lower ?? '')) return { statement: true, why: 'words in the first person' };
  // Part of a compound (`die „Bild“-Zeitung`, `„Spiegel“-Bericht`): a name.
  const lastPart = quote.parts[quote.parts.length - 1]!;
  if (/^[“”"»«‘’']-\p{L}/u.test(layouts[lastPart.block]!.text.slice(lastPart.end, lastPart.end + 3))) return { statement: false, why: 'a name inside a compound' };
  // `hieß das Gasthaus „Zur Tabakspfeife“`: heißen without its impersonal `es` names something.
  const nearBefore = window.slice(-5);
  const naming = nearBefore.findIndex((token, k) => sets.impersonalVerbs.has(token.lower) && nearBefore[k + 1]?.lower !== sets.impersonalSubject
    && !/[.,;:!?]/u.test(layout.text.slice(token.end, first.start)));
  if (naming >= 0 && words.length <= 6) return { statement: false, why: `a name: "${nearBefore[naming]!.text} …"` };
  if (named && words.length <= 8) return { statement: false, why: `term or name: after "${before.map((t) => t.text).join(' ')}"` };
  // A short capitalised quotation that the article also writes elsewhere (`die „Computerwoche“ …
  // Computerwoche`) or that mixes case inside a word (`E!Online`, `OOo`, `BD-Live`) is a name.
  const shortCapitalised = words.length <= 3 && words.every((word) => isCapitalised(word) || sets.stopwords.has(word.lower));
  if (shortCapitalised) {
    const mixedCase = words.some((word) => /\p{Ll}\p{Lu}|[!@#]|\p{N}/u.test(word.text));
    if (mixedCase || occurrences(layouts, quote.text.trim()) > 1) return { statement: false, why: 'a name the article repeats' };
  } else if (sets.verbSecond && words.length <= 4 && words[0] !== undefined && isCapitalised(words[0]) && !/[.!?…]\s*$/u.test(quote.text) && occurrences(layouts, quote.text.trim()) > 1) {
    // … and one with a verb or lower-case word the article writes twice or more (`„Aktion Deutschland hilft“`).
    return { statement: false, why: 'a name the article repeats' };
  }
  if (shortCapitalised && !/[.!?]\s*$/u.test(quote.text)) {
    // `laut „Welt“`, `der „Bild“ zufolge`: a source preposition names an outlet, not a statement.
    const next = tokenize(layout.text, first.end, Math.min(layout.text.length, first.end + 20))[0];
    const afterSource = glued && last !== undefined && sets.sourceBefore.some((phrase) => phrase.length === 1 && phrase[0] === last.lower);
    const beforeSource = next !== undefined && sets.sourceAfter.has(next.lower) && /^[\s“”"»«‘’]*$/u.test(layout.text.slice(first.end, next.start));
    if (afterSource || beforeSource) return { statement: false, why: 'the name of a source' };
  }
  // A short quotation in parentheses without a sentence of its own is a label (`(„Hartz IV“, „Rente mit 67“)`).
  if (words.length <= 4 && !/[.!?]\s*$/u.test(quote.text) && insideParentheses(layout.text, first.start, first.end)) return { statement: false, why: 'a label in parentheses' };
  const sentence = sentenceAt(layout, first.start);
  const sentenceWords = tokenize(layout.text, sentence.start, sentence.end);
  const outside = (token: Token): boolean => token.end <= first.start - 1 || token.start >= first.end + 1;
  const saying = sentenceWords.some((token, k) => outside(token) && speechVerbAt(sets, layout.text, sentenceWords, k));
  const sourced = sentenceWords.some((token, k) => outside(token) && (sets.sourceAfter.has(token.lower) || sourcesAt(sets, sentenceWords, k).length > 0));
  // Reported speech around the quotation makes its words someone's: `…, dass Pädophilie „…“ sei`.
  const reported = sentenceWords.some((token) => outside(token) && sets.subjunctive.has(token.lower));
  const framed = Boolean(frameKind && frameKind !== 'colon') || saying || sourced || reported;
  const isName = context.isName(first.start, first.end) || (quote.frame?.speaker !== null && quote.frame?.speaker !== undefined && quote.frame.speaker.start <= first.start && quote.frame.speaker.end >= first.end);
  // German capitalises every noun, so a capitalised phrase in a frame of speech may still be someone's
  // words — unless it reads as a name: a capitalised adjective inside it (`Kampagne für ein Freies
  // Tibet`, `Große Goldene Ehrenzeichen`), a head noun with its genitive or preposition (`Gesetz zur
  // Änderung …`), or a place where names stand (`laut „…“`, `in der „…“`, `schrieb die „…“`,
  // `„…“ berichtete`).
  // A frame right at the quotation (`«Restiamo», ha detto Sara Conti`) makes even one word someone's.
  const frame = quote.frame;
  const adjacent = frame !== null && (frame.kind === 'verb' || frame.kind === 'particle' || frame.kind === 'attribution') && quote.parts.length === 1
    && ((frame.cueStart >= first.end && /^[\s„“”"»«‚‘’'–—]*[,–—][\s„“”"»«‚‘’'–—]*(?:\p{L}+\s+){0,2}$/u.test(layout.text.slice(first.end, frame.cueStart)) && frame.cueStart - first.end < 30)
      || (frame.cueEnd <= first.start && /^[\s:,]*[„“"»«‚‘']?\s*$/u.test(layout.text.slice(frame.cueEnd, first.start)) && /:/u.test(layout.text.slice(frame.cueEnd, first.start))));
  // A title does not end as a question or an exclamation. In German and Dutch, which put a full stop
  // inside the marks only when the quotation is a sentence (unlike American English: “Make America
  // Great Again.”), nor as a statement (`„Huchting ist nicht Paris.“`); nor does it start in lower case
  // there (`„den Bestand des Staates“` is a phrase lifted from a text).
  const endsAsSentence = sets.verbSecond ? /[.!?]\s*$/u : /[!?]\s*$/u;
  if (firstPerson) return { statement: true, why: 'words in the first person' };
  // A title right after a name's possessive is what the name owns (`ABC’s “This Week”`, `Fox News
  // Channel’s “Hannity”`), whatever verb stands near.
  if (glued && last !== undefined && isCapitalised(last) && /\p{L}['’]s$/u.test(last.text) && looksLikeTitle(words, sets) && !/[.!?]\s*$/u.test(quote.text)) {
    return { statement: false, why: `a title: ${last.text} „…“` };
  }
  // `als „…“`, `von einem „…“`: a characterisation marker right before the quotation, or before its article.
  const markerAt = glued && last ? (sets.characterisations.has(last.lower) ? before.length - 1 : sets.determiners.has(last.lower) && before.length >= 2 && sets.characterisations.has(before[before.length - 2]!.lower) ? before.length - 2 : -1) : -1;
  const markerWord = markerAt >= 0 ? before[markerAt] : undefined;
  const markerRule = markerWord ? sets.characterisations.get(markerWord.lower) : undefined;
  // A characterisation by a verb of saying is no name, however it is capitalised (`als „Geschäft des
  // Jahrhunderts“ bezeichnet`).
  // (Not a participle before its noun: `das als „Dschungel von Calais“ bekannte Lager` is known by a name.)
  const attributive = quote.frame !== null && /^\s+\p{Lu}/u.test(layout.text.slice(quote.frame.cueEnd, quote.frame.cueEnd + 3));
  const characterised = markerWord !== undefined && (frameKind === 'verb' || frameKind === 'claim-verb') && !attributive;
  const title = looksLikeTitle(words, sets) && !endsAsSentence.test(quote.text) && !(sets.verbSecond && lowerStart) && !adjacent && !characterised;
  if (title && (isName || !sets.verbSecond || !framed || readsAsName(layout.text, first, words, sets))) return { statement: false, why: 'title or name (capitalised words)' };
  // One capitalised word where a verb of saying has its speaker or addressee (`berichtete die „Bild“`).
  if (sets.verbSecond && words.length === 1 && isCapitalised(words[0]!) && !adjacent && readsAsName(layout.text, first, words, sets)) return { statement: false, why: 'a name where a speaker stands' };
  // A foreign phrase of up to six words, or a longer one in title case (`Championnat du Monde de Tir de Précision`).
  const foreignTitle = words.length <= 10 && words.every((word) => /^(?:\p{Lu}|\p{N})/u.test(word.text) || stopwordLanguages(word.lower).length > 0);
  if ((words.length <= 6 || foreignTitle) && !adjacent && !/[.!?…]\s*$/u.test(quote.text) && inAnotherLanguage(words, sets)) return { statement: false, why: 'a name or phrase in another language' };
  // `gilt (schon damals) als „…“`: a reputation, which no one in particular voiced.
  const reputation = markerRule !== undefined && window.slice(-6).some((token) => markerRule.notAfter.has(token.lower) && !/[.,;:!?]/u.test(layout.text.slice(token.end, first.start)));
  if (reputation && words.length <= 5) return { statement: false, why: `a reputation: ${markerWord!.text} „…“` };
  const marker = markerRule ? markerWord : undefined;
  if (words.length >= 6 && quote.parts.length === 1 && sets.verbSecond && !marker && readsAsNounPhrase(quote.text, words, sets)) return { statement: false, why: 'title or name (a phrase without a verb)' };
  if (words.length >= 6 || quote.parts.length > 1) return { statement: true, why: 'quotation of six words or more' };
  if (marker && !isName && (!markerRule!.lower || lowerStart)) return { statement: true, why: `a characterisation: ${marker.text} „…“` };
  if (/[.!?…]\s*$/u.test(quote.text) && words.length >= 3) return { statement: true, why: 'quoted sentence' };
  // Short quotations: a statement only where the sentence frames them as someone's words. A name inside
  // a clause after a speaker's colon does not make the clause a name (`Seibert versuchte mit den Worten
  // zu beruhigen: „Der IWF ist funktionstüchtig“`): it says something of the name, in a lower-case word.
  // (A speaker who is no one named may introduce a title: `Das Buch … ist ihr Erstwerk: „Sie befinden sich hier“`.)
  const colonSpeaker = frameKind === 'colon' ? quote.frame?.speaker : null;
  const saysOfName = colonSpeaker != null && context.isName(colonSpeaker.start, colonSpeaker.end) && words.length >= 3 && words.slice(1).some((word) => !isCapitalised(word) && !sets.stopwords.has(word.lower));
  if (isName && !saysOfName) return { statement: false, why: 'a name in quotation marks' };
  if (saysOfName) return { statement: true, why: 'a clause about a name after a speaker\'s colon' };
  if (frameKind && frameKind !== 'colon') return { statement: true, why: 'short quotation with a frame of speech' };
  if (framed) return { statement: true, why: 'quotation in a sentence of speech' };
  // In German a quoted phrase in lower case is no name: with a named party in the sentence it is
  // words lifted from what that party said (`Meteorologen … rechnen mit „sehr ergiebigen Niederschlägen“`),
  // unless an article makes it part of a noun phrase (`ein „geflügeltes Wort“`, `im „historischen Saal“`).
  const articleBefore = last !== undefined && (sets.determiners.has(last.lower) || sets.possessives.has(last.lower) || sets.contractedArticles.has(last.lower) || /^\d+$/.test(last.text));
  if (sets.verbSecond && words.length >= 2 && lowerStart && !articleBefore) {
    const named = context.firstName(sentence.start, first.start - 1) ?? context.firstName(first.end + 1, sentence.end);
    if (named) return { statement: true, why: `a phrase lifted from what ${named.text} said` };
  }
  return { statement: false, why: 'short quotation without a frame of speech' };
}

/** Whether a quotation follows the one before with only a comma or a conjunction between them (`„…“ oder „…“`). */
function joinedTo(text: string, sets: SpeechSets, previous: FoundQuote, part: QuotePart): boolean {
  if (previous.kind !== 'marks') return false;
  const last = previous.parts[previous.parts.length - 1]!;
  if (last.block !== part.block || part.start - last.end > 12) return false;
  const between = tokenize(text, last.end, part.start);
  return between.length === 0 ? /^[\s“”"»«‘’]*,[\s„“"»«‚‘]*$/u.test(text.slice(last.end, part.start)) : between.length === 1 && sets.conjunctions.has(between[0]!.lower);
}

/**
 * A short quotation joined by `und`, `oder` or a comma to a name or title right before it is one too:
 * `die Modelle „Touareg“ und „Phaeton“`.
 */
function coordinatedName(text: string, sets: SpeechSets, previous: FoundQuote | undefined, part: QuotePart): { statement: false; why: string } | null {
  if (!previous || previous.statement || !joinedTo(text, sets, previous, part)) return null;
  return tokenize(text, part.start, part.end).length <= 4 ? { statement: false, why: previous.why } : null;
}

/** Finds the article's direct quotations with their frames. */
export function findQuotes(layouts: BlockLayout[], raw: RawQuote[][], contextFor: ContextFor): FoundQuote[] {
  const found: FoundQuote[] = [];
  const consumed = new Set<RawQuote>();
  for (let block = 0; block < raw.length; block++) {
    const text = layouts[block]!.text;
    const list = raw[block]!;
    const context = contextFor(block);
    list.forEach((quote, index) => {
      if (consumed.has(quote)) return;
      const parts: QuotePart[] = [];
      const first = trimSpan(text, quote.start, quote.end);
      if (first.end > first.start) parts.push({ block, ...first });
      // Follow a quotation that runs on over the next paragraphs.
      let last = quote;
      let lastBlock = block;
      while (last.closeEnd < 0 && last.kind === 'marks') {
        const next = continuesIn(raw[lastBlock + 1], layouts[lastBlock + 1]?.text, last.openMark);
        if (!next) break;
        consumed.add(next);
        lastBlock += 1;
        last = next;
        const span = trimSpan(layouts[lastBlock]!.text, next.start, next.end);
        if (span.end > span.start) parts.push({ block: lastBlock, ...span });
      }
      if (!parts.length) return;
      const quoteText = parts.map((part) => layouts[part.block]!.text.slice(part.start, part.end)).join(' ');
      if (!/[\p{L}\p{N}]/u.test(quoteText)) return;
      const { frame, frameBlock } = frameOf(layouts, raw, contextFor, { quote, index, block, last, lastBlock });
      const base = { parts, text: quoteText, kind: quote.kind, frame, frameBlock };
      const previous = found[found.length - 1];
      const { statement, why } = coordinatedName(text, context.sets, previous, parts[0]!) ?? classify(layouts, base, context);
      // Written out: an object spread followed by more fields costs the engine microseconds per object.
      const judged: FoundQuote = { parts, text: quoteText, kind: quote.kind, frame, frameBlock, statement, why };
      // `skandierten Parolen wie „…“ oder „…“`: a statement joined to the one before shares its frame.
      if (judged.statement && previous?.statement && previous.frame && joinedTo(text, context.sets, previous, parts[0]!)) {
        judged.frame = previous.frame;
        judged.frameBlock = previous.frameBlock;
      }
      found.push(judged);
    });
  }
  return found;
}

interface Placement {
  quote: RawQuote;
  index: number;
  block: number;
  last: RawQuote;
  lastBlock: number;
}

/**
 * The noun phrase right before the comma that opens a relative clause at tokens[lead] (`ein Kommentar`
 * in `erschien ein Kommentar, der …`): an article and its capitalised words, or a name; else null.
 */
function antecedentBefore(text: string, tokens: Token[], lead: number, context: FrameContext): SpeakerPhrase | null {
  const { sets } = context;
  const end = tokens[lead - 1]!;
  if (!isCapitalised(end) || !/^\s*,\s*$/u.test(text.slice(end.end, tokens[lead]!.start))) return null;
  let k = lead - 1;
  while (k > 0 && /^\s+$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) && (isCapitalised(tokens[k - 1]!) || sets.determiners.has(tokens[k - 1]!.lower))) k--;
  const phrase = phraseAt(text, tokens[k]!.start, end.end, context);
  if (!phrase || phrase.end !== end.end) return null;
  return sets.determiners.has(tokens[k]!.lower) || context.isName(phrase.start, phrase.end) ? phrase : null;
}

/**
 * The frame of one quotation. A colon or verb right before it wins (`Sie sagte: „…“`), then the words
 * right after it (`„…“, sagte sie`), then a frame elsewhere before it in the sentence; a quotation that
 * opens a paragraph may take its frame from the end of the paragraph before (`… sagte er:`), and one
 * that ends its sentence from a short sentence after it (`“…” Trump said.`).
 */
function frameOf(layouts: BlockLayout[], raw: RawQuote[][], contextFor: ContextFor, at: Placement): { frame: Frame | null; frameBlock: number } {
  const { quote, index, block, last, lastBlock } = at;
  const text = layouts[block]!.text;
  const list = raw[block]!;
  const context = contextFor(block);
  const startSentence = sentenceAt(layouts[block]!, quote.open);
  const previousClose = index > 0 ? (list[index - 1]!.closeEnd < 0 ? text.length : list[index - 1]!.closeEnd) : 0;
  const beforeFrom = Math.max(startSentence.start, previousClose <= quote.open ? previousClose : startSentence.start);
  let before = quote.kind === 'dash' ? null : frameBefore(text, beforeFrom, quote.open, context);
  // `Hatzius kritisiert in „Neues Deutschland“, die Aktion erinnere „…“`: a quoted name before it does not end the frame.
  // The same when the frame after a name has no subject, or follows a short quoted name (`Selbst die
  // Wochenzeitschrift „Jungle World“ hatte kritisiert, dass sie „…“`, `Ein Vertreter der „con energy ag“
  // bezeichnet …`): the subject stands before the name.
  const previousRaw = index > 0 ? list[index - 1]! : null;
  const previousShort = previousRaw !== null && previousRaw.closeEnd >= 0 && tokenize(text, previousRaw.start, previousRaw.end).length <= 4;
  if ((!before || !before.speaker || previousShort) && quote.kind !== 'dash' && beforeFrom > startSentence.start) {
    const whole = frameBefore(text, startSentence.start, quote.open, context);
    // Never a speaker taken from inside the quotation before (`„We blijven“, zei Sanne Smit, „…“`).
    const insidePrevious = whole?.speaker && previousRaw !== null && whole.speaker.start >= previousRaw.open && whole.speaker.start < previousRaw.closeEnd;
    if (!before || (whole?.speaker && !insidePrevious && whole.cueStart === before.cueStart)) before = whole;
  }
  // A frame right before the quotation wins. One further back whose sentence ends in a colon before it
  // (`The statement also referenced the impact it said Clinton … would have: “…,” the union wrote.`) yields
  // to a frame with a speaker right after the quotation.
  const near = before !== null && (before.kind === 'colon' || (/[:,]\s*$/u.test(text.slice(before.cueEnd, quote.open)) && quote.open - before.cueEnd < 60));
  if (before && near && before.speaker) return { frame: before, frameBlock: block };
  let after: Frame | null = null;
  if (last.closeEnd >= 0) {
    const lastLayout = layouts[lastBlock]!;
    const lastContext = contextFor(lastBlock);
    const endSentence = sentenceAt(lastLayout, Math.max(0, last.closeEnd - 1));
    const lastList = raw[lastBlock]!;
    // The frame ends where another statement begins. A short quotation of capitalised words is usually a
    // name, which the frame takes in (`„…“, schreibt die „Computerwoche“`, `zitiert die „Computerwoche“ Lynch`).
    const isName = (quote: RawQuote): boolean => {
      const words = tokenize(lastLayout.text, quote.start, quote.end);
      return quote.closeEnd >= 0 && quote.closeEnd < endSentence.end && words.length > 0 && words.length <= 4 && isCapitalised(words[0]!);
    };
    let next = lastList.indexOf(last) + 1;
    while (next < lastList.length && isName(lastList[next]!)) next++;
    const nextQuote = lastList[next];
    const limit = Math.min(endSentence.end, nextQuote ? nextQuote.open : lastLayout.text.length);
    after = frameAfter(lastLayout.text, last.closeEnd, Math.max(limit, last.closeEnd), lastContext);
    if (!after && endSentence.end <= last.closeEnd + 1) {
      const following = lastLayout.sentences.find((sentence) => sentence.start >= last.closeEnd);
      // `“…, who knows?” Trump told Britain’s ITV …` — a question or exclamation ends the sentence, yet
      // the frame follows in the next one.
      if (following && /[?!]\s*$/u.test(lastLayout.text.slice(last.start, last.closeEnd - 1))) {
        const end = Math.min(following.end, nextQuote && nextQuote.open > following.start ? nextQuote.open : following.end);
        after = frameAfter(lastLayout.text, last.closeEnd, end, lastContext);
      }
    }
    if (!after && endSentence.end <= last.closeEnd + 1) {
      // `“…anyway.” Trump said.` — a short sentence that is nothing but a frame.
      // So is one that refers back to it, its speaker after the verb (`„…“ Dies sagte der Präsident am Montag.`).
      const following = lastLayout.sentences.find((sentence) => sentence.start >= last.closeEnd);
      const back = following && !(nextQuote && nextQuote.open < following.end) ? backReference(lastLayout.text, following.start, following.end, lastContext) : null;
      if (back) after = back;
      else if (following && tokenize(lastLayout.text, following.start, following.end).length <= 6 && !(nextQuote && nextQuote.open < following.end)) {
        const candidate = frameBefore(lastLayout.text, following.start, following.end, lastContext);
        if (candidate && candidate.kind !== 'colon' && candidate.speaker) after = candidate;
      }
    }
    // In German the frame after a quotation puts its verb first (`„…“, sagte Löw`); a subject before the
    // verb starts a clause of its own (`nannte seinen Platzverweis „überzogen“, Bundestrainer Löw
    // bezeichnete …`), so a frame before the quotation wins over it.
    const ownClause = after !== null && after.speaker !== null && context.sets.verbSecond && after.speaker.end <= after.cueStart && before?.speaker;
    if (after && after.speaker && !ownClause) return { frame: after, frameBlock: lastBlock };
  }
  // A verb at the end of a subordinate clause the quotation stands in (`weil die US-Regierung Georgien als
  // „junge Demokratie“ bezeichnet hat`): its subject follows the conjunction that opens the clause.
  if (after && !after.speaker && lastBlock === block && context.sets.verbSecond && after.cueStart - quote.closeEnd < 4) {
    const clause = tokenize(text, startSentence.start, quote.open);
    const lead = clauseStart(text, clause, clause.length - 1, startSentence.start);
    const opener = clause[lead];
    // A relative clause (`ein Kommentar, der die Entscheidung als „…“ bezeichnet`): the antecedent speaks;
    // not in the passive (`Die Rauchschwaden, die als „nebelartig“ beschrieben wurden`).
    const auxiliary = tokenize(text, after.cueEnd, Math.min(text.length, after.cueEnd + 20))[0];
    const passive = auxiliary !== undefined && context.sets.passiveAuxiliaries.has(auxiliary.lower);
    const antecedent = opener && lead > 0 && !passive && context.sets.determiners.has(opener.lower) ? antecedentBefore(text, clause, lead, context) : null;
    if (antecedent) return { frame: { ...after, speaker: antecedent }, frameBlock: block };
    if (opener && !isCapitalised(opener) && context.sets.stopwords.has(opener.lower) && clause[lead + 1] && (context.sets.determiners.has(clause[lead + 1]!.lower) || context.isName(clause[lead + 1]!.start, clause[lead + 1]!.end))) {
      const named = phraseAt(text, opener.end, quote.open, context);
      if (named) return { frame: { ...after, speaker: named }, frameBlock: block };
    }
  }
  if (before) return { frame: before, frameBlock: block };
  if (after) return { frame: after, frameBlock: lastBlock };
  // A paragraph that ends in a colon introduces the quotation that opens the next one.
  if (block > 0 && quote.open === text.search(/\S/u)) {
    const previous = layouts[block - 1]!;
    if (/:\s*$/u.test(previous.text)) {
      const sentence = previous.sentences[previous.sentences.length - 1];
      const end = previous.text.trimEnd().length;
      const frame = sentence ? frameBefore(previous.text, sentence.start, end, contextFor(block - 1)) : null;
      if (frame) return { frame, frameBlock: block - 1 };
    }
  }
  return { frame: null, frameBlock: block };
}
