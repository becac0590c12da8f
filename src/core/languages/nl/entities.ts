// Dutch entity lexicon: sentence-initial function words, weekday and month names that headlines
// capitalise, and nationality adjectives, which Dutch capitalises (`Nederlandse`, `Duitse`).
import type { EntityLexicon } from '../types';

const WORDS =
  'de het een deze dit die dat zijn haar hun hij zij wij ik je u men en of maar want dus toch ook nog al ' +
  'nu vandaag gisteren morgen volgens voor met zonder over tussen tegen door naar uit in op aan bij van ' +
  'na tijdens sinds als wanneer omdat hoewel terwijl wie wat waar waarom hoe alle veel sommige elke ' +
  'geen andere bovendien echter daarom daarna inmiddels maandag dinsdag woensdag donderdag vrijdag ' +
  'zaterdag zondag nederlandse nederlander nederlanders duitse belgische franse britse amerikaanse ' +
  'europese russische chinese oekraïense regering kabinet minister premier meneer mevrouw';

export const entities: EntityLexicon = {
  capitalisedNonNames: WORDS.split(' '),
  organisationSuffixes: ['nv', 'bv', 'groep', 'bank', 'partij', 'ministerie', 'instituut', 'stichting', 'universiteit', 'agentschap', 'commissie'],
  placePrepositions: ['in', 'uit'],
};
