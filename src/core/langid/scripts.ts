// Language identification by writing system, for scripts that (nearly) name their language.
// Each entry: a Unicode script property and the language it implies; checked in this order.
export interface ScriptRule {
  /** Matches one character of the script. */
  pattern: RegExp;
  /** The language, or null where the script is shared by many (then the page's own tag decides). */
  lang: string | null;
}

export const scriptRules: readonly ScriptRule[] = [
  // Kana appears only in Japanese; checked before Han because Japanese also writes Han.
  { pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, lang: 'ja' },
  { pattern: /\p{Script=Hangul}/u, lang: 'ko' },
  { pattern: /\p{Script=Han}/u, lang: 'zh' },
  { pattern: /\p{Script=Thai}/u, lang: 'th' },
  { pattern: /\p{Script=Greek}/u, lang: 'el' },
  { pattern: /\p{Script=Hebrew}/u, lang: 'he' },
  { pattern: /\p{Script=Georgian}/u, lang: 'ka' },
  { pattern: /\p{Script=Armenian}/u, lang: 'hy' },
  // Scripts of South and South-East Asia that one language dominates.
  { pattern: /\p{Script=Bengali}/u, lang: 'bn' },
  { pattern: /\p{Script=Tamil}/u, lang: 'ta' },
  { pattern: /\p{Script=Telugu}/u, lang: 'te' },
  { pattern: /\p{Script=Gujarati}/u, lang: 'gu' },
  { pattern: /\p{Script=Gurmukhi}/u, lang: 'pa' },
  { pattern: /\p{Script=Kannada}/u, lang: 'kn' },
  { pattern: /\p{Script=Malayalam}/u, lang: 'ml' },
  { pattern: /\p{Script=Sinhala}/u, lang: 'si' },
  { pattern: /\p{Script=Khmer}/u, lang: 'km' },
  { pattern: /\p{Script=Lao}/u, lang: 'lo' },
  { pattern: /\p{Script=Myanmar}/u, lang: 'my' },
  { pattern: /\p{Script=Ethiopic}/u, lang: 'am' },
  // Arabic script also writes Persian and Urdu, Cyrillic many Slavic languages: trust the page's tag.
  { pattern: /\p{Script=Arabic}/u, lang: null },
  { pattern: /\p{Script=Cyrillic}/u, lang: null },
  { pattern: /\p{Script=Devanagari}/u, lang: null },
];
