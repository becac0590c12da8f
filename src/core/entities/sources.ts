// Cited sources that are not names alone: web addresses in the text, and a study, report, survey or
// data set attributed to a named originator (`eine Studie der Universität Oxford`, `according to a
// report by Reuters`, `selon une étude de l'OCDE`). The originator is found by the name finder; this
// module recognises the document noun and link words before it and widens the mention to include them.
import { countBefore } from '../search';

/** Web addresses: with a scheme, with `www.`, or a bare domain under a common top-level domain. */
const URL =
  /(?:https?:\/\/|www\.)[^\s<>"“”„«»]+|(?<![\p{L}\p{N}@./-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:de|com|org|net|fr|es|it|nl|eu|uk|at|ch|be|gov|edu|io|info)(?:\/[^\s<>"“”„«»]*)?(?![\p{L}\p{N}])/giu;

/** Spans of web addresses in a block, trailing punctuation left out. */
export function findUrls(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  if (!mayHaveUrl(text)) return spans;
  URL.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = URL.exec(text))) {
    const trimmed = match[0].replace(/[.,;:!?)\]'’]+$/u, '');
    if (trimmed.length > 3) spans.push({ start: match.index, end: match.index + trimmed.length });
  }
  return spans;
}

const TLDS = ['de', 'com', 'org', 'net', 'fr', 'es', 'it', 'nl', 'eu', 'uk', 'at', 'ch', 'be', 'gov', 'edu', 'io', 'info'];

/**
 * A quick necessary condition for URL to match somewhere in `text`: a `://`, or a full stop after
 * `www` or before a top-level domain (in any case). Most paragraphs have none, and skip the regular
 * expression.
 */
function mayHaveUrl(text: string): boolean {
  if (text.includes('://')) return true;
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next !== next || next === 32) continue;
    if (i >= 3 && text.slice(i - 3, i).toLowerCase() === 'www') return true;
    const after = text.slice(i + 1, i + 5);
    // Case-insensitive matching folds `ſ` to `s` and the Kelvin sign to `k`.
    for (let k = 0; k < after.length; k++) {
      const c = after.charCodeAt(k);
      if (c === 0x17f || c === 0x212a) return true;
    }
    const lower = after.toLowerCase();
    for (const tld of TLDS) if (lower.startsWith(tld)) return true;
  }
  return false;
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
const nounPatterns = new Map<string, RegExp | null>();

/** Whether a word contains a document noun of `lang` (case-insensitive); null when the language has none. */
export function documentNounPattern(lang: string): RegExp | null {
  let regex = nounPatterns.get(lang);
  if (regex === undefined) {
    const entry = REFERENCES[lang];
    regex = entry ? new RegExp(`(?:${entry[0]})`, 'iu') : null;
    nounPatterns.set(lang, regex);
  }
  return regex;
}

/**
 * referenceStart(), given `nouns`: spans as a flat list of [start, end) pairs, ascending and not
 * overlapping, that together contain every occurrence of a document noun in the block (or null when the
 * language has no reference phrases). A reference phrase needs one of them within the 80 characters
 * before `at`, so names far from any skip the phrase pattern and answer -1 at once.
 */
export function referenceStartNear(text: string, at: number, lang: string, nouns: readonly number[] | null): number {
  if (!nouns) return -1;
  // The spans do not overlap, so their ends ascend too: find the first that ends after `at - 80`.
  const from = at - 80;
  const low = countBefore(nouns.length / 2, (k) => nouns[2 * k + 1]! <= from);
  return 2 * low < nouns.length && nouns[2 * low]! < at ? referenceStart(text, at, lang) : -1;
}

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
