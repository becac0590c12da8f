// Cited sources that are not names alone: web addresses in the text, and a study, report, survey or
// data set attributed to a named originator (`eine Studie der Universität Oxford`, `according to a
// report by Reuters`, `selon une étude de l'OCDE`). The originator is found by the name finder; this
// module recognises the document noun and link words before it and widens the mention to include them.

/** Web addresses: with a scheme, with `www.`, or a bare domain under a common top-level domain. */
const URL =
  /(?:https?:\/\/|www\.)[^\s<>"“”„«»]+|(?<![\p{L}\p{N}@./-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:de|com|org|net|fr|es|it|nl|eu|uk|at|ch|be|gov|edu|io|info)(?:\/[^\s<>"“”„«»]*)?(?![\p{L}\p{N}])/giu;

/** Spans of web addresses in a block, trailing punctuation left out. */
export function findUrls(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  URL.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = URL.exec(text))) {
    const trimmed = match[0].replace(/[.,;:!?)\]'’]+$/u, '');
    if (trimmed.length > 3) spans.push({ start: match.index, end: match.index + trimmed.length });
  }
  return spans;
}

/** Document nouns and the words that link them to their originator, per language (lower-case). */
const REFERENCES: Readonly<Record<string, readonly [nouns: string, links: string]>> = {
  de: [
    'studie|studien|bericht|berichts|berichten|report|umfrage|analyse|untersuchung|erhebung|statistik|daten|angaben|gutachten|auswertung|prognose|schätzung|schätzungen|pressemitteilung|mitteilung|recherchen?',
    'der|des|von|vom|im auftrag der|im auftrag des',
  ],
  en: [
    'study|studies|report|reports|survey|analysis|data|figures|statistics|paper|research|poll|investigation|estimates?|filing|review|assessment',
    'by|from|commissioned by|published by|conducted by|released by',
  ],
  fr: [
    'étude|rapport|enquête|sondage|analyse|données|chiffres|statistiques|note',
    "de|du|des|de la|d['’]|publiée? par|réalisée? par|par",
  ],
  es: [
    'estudio|informe|encuesta|análisis|datos|cifras|estadísticas|sondeo|investigación',
    'de|del|de la|elaborado por|publicado por|realizado por',
  ],
  it: [
    'studio|rapporto|indagine|sondaggio|analisi|dati|ricerca|relazione|stime',
    "di|del|della|dell['’]|dei|degli|condotto da|pubblicato da|da",
  ],
  nl: ['studie|onderzoek|rapport|enquête|peiling|analyse|cijfers|gegevens|data', 'van|door|van de|van het'],
};

const compiled = new Map<string, RegExp | null>();

/**
 * Where a reference phrase ends right before a name: the start of its document noun when the block
 * text up to `at` (where the name starts) ends in `<noun> <link> [one word]`, else -1.
 */
export function referenceStart(text: string, at: number, lang: string): number {
  let regex = compiled.get(lang);
  if (regex === undefined) {
    const entry = REFERENCES[lang];
    regex = entry
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${entry[0]})\\s+(?:${entry[1].replace(/ /g, '\\s+')})(?:\\s+[\\p{L}\\p{M}-]+)?(?:\\s+\\p{L}{1,4}['’]|\\s*)$`,
          'iu',
        )
      : null;
    compiled.set(lang, regex);
  }
  if (!regex) return -1;
  // The phrase is short: looking back 80 characters bounds the work whatever the block's length.
  const offset = Math.max(0, at - 80);
  const match = regex.exec(text.slice(offset, at));
  return match ? offset + match.index : -1;
}
