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
  // Arabic script also writes Persian and Urdu, Cyrillic many Slavic languages: trust the page's tag.
  { pattern: /\p{Script=Arabic}/u, lang: null },
  { pattern: /\p{Script=Cyrillic}/u, lang: null },
  { pattern: /\p{Script=Devanagari}/u, lang: null },
];
