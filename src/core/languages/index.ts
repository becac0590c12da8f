// The registry of language packs. The analysis looks languages up here and nowhere else.
import type { LanguagePack } from './types';
import { german } from './de';
import { english } from './en';
import { french } from './fr';
import { spanish } from './es';
import { italian } from './it';
import { dutch } from './nl';

export type { LanguagePack } from './types';

export const languagePacks: readonly LanguagePack[] = [german, english, french, spanish, italian, dutch];

const byCode = new Map(languagePacks.map((pack) => [pack.code, pack]));

/** The pack for a BCP 47 primary subtag, or undefined where the language has none. */
export function packFor(code: string | null | undefined): LanguagePack | undefined {
  return code ? byCode.get(code) : undefined;
}
