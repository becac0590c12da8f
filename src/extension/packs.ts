// The language packs the background hands to content scripts, one language at a time, on request
// (src/extension/background.ts). Only the background imports this module: the content script carries no
// language's lexicons, and a page gets the pack of its article's language alone.
import type { LanguagePack } from '../core/languages/types';
import { german } from '../core/languages/de';
import { english } from '../core/languages/en';
import { spanish } from '../core/languages/es';
import { french } from '../core/languages/fr';
import { italian } from '../core/languages/it';
import { dutch } from '../core/languages/nl';
import type { PackLanguage } from './messages';

export const PACKS: Readonly<Record<PackLanguage, LanguagePack>> = { de: german, en: english, fr: french, es: spanish, it: italian, nl: dutch };
