// English: lexicons and rules.
import type { LanguagePack } from '../types';
import { stopwords } from './stopwords';

export const english: LanguagePack = { code: 'en', name: 'English', stopwords };
