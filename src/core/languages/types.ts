// What every language folder provides. Adding a language means adding a folder that exports one
// `LanguagePack` and registering it in ./index.ts.

export interface LanguagePack {
  /** BCP 47 primary language subtag. */
  code: string;
  /** English name, for messages. */
  name: string;
  /**
   * The language's most frequent function words, lower-case. Used for language identification by
   * stop-word profile: chosen so that few of them are shared with the other registered languages.
   */
  stopwords: readonly string[];
}
