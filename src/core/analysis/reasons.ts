// Why a claim got its status, as data: a code with the words that caused it. The report carries each
// reason both ways: `why` (this data, which the interface renders in the reader's language) and
// `reasons` (the English sentence of reasonText, for the command line and anyone reading the JSON).

export type ReasonCode =
  /** A hedge stands in the sentence (`Berichten zufolge`, `reportedly`). */
  | 'hedge'
  /** An anonymous source stands in the sentence (`aus Regierungskreisen`, `sources said`). */
  | 'anonymous'
  /** The speaker is a group or role without a name (`Aides said`, `analysts say`). */
  | 'unnamed-speaker'
  /** The article says evidence is missing (`gab keine Beweise an`), here or in a sentence just after. */
  | 'evidence-missing'
  /** The sentence names its evidence (a study, a document, a data set). */
  | 'evidence-named'
  /** Reported speech marked by the German Konjunktiv I (`habe`, `sei`). */
  | 'reported-subjunctive'
  /** Reported speech after a verb of saying and a complementizer (`sagte … dass`, `said … that`). */
  | 'reported-clause'
  /** The source is named by a preposition or particle (`laut`, `according to`). */
  | 'source-named'
  /** Reported speech of another kind (a colon frame, free indirect speech). */
  | 'reported'
  /** A direct quotation that makes a check-worthy assertion (an accusation, a comparison, a cause). */
  | 'check-worthy'
  /** A direct quotation that states a figure. */
  | 'check-worthy-figure'
  /** A direct quotation with no evidence given in its sentence. */
  | 'quote-without-evidence'
  /** A direct quotation that falls under a statement of missing evidence. */
  | 'quoted-statement';

export interface Reason {
  code: ReasonCode;
  /** The words of the text that caused it, shortened to 60 characters. */
  cue?: string;
  /** For reported speech: the marker (`habe`, `dass`, `laut`). */
  marker?: string;
  /** For reported speech, quotations and a hedge over a named source: who, as the article names them. */
  speaker?: string;
}

const MAX_CUE = 60;

/** Text as a reason quotes it: white space tidied, long cues cut with an ellipsis. */
export function shortCue(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > MAX_CUE ? `${clean.slice(0, MAX_CUE - 3)}…` : clean;
}

const attributed = (speaker: string | undefined): string => (speaker ? `, attributed to ${speaker}` : '');

/** The reason in plain English words: `hedge: "Berichten zufolge" — no named source`. */
export function reasonText(reason: Reason): string {
  const { cue = '', marker = '', speaker } = reason;
  switch (reason.code) {
    case 'hedge':
      // A hedge may qualify even what a named source says (`Laut Spiegel soll … haben`).
      return speaker ? `hedge: "${cue}", though ${speaker} is named as the source` : `hedge: "${cue}" — no named source`;
    case 'anonymous':
      return `anonymous source: "${cue}"`;
    case 'unnamed-speaker':
      return `anonymous source: "${cue}" — no one is named`;
    case 'evidence-missing':
      return `the article says evidence is missing: "${cue}"`;
    case 'evidence-named':
      return `evidence named: "${cue}"`;
    case 'reported-subjunctive':
      return `reported speech: Konjunktiv "${marker}"${attributed(speaker)}`;
    case 'reported-clause':
      // Without a verb before it (`bekannt … dass`), the marker alone: no dangling ellipsis.
      return `reported speech: "${cue ? `${cue} … ${marker}` : marker}"${attributed(speaker)}`;
    case 'source-named':
      return `source named: "${sourceNamed(marker, speaker)}"`;
    case 'reported':
      return `reported speech: "${marker}"${attributed(speaker)}`;
    case 'check-worthy':
      return `check-worthy: "${cue}"`;
    case 'check-worthy-figure':
      return 'check-worthy: a figure';
    case 'quote-without-evidence':
      return `quoted statement${speaker ? ` of ${speaker}` : ''}, no evidence given in the sentence`;
    case 'quoted-statement':
      return `quoted statement${speaker ? ` of ${speaker}` : ''}`;
  }
}

/** The reasons without repeats (two cues may find the same words: `is often regarded as`). */
export function distinctReasons(reasons: readonly Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((reason) => {
    const key = reasonText(reason);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The source as the reader sees it named: the cue and the speaker (`Laut` + `Polizei`, `Nach Angaben` +
 * `der Polizei`, `nach Angaben von` + `Augenzeugen`), or the cue alone where it holds the speaker already
 * (`Nach Polizeiangaben`, whose speaker is `Polizei`). A cue of several words that does not end in a
 * link and a speaker who is a name found elsewhere do not read as one phrase: the name goes in
 * parentheses (`Nach seiner Ansicht (Paul Grupp)`, `seiner Meinung nach (Paul Kahn)`).
 */
export function sourceNamed(marker: string, speaker: string | null | undefined): string {
  if (!speaker || marker.toLowerCase().includes(speaker.toLowerCase())) return marker;
  const words = marker.trim().split(/\s+/u);
  const apart = words.length > 1 && !LINK_WORDS.has(words[words.length - 1]!.toLowerCase()) && /^\p{Lu}/u.test(speaker);
  return apart ? `${marker} (${speaker})` : `${marker} ${speaker}`;
}

/** Words that end a source's cue and join the name to it (`nach Angaben von`, `according to`). */
const LINK_WORDS = new Set(['von', 'vom', 'aus', 'der', 'des', 'to', 'of', 'from', 'de', 'du', 'des', 'del', 'della', 'di', 'van']);

/**
 * The interface message that says `reason` in the reader's language (`_locales/<lang>/messages.json`),
 * with its substitutions in order: `$1` the cue or marker, then the marker or the speaker. A message
 * of its own for the variant with a speaker, so that each language can word the sentence its own way.
 */
export function reasonMessage(reason: Reason): { key: string; substitutions: string[] } {
  const { cue = '', marker = '', speaker } = reason;
  const by = (key: string, values: string[]) => (speaker ? { key: `${key}By`, substitutions: [...values, speaker] } : { key, substitutions: values });
  switch (reason.code) {
    case 'hedge':
      return by('reasonHedge', [cue]);
    case 'anonymous':
      return { key: 'reasonAnonymous', substitutions: [cue] };
    case 'unnamed-speaker':
      return { key: 'reasonUnnamedSpeaker', substitutions: [cue] };
    case 'evidence-missing':
      return { key: 'reasonEvidenceMissing', substitutions: [cue] };
    case 'evidence-named':
      return { key: 'reasonEvidenceNamed', substitutions: [cue] };
    case 'reported-subjunctive':
      return by('reasonSubjunctive', [marker]);
    case 'reported-clause':
      return cue ? by('reasonClause', [cue, marker]) : by('reasonReported', [marker]);
    case 'source-named':
      return { key: 'reasonSource', substitutions: [sourceNamed(marker, speaker)] };
    case 'reported':
      return by('reasonReported', [marker]);
    case 'check-worthy':
      return { key: 'reasonCheckWorthy', substitutions: [cue] };
    case 'check-worthy-figure':
      return { key: 'reasonCheckWorthyFigure', substitutions: [] };
    case 'quote-without-evidence':
      return by('reasonQuoteNoEvidence', []);
    case 'quoted-statement':
      return by('reasonQuoted', []);
  }
}
