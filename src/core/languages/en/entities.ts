// English entity lexicon. English capitalises names, sentence starts, weekdays, months, nationalities
// and a few common words (`Internet`); only these need listing. Sentence-initial function words are
// listed because they often stand right before a name (`But Microsoft said`).
import type { EntityLexicon } from '../types';

const FUNCTION_WORDS =
  'the a an this that these those it its he she they we i you his her their our my there here then when ' +
  'while after before since during until if as at in on of for from with without by about against ' +
  'between among under over into through to and or but so yet also still even only just now today ' +
  'yesterday tomorrow however meanwhile moreover furthermore instead indeed thus therefore although though ' +
  'because what who which where why how whether all some many most more few several each every no not ' +
  'both other another such according despite following last next former second third ' +
  // Sentence-initial adverbs, conjunctions and interjections that stand before a name (`Once Python 3 …`, `Oh, …`).
  'once unless whereas upon within across around along beyond toward towards via amid like unlike including ' +
  'perhaps maybe almost nearly already soon finally eventually ultimately overall similarly likewise ' +
  'consequently additionally nevertheless nonetheless otherwise besides hence oh well yes neither either nor';

const TIME =
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
  'august september october november december spring summer autumn fall winter christmas easter ' +
  // Months as the press abbreviates them (`Dec. 8`); not `Jan`, `Mar`, `Jun`, `Jul`, which are also names.
  'feb apr aug sep sept oct nov dec';

const OTHER =
  'american americans british german germans french chinese russian russians ukrainian ukrainians european ' +
  'europeans english spanish italian dutch japanese indian israeli israelis palestinian palestinians iranian ' +
  'canadian australian mexican brazilian african asian western eastern northern southern muslim muslims ' +
  'christian christians jewish catholic republican republicans democrat democrats democratic conservative ' +
  'conservatives liberal liberals internet web covid god mr mrs ms dr prof sir officials experts users ' +
  'analysts ai breaking update live exclusive opinion analysis ' +
  // Adjectives of office that headline style capitalises before a name (`Republican Presidential hopeful Sen. Ted Cruz`).
  'presidential congressional gubernatorial senatorial';

export const entities: EntityLexicon = {
  capitalisedNonNames: `${FUNCTION_WORDS} ${TIME} ${OTHER}`.split(' '),
  organisationSuffixes: [
    'inc', 'ltd', 'llc', 'plc', 'corp', 'corporation', 'company', 'co', 'group', 'holdings', 'bank',
    'party', 'ministry', 'department', 'agency', 'institute', 'foundation', 'university', 'college',
    'association', 'council', 'commission', 'committee', 'court', 'bureau', 'office', 'authority',
    'airlines', 'motors', 'technologies', 'systems', 'labs', 'capital', 'partners', 'news', 'times', 'post',
    // Public bodies and associations (`Pew Research Center`, `Secret Service`, `U.S. Judicial Conference`).
    'center', 'centre', 'service', 'board', 'conference', 'administration', 'federation', 'society', 'union',
    'organization', 'organisation', 'alliance', 'coalition', 'chamber',
  ],
  placePrepositions: ['in', 'near', 'across', 'outside', 'throughout'],
  // Nationalities and parties that open the name of a body (`Democratic National Committee`, `Republican
  // Party`, `American Civil Liberties Union`, `British Medical Association`).
  organisationAdjectives: [
    'american', 'british', 'german', 'french', 'chinese', 'russian', 'ukrainian', 'european', 'english', 'spanish',
    'italian', 'dutch', 'japanese', 'indian', 'israeli', 'palestinian', 'iranian', 'canadian', 'australian',
    'mexican', 'brazilian', 'african', 'asian', 'christian', 'jewish', 'catholic', 'republican', 'democratic',
    'conservative', 'liberal',
    // Adjectives of office, names by themselves no more (see OTHER): `Congressional Budget Office`.
    'presidential', 'congressional', 'gubernatorial', 'senatorial',
  ],
};
