// Spanish: lexicons and rules.
import type { LanguagePack } from '../types';
import { stopwords } from './stopwords';

export const spanish: LanguagePack = { code: 'es', name: 'Spanish', stopwords };
