// French: lexicons and rules.
import type { LanguagePack } from '../types';
import { stopwords } from './stopwords';

export const french: LanguagePack = { code: 'fr', name: 'French', stopwords };
