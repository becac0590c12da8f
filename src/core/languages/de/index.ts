// German: lexicons and rules. The analysis engine (issue 3) adds its lexicons beside these.
import type { LanguagePack } from '../types';
import { stopwords } from './stopwords';

export const german: LanguagePack = { code: 'de', name: 'German', stopwords };
