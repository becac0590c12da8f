// Every language pack, registered. Importing this module makes all languages available to the analysis:
// the command line, the tests and the extension's background (which analyses every article) do.
import { german } from './de';
import { english } from './en';
import { spanish } from './es';
import { french } from './fr';
import { italian } from './it';
import { dutch } from './nl';
import { registerPack } from './registry';
import type { LanguagePack } from './types';

export type { LanguagePack } from './types';
export { packFor } from './registry';

export const languagePacks: readonly LanguagePack[] = [german, english, french, spanish, italian, dutch];

for (const pack of languagePacks) registerPack(pack);
