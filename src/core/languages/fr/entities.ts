// French entity lexicon. French writes weekdays, months and nationality adjectives in lower case, so
// capitals are rarer and more telling than in German; listed are sentence-initial function words and
// the few capitalised common words of the press (`État`, `Gouvernement` in headlines).
import type { EntityLexicon } from '../types';

const WORDS =
  'le la les l un une des du de ce cette ces il elle ils elles on nous vous je son sa ses leur leurs ' +
  'et ou mais donc car ni or puis ensuite enfin alors ainsi aussi encore déjà depuis pendant selon ' +
  'pour par avec sans sous sur dans en à au aux entre contre vers chez après avant lors malgré ' +
  'cependant pourtant toutefois néanmoins en outre par ailleurs désormais aujourd hier demain ' +
  'quand si comme que qui quoi où pourquoi comment tous toutes plusieurs certains chaque aucun ' +
  'état états gouvernement président ministre monsieur madame m mme lundi mardi mercredi jeudi ' +
  'vendredi samedi dimanche';

export const entities: EntityLexicon = {
  capitalisedNonNames: WORDS.split(' '),
  organisationSuffixes: ['sa', 'sas', 'sarl', 'groupe', 'banque', 'parti', 'ministère', 'institut', 'fondation', 'université', 'agence', 'commission'],
  placePrepositions: ['à', 'en', 'au', 'aux', 'depuis'],
};
