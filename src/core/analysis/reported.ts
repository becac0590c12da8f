// Reported speech inside one sentence: what someone is said to have said, without quotation marks.
// `sagte, Twitter habe …`, `erklärte, dass …`, `Twitter habe …, sagte er`, `Laut Polizei sei …`,
// `X zufolge …`, `said (that) …`, `according to X, …`. Returns the reported clause and its frame.
import { canSpeak, clauseStart, compoundSource, frameAtVerb, frameBefore, phraseAt, sourceNounHead, type Frame, type FrameContext, type SpeakerPhrase } from './frames';
import { afterConjunction, isCapitalised, isSpeechVerb, sourcesAt, speechVerbAt, tokenize, type SpeechSets, type Token } from './tokens';

export interface ReportedClause {
  start: number;
  end: number;
  frame: Frame | null;
  /** The word that marks the clause as reported (`dass`, `habe`, `that`, `laut`), for the reasons. */
  marker: string;
  markerKind: 'complementizer' | 'subjunctive' | 'source' | 'verb';
}

export interface SentenceView {
  text: string;
  start: number;
  end: number;
  /** Whether an offset lies inside a direct quotation (its words are the speaker's, not the article's). */
  inQuote(offset: number): boolean;
  /** The words outside the quotations, once read (see outsideQuotes). */
  outside?: Token[];
}

/** The sentence's words outside its quotations: read once, for findReported, trailingFrame and freeIndirect alike. */
function outsideQuotes(view: SentenceView): Token[] {
  return (view.outside ??= tokenize(view.text, view.start, view.end).filter((token) => !view.inQuote(token.start)));
}

const CLAUSE_STARTERS_EN = /^(?:the|a|an|he|she|it|they|we|i|you|his|her|their|its|this|that|these|those|there|no|some|many|most|all|\p{Lu}|\p{N})/u;
const MIN_CLAUSE_WORDS = 3;
/** A sentence that opens with a quotation and has come to its end (and its comma): the frame that follows is the quotation's. */
const AFTER_QUOTATION = /^\s*[“"‘'«„][^]*(?:[”"’'»“]\s*,?|,\s*[”"’'»“])\s*$/u;

/** A short abbreviation in parentheses, and the space after it (`(EU) `, `(ai) `). */
const LEADING_ABBREVIATION = /^\([^()\s]{1,12}\)\s+/u;

function trimClause(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /[\s,:;–—-]/u.test(text[s]!)) s++;
  // The closing mark of a quoted name the source ended with (`Nach einem Bericht der „Zeit“ will …`):
  // a mark before a space closes; one that opens stands before a word.
  if (/[“”»«’"]/u.test(text[s] ?? '') && /\s/u.test(text[s + 1] ?? '')) {
    s++;
    while (s < e && /\s/u.test(text[s]!)) s++;
  }
  // The abbreviation in parentheses after a source's name (`Nach Angaben der Europäischen Union (EU) müssen …`).
  const abbreviation = LEADING_ABBREVIATION.exec(text.slice(s, Math.min(e, s + 16)));
  if (abbreviation) s += abbreviation[0].length;
  while (e > s && /[\s,.;:!?–—-]/u.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/**
 * A reported clause over `span`. Written out field by field: an object spread followed by more fields
 * (`{ ...span, frame, … }`) costs the engine microseconds per object.
 */
function reportedClause(span: { start: number; end: number }, frame: Frame | null, marker: string, markerKind: ReportedClause['markerKind']): ReportedClause {
  return { start: span.start, end: span.end, frame, marker, markerKind };
}

/**
 * A source named inside the clause it reports (`Es handele sich ersten Angaben zufolge um vier
 * Terroristen`, `Der Täter sei laut Polizei geflohen`): the claim is the whole sentence, not the words
 * after the source. `clause` when the source opens the sentence or a comma sets it off from what leads.
 */
function withInterruptedHead(text: string, view: SentenceView, sourceAt: number, tokens: Token[], clause: { start: number; end: number }): { start: number; end: number } {
  if (sourceAt <= 0) return clause;
  const lead = tokens[sourceAt - 1]!;
  if (/[,;:–—(]/u.test(text.slice(lead.end, tokens[sourceAt]!.start)) || /[.!?;:]/u.test(text.slice(view.start, lead.end))) return clause;
  return trimClause(text, view.start, clause.end);
}

/** How many adjectives may stand between a source preposition and its source noun (`nach offiziellen chinesischen Angaben`). */
const MAX_SOURCE_ADJECTIVES = 3;
/** A lower-case word with an adjective's (or possessive's) ending: `ersten`, `eigenen`, `ihren`. */
const INFLECTED = /(?:e|en|er|em|es)$/u;
/**
 * A source preposition whose noun stands for the source (SpeechLexicon.sourceNouns): `nach
 * Polizeiangaben`, `nach eigenen Angaben`, `laut Medienberichten`, `nach ersten Angaben der Polizei`.
 * Returns the frame (its speaker the phrase after the noun, else the compound's first part, else none)
 * and where the source ends; null where tokens[i] opens no such source.
 */
function sourceNounAt(text: string, tokens: Token[], i: number, view: SentenceView, context: FrameContext): { frame: Frame; end: number } | null {
  const { sets } = context;
  const preposition = tokens[i]!;
  if (sets.sourceNouns.length === 0 || !sets.sourceBeforeByFirst.has(preposition.lower)) return null;
  if (sets.temporalBeforeSource.has(tokens[i - 1]?.lower ?? '')) return null;
  /** Whose view it is, before the noun: a possessive (`nach seiner Meinung`) or a name's genitive (`nach Müllers Ansicht`). */
  let owner: SpeakerPhrase | null = null;
  for (let k = i + 1; k <= i + MAX_SOURCE_ADJECTIVES + 1 && k < tokens.length; k++) {
    const word = tokens[k]!;
    if (/[^\s]/u.test(text.slice(tokens[k - 1]!.end, word.start))) return null;
    const head = sourceNounHead(sets, word);
    const next = tokens[k + 1];
    if (head === undefined && k === i + 1 && next && isCapitalised(word) && word.text.endsWith('s') && sets.sourceNouns.includes(next.lower)) {
      owner = withoutGenitiveS(word);
      continue;
    }
    if (sets.possessives.has(word.lower)) owner = { text: word.text, start: word.start, end: word.end };
    if (head !== undefined) {
      const compound = compoundSource(word, head);
      if (!compound && word.lower !== head) return null;
      // The name after a link: a genitive with its article (`der Polizei`), or after `von` (`von Augenzeugen`).
      const link = tokens[k + 1];
      // … or a genitive plural without its article (`nach Schätzungen französischer Behörden`).
      const genitivePlural = link !== undefined && /\p{Ll}er$/u.test(link.text) && !sets.stopwords.has(link.lower) && tokens[k + 2] !== undefined && isCapitalised(tokens[k + 2]!);
      const linked = link !== undefined && (sets.sourceNounLinks.has(link.lower) || genitivePlural) && /^\s+$/u.test(text.slice(word.end, link.start));
      const named = linked ? (sets.determiners.has(link.lower) || genitivePlural ? link : tokens[k + 2]) : undefined;
      const genitive = named ? phraseAt(text, named.start, view.end, context) : null;
      // A bare noun right after the preposition names no one by itself (`Nach Angaben wurden …`).
      if (!compound && !genitive && k === i + 1) return null;
      // Without a name, a document with its article is the source itself (`nach einer norwegischen Studie`).
      const article = tokens[i + 1]!;
      const document = k > i + 1 && sets.sourceDocuments.has(head) ? { text: text.slice(article.start, word.end), start: article.start, end: word.end } : null;
      const speaker = genitive ?? compound ?? owner ?? document;
      const cueEnd = genitive && named !== link ? link!.end : word.end;
      const frame: Frame = { kind: 'source', cue: text.slice(preposition.start, cueEnd), cueStart: preposition.start, cueEnd, speaker };
      return { frame, end: genitive?.end ?? word.end };
    }
    // Between them only adjectives (`ersten`, `offiziellen`) or a possessive (`ihren`).
    if (isCapitalised(word) || !INFLECTED.test(word.lower) || sets.speechVerbs.has(word.lower)) return null;
  }
  return null;
}

/** A name's genitive without its `s`, as the speaker it names (`Hubers` → `Huber`). */
function withoutGenitiveS(word: Token): SpeakerPhrase {
  return { text: word.text.slice(0, -1), start: word.start, end: word.end - 1 };
}

/**
 * A view named by its owner before a postposition (SpeechLexicon.viewPostposition): `seiner Meinung nach`
 * (a possessive, resolved like a pronoun), `Merkels Ansicht nach` (a name's genitive). tokens[i] is the
 * postposition. Returns the frame, and whether the view opens the sentence; else null.
 */
function viewSourceAt(text: string, tokens: Token[], i: number, context: FrameContext): { frame: Frame; opens: boolean } | null {
  const { sets } = context;
  const postposition = sets.viewPostposition;
  const noun = tokens[i - 1];
  const owner = tokens[i - 2];
  if (!postposition || tokens[i]!.lower !== postposition.word || !noun || !owner || !isCapitalised(noun) || !postposition.nouns.has(noun.lower)) return null;
  if (!/^\s+$/u.test(text.slice(owner.end, noun.start)) || !/^\s+$/u.test(text.slice(noun.end, tokens[i]!.start))) return null;
  const possessive = sets.possessives.has(owner.lower);
  const genitive = !possessive && isCapitalised(owner) && /\p{Ll}s$/u.test(owner.text) && context.isName(owner.start, owner.end - 1);
  if (!possessive && !genitive) return null;
  const speaker: SpeakerPhrase = genitive ? withoutGenitiveS(owner) : { text: owner.text, start: owner.start, end: owner.end };
  const frame: Frame = { kind: 'source', cue: text.slice(owner.start, tokens[i]!.end), cueStart: owner.start, cueEnd: tokens[i]!.end, speaker };
  return { frame, opens: i === 2 };
}

/** Whether a token is a Konjunktiv form used as reported speech (not `ich habe`, not inside a quotation). */
function subjunctiveAt(text: string, tokens: Token[], i: number, sets: SpeechSets, strict: boolean): boolean {
  const token = tokens[i]!;
  const previous = tokens[i - 1]?.lower;
  if (previous === 'ich' || tokens[i + 1]?.lower === 'ich') return false;
  // `indem ich sie ausprobiert habe`: the first person's verb at the end of its clause.
  for (let k = i - 2; k >= 0 && k >= i - 8; k--) {
    if (/[,;:.!?–—]/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) break;
    if (tokens[k]!.lower === 'ich') return false;
    if (sets.subordinators.has(tokens[k]!.lower)) break;
  }
  // A capital inside the sentence is a noun that looks like the verb (`die Suche`, `an sechster Stelle`, `in Folge`).
  if (i > 0 && isCapitalised(token)) return false;
  if (sets.subjunctive.has(token.lower)) return true;
  return !strict && sets.subjunctiveStandIns.has(token.lower);
}

/** Reported clauses of one sentence, outside its direct quotations. */
/** The first word in tokens[from, to) that is a Konjunktiv form (see subjunctiveAt), or null. */
function firstSubjunctive(text: string, tokens: Token[], sets: SpeechSets, from: number, to: number, strict: boolean): Token | null {
  for (let k = from; k < to && k < tokens.length; k++) if (subjunctiveAt(text, tokens, k, sets, strict)) return tokens[k]!;
  return null;
}

/**
 * The Konjunktiv of the clause that opens at tokens[afterComma], after the comma of a verb of saying or a
 * noun that takes a clause, within its first eight words; one the lexicon does not list counts here too,
 * since a frame stands right before it. Null where there is none.
 */
function subjunctiveAfterComma(text: string, tokens: Token[], sets: SpeechSets, afterComma: number): Token | null {
  return firstSubjunctive(text, tokens, sets, afterComma, afterComma + 8, sets.subjunctive.size === 0)
    ?? (sets.subjunctiveShape ? unlistedSubjunctive(text, tokens.slice(afterComma, afterComma + 8), sets, sets.subjunctiveShape) : null);
}

/**
 * Whether a clause in Konjunktiv opens after the first comma past `from` and before tokens[to]: that
 * clause is the report, and a `dass` or `ob` at `to` stands inside it.
 */
function konjunktivBefore(text: string, tokens: Token[], sets: SpeechSets, from: number, to: number): boolean {
  const comma = text.indexOf(',', from);
  if (comma < 0 || comma >= tokens[to]!.start) return false;
  const first = tokens.findIndex((candidate) => candidate.start > comma);
  return first >= 0 && first < to && firstSubjunctive(text, tokens, sets, first, to, false) !== null;
}

/**
 * German: the zu-infinitive clause after `commaAt` (a comma, or the verb where the comma is left out),
 * its infinitive before the next comma (`…, chinesische Waren zu boykottieren`, `…, das Gesetz
 * zurückzunehmen`); null for a purpose or a manner (`um … zu`), a relative clause, or no infinitive.
 * Its cue is the infinitive (`zu boykottieren`, `zurückzunehmen`).
 */
function infinitiveClause(text: string, tokens: Token[], commaAt: number, view: SentenceView, sets: SpeechSets): { clause: { start: number; end: number }; cue: string } | null {
  if (!sets.infinitiveMarker) return null;
  const nextComma = text.indexOf(',', commaAt + 1);
  const clauseEnd = nextComma > 0 && nextComma < view.end ? nextComma : view.end;
  const clauseTokens = tokens.filter((candidate) => candidate.start > commaAt && candidate.end <= clauseEnd);
  // `zu ändern`, not the preposition of `zu den Kosten` (an article or a possessive after it; `zu sein` is the verb).
  const infinitiveAfter = (word: Token | undefined): boolean => word !== undefined && /^\p{Ll}/u.test(word.text)
    && !sets.determiners.has(word.lower) && !(sets.possessives.has(word.lower) && word.lower !== 'sein');
  const separate = clauseTokens.findIndex((candidate, k) => candidate.lower === sets.infinitiveMarker && k >= clauseTokens.length - 3 && infinitiveAfter(clauseTokens[k + 1]));
  // `… zurückzunehmen`: the marker inside the clause's last verb (or the one before a last auxiliary).
  const inside = separate < 0 && sets.infinitiveWithMarker ? clauseTokens.findIndex((candidate, k) => k >= clauseTokens.length - 2 && sets.infinitiveWithMarker!.test(candidate.lower)) : -1;
  const marker = separate >= 1 ? separate : inside;
  if (marker < 1 || sets.adverbialInfinitiveOpeners.has(clauseTokens[0]?.lower ?? '')) return null;
  // A clause that a conjunction opens is no infinitive's, whatever `zu` it holds (`…, nachdem er nicht mehr zu sehen war`);
  // not where a quotation stands first (`…, „Zwangsheiraten“ als Straftat anzuerkennen`).
  const opener = clauseTokens[0];
  if (opener && sets.subordinators.has(opener.lower) && /^\s*$/u.test(text.slice(commaAt + 1, opener.start))) return null;
  // A relative clause ends in an infinitive too (`Gerüchte, die sie auszustreuen verstand`): its pronoun
  // stands first, then the clause's subject or a reflexive, where an infinitive's object has its noun.
  const [first, second] = clauseTokens;
  if (first && second && sets.determiners.has(first.lower) && (sets.pronouns.has(second.lower) || sets.reflexives.has(second.lower))) return null;
  const cue = marker === separate ? `${sets.infinitiveMarker} ${clauseTokens[marker + 1]!.text}` : clauseTokens[marker]!.text;
  // What the infinitive's own clauses add belongs to it (`…, eine Kommission zu gründen, die sich mit … befasst`),
  // up to a comma that joins another main clause (`…, und die Opposition stimmte zu`).
  let end = view.end;
  for (const token of tokens) {
    if (token.start <= clauseEnd || token.end > view.end) continue;
    if (sets.conjunctions.has(token.lower) && /,\s*$/u.test(text.slice(clauseEnd, token.start))) {
      end = text.lastIndexOf(',', token.start);
      break;
    }
  }
  // (From the comma: a quotation may stand first, which the clause's words outside quotations leave out.)
  return { clause: trimClause(text, commaAt + 1, end), cue };
}

/**
 * The comma right after the particle of the separable verb at tokens[i] (`ruft … dazu auf, …`), within
 * the sentence and the particle's reach; -1 where there is none.
 */
function particleCommaAfter(text: string, tokens: Token[], i: number, view: SentenceView, sets: SpeechSets): number {
  const particles = sets.particleVerbs.get(tokens[i]!.lower);
  if (!particles) return -1;
  for (let k = i + 1; k < tokens.length && k <= i + 16; k++) {
    if (/[.;:!?]/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return -1;
    if (particles.has(tokens[k]!.lower) && /^\s*,/u.test(text.slice(tokens[k]!.end, view.end))) return text.indexOf(',', tokens[k]!.end);
  }
  return -1;
}

/**
 * What a verb of deciding reports (SpeechLexicon.decisionVerbs): the zu-infinitive after its comma
 * (`hatte beschlossen, eine Studie … zu beauftragen`), or right after its participle where the comma is
 * left out, or a dass-clause after its comma (`hat zugesagt, dass …`); null for anything else.
 */
function decisionContent(text: string, tokens: Token[], i: number, view: SentenceView, context: FrameContext): ReportedClause | null {
  const { sets } = context;
  const token = tokens[i]!;
  const commaAt = text.indexOf(',', token.end);
  const afterComma = commaAt >= 0 && commaAt < view.end ? tokens.findIndex((candidate) => candidate.start > commaAt) : -1;
  // In the passive (`wurde beschlossen, …`) the one who decided goes unnamed.
  const passive = tokens.slice(clauseStart(text, tokens, i, view.start), i).some((word) => sets.passiveAuxiliaries.has(word.lower));
  const frameUpTo = (end: number): Frame | null => {
    const frame = frameAtVerb(text, view.start, end, token.start, context);
    return frame && passive ? { ...frame, speaker: null } : frame;
  };
  if (afterComma > i && afterComma - i <= 12 && !/[.!?;:]/u.test(text.slice(token.end, commaAt))) {
    const next = tokens[afterComma]!;
    if (sets.complementizers.has(next.lower) && !sets.complementizerBlockers.has(tokens[afterComma - 1]?.lower ?? '')) {
      const clause = trimClause(text, next.start, view.end);
      if (tokenize(text, clause.start, clause.end).length > MIN_CLAUSE_WORDS) return reportedClause(clause, frameUpTo(commaAt), next.text, 'complementizer');
    }
  }
  return infinitiveReport(text, tokens, i, view, sets, frameUpTo, true);
}

/**
 * German: the zu-infinitive the verb at tokens[i] reports. After its comma, with objects and adverbials
 * between (`empfahl in einer Warnung am 3. Januar allen Bürgern, das Land zu verlassen`); after the comma
 * that follows its separable particle, past an apposition's commas (`ruft die Vereinigung der Mönche,
 * eine Gruppe in Rangun, alle Mönche dazu auf, keine Almosen anzunehmen`); or, where `participle` says
 * the verb may be one, right after it without the optional comma when an auxiliary opened its clause
 * (`Philips hat angekündigt die Preise zu erhöhen`). The frame is read up to where the clause starts, by
 * `frameUpTo`, which in the passive names its agent or no one (`Israel wurde aufgefordert, … zu öffnen`).
 */
function infinitiveReport(text: string, tokens: Token[], i: number, view: SentenceView, sets: SpeechSets, frameUpTo: (end: number) => Frame | null, participle: boolean): ReportedClause | null {
  const token = tokens[i]!;
  const commaAt = text.indexOf(',', token.end);
  const particleComma = particleCommaAfter(text, tokens, i, view, sets);
  for (const comma of particleComma > commaAt ? [commaAt, particleComma] : [commaAt]) {
    if (comma < 0 || comma >= view.end || /[.!?;:]/u.test(text.slice(token.end, comma))) continue;
    const first = tokens.findIndex((candidate) => candidate.start > comma);
    if (first <= i || first - i > (comma === commaAt ? 12 : 20)) continue;
    const infinitive = infinitiveClause(text, tokens, comma, view, sets);
    if (infinitive) return reportedClause(infinitive.clause, frameUpTo(comma), infinitive.cue, 'complementizer');
  }
  if (participle && /^\s+$/u.test(text.slice(token.end, tokens[i + 1]?.start ?? token.end)) && tokens.slice(0, i).some((word) => sets.auxiliaries.has(word.lower))) {
    const infinitive = infinitiveClause(text, tokens, token.end, view, sets);
    if (infinitive) return reportedClause(infinitive.clause, frameUpTo(token.end), infinitive.cue, 'complementizer');
  }
  return null;
}

/**
 * Whether the words at tokens[at] open an apposition to a speaker named just before (`sagte Rice, die
 * Außenministerin der USA, …`, `sagte Lang, Spielerin von Hoffenheim, …`): a role noun among its first words.
 */
function opensApposition(tokens: Token[], at: number, sets: SpeechSets): boolean {
  return tokens.slice(at, at + 3).some((word) => sets.roleNouns.has(word.lower));
}

/**
 * Where a report in Konjunktiv after a verb's comma runs. From the comma, not from its first word
 * outside quotation marks, since a quoted phrase may open it (`Er sagte, „No-Go-Areas“ dürfe es nicht
 * geben`); from after an apposition to the speaker named after the verb (`sagte Eva Lang, die Sprecherin
 * der Feuerwehr, die Lage bleibe ernst`). To the sentence's end; or, framed from inside a relative
 * clause, to the comma where that clause ends (`Die Ministerin, die sagte, die Lage sei ernst, trat
 * zurück`), unless a conjunction and another Konjunktiv go on (`…, sondern verstehe sich als …`).
 */
function subjunctiveReportSpan(
  text: string,
  tokens: Token[],
  sets: SpeechSets,
  view: SentenceView,
  at: { verbAt: number; commaAt: number; afterComma: number; verb: Token; relative: boolean },
): { start: number; end: number } {
  const { verbAt, commaAt, afterComma, verb, relative } = at;
  const appositionEnd = afterComma > verbAt + 1 && opensApposition(tokens, afterComma, sets) ? text.indexOf(',', commaAt + 1) : -1;
  const from = appositionEnd > commaAt && appositionEnd < verb.start ? appositionEnd : commaAt;
  const goesOn = (comma: number): boolean => {
    const next = tokens.findIndex((candidate) => candidate.start > comma);
    return next >= 0 && sets.conjunctions.has(tokens[next]!.lower) && (firstSubjunctive(text, tokens, sets, next + 1, next + 4, false) !== null
      || (sets.subjunctiveShape !== null && tokens.slice(next + 1, next + 4).some((word) => sets.subjunctiveShape!.test(word.lower))));
  };
  let closing = relative ? text.indexOf(',', verb.end) : -1;
  while (closing > 0 && closing < view.end && goesOn(closing)) closing = text.indexOf(',', closing + 1);
  // A verb of saying right after a later comma resumes the clause that frames the report (`Nachdem er
  // gefragt wurde, was seine Partei unterscheide, entgegnete Suttner: …`): the report ends there.
  if (closing < 0) {
    const resumed = tokens.find((candidate, k) => candidate.start > verb.end && k > 0 && isSpeechVerb(sets, candidate.lower) && /^\s*,\s*$/u.test(text.slice(tokens[k - 1]!.end, candidate.start)));
    if (resumed) closing = text.lastIndexOf(',', resumed.start);
  }
  return trimClause(text, from + 1, closing > 0 && closing < view.end ? closing : view.end);
}

/**
 * A frame inside a relative clause whose pronoun is its subject (`Abdel Kader, der vor dem Parlament
 * betonte, …`): the speaker is the person the pronoun refers to, named before it, not the words before
 * the verb (`dem Parlament`). Where a phrase follows the pronoun right away, that phrase is the subject
 * and the pronoun its object (`die Ministerin, die der Kanzler zitierte, …`).
 */
function relativeFrame(frame: Frame | null, pronoun: Token, afterPronoun: Token, view: SentenceView, context: FrameContext): Frame | null {
  if (!frame || (frame.speaker && frame.speaker.start <= afterPronoun.start)) return frame;
  const antecedent = context.lastPerson(view.start, pronoun.start);
  return antecedent ? { ...frame, speaker: antecedent } : frame;
}

/**
 * Where a clause reported without `that` starts after a time said first (SpeechLexicon.bareClause): past
 * `Monday`, `on Tuesday night`, `last week`, `Sept. 5`, `yesterday`, where a clause's first word follows
 * (not `said May would resign`: a name that is also a month is the subject there). Else `k`.
 */
function afterTimeSaid(tokens: Token[], k: number, sets: SpeechSets): number {
  const bare = sets.bareClause;
  if (!bare || !tokens[k]) return k;
  const timeNouns = sets.closingFrame?.timeNouns;
  const timeWord = (token: Token | undefined): boolean => token !== undefined && (sets.calendarWords.has(token.lower) || timeNouns?.has(token.lower) === true);
  let j = k;
  if (bare.timeAdverbs.has(tokens[j]!.lower)) j++;
  else {
    if (bare.timeLeads.has(tokens[j]!.lower) && timeWord(tokens[j + 1])) j++;
    if (!sets.calendarWords.has(tokens[j]!.lower) && !(j > k && timeWord(tokens[j]))) return k;
    j++;
    while (j < tokens.length && j - k < 4 && (timeNouns?.has(tokens[j]!.lower) === true || /^\d{1,2}$/u.test(tokens[j]!.text))) j++;
  }
  const first = tokens[j];
  return first && CLAUSE_STARTERS_EN.test(first.text) && !bare.finite.has(first.lower) ? j : k;
}

/** How many words of a bare clause are read for its finite verb (see SpeechLexicon.bareClause). */
const BARE_CLAUSE_WORDS = 12;

/**
 * Whether the words after a verb of saying, with no `that` before them, are its object rather than a
 * clause it reports (SpeechLexicon.bareClause): an indefinite article opens them and no finite verb
 * follows before the first comma (`wrote a long message, calling …`).
 */
function objectNotClause(text: string, words: Token[], sets: SpeechSets): boolean {
  const bare = sets.bareClause;
  if (!bare || !bare.objectArticles.has(words[0]?.lower ?? '')) return false;
  for (let k = 1; k < Math.min(words.length, BARE_CLAUSE_WORDS); k++) {
    if (/[,;:]/u.test(text.slice(words[k - 1]!.end, words[k]!.start))) break;
    const word = words[k]!;
    if (bare.finite.has(word.lower) || bare.past.test(word.lower) || isSpeechVerb(sets, word.lower)) return false;
  }
  return true;
}

/** How many words a source set off by commas may run to (`according to a count by The Associated Press`). */
const SET_OFF_SOURCE_WORDS = 16;

/**
 * A source preposition at tokens[i] (its phrase `length` words long) in a language that sets the source
 * off by a comma instead of joining it to its clause as verb-second languages do (`Laut Polizei sei …`):
 * the source runs to that comma or to the sentence's end, whatever its words (`According to a recent poll
 * of Indiana voters, Trump …`, `…, according to a new article in Politico.`, `…, according to the
 * results.`). Opening the sentence, the clause after its comma is the claim; closing it, the sentence's
 * head; set off inside it, the whole sentence. The source is the speaker, as far as its name reaches
 * (`the Washington Post`, not the name's first word). Null where the source is not set off this way.
 */
function setOffSource(text: string, tokens: Token[], i: number, length: number, view: SentenceView, context: FrameContext): ReportedClause | null {
  const { sets } = context;
  const first = tokens[i + length];
  if (sets.verbSecond || !first) return null;
  const preposition = tokens[i]!;
  const comma = text.indexOf(',', first.start);
  const closes = comma < 0 || comma >= view.end;
  const sourceEnd = closes ? view.end : comma;
  const source = trimClause(text, first.start, sourceEnd);
  const words = tokenize(text, source.start, source.end);
  if (words.length === 0 || words.length > SET_OFF_SOURCE_WORDS || /[;:!?]/u.test(text.slice(first.start, source.end))) return null;
  const opens = i === afterConjunction(tokens, sets);
  const setOff = i > 0 && /[,;–—(]/u.test(text.slice(tokens[i - 1]!.end, preposition.start));
  const span = opens && !closes ? trimClause(text, comma + 1, view.end) : setOff && closes ? trimClause(text, view.start, preposition.start) : setOff ? trimClause(text, view.start, view.end) : null;
  if (!span || tokenize(text, span.start, span.end).length < MIN_CLAUSE_WORDS) return null;
  // The phrase read from the source's start stands for it where only a party tag or nothing follows it
  // (`Sen. Ted Cruz (R-Texas)`); else the source's words, whole (`a count by The Associated Press`).
  const phrase = phraseAt(text, source.start, source.end, context);
  const named = phrase !== null && phrase.start === source.start && /^\s*(?:\(|$)/u.test(text.slice(phrase.end, source.end));
  const speaker: SpeakerPhrase = named ? phrase : { text: text.slice(source.start, source.end), start: source.start, end: source.end };
  const cueEnd = tokens[i + length - 1]!.end;
  const frame: Frame = { kind: 'source', cue: text.slice(preposition.start, cueEnd), cueStart: preposition.start, cueEnd, speaker };
  return reportedClause(span, frame, frame.cue, 'source');
}

/** How many words before a verb of saying its negation may stand (`wollte nicht bestätigen`, `would not confirm`). */
const NEGATION_REACH = 3;
/** Punctuation between two words that ends the clause a negation is read in. */
const NEGATION_BREAK = /[,;:.!?„“"»«–—]/u;

/**
 * Whether the verb of saying (or noun of a report) at tokens[i] is negated in its clause, so that its
 * speaker does not say what follows: a negation among the few words before it, or, where the verb comes
 * second, after it up to its clause (`schloss nicht aus, dass …`, `bestätigte die Polizei nicht, dass …`;
 * in English a negation after the verb is the clause's own: `said he did not …`); not one before a focus
 * particle (`nicht nur`).
 */
function negated(text: string, tokens: Token[], i: number, sets: SpeechSets): boolean {
  if (sets.negations.size === 0) return false;
  const negation = (k: number): boolean => sets.negations.has(tokens[k]!.lower) && !sets.focusParticles.has(tokens[k + 1]?.lower ?? '');
  for (let k = i - 1; k >= Math.max(0, i - NEGATION_REACH); k--) {
    if (NEGATION_BREAK.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) break;
    if (negation(k)) return true;
  }
  for (let k = i + 1; sets.verbSecond && k < Math.min(tokens.length, i + 6); k++) {
    if (NEGATION_BREAK.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) || sets.complementizers.has(tokens[k]!.lower)) break;
    if (negation(k)) return true;
  }
  return false;
}

export function findReported(view: SentenceView, context: FrameContext): ReportedClause[] {
  const { text } = view;
  const { sets } = context;
  const tokens = outsideQuotes(view);
  const clauses: ReportedClause[] = [];
  // `Wie die NATO am Montag mitteilte, sind …` / `As the minister said, …`: the main clause is the report.
  // (A conjunction may stand first: `Denn wie die „Bild“-Zeitung berichtete, …`.)
  const leadAt = afterConjunction(tokens, sets);
  const openerAt = sets.frameOpeners.has(tokens[leadAt]?.lower ?? '') ? leadAt : 0;
  const opener = tokens[openerAt];
  if (opener && sets.frameOpeners.has(opener.lower)) {
    // The frame's verb: one of saying, or news made known without a speaker (`Wie gestern bekannt wurde, …`:
    // the lower-case word among the nouns that take a clause, before its passive auxiliary).
    const frameVerbAt = (k: number): boolean => speechVerbAt(sets, text, tokens, k)
      || (sets.contentNouns.has(tokens[k]!.text) && tokens[k + 1] !== undefined && sets.passiveAuxiliaries.has(tokens[k + 1]!.lower));
    // The frame ends at the comma after its verb (at the end of the subordinate clause), which an
    // apposition may precede (`Wie seine Mitarbeiterin, Arminda Thomas, mitteilte, …`).
    const verbAt = tokens.findIndex((token, k) => k > openerAt && k <= 14 && speechVerbAt(sets, text, tokens, k) && /^\s*,/u.test(text.slice(token.end)));
    const comma = verbAt > 0 ? text.indexOf(',', tokens[verbAt]!.end) : text.indexOf(',', opener.end);
    if (comma > 0 && comma < view.end) {
      const inFrame = tokens.filter((token) => token.end <= comma);
      const verbIndex = inFrame.findIndex((_, k) => k > openerAt && frameVerbAt(k));
      if (verbIndex > openerAt && inFrame.length <= 14) {
        const clause = trimClause(text, comma + 1, view.end);
        if (tokenize(text, clause.start, clause.end).length >= MIN_CLAUSE_WORDS) {
          const frame = frameBefore(text, opener.end, comma, context);
          clauses.push(reportedClause(clause, frame, inFrame[verbIndex]!.text, 'verb'));
          return clauses;
        }
      }
    }
  }
  const afterColon = colonReport(view, tokens, context);
  if (afterColon) {
    clauses.push(afterColon);
    return clauses;
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // Each rule below starts from one of these words.
    if (!sets.cueWords.has(token.lower)) continue;
    // `die These, dass …`, `Zweifel daran, ob …`, `the claim that …`: a noun that takes a reported clause.
    // (`Es ist nicht bekannt, ob …`: news not made known.)
    if (sets.contentNouns.has(token.lower) && !negated(text, tokens, i, sets)) {
      // `erteilte den Befehl, das Flugzeug zu verlassen`, `die Forderung, … zurückzunehmen`: a request or an intention.
      // The comma right after the noun, or after the participle that ends its clause (`hatte die These
      // vertreten, …`, `hat die Forderung erhoben, …`).
      const next = tokens[i + 1];
      const participle = next !== undefined && !isCapitalised(next) && !sets.stopwords.has(next.lower) && /^\s+$/u.test(text.slice(token.end, next.start)) && /^\s*,/u.test(text.slice(next.end));
      const comma = next ? text.indexOf(',', token.end) : -1;
      if (comma >= 0 && (/^\s*,\s*$/u.test(text.slice(token.end, next!.start)) || participle)) {
        const infinitive = infinitiveClause(text, tokens, comma, view, sets);
        if (infinitive) {
          // Read up to the comma, the frame takes the clause's leading phrase for the one who asked (`Der Präsident`).
          clauses.push(reportedClause(infinitive.clause, frameBefore(text, view.start, comma + 1, context), `${token.text} … ${infinitive.cue}`, 'complementizer'));
          return clauses;
        }
        // `vertrat die These, die Partei stagniere …`: a clause in Konjunktiv after the noun's comma.
        const afterComma = tokens.findIndex((candidate) => candidate.start > comma);
        const verb = afterComma > i && sets.subjunctive.size > 0 ? subjunctiveAfterComma(text, tokens, sets, afterComma) : null;
        if (verb) {
          const span = subjunctiveReportSpan(text, tokens, sets, view, { verbAt: i, commaAt: comma, afterComma, verb, relative: false });
          // Where the noun is the subject, the main clause goes on after the report (`Die Sorge, die Preise
          // könnten steigen, ist groß`): its verb right after a comma ends the report.
          const closing = text.indexOf(',', verb.end);
          const resumed = closing > 0 && closing < span.end ? tokens.find((candidate) => candidate.start > closing) : undefined;
          // (Only an auxiliary or a verb of saying is known to be one: `…, anstatt …`, `…, hierbei soll …` go on with the report.)
          const clause = resumed && (sets.auxiliaries.has(resumed.lower) || isSpeechVerb(sets, resumed.lower)) ? trimClause(text, span.start, closing) : span;
          clauses.push(reportedClause(clause, frameBefore(text, view.start, comma + 1, context), `${token.text} … ${verb.text}`, 'subjunctive'));
          return clauses;
        }
      }
      for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
        const candidate = tokens[k]!;
        if (!sets.complementizers.has(candidate.lower)) continue;
        if (/[.!?;:]/.test(text.slice(token.end, candidate.start))) break;
        const clause = trimClause(text, candidate.start, view.end);
        if (tokenize(text, clause.start, clause.end).length > MIN_CLAUSE_WORDS) {
          // Without a verb of saying before the noun, the frame read up to the clause takes its leading phrase.
          const frame = frameBefore(text, view.start, token.start, context) ?? frameBefore(text, view.start, candidate.start, context);
          clauses.push(reportedClause(clause, frame, `${token.text} … ${candidate.text}`, 'complementizer'));
          return clauses;
        }
      }
    }
    // `Nordkorea besitze seiner Meinung nach …`: a view named by its owner, then the postposition.
    const owned = viewSourceAt(text, tokens, i, context);
    if (owned) {
      // Where it opens the sentence, the clause follows it; inside, the sentence is the claim.
      const clause = trimClause(text, owned.opens ? tokens[i]!.end : view.start, view.end);
      if (tokenize(text, clause.start, clause.end).length >= MIN_CLAUSE_WORDS) {
        clauses.push(reportedClause(clause, owned.frame, owned.frame.cue, 'source'));
        return clauses;
      }
    }
    // A source its noun names (`nach Polizeiangaben`), before the prepositions that take a speaker phrase:
    // for `laut Medienberichten` they would take the noun for the speaker.
    const implicit = sourceNounAt(text, tokens, i, view, context);
    if (implicit) {
      const clause = trimClause(text, implicit.end, view.end);
      const rest = tokenize(text, clause.start, clause.end);
      const head = trimClause(text, view.start, token.start);
      // `…, drei Menschen wurden verletzt, nach Polizeiangaben.`: the head is the claim.
      const useHead = rest.length === 0 && tokenize(text, head.start, head.end).length >= MIN_CLAUSE_WORDS;
      // Where the source interrupts the clause, the words around it count (`Für EADS bedeutet der Verlust
      // nach Einschätzung von Fachleuten einen Tiefschlag`).
      const span = useHead ? head : withInterruptedHead(text, view, i, tokens, clause);
      if (useHead || (rest.length > 0 && tokenize(text, span.start, span.end).length >= MIN_CLAUSE_WORDS)) {
        clauses.push(reportedClause(span, implicit.frame, implicit.frame.cue, 'source'));
        return clauses;
      }
    }
    // Source prepositions: `Laut Polizei sei …`, `according to the report, …`, `dem Minister zufolge …`.
    for (const phrase of sourcesAt(sets, tokens, i)) {
      const commaSource = setOffSource(text, tokens, i, phrase.length, view, context);
      if (commaSource) {
        clauses.push(commaSource);
        return clauses;
      }
      const frame = frameBefore(text, token.start, tokens[Math.min(tokens.length - 1, i + phrase.length + 6)]!.end, context);
      const speakerEnd = frame?.speaker?.end ?? tokens[i + phrase.length - 1]!.end;
      const clause = trimClause(text, speakerEnd, view.end);
      const rest = tokenize(text, clause.start, clause.end);
      const interrupted = withInterruptedHead(text, view, i, tokens, clause);
      // The clause may stand before the source (`…, laut Polizei am Montag.`, `…, volgens de politie.`):
      // then the sentence's head is the claim; but not where the source interrupts it without a comma
      // (`Die Boote sind laut Tessema zudem recht klein`), which withInterruptedHead reads whole.
      const head = trimClause(text, view.start, token.start);
      const setOff = i > 0 && /[,;:–—(]/u.test(text.slice(tokens[i - 1]!.end, token.start));
      const useHead = setOff && tokenize(text, head.start, head.end).length >= MIN_CLAUSE_WORDS && rest.length < MIN_CLAUSE_WORDS + 2;
      if (frame?.kind === 'source' && (useHead || (rest.length > 0 && tokenize(text, interrupted.start, interrupted.end).length >= MIN_CLAUSE_WORDS))) {
        clauses.push(reportedClause(useHead ? head : interrupted, frame, frame.cue, 'source'));
        return clauses;
      }
    }
    if (sets.sourceAfter.has(token.lower) && i > 0) {
      const frame = frameBefore(text, view.start, token.end, context);
      if (frame?.kind === 'source') {
        const clause = trimClause(text, token.end, view.end);
        if (tokenize(text, clause.start, clause.end).length >= MIN_CLAUSE_WORDS) {
          const sourceStart = tokens.findIndex((candidate) => candidate.start >= Math.min(frame.cueStart, frame.speaker?.start ?? token.start));
          clauses.push(reportedClause(withInterruptedHead(text, view, sourceStart, tokens, clause), frame, frame.cue, 'source'));
          return clauses;
        }
      }
    }
    if (sets.decisionVerbs.has(token.lower)) {
      const decided = decisionContent(text, tokens, i, view, context);
      if (decided) {
        clauses.push(decided);
        return clauses;
      }
      continue;
    }
    if (!speechVerbAt(sets, text, tokens, i)) continue;
    // `wollte nicht bestätigen, dass …`, `would not confirm that …`: the speaker does not say it.
    if (negated(text, tokens, i, sets)) continue;
    // An infinitive speaks of speaking (`Kaum zu glauben, …`, `hat viel zu erzählen`): no one says it here.
    if (sets.infinitiveMarker && tokens[i - 1]?.lower === sets.infinitiveMarker) continue;
    // `Berichten zufolge`: before a source postposition the word is the noun, not the verb of saying.
    if (sets.sourceAfter.has(tokens[i + 1]?.lower ?? '')) continue;
    // The frame is read up to where the clause starts, so that `sagte Lisa Brandt, …` finds its subject.
    // In the passive its subject is what was said or done (`Die Stoffe wurden festgestellt, …`, `Die Speicherung
    // war damit begründet worden, dass …`): the agent speaks, or no one named.
    const frameUpTo = (clauseStart: number): ReturnType<typeof frameBefore> => withPassiveAgent(frameBefore(text, view.start, clauseStart, context), view, tokens, i, context);
    // `sagte, dass …` / `said that …` / `erklärte er, dass …`: a complementizer within the next few words.
    // German frames reach far (`geht laut dem Bericht … davon aus, dass`); elsewhere only an object stands
    // between the verb and its `that` (`told reporters that`), so a later `that` belongs to another clause.
    // A hearer may stand there too, with a place and a time (`told a crowd in Miami on Tuesday that …`).
    const reach = sets.verbSecond || sets.hearerVerbs.has(token.lower) ? 14 : 5;
    for (let k = i + 1; k < Math.min(tokens.length, i + reach); k++) {
      const candidate = tokens[k]!;
      // (Only punctuation between words ends the search: a dot inside one is part of it, `ZDNet.com`.)
      if (/[.!?;:„“"]/.test(text.slice(tokens[k - 1]!.end, candidate.start))) break;
      if (!sets.complementizers.has(candidate.lower)) continue;
      // `geriet in Schwierigkeiten, so dass …`: a consequence, not what was said.
      if (sets.complementizerBlockers.has(tokens[k - 1]!.lower)) break;
      // `sagte, die Besorgnis resultiere aus der Tatsache, dass …`, `sagte, es werde geprüft, ob …`: a
      // clause in Konjunktiv after the verb's comma is what was said, and the `dass` belongs inside it.
      if (sets.subjunctive.size > 0 && konjunktivBefore(text, tokens, sets, token.end, k)) break;
      const clause = trimClause(text, candidate.start, view.end);
      if (tokenize(text, clause.start, clause.end).length > MIN_CLAUSE_WORDS) {
        clauses.push(reportedClause(clause, frameUpTo(candidate.start), candidate.text, 'complementizer'));
        return clauses;
      }
    }
    const next = tokens[i + 1];
    if (!next) {
      // The verb ends the sentence: `Twitter habe …, sagte er.` The clause stands before the frame.
      continue;
    }
    const between = text.slice(token.end, next.start);
    // `sagte, Twitter habe …` / `sagte Musk, er sei …`: a comma, then a clause in Konjunktiv.
    const commaAt = text.indexOf(',', token.end);
    // The rules below read the clause after this comma: its first token, found once for all of them.
    const commaInSentence = commaAt >= 0 && commaAt < view.end;
    const afterComma = commaInSentence ? tokens.findIndex((candidate) => candidate.start > commaAt) : -1;
    // A verb of saying that ends a relative clause (`Ein Tief, das tagelang über der Bucht gestanden
    // hatte, habe …`: an article after a comma, before a lower-case word, is its pronoun) is followed by
    // the main clause's own verb, not by a clause it frames (`Die Ministerin, die sagte, die Lage sei
    // ernst, trat zurück` has a subject first).
    const opener = tokens[clauseStart(text, tokens, i, view.start)]!;
    const openerNext = tokens[tokens.indexOf(opener) + 1];
    const relative = opener !== tokens[0] && sets.determiners.has(opener.lower) && openerNext !== undefined && openerNext !== token && !isCapitalised(openerNext);
    if (commaInSentence) {
      if (afterComma > i && afterComma - i <= 5 && !/[.!?;:]/.test(text.slice(token.end, commaAt))) {
        const verb = subjunctiveAfterComma(text, tokens, sets, afterComma);
        // Another verb of saying between the comma and the Konjunktiv frames the clause instead.
        const nearer = verb && tokens.slice(afterComma, tokens.indexOf(verb)).some((candidate) => isSpeechVerb(sets, candidate.lower));
        if (verb && !nearer && !(relative && verb === tokens[afterComma])) {
          const clause = subjunctiveReportSpan(text, tokens, sets, view, { verbAt: i, commaAt, afterComma, verb, relative });
          clauses.push(reportedClause(clause, relative ? relativeFrame(frameUpTo(commaAt), opener, openerNext!, view, context) : frameUpTo(commaAt), verb.text, 'subjunctive'));
          return clauses;
        }
      }
    }
    // German: `forderten … auf, chinesische Waren zu boykottieren`, `schlug vor, sich … zu bewerben`,
    // `wurden aufgefordert Fenster geschlossen zu halten` (a participle of a verb of saying ends in -t).
    const requested = infinitiveReport(text, tokens, i, view, sets, frameUpTo, /t$/u.test(token.lower));
    if (requested) {
      clauses.push(requested);
      return clauses;
    }
    // German, a verb of saying that closes its clause right before the comma, then a main clause in the
    // indicative: `Die Zeitung hatte berichtet, 200 Mitarbeiter sollen entlassen werden.` Not where the
    // verb stands in a subordinate or relative clause (`Als er das sagte, ging sie.`, `…, der das
    // kritisierte, trat zurück`), and only before a clause that opens with its subject (see below).
    if (sets.verbSecond && sets.subordinators.size > 0 && commaInSentence) {
      // Between the verb and the comma: its particle last (`teilte mit, …`), adverbs (`meinte nun, …`,
      // `teilte auch mit, …`) …
      const between = afterComma > i ? tokens.slice(i + 1, afterComma) : [];
      const particle = between.length > 0 && (sets.particleVerbs.get(token.lower)?.has(between[between.length - 1]!.lower) ?? false);
      const rest = (particle ? between.slice(0, -1) : between).filter((word) => !sets.frameAdverbs.has(word.lower));
      // … or its subject, inverted (`sagte Rice, die USA hielten sich …`, `erklärte der Minister, …`), not
      // where an apposition follows the subject, nor before a particle (`bot die Werkstatt an, …` offers).
      const inverted = !particle && rest.length > 0 && rest.length <= 3 && !opensApposition(tokens, afterComma, sets) && rest.every((word) => isCapitalised(word) || sets.pronouns.has(word.lower) || sets.determiners.has(word.lower));
      const closesClause = afterComma > i && between.length <= 5 && (rest.length === 0 || inverted) && /^\s*,\s*$/u.test(text.slice(tokens[afterComma - 1]!.end, tokens[afterComma]?.start ?? commaAt + 1));
      // An article opening a clause after a comma is a relative pronoun; at the sentence's start, an article.
      // (A conjunction that is also a preposition before a noun and an auxiliary opens a main clause: `Als
      // Begründung wurde angegeben, …`; a subordinate clause puts its finite verb last.)
      const openerAt = tokens.indexOf(opener);
      const prepositional = tokens[openerAt + 1] !== undefined && isCapitalised(tokens[openerAt + 1]!) && (sets.auxiliaries.has(tokens[openerAt + 2]?.lower ?? '') || sets.passiveAuxiliaries.has(tokens[openerAt + 2]?.lower ?? ''));
      const inMain = (!sets.subordinators.has(opener.lower) || prepositional) && (opener === tokens[0] || !sets.determiners.has(opener.lower));
      const first = tokens[afterComma];
      // A main clause puts its subject first: after a comma German writes only nouns and names with a
      // capital (`200 Mitarbeiter sollen …`, `Twitter hat …`), a pronoun (`er hat …`) or an article with
      // its noun (`die Zahl steigt`, `die neue Regel gilt`). A verb there (`…, ist er zurückgekehrt`)
      // follows a clause that was subordinate after all; an article before a lower-case word is a
      // relative pronoun (`…, der sich selbst anzeigte`).
      const second = tokens[afterComma + 1];
      const third = tokens[afterComma + 2];
      const nounAfterArticle = second !== undefined && (isCapitalised(second) || (/(?:e|en|er|es|em)$/u.test(second.lower) && !sets.stopwords.has(second.lower) && third !== undefined && isCapitalised(third)));
      const opensMain = first !== undefined && (/^[\p{Lu}\p{N}]/u.test(first.text) || sets.pronouns.has(first.lower) || (sets.determiners.has(first.lower) && nounAfterArticle));
      if (closesClause && inMain && opensMain) {
        const clause = trimClause(text, first.start, view.end);
        if (tokenize(text, clause.start, clause.end).length > MIN_CLAUSE_WORDS) {
          clauses.push(reportedClause(clause, frameUpTo(commaAt), token.text, 'verb'));
          return clauses;
        }
      }
    }
    // English: `said the plan would fail`, `claimed the election was rigged` (no complementizer). The
    // frame is read last: most verbs fail the cheaper tests, and reading it tokenizes the sentence again.
    // A time said first is the frame's, not the clause's (`said Monday the plan …`, `said on Tuesday the plan …`).
    const lead = sets.hearerVerbs.has(token.lower) ? i + 1 : afterTimeSaid(tokens, i + 1, sets);
    const first = tokens[lead] ?? next;
    const frame = sets.subjunctive.size === 0 && !/[,:“"‘]/.test(between) && CLAUSE_STARTERS_EN.test(first.text) ? frameUpTo(token.end) : null;
    // After a quotation the frame's words are the quotation's; what follows its verb is the scene or the
    // speaker (`“…,” she told ABC News in February`, `“…,” said David Wasserman, House editor for …`).
    const quotationBefore = (end: number): boolean => AFTER_QUOTATION.test(text.slice(view.start, end));
    if (frame?.speaker && !quotationBefore(token.start) && !quotationBefore(Math.min(frame.speaker.start, token.start))) {
      const start = sets.hearerVerbs.has(token.lower) ? afterHearer(text, tokens, i, view.end, sets) : first.start;
      if (start < 0) continue;
      const clause = trimClause(text, start, view.end);
      const words = tokenize(text, clause.start, clause.end);
      // (Nor is a time clause one: `tweeted as Obama spoke`.)
      if (words.length >= MIN_CLAUSE_WORDS + 1 && !words.slice(0, 2).some((word) => /^(?:in|on|at|to|during|after|before|reporters|journalists)$/.test(word.lower)) && words[0]!.lower !== 'as' && !objectNotClause(text, words, sets)) {
        clauses.push(reportedClause(clause, frame, token.text, 'verb'));
        return clauses;
      }
    }
  }
  // The frame after the clause: `Twitter habe nur noch …, sagte er.` / `…, he said.` It may be longer
  // where its verb opens it right after the comma (`…, gab der indonesische Außenminister Hassan Wirajuda bekannt.`).
  const last = tokens.length - 1;
  const lastComma = last >= 0 ? text.lastIndexOf(',', tokens[last]!.start) : -1;
  const opening = lastComma > view.start ? tokens.findIndex((candidate) => candidate.start > lastComma) : -1;
  // Only where the verb comes second: in English a verb after a comma is as often a participle (`…, adding
  // to her lead …`) or follows an apposition to the subject (`Keron Blair, director of AROS, said …`).
  const reach = sets.verbSecond && opening > 0 && last - opening <= TRAILING_FRAME_REACH && speechVerbAt(sets, text, tokens, opening) ? Math.min(last - 5, opening) : last - 5;
  for (let i = last; i >= Math.max(1, reach); i--) {
    const token = tokens[i]!;
    if (!speechVerbAt(sets, text, tokens, i)) continue;
    const comma = text.lastIndexOf(',', token.start);
    if (comma <= view.start) break;
    // German frames after a comma put the verb second (`…, sagte er.`, `…, hatte Koch gesagt.`) or follow
    // `wie` (`…, wie die Polizei mitteilte.`). An infinitive (`…, negativ darüber zu sprechen.`) or a verb
    // before its auxiliary at the end of a clause that no `wie` opened (`…, durch einen Politiker
    // ergänzt werde.`) speaks of speaking in a clause of the report itself.
    if (sets.infinitiveMarker && tokens[i - 1]?.lower === sets.infinitiveMarker) break;
    const afterComma = tokens.findIndex((candidate) => candidate.start > comma);
    // A subordinate clause after the comma (`…, wenn konkrete Varianten zur Auswahl gestanden hätten.`) is
    // no frame; only `wie` opens one (`…, wie die Polizei mitteilte.`).
    const frameLead = tokens[afterComma]?.lower ?? '';
    if (sets.subordinators.has(frameLead) && !sets.frameOpeners.has(frameLead)) break;
    if (sets.verbSecond && i < last && tokens.slice(i + 1).every((word) => sets.auxiliaries.has(word.lower) || sets.passiveAuxiliaries.has(word.lower) || sets.subjunctive.has(word.lower)) && !sets.frameOpeners.has(tokens[afterComma]?.lower ?? '')) break;
    // A verb that introduces a quotation after a colon has its words there. Right after the comma, what
    // stands before is its subject (`The union’s president, Sara Nelson, said: “…”`); without Konjunktiv
    // to mark a report, it is mostly the scene (`In one tweet, Trump wrote: “…”`, `Speaking at a rally,
    // he said: “…”`), seldom a paraphrase as well (`Trump will surprise us, Kall said: “…”`).
    if (i === last && /^\s*:/u.test(text.slice(token.end, view.end)) && (sets.subjunctive.size === 0 || tokens[i - 1]!.end <= comma)) break;
    // So does a quotation right after the verb, with or without a comma (`Trump walked onto the stage,
    // chanting “U-S-A!”`, `On ABC’s “Good Morning America” Tuesday, he said, “…”`): the words are the quotation's.
    if (i === last && sets.subjunctive.size === 0 && /^\s*,?\s*[“"‘'«„]/u.test(text.slice(token.end, view.end))) break;
    const head = trimClause(text, view.start, comma);
    const headTokens = tokens.filter((candidate) => candidate.end <= comma);
    if (headTokens.length < MIN_CLAUSE_WORDS) break;
    const subjunctive = sets.subjunctive.size === 0 || headTokens.some((_, k) => subjunctiveAt(text, headTokens, k, sets, false));
    // A head that opens with a conjunction or a question word is a subordinate clause, in any language:
    // `Als der Zug ankam, sagte er …`, `When the train arrived, he said …` give a time, not a report.
    // (A conjunction may stand before it: `But when Congress cut funding …, Mexico said enough.`)
    const headOpener = headTokens[afterConjunction(headTokens, sets)]!;
    if (sets.subordinators.has(headOpener.lower)) break;
    // Without Konjunktiv, only a frame that is nothing but verb and speaker right after the comma
    // (`Die Brücke ist gesperrt, sagte ein Sprecher.`) marks the head as reported (`…, sagte aber nichts
    // dazu` goes on with the same subject), and only a head that is one plain main clause: no comma in it
    // (`Der Sprecher, Steffen Seibert, sagte …` is a subject with its apposition).
    // A long frame (past the usual reach) after a head in the indicative that opens with a function word
    // follows a subordinate clause, not a report (`Während die Parlamentarier zustimmten, schätzte der
    // Beauftragte … ein.`).
    const longAfterSubordinate = i < last - 5 && !subjunctive && sets.stopwords.has(headTokens[0]!.lower) && !sets.determiners.has(headTokens[0]!.lower);
    const inverted = !subjunctive && !longAfterSubordinate && token === tokens[headTokens.length] && !text.slice(view.start, comma).includes(',');
    // A frame that `wie` opens says who said the head in any mood (`Das hatte er längst getan, wie sein
    // Anwalt mitteilte.`, `…, as the minister said.`).
    const opened = sets.frameOpeners.has(tokens[afterComma]?.lower ?? '') && tokens.indexOf(token) - afterComma <= 6;
    if (!subjunctive && !inverted && !opened) break;
    const frame = frameBefore(text, comma + 1, view.end, context);
    if (sets.closingFrame && frame && !closesSentence(text, tokens, i, afterComma, frame, sets.closingFrame, sets)) break;
    const speakerFollows = frame?.speaker != null && tokens[i + 1] !== undefined && frame.speaker.start === tokens[i + 1]!.start;
    if (frame && (subjunctive || speakerFollows || (opened && frame.speaker))) clauses.push(reportedClause(head, frame, token.text, 'verb'));
    break;
  }
  if (!clauses.length) {
    const closing = closingParticle(view, tokens, context);
    if (closing) clauses.push(closing);
  }
  return clauses;
}

/** How far after a verb its hearer, with a place and a time, may reach (`told a crowd in Miami on Tuesday …`). */
const HEARER_REACH = 10;
/** The longest rest after a hearer that is only its place and time (`told The Huffington Post on Thursday`). */
const HEARER_SCENE_WORDS = 6;

/**
 * Where the report after a verb and its hearer starts (see SpeechLexicon.hearer): at the first subject
 * pronoun or clause opener after the hearer (`told Breitbart News he’d support …`); else right after the
 * verb where more than a scene follows (`told them Clinton “has …”`); else -1, nothing is reported.
 */
function afterHearer(text: string, tokens: Token[], verb: number, end: number, sets: SpeechSets): number {
  for (let k = verb + 1; k < Math.min(tokens.length, verb + HEARER_REACH); k++) {
    if (/[.;:!?]/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
    const word = tokens[k]!.lower.replace(/['’]\p{L}+$/u, ''); // `what’s`, `who’d` (pronouns list their own contractions)
    // A request keeps its hearer (`urged the candidates to …`, `told Megyn not to worry`).
    if (sets.hearerRequests.has(word)) return tokens[verb + 1]!.start;
    if (sets.pronouns.has(word) || sets.hearerClauseOpeners.has(word)) return tokens[k]!.start;
  }
  const next = tokens[verb + 1];
  return next && tokenize(text, next.start, end).length > HEARER_SCENE_WORDS ? next.start : -1;
}

/**
 * Whether a frame after its clause, in a language that says how one ends (see SpeechLexicon.closingFrame),
 * is one: it has a speaker right before its verb (not `Patriot failed as predicted`), and no object follows
 * a verb whose speaker stands before it (`Clinton noted the clot’s existence`), save a hearer (`told the
 * AP`) or a time (`said the next day`).
 */
function closesSentence(text: string, tokens: Token[], verb: number, afterComma: number, frame: Frame, closing: NonNullable<SpeechSets['closingFrame']>, sets: SpeechSets): boolean {
  const speaker = frame.speaker;
  if (!speaker) return false;
  const token = tokens[verb]!;
  // A speaker after the verb inverts a frame that opens right after the comma (`…, said the minister`);
  // later, the phrase after the verb is its object (`… the refusal to acknowledge the atrocities`).
  if (speaker.end > token.start) return verb === afterComma;
  // The speaker stands right before its verb, but for auxiliaries and adverbs (`Smith has since said`,
  // `she later told`), an apposition between commas (`Smith, a spokesman, said`) or a parenthesis: a phrase
  // further back is no subject of this verb (`… as a result of Turkey’s refusal to acknowledge …`, `Patriot
  // failed as predicted`).
  const between = tokens.filter((word) => word.start >= speaker.end && word.end <= token.start);
  const apposition = between.length > 0 && /^\s*,/u.test(text.slice(speaker.end, between[0]!.start)) && /,\s*$/u.test(text.slice(between[between.length - 1]!.end, token.start));
  const aside = /^\s*\([^()]*\)\s*$/u.test(text.slice(speaker.end, token.start)); // `Sen. Lindsey Graham (R-S.C.) told`
  if (!apposition && !aside && !between.every((word) => sets.auxiliaries.has(word.lower) || closing.adverb.test(word.lower))) return false;
  const next = tokens[verb + 1];
  if (!next || !closing.articles.has(next.lower) || /[,.;:!?]/u.test(text.slice(token.end, next.start))) return true;
  return sets.hearerVerbs.has(token.lower) || closing.timeNouns.has(tokens[verb + 2]?.lower ?? '');
}

/** How many words an inverted frame after the clause may have when its verb opens it (see findReported). */
const TRAILING_FRAME_REACH = 12;

/** How many words may stand between a verb of saying and the colon that opens what was said. */
const COLON_REACH = 10;

/**
 * A verb of saying, then a colon, then what was said without quotation marks (`Der Minister erklärte:
 * Die Lage sei ernst.`, `Diepgen wies die Vorwürfe zurück: Der Senat habe …`): the words after the colon
 * are the report of the one who speaks before it. A quotation after the colon is the quotation's (its
 * words are not among `tokens`), and a sentence that opens with a subordinate clause is no frame.
 */
function colonReport(view: SentenceView, tokens: Token[], context: FrameContext): ReportedClause | null {
  const { text } = view;
  const { sets } = context;
  if (sets.subjunctive.size === 0) return null;
  // A colon before a space: not the one of a score or a time (`3:2`, `08:15 Uhr`).
  const colonAt = tokens.findIndex((token, k) => k > 0 && /:\s+$/u.test(text.slice(tokens[k - 1]!.end, token.start)));
  if (colonAt < 2 || sets.subordinators.has(tokens[0]!.lower)) return null;
  const colon = text.lastIndexOf(':', tokens[colonAt]!.start);
  let verb = -1;
  for (let k = colonAt - 1; k >= Math.max(0, colonAt - 1 - COLON_REACH); k--) {
    if (speechVerbAt(sets, text, tokens, k)) {
      verb = k;
      break;
    }
  }
  if (verb < 0) return null;
  const clause = trimClause(text, colon + 1, view.end);
  const words = tokens.filter((token) => token.start >= clause.start && token.end <= clause.end);
  if (words.length < MIN_CLAUSE_WORDS || /[„“”"»«]/u.test(text.slice(colon + 1, clause.end))) return null;
  // In the mood of reported speech only: after a colon the indicative is as often the article's own
  // summary or a list (`Mit dabei sind: …`) as someone's words.
  if (!words.some((_, k) => subjunctiveAt(text, words, k, sets, false))) return null;
  const frame = frameBefore(text, view.start, colon, context);
  return frame?.speaker ? reportedClause(clause, frame, tokens[verb]!.text, 'verb') : null;
}

/** How far from the sentence's end a closing `so` may stand when an article follows it (`…, so eine Information des BKA in …`). */
const CLOSING_PARTICLE_REACH = 24;

/**
 * A speaker particle that closes the sentence after a comma (`Die Lage sei ernst, so Müller.`, `…, so
 * Wikimedia Deutschland weiter.`, `…, aldus de minister.`): the words before the comma are the report and
 * the speaker is named after the particle. The speaker must run to the sentence's end (one adverb may
 * follow it: `weiter`), so `…, so dass …` and `…, so schnell es ging` are no frames; after an article it
 * may go on (`…, so das Ergebnis einer gestern vorgestellten Studie mit dem Titel …`).
 */
function closingParticle(view: SentenceView, tokens: Token[], context: FrameContext): ReportedClause | null {
  const { text } = view;
  const { sets } = context;
  if (sets.particles.size === 0) return null;
  const last = tokens.length - 1;
  for (let i = last - 1; i >= Math.max(MIN_CLAUSE_WORDS, last - CLOSING_PARTICLE_REACH); i--) {
    const token = tokens[i]!;
    if (!sets.particles.has(token.lower) || !/,\s*$/u.test(text.slice(tokens[i - 1]!.end, token.start))) continue;
    const speaker = phraseAt(text, token.end, view.end, context);
    if (!speaker || !tokenize(text, speaker.start, speaker.end).some((word) => isCapitalised(word))) return null;
    // Only a word (`so Müller weiter`) or the speaker's short form in parentheses (`so der Dienst (NHS)`) may
    // follow, or, after an article, what the source is further (`so das Ergebnis einer Studie mit dem Titel …`).
    // (Not where a comma follows: `Doch sei es, so der Autor, ein Fehler gewesen` sets the source in between.)
    const described = sets.determiners.has(tokens[i + 1]!.lower) && !text.slice(speaker.end, view.end).includes(',');
    if (!described && i < last - 8) continue;
    if (!described && !/^\s*(?:\([^()]{1,40}\)\s*)?(?:\p{Ll}+\s*)?[.!?]?\s*$/u.test(text.slice(speaker.end, view.end))) return null;
    const comma = text.lastIndexOf(',', token.start);
    const head = trimClause(text, view.start, comma);
    const headTokens = tokens.filter((candidate) => candidate.end <= comma);
    // A head that opens with a conjunction is a subordinate clause, not the report.
    if (headTokens.length < MIN_CLAUSE_WORDS || sets.subordinators.has(headTokens[0]!.lower)) return null;
    const frame: Frame = { kind: 'particle', cue: token.text, cueStart: token.start, cueEnd: token.end, speaker };
    return reportedClause(head, frame, token.text, 'source');
  }
  return null;
}

/**
 * The frame of a sentence that reports no clause of its own (`Die Regierung warnt vor weiteren
 * Überschwemmungen.`, `„…“, sagte er.`): its first verb of saying with the subject, or null. The press
 * goes on with what was said in the next sentence (`Die Dämme befänden sich …`).
 */
export function speakingFrame(view: SentenceView, context: FrameContext): Frame | null {
  const tokens = outsideQuotes(view);
  for (let i = 0; i < tokens.length; i++) {
    if (!speechVerbAt(context.sets, view.text, tokens, i)) continue;
    // Read over the whole sentence: a separable verb's particle stands after it (`weisen … zurück`).
    // (In the passive, `Die Zahl der Toten wurde mit 13 angegeben.`, the agent or no one: withPassiveAgent.)
    return withPassiveAgent(frameAtVerb(view.text, view.start, view.end, tokens[i]!.start, context), view, tokens, i, context);
  }
  return null;
}

/**
 * The frame of the verb of saying at tokens[i] with the speaker a passive has: its subject is what was said
 * or the one asked (`Die Zahl der Toten wurde mit 13 angegeben`), so the agent speaks (`wurde von der
 * Polizei bestätigt`), or no one named. A frame at another verb, or none, is returned as it is.
 */
function withPassiveAgent(frame: Frame | null, view: SentenceView, tokens: Token[], i: number, context: FrameContext): Frame | null {
  if (!frame || frame.cueStart !== tokens[i]!.start) return frame;
  const agent = passiveSpeaker(view, tokens, i, context);
  return agent === undefined ? frame : { ...frame, speaker: agent };
}

/**
 * The speaker of the verb of saying at tokens[i] where it stands in the passive: its agent, or null where
 * none is named. Undefined where the verb is not in the passive, so its subject speaks.
 */
function passiveSpeaker(view: SentenceView, tokens: Token[], i: number, context: FrameContext): SpeakerPhrase | null | undefined {
  return inPassive(view.text, tokens, i, view.start, context.sets) ? passiveAgentOf(view, tokens, i, context) : undefined;
}

/**
 * Whether the verb of saying at tokens[i] is a participle in the passive whose subject is what was said:
 * the participle's shape (SpeechLexicon.passive: `angegeben`, `bestätigt`, `was told`, not `wird
 * bestätigen`) and a passive auxiliary before it in its clause or right after it.
 */
function inPassive(text: string, tokens: Token[], i: number, from: number, sets: SpeechSets): boolean {
  const verb = tokens[i]!.lower;
  // (`wird Panetta zitiert`: the one quoted is the subject of the passive, and the speaker.)
  if (sets.objectSpeakerVerbs.has(verb) || sets.passiveParticiple?.test(verb) !== true) return false;
  // (The auxiliary may follow it too where the verb comes second: `war damit begründet worden, dass …`;
  // not in English, `some have argued was intended …`.)
  const next = tokens[i + 1];
  if (next && sets.verbSecond && sets.passiveAuxiliaries.has(next.lower) && /^\s+$/u.test(text.slice(tokens[i]!.end, next.start))) return true;
  // Before it, in its own clause; where the verb does not come second, close to it (`was quickly described`),
  // not an auxiliary of the clause before a relative one (`were injured by an explosion that the mayor
  // described as …`: German sets such clauses off with commas).
  const start = Math.max(clauseStart(text, tokens, i, from), sets.verbSecond ? 0 : i - PASSIVE_REACH);
  return tokens.slice(start, i).some((word) => sets.passiveAuxiliaries.has(word.lower));
}

/**
 * The verb of saying that starts at `cueStart` in a sentence, where it stands in the passive: its agent,
 * or null where none is named (`wurde von Demjanjuks Sohn geäußert` → `Demjanjuks Sohn`). Undefined where
 * the verb is not in the passive, so its subject speaks. The claims' rule (passiveSpeaker) for quotations.
 */
export function passiveAgentAt(view: SentenceView, context: FrameContext, cueStart: number): SpeakerPhrase | null | undefined {
  const tokens = outsideQuotes(view);
  const i = tokens.findIndex((token) => token.start === cueStart);
  return i < 0 ? undefined : passiveSpeaker(view, tokens, i, context);
}

/** How many words before its participle a passive auxiliary stands where the verb does not come second. */
const PASSIVE_REACH = 3;

/**
 * The agent of the passive verb at tokens[i]: the phrase after `von`, `vom` or `durch` in its clause before
 * it, the first that names someone who can speak where there are several. It follows the passive auxiliary
 * or opens the clause: one before the auxiliary is a noun's (`Der Regierung unter der Führung von Erdoğan
 * wird vorgeworfen, …`). Else the phrase after `by` right after the verb (`was asked by …`).
 */
function passiveAgentOf(view: SentenceView, tokens: Token[], i: number, context: FrameContext): SpeakerPhrase | null {
  let first: SpeakerPhrase | null = null;
  const start = clauseStart(view.text, tokens, i, view.start);
  const auxiliary = tokens.findIndex((word, k) => k >= start && k < i && context.sets.passiveAuxiliaries.has(word.lower));
  for (let k = start; k < i - 1; k++) {
    if (!context.sets.passiveAgents.has(tokens[k]!.lower) || (k !== start && k < auxiliary)) continue;
    const agent = phraseAt(view.text, tokens[k]!.end, tokens[i]!.start, context);
    if (agent && canSpeak(view.text, agent, context)) return agent;
    // (A phrase that opens the clause is as often its topic: `Von glatter Desinformation … wird gesprochen`.)
    if (k !== start) first ??= agent;
  }
  if (first) return first;
  // … or right after it, where the participle does not end the clause (`was described by the union as “…”`).
  const marker = tokens[i + 1];
  if (!marker || !context.sets.passiveAgents.has(marker.lower) || !/^\s+$/u.test(view.text.slice(tokens[i]!.end, marker.start))) return null;
  const after = phraseAt(view.text, marker.end, view.end, context);
  return after && canSpeak(view.text, after, context) ? after : null;
}

/** The frame that closes a sentence after a comma (`…, the source added.`, `…, sagte er.`), if any. */
export function trailingFrame(view: SentenceView, context: FrameContext): Frame | null {
  const { text } = view;
  const tokens = outsideQuotes(view);
  const last = tokens.length - 1;
  for (let i = last; i >= Math.max(1, last - 5); i--) {
    if (!speechVerbAt(context.sets, text, tokens, i)) continue;
    const comma = text.lastIndexOf(',', tokens[i]!.start);
    if (comma <= view.start) return null;
    return frameBefore(text, comma + 1, view.end, context);
  }
  return null;
}

/**
 * German free indirect speech: a sentence in Konjunktiv I without its own frame continues the reported
 * speech of the sentences before it (`Ein Tatverdacht bestehe nicht mehr.`).
 */
export function freeIndirect(view: SentenceView, sets: SpeechSets, afterReport = false): ReportedClause | null {
  const tokens = outsideQuotes(view);
  // `Der Abzug soll demnach …`: a reporting adverb marks the sentence in any language that has one.
  const adverb = tokens.find((token) => sets.reportingAdverbs.has(token.lower));
  if (adverb && tokens.length >= MIN_CLAUSE_WORDS) {
    return reportedClause(trimClause(view.text, view.start, view.end), null, adverb.text, 'source');
  }
  if (sets.subjunctive.size === 0) return null;
  for (let k = 0; k < tokens.length; k++) {
    // Konjunktiv II stands in for Konjunktiv I only right after reported speech (`Diese könnten …`).
    if (subjunctiveAt(view.text, tokens, k, sets, !afterReport)) {
      const clause = trimClause(view.text, view.start, view.end);
      return reportedClause(clause, null, tokens[k]!.text, 'subjunctive');
    }
  }
  const verb = afterReport && sets.subjunctiveShape ? unlistedSubjunctive(view.text, tokens, sets, sets.subjunctiveShape) : null;
  return verb ? reportedClause(trimClause(view.text, view.start, view.end), null, verb.text, 'subjunctive') : null;
}

/**
 * Right after reported speech, a verb the lexicon does not list in Konjunktiv I (`Der Schaden umfasse
 * …`, `Das Gros der Nutzer handhabe den Konsum maßvoll`): the first lower-case word after a subject of
 * names, nouns and articles, in the verb's second place, with the pack's shape of the form
 * (SpeechLexicon.subjunctiveShape); not a word before a noun (an adjective: `Die neue Regel`).
 */
function unlistedSubjunctive(text: string, tokens: Token[], sets: SpeechSets, shape: RegExp): Token | null {
  for (let k = 1; k < tokens.length - 1; k++) {
    const token = tokens[k]!;
    if (isCapitalised(token) || /^\p{N}/u.test(token.text)) continue;
    // Articles belong to the subject (`Das Gros der Nutzer`); any other function word stands where the verb would.
    if (sets.determiners.has(token.lower)) continue;
    if (sets.stopwords.has(token.lower) || sets.sourceAfter.has(token.lower)) return null; // `Berichten zufolge hat …`
    const word = token.lower;
    const next = tokens[k + 1]!;
    const shaped = shape.test(word);
    // An adjective before its noun, or before another adjective (`Das kleine ostasiatische Land`).
    // (Never after a subject pronoun, which takes none: `man erwäge rechtliche Schritte`.)
    const adjective = !sets.subjectPronouns.has(tokens[k - 1]!.lower) && (isCapitalised(next) || (INFLECTED.test(next.lower) && !sets.stopwords.has(next.lower) && !sets.determiners.has(next.lower) && tokens[k + 2] !== undefined && isCapitalised(tokens[k + 2]!)));
    // `stelle ich`: the first person, in the indicative.
    const firstPerson = sets.firstPerson.has(next.lower) || sets.firstPerson.has(tokens[k - 1]!.lower);
    // Only in the clause the sentence opens with (`… (alle im Alter …) wohnen` is another).
    const joined = /^\s+$/u.test(text.slice(tokens[k - 1]!.end, token.start));
    return shaped && joined && !adjective && !firstPerson ? token : null;
  }
  return null;
}
