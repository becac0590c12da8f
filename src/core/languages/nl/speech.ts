// Dutch quotation marks and the words that frame quotations and reported speech: verbs of saying,
// source prepositions, the speaker particle `aldus`, pronouns, and the nouns that describe a speaker
// without naming one.
import type { QuoteConventions, SpeechLexicon } from '../types';

export const quotes: QuoteConventions = {
  // Dutch newsrooms (NOS, de Volkskrant, NRC) quote with single ‘ ’; others use “ ” or the low-high „ ”
  // (and „ “ from German-style keyboards). ’ is also the apostrophe (`zo’n`, `auto’s`): the engine must
  // not close a quotation on an apostrophe between letters.
  pairs: [
    ['‘', '’'],
    ['“', '”'],
    ['„', '”'],
    ['„', '“'],
    ['"', '"'],
  ],
  dashSpeech: false,
};

export const speech: SpeechLexicon = {
  // Finite forms (present, past), participle and infinitive. Separable verbs are listed by their finite
  // part (`voegde` for `voegde … toe`, `kondigde` for `kondigde … aan`) and their joined forms in
  // subordinate clauses (`toevoegt`, `aankondigt`). `liet … weten` is represented by `liet`/`lieten`, which
  // the engine only reads next to a quotation or a complementizer; `laat` is left out (also "late"), and
  // `legt … uit` only by `uitgelegd`/`uitlegt` (`legt`/`legde` alone are far too common).
  // Claim verbs are repeated here so that they also frame quotations for speaker attribution.
  verbs: [
    'zegt', 'zei', 'zeiden', 'gezegd', 'zeggen', 'zeg',
    'vertelt', 'vertelde', 'vertelden', 'verteld', 'vertellen',
    'verklaart', 'verklaarde', 'verklaarden', 'verklaard', 'verklaren',
    'meldt', 'meldde', 'meldden', 'gemeld', 'melden',
    'benadrukt', 'benadrukte', 'benadrukten', 'benadrukken',
    // `stelt` also means "puts" (`stelt vragen`); it is the commonest Dutch press verb for "states".
    'stelt', 'stelde', 'stelden', 'gesteld',
    'voegt', 'voegde', 'voegden', 'toegevoegd', 'toevoegt',
    'liet', 'lieten',
    'antwoordt', 'antwoordde', 'antwoordden', 'geantwoord',
    'reageert', 'reageerde', 'reageerden', 'gereageerd',
    'schrijft', 'schreef', 'schreven', 'geschreven',
    'waarschuwt', 'waarschuwde', 'waarschuwden', 'gewaarschuwd',
    'erkent', 'erkende', 'erkenden', 'erkend',
    'bevestigt', 'bevestigde', 'bevestigden', 'bevestigd',
    'ontkent', 'ontkende', 'ontkenden', 'ontkend',
    'herhaalt', 'herhaalde', 'herhaalden', 'herhaald',
    'onderstreept', 'onderstreepte', 'onderstreepten',
    'kondigt', 'kondigde', 'kondigden', 'aangekondigd', 'aankondigt',
    'uitgelegd', 'uitlegt',
    'toegelicht', 'toelicht', 'lichtte',
    'merkt', 'merkte', 'merkten', 'opgemerkt', 'opmerkt',
    'aangegeven', 'aangeeft',
    'concludeert', 'concludeerde', 'geconcludeerd',
    'verzekert', 'verzekerde',
    'meent', 'meende', 'meenden',
    'twittert', 'twitterde', 'tweette', 'getwitterd',
    // Contested-claim verbs (see `claimVerbs`), repeated so they frame quotations too.
    'beweert', 'beweerde', 'beweerden', 'beweerd', 'beweren',
    'beschuldigt', 'beschuldigde', 'beschuldigden', 'beschuldigd', 'beschuldigen',
    'claimt', 'claimde', 'claimden', 'geclaimd',
    'volhoudt', 'volhield', 'volgehouden',
    'verwijt', 'verweet', 'verweten',
    'suggereert', 'suggereerde', 'gesuggereerd',
    'insinueert', 'insinueerde',
  ],
  claimVerbs: [
    'beweert', 'beweerde', 'beweerden', 'beweerd', 'beweren',
    'beschuldigt', 'beschuldigde', 'beschuldigden', 'beschuldigd', 'beschuldigen',
    'claimt', 'claimde', 'claimden', 'geclaimd',
    'volhoudt', 'volhield', 'volgehouden',
    'verwijt', 'verweet', 'verweten',
    'suggereert', 'suggereerde', 'gesuggereerd',
    'insinueert', 'insinueerde',
  ],
  // `naar verluidt` ("reportedly") names no source: it is a hedge in claims.ts, not listed here. `aldus`
  // is also the speaker particle below; it is listed here too for reported speech without quotation
  // marks (`De economie groeit, aldus het CPB.`).
  sourceBefore: ['volgens', 'aldus', 'naar zeggen van', 'naar de mening van', 'in de woorden van'],
  sourceAfter: [],
  // `‘…’, aldus De Vries.` — `aldus` introduces the speaker after a quotation without a verb.
  speakerParticles: ['aldus'],
  pronouns: [
    { word: 'hij', refersTo: 'person', gender: 'male' },
    // `zij`/`ze` are "she" and "they"; as "they" they also stand for companies and bodies.
    { word: 'zij', refersTo: 'any' },
    { word: 'ze', refersTo: 'any' },
  ],
  roleNouns: [
    'woordvoerder', 'woordvoerster', 'woordvoerders', 'minister', 'ministers', 'premier', 'minister-president',
    'staatssecretaris', 'president', 'presidente', 'voorzitter', 'voorzitters', 'directeur', 'directrice',
    'directeuren', 'topman', 'topvrouw', 'ceo', 'topbestuurder', 'bestuurder', 'bestuurders', 'leider',
    'partijleider', 'fractievoorzitter', 'fractieleider', 'kamerlid', 'kamerleden', 'burgemeester',
    'wethouder', 'gedeputeerde', 'commissaris', 'gouverneur', 'officier van justitie', 'advocaat',
    'advocate', 'advocaten', 'rechter', 'ambassadeur', 'diplomaat', 'deskundige', 'deskundigen', 'expert',
    'experts', 'onderzoeker', 'onderzoekster', 'onderzoekers', 'hoogleraar', 'econoom', 'economen',
    'analist', 'analisten', 'vakbondsleider', 'oprichter', 'oprichtster', 'getuige', 'getuigen',
    'slachtoffer', 'arts', 'agent', 'korpschef', 'politiechef', 'trainer', 'bondscoach', 'eigenaar',
    'bewindsman', 'bewindsvrouw', 'bewindspersoon', 'secretaris-generaal',
  ],
  organisationNouns: [
    'bedrijf', 'bedrijven', 'onderneming', 'regering', 'kabinet', 'ministerie', 'concern', 'firma', 'groep',
    'multinational', 'techbedrijf', 'techreus', 'gigant', 'bank', 'verzekeraar', 'partij', 'vakbond',
    'vereniging', 'organisatie', 'ngo', 'stichting', 'instantie', 'instelling', 'agentschap', 'autoriteit',
    'toezichthouder', 'gemeente', 'provincie', 'openbaar ministerie', 'rechtbank', 'commissie', 'raad',
    'club', 'fabrikant', 'producent', 'platform', 'aanbieder', 'keten', 'supermarktketen', 'winkelketen',
    'politie', 'leger', 'universiteit', 'ziekenhuis', 'moederbedrijf', 'dochterbedrijf', 'omroep', 'krant',
    'uitgever', 'coalitie', 'oppositie',
  ],
  auxiliaries: ['heeft', 'hebben', 'had', 'hadden', 'is', 'zijn', 'was', 'waren'],
  relativePronouns: ['die', 'dat', 'wie', 'welke', 'wat'],
  conjunctions: ['en', 'of', 'maar'],
  verbSecond: true,
  // `Dat meldt de politie.`, `Dit zegt minister De Jong.`: the sentence before is what they said.
  backReferences: ['dat', 'dit'],
  complementizers: ['dat'],
  negations: ['niet', 'nooit'], // `bevestigde niet dat …`, `heeft nooit gezegd dat …`: the speaker does not say it
  subjunctiveForms: [],
  subjunctiveStandIns: [],
  // `dat`/`die` open a speaker description as demonstratives (`die woordvoerder`); `dat` is also the
  // complementizer above.
  determiners: ['de', 'het', 'een', 'deze', 'die', 'dit', 'dat', 'zijn', 'haar', 'hun', 'onze'],
  reflexives: ['zich'],
  possessives: ['zijn', 'haar', 'hun'],
  statementNouns: [
    'verklaring', 'persbericht', 'mededeling', 'reactie', 'woorden', 'bericht', 'tweet', 'post', 'brief',
    'toespraak', 'interview', 'speech', 'antwoord',
  ],
  // Before a quotation these make it a name or a term (`de zogenoemde ‘…’`), not a statement.
  namingWords: [
    'zogenaamde', 'zogenoemde', 'zogeheten', 'genaamd', 'getiteld', 'slogan', 'motto', 'leus', 'leuze', 'term',
    'woord', 'begrip', 'uitdrukking', 'boek', 'film', 'serie', 'programma', 'lied', 'nummer', 'album',
    'operatie', 'plan', 'project', 'campagne', 'hashtag', 'missie', 'beweging', 'spandoek', 'spandoeken',
    'bord', 'borden', 'tijdschrift', 'rubriek', 'titel',
  ],
  titles: ['dhr.', 'mevr.', 'mw.', 'mr.', 'dr.', 'drs.', 'ir.', 'ing.', 'prof.', 'de heer', 'mevrouw', 'meneer'],
};
