// Dutch: lexicons and rules.
import type { LanguagePack } from '../types';
import { stopwords } from './stopwords';

export const dutch: LanguagePack = { code: 'nl', name: 'Dutch', stopwords };
