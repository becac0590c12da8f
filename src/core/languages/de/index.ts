// German: lexicons and rules, assembled into the language pack the engine reads.
import { names } from '../names';
import type { LanguagePack } from '../types';
import { abbreviations, ordinalArticles } from './abbreviations';
import { claims } from './claims';
import { entities } from './entities';
import { facts } from './facts';
import { quotes, speech } from './speech';
import { stopwords } from './stopwords';

export const german: LanguagePack = { code: 'de', name: 'German', stopwords, abbreviations, ordinalDot: true, ordinalArticles, quotes, speech, claims, facts, entities, names };
