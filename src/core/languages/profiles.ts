// The stop-word profiles of the languages that have packs, for language identification. Kept apart from
// the packs so that identifying a page's language never loads a pack's lexicons.
import { stopwords as de } from './de/stopwords';
import { stopwords as en } from './en/stopwords';
import { stopwords as es } from './es/stopwords';
import { stopwords as fr } from './fr/stopwords';
import { stopwords as it } from './it/stopwords';
import { stopwords as nl } from './nl/stopwords';

export interface StopwordProfile {
  code: string;
  stopwords: readonly string[];
}

export const packProfiles: readonly StopwordProfile[] = [
  { code: 'de', stopwords: de },
  { code: 'en', stopwords: en },
  { code: 'fr', stopwords: fr },
  { code: 'es', stopwords: es },
  { code: 'it', stopwords: it },
  { code: 'nl', stopwords: nl },
];

/** Languages the analysis has a pack for. */
export const packLanguages: readonly string[] = packProfiles.map((profile) => profile.code);
