// Italian: lexicons and rules.
import type { LanguagePack } from '../types';
import { stopwords } from './stopwords';

export const italian: LanguagePack = { code: 'it', name: 'Italian', stopwords };
