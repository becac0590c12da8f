// Spanish entity lexicon: sentence-initial function words and the few capitalised common words of the
// press; weekdays, months and nationalities are lower case in Spanish.
import type { EntityLexicon } from '../types';

const WORDS =
  'el la los las lo un una unos unas este esta estos estas ese esa su sus y o pero sino porque aunque ' +
  'cuando si como que quien donde cuál también además sin embargo así ya hoy ayer mañana según para ' +
  'por con sin sobre entre contra desde hasta durante tras ante bajo en de del al a todos todas varios ' +
  'cada ningún ninguna otro otra gobierno estado presidente ministro señor señora don doña';

export const entities: EntityLexicon = {
  capitalisedNonNames: WORDS.split(' '),
  organisationSuffixes: ['sa', 'sl', 'grupo', 'banco', 'partido', 'ministerio', 'instituto', 'fundación', 'universidad', 'agencia', 'comisión'],
  placePrepositions: ['en', 'desde'],
};
