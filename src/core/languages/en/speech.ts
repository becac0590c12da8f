// English quotation conventions and the words that frame speech: verbs of saying, `according to`,
// pronouns and the nouns that describe a speaker.
import type { QuoteConventions, SpeechLexicon } from '../types';

export const quotes: QuoteConventions = {
  pairs: [['“', '”'], ['"', '"'], ['‘', '’'], ["'", "'"], ['«', '»']],
  dashSpeech: false,
};

/** Regular verb forms: `add` → add, adds, added, adding. `e`-final stems drop it before -ed/-ing. */
function regular(verb: string, past?: string): string[] {
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  const s = /(?:s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  const ed = past ?? (/[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : `${stem}ed`);
  return [verb, s, ed, `${stem}ing`];
}

/**
 * Each pronoun with the auxiliaries it fuses with, in both apostrophes (`we'll`, `she’d`, `I’ve`,
 * `they're`): the same pronoun to a frame, not a name (`We'll be covering …`).
 */
type Pronoun = SpeechLexicon['pronouns'][number];
function withContractions(pronouns: Pronoun[]): Pronoun[] {
  const endings = ['ll', 'd', 've', 're', 'm', 's'];
  return pronouns.flatMap((pronoun) => [pronoun, ...endings.flatMap((ending) => ["'", '’'].map((mark) => ({ ...pronoun, word: `${pronoun.word}${mark}${ending}` })))]);
}

export const speech: SpeechLexicon = {
  verbs: [
    'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'write', 'writes', 'wrote', 'written', 'writing',
    'speak', 'speaks', 'spoke', 'spoken', 'testify', 'testifies', 'testified', 'reply', 'replies', 'replied',
    // Not the bare `state`, most often the noun (`eight state legislative candidates`).
    ...regular('add'), 'states', 'stated', 'stating', ...regular('explain'), ...regular('note'), ...regular('tweet'),
    ...regular('post'), ...regular('announce'), ...regular('argue'), ...regular('warn'), ...regular('ask'),
    ...regular('answer'), ...regular('respond'), ...regular('recall'), ...regular('acknowledge'),
    ...regular('admit', 'admitted'), ...regular('confirm'), ...regular('declare'), ...regular('emphasize'),
    ...regular('emphasise'), ...regular('stress'), ...regular('report'), ...regular('comment'), ...regular('remark'),
    ...regular('observe'), ...regular('quip', 'quipped'), ...regular('joke'), ...regular('muse'), ...regular('conclude'),
    ...regular('complain'), ...regular('predict'), ...regular('suggest'), ...regular('urge'), ...regular('exclaim'),
    ...regular('recount'), ...regular('reveal'), ...regular('insist'), ...regular('continue'), ...regular('concede'),
    ...regular('describe'), ...regular('call'), ...regular('promise'), ...regular('vow'), ...regular('boast'),
    ...regular('shout'), ...regular('yell'), ...regular('retort'), ...regular('counter'), ...regular('caution'),
    ...regular('declare'), ...regular('mention'), ...regular('point'), ...regular('pledge'), ...regular('lament'),
    // How it was said (`“Quiet,” he demanded`, `she whispered`, `he scoffed`) and what it did (`the
    // minister reiterated`, `he speculated`). Not the verbs that are as often something else at the end
    // of a sentence (`Clinton is assured of …`, `refused to disclose …`, `protests`, `estimates`).
    ...regular('demand'), ...regular('plead'), 'pled', ...regular('whisper'), ...regular('scream'), ...regular('interject'),
    ...regular('mutter'), ...regular('murmur'), ...regular('grumble'), ...regular('scoff'), ...regular('gush'),
    ...regular('fume'), ...regular('implore'), ...regular('beg', 'begged'),
    ...regular('chant'), ...regular('proclaim'), ...regular('reiterate'),
    ...regular('speculate'), ...regular('theorize'), ...regular('theorise'), ...regular('affirm'),
    'wrote', 'tells', 'put', // "as she put it"
  ],
  claimVerbs: [
    ...regular('claim'), ...regular('allege'), ...regular('accuse'), ...regular('assert'), 'charged', // not `charges`: `the company charges a fee`
    ...regular('contend'), ...regular('maintain'), ...regular('deny', 'denied'), ...regular('blame'),
  ],
  sourceBefore: ['according to', 'as reported by', 'per'],
  sourceAfter: [],
  speakerParticles: [],
  pronouns: withContractions([
    { word: 'he', refersTo: 'person', gender: 'male' },
    { word: 'she', refersTo: 'person', gender: 'female' },
    { word: 'they', refersTo: 'any' },
    { word: 'it', refersTo: 'any' },
    { word: 'i', refersTo: 'person' },
    { word: 'we', refersTo: 'any' },
  ]),
  roleNouns: [
    'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'minister', 'president', 'chairman', 'chairwoman',
    'chair', 'director', 'chief', 'executive', 'ceo', 'founder', 'senator', 'governor', 'mayor', 'judge', 'prosecutor',
    'lawyer', 'attorney', 'official', 'officials', 'expert', 'experts', 'analyst', 'analysts', 'economist',
    'researcher', 'researchers', 'scientist', 'scientists', 'candidate', 'nominee', 'aide', 'aides', 'adviser',
    'advisor', 'secretary', 'leader', 'manager', 'coach', 'captain', 'player', 'author', 'witness', 'critic', 'critics',
    'representative', 'congressman', 'congresswoman', 'lawmaker', 'lawmakers', 'strategist', 'pollster', 'professor',
    'doctor', 'businessman', 'billionaire', 'ambassador', 'commissioner', 'sheriff', 'detective', 'investigator',
    // Plurals, and the nouns of anonymous sourcing (`a source said`, `several observers said`).
    'leaders', 'directors', 'executives', 'presidents', 'ministers', 'senators', 'governors', 'mayors', 'judges',
    'prosecutors', 'lawyers', 'attorneys', 'economists', 'candidates', 'secretaries', 'managers', 'witnesses',
    'representatives', 'strategists', 'pollsters', 'professors', 'doctors', 'investigators', 'spokesmen',
    'source', 'sources', 'insider', 'insiders', 'observer', 'observers', 'people', 'person', 'ally', 'allies',
    'staffer', 'staffers', 'operative', 'operatives', 'diplomat', 'diplomats', 'advisers', 'advisors', 'associates',
    'someone', 'somebody', 'members', 'member', 'lawmakers', 'residents', 'voters', 'supporters', 'protesters',
  ],
  organisationNouns: [
    'company', 'firm', 'government', 'administration', 'ministry', 'department', 'agency', 'police', 'party',
    'campaign', 'union', 'court', 'group', 'bank', 'city', 'council', 'committee', 'commission', 'platform',
    'network', 'newspaper', 'organization', 'organisation', 'university', 'institute', 'foundation', 'board',
    'white house', 'pentagon', 'military', 'army', 'team', 'club', 'manufacturer', 'maker', 'retailer', 'studio',
  ],
  // Auxiliaries, and the adverbs that stand in the same place (`Smith later said`).
  auxiliaries: ['has', 'have', 'had', 'is', 'was', 'were', 'are', 'been', 'will', 'would', 'also', 'later', 'then', 'once', 'previously', 'recently', 'repeatedly', 'often', 'again'],
  conjunctions: ['and', 'or', 'but'],
  // `asked how …`, `wondered why …` report a question.
  complementizers: ['that', 'whether', 'how', 'why'],
  // `would not confirm that …`, `never said that …`, `didn't say whether …`, `declined to say whether …`
  // (not before a focus particle: `not only said that …`).
  focusParticles: ['only', 'just', 'merely', 'simply'],
  negations: ['not', 'never', 'didn’t', "didn't", 'doesn’t', "doesn't", 'don’t', "don't", 'wouldn’t', "wouldn't", 'won’t', "won't", 'couldn’t', "couldn't", 'can’t', "can't", 'cannot', 'declined', 'refused'],
  // `so that` (a purpose), `now that`, `except that`, `such that`: not what was said.
  complementizerBlockers: ['so', 'now', 'except', 'such'],
  // Openers of subordinate clauses and indirect questions (`When the train arrived, he said …`), not the
  // ones that are prepositions too (`After months of talks, the deal is done, she said`).
  // Not `that`, which after a comma is as often the complementizer (`said, that …`).
  relativePronouns: ['which', 'who', 'whom', 'whose'],
  subordinators: ['when', 'because', 'if', 'although', 'though', 'while', 'whereas', 'unless', 'whether', 'why', 'how', 'what', 'where', 'who', 'whatever', 'whenever'],
  subjunctiveForms: [],
  subjunctiveStandIns: [],
  // Articles, and the quantifiers that open a vague speaker (`several observers`, `two officials`).
  determiners: ['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'four', 'multiple', 'other', 'top', 'senior', 'few'],
  // A verb of saying after these is its noun: articles and possessives (`the report`, `his claim`), the
  // nouns that make a compound with one (`his home state`, `percentage point`, `talking points`, `a dozen
  // states`), adjectives of such nouns, and the words that qualify states (`other Western states`, `in
  // swing states`, `member states`).
  nounsAfter: [
    'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose', 'every', 'each', 'other',
    'home', 'percentage', 'talking', 'vantage', 'key', 'main', 'dozen',
    // Adjectives that stand before the nouns only, never between a subject and its verb (`the same
    // demands`, `a strong claim`, `repeated calls`, `new reports`); not `first`, `further` (`he first said`,
    // `she further announced`) or `official` (`a Homeland Security official said`).
    'same', 'new', 'latest', 'recent', 'strong', 'repeated', 'previous', 'initial', 'similar', 'numerous',
    'western', 'eastern', 'northern', 'southern', 'midwestern', 'border', 'swing', 'battleground', 'member', 'gulf', 'baltic', 'neighboring', 'neighbouring',
  ],
  // `put` says something only in `as she put it`: before anything else it puts (`put the others on notice`,
  // `put that number in context`, `put pressure on …`).
  notSpeechBefore: {
    put: ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'these', 'those', 'this', 'that', 'them', 'him', 'us', 'me', 'on', 'in', 'out', 'up', 'forward', 'together', 'off', 'down', 'away', 'back', 'some', 'more', 'pressure', 'money', 'forth'],
  },
  hearer: {
    // (And the verbs of writing to someone: `emailed supporters saying …`.)
    verbs: ['tell', 'tells', 'told', 'telling', 'ask', 'asks', 'asked', 'assured', 'reminded', 'informed', 'warned', 'warns', 'briefed', 'urged', 'emailed', 'texted', 'messaged'],
    // `asked Trump if …`, `asked him what …`.
    clauseOpeners: ['if', 'whether', 'what', 'which', 'who', 'when', 'where'],
    // `urged the candidates to …`, `told Megyn not to worry`, `told his subordinates never to speak …`.
    requests: ['to', 'not', 'never'],
  },
  closingFrame: {
    articles: ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those'],
    timeNouns: ['day', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'time', 'next', 'following', 'previous', 'other', 'same', 'last', 'first'],
    adverb: /^\p{Ll}{2,}ly$/u,
  },
  contentNouns: [
    'claim', 'claims', 'allegation', 'allegations', 'assertion', 'belief', 'view', 'suggestion', 'warning', 'statement',
    'report', 'reports', 'argument', 'promise', 'assurance', 'fear', 'fears', 'hope', 'notion', 'theory', 'rumor',
    'rumors', 'rumour', 'rumours', 'speculation', 'impression', 'suspicion', 'charge', 'charges', 'accusation',
  ],
  objectPrepositions: ['with', 'about', 'from', 'into', 'toward', 'towards'],
  objectSpeakerVerbs: ['quoted', 'quotes', 'quote', 'cited', 'cites', 'cite'],
  frameOpeners: ['as'],
  functionWords: [
    'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'as', 'after', 'before', 'during', 'since', 'while', 'when', 'but',
    'and', 'so', 'yet', 'also', 'however', 'meanwhile', 'still', 'then', 'now', 'here', 'there', 'today', 'yesterday',
    'earlier', 'later', 'instead', 'indeed', 'though', 'although', 'because', 'if', 'despite', 'according', 'last', 'next',
    'this', 'that', 'these', 'those', 'asked', 'speaking', 'writing', 'nevertheless', 'moreover', 'finally', 'first',
    'again', 'once', 'even', 'only', 'just', 'already', 'recently', 'previously', 'separately', 'similarly', 'likewise',
  ],
  possessives: ['his', 'her', 'their', 'its'],
  statementNouns: ['statement', 'statements', 'release', 'announcement', 'tweet', 'post', 'letter', 'remarks', 'words'],
  namingWords: [
    'so-called', 'dubbed', 'titled', 'entitled', 'named', 'nicknamed', 'term', 'phrase', 'word', 'words', 'slogan',
    'motto', 'hashtag', 'book', 'film', 'movie', 'album', 'song', 'show', 'series', 'operation', 'program',
    'programme', 'campaign', 'initiative', 'project', 'brand', 'model', 'play', 'opera', 'game', 'act', 'bill',
    'plan', 'mission', 'ship', 'magazine', 'newspaper', 'band', 'label', 'category', 'headline', 'banner', 'sign',
    'signs', 't-shirt', 'shirts', 'caps', 'hats', 'chant', 'chants', 'chanting', 'chanted', 'column', 'essay', 'report',
  ],
  firstPerson: ['i', 'me', 'my', 'we', 'us', 'our', 'ours'],
  termWords: ['so-called', 'dubbed', 'titled', 'entitled', 'named', 'nicknamed', 'term', 'phrase', 'slogan', 'motto', 'hashtag', 'headline', 'banner', 'sign', 'signs', 'chant', 'chants', 'chanting', 'chanted'],
  // No verb takes `it` as its speaker (`it said` is the company's); `it` only marks the impersonal
  // passive of `It has been suggested that …`.
  impersonal: { verbs: [], subject: 'it' },
  // `was described by the police as “reckless”`: the agent after `by` speaks the characterisation.
  passive: { auxiliaries: ['is', 'are', 'was', 'were', 'been', 'being'], participle: /^\p{Ll}{2,}(?:ed|en|wn)$/u, agents: ['by'] },
  // `…, calling the plan “a disaster”`: the one who calls is the main clause's subject, not the plan.
  gerund: /^\p{Ll}{2,}ing$/u,
  // `wrote a long message`, `claimed an overwhelming victory`: an object, not a report (`said a deal was close` has its verb).
  bareClause: {
    // Quantifiers too: `claiming some victories in the Midwest` (but `said some voters were turned away`).
    objectArticles: ['a', 'an', 'some', 'several', 'many'],
    finite: ['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'shall'],
    past: /^\p{Ll}{3,}ed$/u,
    timeLeads: ['on', 'last', 'this', 'next', 'early', 'late', 'earlier', 'later'],
    timeAdverbs: ['yesterday', 'today', 'tonight', 'earlier', 'later', 'recently'],
  },
  // `Del.` is a delegate to the House (`Del. Stacey Plaskett`); `Sens.` and `Reps.` open a list of them.
  titles: ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Sen.', 'Sens.', 'Rep.', 'Reps.', 'Del.', 'Gov.', 'Lt. Gov.', 'Gen.', 'Lt.', 'Col.', 'Maj.', 'Adm.', 'Capt.', 'Sgt.', 'Rev.', 'Atty.', 'Sir', 'Dame', 'Lord', 'Lady', 'President', 'Senator', 'Governor', 'Secretary', 'Judge', 'Justice', 'Mayor', 'Speaker', 'Chancellor', 'Minister', 'Prime Minister', 'King', 'Queen', 'Prince', 'Princess', 'Pope'],
};
