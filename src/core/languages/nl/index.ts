// Dutch: lexicons and rules, assembled into the language pack the analysis looks up.
import { names } from '../names';
import type { LanguagePack } from '../types';
import { abbreviations } from './abbreviations';
import { claims } from './claims';
import { entities } from './entities';
import { facts } from './facts';
import { quotes, speech } from './speech';
import { stopwords } from './stopwords';

export const dutch: LanguagePack = {
  code: 'nl',
  name: 'Dutch',
  stopwords,
  abbreviations,
  quotes,
  speech,
  claims,
  facts,
  entities,
  names,
};
