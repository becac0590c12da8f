// Italian entity lexicon: sentence-initial function words and the few capitalised common words of the
// press; weekdays, months and nationalities are lower case in Italian.
import type { EntityLexicon } from '../types';

const WORDS =
  'il lo la i gli le l un una uno questo questa questi queste quel quella suo sua suoi sue e o ma però ' +
  'perché anche ancora già oggi ieri domani secondo per con senza su tra fra contro da di del della dei ' +
  'degli delle in nel nella a al alla dopo prima durante mentre quando se come che chi dove tutti tutte ' +
  'ogni alcuni nessuno altro altra inoltre tuttavia infatti quindi dunque governo stato presidente consiglio ' +
  'ministro signor signora';

export const entities: EntityLexicon = {
  capitalisedNonNames: WORDS.split(' '),
  organisationSuffixes: ['spa', 'srl', 'gruppo', 'banca', 'partito', 'ministero', 'istituto', 'fondazione', 'università', 'agenzia', 'commissione'],
  placePrepositions: ['a', 'in', 'da'],
};
