// Language identification of an article's text, checked against the language the page declares.
// A stop-word profile decides among Latin-script languages; the writing system decides elsewhere.
// Short texts carry too little evidence, so the declared language wins there.
import { packProfiles } from '../languages/profiles';
import { extraProfiles } from './extra-profiles';
import { scriptRules } from './scripts';
import { isLetter, letterWidth } from '../chars';

/** Lower-cased primary subtag of a BCP 47 tag (`de-AT` → `de`, `en_US` → `en`), or null. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

const profiles: ReadonlyArray<{ code: string; words: ReadonlySet<string> }> = [
  ...packProfiles.map((profile) => ({ code: profile.code, words: new Set(profile.stopwords) })),
  ...extraProfiles.map((profile) => ({ code: profile.code, words: new Set(profile.stopwords) })),
];

/** How much text identification reads at most: enough for a verdict, bounded for huge pages. */
const SAMPLE_CHARS = 20_000;
/** Below this many stop-word hits the profile is not trusted over the page's own tag. */
const MIN_HITS = 8;

export interface LanguageGuess {
  lang: string | null;
  /** Share of the winning profile's hits among all profile hits (0..1); 0 when there was no evidence. */
  confidence: number;
  /** How the guess was made. */
  method: 'script' | 'stopwords' | 'declared' | 'none';
}

/**
 * One CJK character carries about as much as a short word of an alphabetic script; weighing it like one
 * Latin letter would let the romanisation printed beside Chinese lyrics or names outvote the Chinese.
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_WEIGHT = 3;

/** The bit of scriptMask that marks a CJK character. */
const CJK_BIT = 1 << 30;
/** Per non-ASCII code point met: bit k if scriptRules[k] matches it (so at most 30 rules), and CJK_BIT; made at the first need. */
const scriptMasks = new Map<number, number>();

function scriptMask(code: number): number {
  let mask = scriptMasks.get(code);
  if (mask === undefined) {
    const char = String.fromCodePoint(code);
    mask = CJK.test(char) ? CJK_BIT : 0;
    for (let k = 0; k < scriptRules.length; k++) if (scriptRules[k]!.pattern.test(char)) mask |= 1 << k;
    scriptMasks.set(code, mask);
  }
  return mask;
}

/**
 * The script that writes a real share of the sample's letters (`\p{L}`), weighed as above. One pass
 * counts the letters of every script at once, each character looked up once: a test of every letter
 * against every rule was a few per cent of the whole analysis. ASCII letters are Latin, in no rule.
 */
function guessByScript(sample: string): string | null | undefined {
  const counts = new Array<number>(scriptRules.length).fill(0);
  let letters = 0;
  let total = 0;
  for (let i = 0; i < sample.length; ) {
    const code = sample.codePointAt(i)!;
    i += code > 0xffff ? 2 : 1;
    if (!isLetter(code)) continue;
    letters++;
    if (code < 0x80) {
      total++;
      continue;
    }
    const mask = scriptMask(code);
    const weight = mask & CJK_BIT ? CJK_WEIGHT : 1;
    total += weight;
    for (let k = 0; k < scriptRules.length; k++) if (mask & (1 << k)) counts[k]! += weight;
  }
  if (letters === 0) return undefined;
  for (let k = 0; k < scriptRules.length; k++) {
    // A script counts when it writes a real share of the text, not a stray name or symbol.
    if (counts[k]! / total > 0.3) return scriptRules[k]!.lang;
  }
  return undefined;
}

/**
 * In real prose a language's function words make up a third or more of its words; when the best
 * profile covers less than this share, the text is in none of them (Latin filler, lists of names) and
 * cannot overrule the page's own tag.
 */
const MIN_STOPWORD_SHARE = 0.12;
/** Stop-word hits that make a text clearly one language's prose. */
const CLEAR_PROSE_HITS = 20;

/** Every profile's stop words in one map, word → the languages that list it: one look-up per word. */
const languagesOfWord = new Map<string, string[]>();
for (const profile of profiles) {
  for (const word of profile.words) {
    const codes = languagesOfWord.get(word);
    if (codes) codes.push(profile.code);
    else languagesOfWord.set(word, [profile.code]);
  }
}

/** The languages whose function words include `word` (lower case); empty for any other word. */
export function stopwordLanguages(word: string): readonly string[] {
  return languagesOfWord.get(word) ?? [];
}

/** No stop word is longer: a longer word is counted without being looked up. */
const LONGEST = Math.max(0, ...[...languagesOfWord.keys()].map((word) => word.length));

/** A hash of text[start, end), kept to 30 bits so that it stays a small integer for the engine's maps. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  return h & 0x3fffffff;
}

/**
 * The stop words by their hash. A word of the sample is hashed as it is read and compared in place, not
 * cut out as a string of its own to be looked up: a thousand words made as many strings.
 */
const stopwordsByHash = new Map<number, Array<{ word: string; codes: string[] }>>();
for (const [word, codes] of languagesOfWord) {
  const h = hashOf(word, 0, word.length);
  const entries = stopwordsByHash.get(h);
  if (entries) entries.push({ word, codes });
  else stopwordsByHash.set(h, [{ word, codes }]);
}

/** The languages of the stop word that is lower[start, end), if it is one. */
function stopwordAt(lower: string, start: number, end: number): string[] | undefined {
  const entries = stopwordsByHash.get(hashOf(lower, start, end));
  if (entries) for (const entry of entries) if (entry.word.length === end - start && lower.startsWith(entry.word, start)) return entry.codes;
  return undefined;
}

/** letterWidth(text, i, isLetter), with ASCII told here: most of a Latin-script sample is ASCII. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i); // NaN past the end: not below 0x80, and letterWidth says 0
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? 1 : 0;
  return letterWidth(text, i, isLetter);
}

/** Stop-word hits per language among the words (runs of letters) of the lower-cased sample, and how many words it has. */
function stopwordScores(sample: string): { scores: Map<string, number>; words: number } {
  const scores = new Map<string, number>();
  const lower = sample.toLowerCase();
  let words = 0;
  for (let i = 0; i < lower.length; i++) {
    const start = i;
    for (let width; (width = letterAt(lower, i)); ) i += width;
    if (i === start) continue;
    words++;
    const codes = i - start <= LONGEST ? stopwordAt(lower, start, i) : undefined;
    if (codes) for (const code of codes) scores.set(code, (scores.get(code) ?? 0) + 1);
  }
  return { scores, words };
}

/** Identifies the language of `text`; `declared` is the page's own language tag, if it has one. */
export function detectLanguage(text: string, declared?: string | null): LanguageGuess {
  const declaredLang = primaryLanguage(declared);
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;

  const { scores, words } = stopwordScores(sample);
  let best: string | null = null;
  let bestScore = 0;
  let total = 0;
  for (const [code, score] of scores) {
    total += score;
    if (score > bestScore) {
      best = code;
      bestScore = score;
    }
  }
  const clearProse = best !== null && bestScore >= CLEAR_PROSE_HITS && bestScore / words >= MIN_STOPWORD_SHARE;

  // An English article quoting Japanese phrases stays English: when the page's tag and a clear
  // stop-word verdict agree, foreign script in the text does not overrule both.
  const byScript = clearProse && best === declaredLang ? undefined : guessByScript(sample);
  if (byScript !== undefined) {
    // A non-Latin script: the script names the language, or the page's tag does.
    if (byScript === null) return declaredLang ? { lang: declaredLang, confidence: 0.8, method: 'declared' } : { lang: null, confidence: 0, method: 'none' };
    if (declaredLang === byScript || !declaredLang) return { lang: byScript, confidence: 0.95, method: 'script' };
    // Chinese text under a `ja` tag is still likely Japanese when kana is rare; trust the tag between CJK languages.
    if (['zh', 'ja', 'ko'].includes(byScript) && ['zh', 'ja', 'ko'].includes(declaredLang)) return { lang: declaredLang, confidence: 0.7, method: 'declared' };
    return { lang: byScript, confidence: 0.9, method: 'script' };
  }

  if (!best || bestScore < MIN_HITS) {
    return declaredLang ? { lang: declaredLang, confidence: 0.5, method: 'declared' } : { lang: best, confidence: best ? 0.3 : 0, method: best ? 'stopwords' : 'none' };
  }
  const confidence = bestScore / total;
  if (declaredLang && declaredLang !== best && bestScore / words < MIN_STOPWORD_SHARE) {
    return { lang: declaredLang, confidence: 0.5, method: 'declared' };
  }
  if (declaredLang && declaredLang !== best) {
    // The page's tag stands unless the text clearly says otherwise: templates often keep a wrong
    // default tag (`lang="en"` on a German blog), but closely related languages share many words.
    const declaredScore = scores.get(declaredLang) ?? 0;
    if (declaredScore >= bestScore * 0.6) return { lang: declaredLang, confidence: declaredScore / total, method: 'declared' };
  }
  return { lang: best, confidence, method: 'stopwords' };
}
