// Italian quotation marks and the words that frame quotations and reported speech: verbs of saying,
// source prepositions, pronouns, and the nouns that describe a speaker without naming one.
import type { QuoteConventions, SpeechLexicon } from '../types';

export const quotes: QuoteConventions = {
  // « » (caporali) are the print norm; “ ” is common online; agency copy (ANSA) uses straight quotes.
  pairs: [
    ['«', '»'],
    ['“', '”'],
    ['‘', '’'],
    ['"', '"'],
  ],
  // Dialogue dashes belong to fiction, not to news quotations.
  dashSpeech: false,
};

/** Vowel-initial role nouns (feminine ones take `un'` as well as `l'`). */
const ELIDED_ROLES = [
  'economista', 'esperto', 'esperta', 'analista', 'avvocato', 'avvocata', 'assessore', 'assessora',
  'ambasciatore', 'ambasciatrice', 'amministratore delegato', 'amministratrice delegata', 'allenatore',
  'imprenditore', 'imprenditrice', 'attivista', 'inviato', 'inviata',
] as const;
/** Vowel-initial organisation nouns. */
const ELIDED_ORGANISATIONS = [
  'azienda', 'esecutivo', 'impresa', 'istituto', 'associazione', 'organizzazione', 'agenzia', 'ente',
  'autorità', 'università', 'ateneo', 'ospedale', 'opposizione', 'esercito', 'operatore',
] as const;

export const speech: SpeechLexicon = {
  // Third-person present and passato remoto, participle (`ha detto` → `detto`) and imperfect. Claim
  // verbs are repeated here so that they also frame quotations for speaker attribution. `fa sapere`
  // ("lets it be known") is missing: the engine matches single words, and `fa` ("ago", "does") and
  // `sapere` ("to know") alone are far too common.
  verbs: [
    'dice', 'dicono', 'detto', 'disse', 'dissero', 'diceva', 'dicevano',
    'dichiara', 'dichiarano', 'dichiarato', 'dichiarò', 'dichiararono', 'dichiarava',
    'spiega', 'spiegano', 'spiegato', 'spiegò', 'spiegarono', 'spiegava',
    'aggiunge', 'aggiungono', 'aggiunto', 'aggiunse', 'aggiunsero', 'aggiungeva',
    'afferma', 'affermano', 'affermato', 'affermò', 'affermarono', 'affermava',
    'sottolinea', 'sottolineano', 'sottolineato', 'sottolineò', 'sottolineava',
    'ribadisce', 'ribadiscono', 'ribadito', 'ribadì',
    'precisa', 'precisano', 'precisato', 'precisò',
    'osserva', 'osservano', 'osservato', 'osservò',
    'annuncia', 'annunciano', 'annunciato', 'annunciò',
    'commenta', 'commentano', 'commentato', 'commentò',
    'racconta', 'raccontano', 'raccontato', 'raccontò', 'raccontava',
    'risponde', 'rispondono', 'risposto', 'rispose',
    'replica', 'replicano', 'replicato', 'replicò',
    'evidenzia', 'evidenziano', 'evidenziato', 'evidenziò',
    'rimarca', 'rimarcano', 'rimarcato', 'rimarcò',
    'conferma', 'confermano', 'confermato', 'confermò',
    'ammette', 'ammettono', 'ammesso', 'ammise',
    'avverte', 'avvertono', 'avvertito', 'avvertì',
    'insiste', 'insistono', 'insistito', 'insistette',
    'conclude', 'concludono', 'concluso', 'concluse',
    'riferisce', 'riferiscono', 'riferito', 'riferì',
    'assicura', 'assicurano', 'assicurato', 'assicurò',
    'garantisce', 'garantiscono', 'garantito', 'garantì',
    'ricorda', 'ricordano', 'ricordato', 'ricordò',
    'scrive', 'scrivono', 'scritto', 'scrisse',
    'rivela', 'rivelano', 'rivelato', 'rivelò',
    'chiarisce', 'chiariscono', 'chiarito', 'chiarì',
    'puntualizza', 'puntualizzano', 'puntualizzato', 'puntualizzò',
    'incalza', 'tuona', 'attacca', 'attaccano', 'esordisce', 'esordito',
    'lamenta', 'lamentano', 'lamentato', 'lamentò',
    'nega', 'negano', 'negato', 'negò',
    'smentisce', 'smentiscono', 'smentito', 'smentì',
    // Contested-claim verbs (see `claimVerbs`), repeated so they frame quotations too.
    'sostiene', 'sostengono', 'sostenuto', 'sostenne', 'sosteneva',
    'accusa', 'accusano', 'accusato', 'accusò',
    'denuncia', 'denunciano', 'denunciato', 'denunciò',
    'insinua', 'insinuano', 'insinuato',
    'giura', 'giurano', 'giurato',
  ],
  // Verbs that push a contested assertion. `accusa` and `denuncia` are nouns as well (`l'accusa`,
  // `la denuncia`); kept, since `accusa il leader` is the commonest accusation frame.
  claimVerbs: [
    'sostiene', 'sostengono', 'sostenuto', 'sostenne', 'sosteneva',
    'accusa', 'accusano', 'accusato', 'accusò',
    'denuncia', 'denunciano', 'denunciato', 'denunciò',
    'afferma', 'affermano', 'affermato', 'affermò',
    'insinua', 'insinuano', 'insinuato',
    'giura', 'giurano', 'giurato',
  ],
  // `secondo quanto riferito da fonti vicine al governo`: what was reported, then by whom; the source is who.
  sourceBefore: ['secondo', 'stando a', 'a detta di', 'a parere di', 'a giudizio di', 'per bocca di', 'come riferito da', 'secondo quanto riferito da', 'secondo quanto riportato da', 'secondo quanto dichiarato da', 'secondo quanto affermato da'],
  sourceAfter: [],
  // `così` right after a quotation introduces its speaker without a verb: «…», così il ministro.
  speakerParticles: ['così'],
  pronouns: [
    { word: 'lui', refersTo: 'person', gender: 'male' },
    { word: 'lei', refersTo: 'person', gender: 'female' },
    { word: 'egli', refersTo: 'person', gender: 'male' },
    { word: 'ella', refersTo: 'person', gender: 'female' },
    // `essa`/`esso`/`essi`/`esse` and `loro` also stand for companies and bodies.
    { word: 'esso', refersTo: 'any' },
    { word: 'essa', refersTo: 'any' },
    { word: 'essi', refersTo: 'any' },
    { word: 'esse', refersTo: 'any' },
    { word: 'loro', refersTo: 'any' },
  ],
  roleNouns: [
    'portavoce', 'ministro', 'ministra', 'ministri', 'presidente', 'presidenti', 'vicepresidente',
    'premier', 'direttore', 'direttrice', 'direttori', 'amministratore delegato', 'amministratrice delegata',
    'leader', 'segretario', 'segretaria', 'responsabile', 'responsabili', 'capo', 'dirigente', 'dirigenti',
    'deputato', 'deputata', 'deputati', 'senatore', 'senatrice', 'senatori', 'sindaco', 'sindaca',
    'governatore', 'governatrice', 'assessore', 'assessora', 'consigliere', 'consigliera', 'procuratore',
    'procuratrice', 'pm', 'avvocato', 'avvocata', 'avvocati', 'legale', 'giudice', 'magistrato', 'questore',
    'prefetto', 'ambasciatore', 'ambasciatrice', 'titolare', 'esperto', 'esperta', 'esperti', 'ricercatore',
    'ricercatrice', 'ricercatori', 'economista', 'economisti', 'analista', 'analisti', 'sindacalista',
    'fondatore', 'fondatrice', 'testimone', 'testimoni', 'vittima', 'medico', 'allenatore', 'ct',
    'commissario', 'commissaria', 'generale', 'imprenditore', 'imprenditrice', 'attivista', 'inviato', 'inviata',
    // The tokenizer keeps an elided article with its noun (`l’economista` is one token), so vowel-initial
    // role nouns are also given with `l'`/`l’` and `un'`/`un’`: `ha avvertito l’economista Anna Galli`.
    ...ELIDED_ROLES.flatMap((word) => [`l'${word}`, `l’${word}`, `un'${word}`, `un’${word}`]),
  ],
  organisationNouns: [
    'azienda', 'aziende', 'società', 'governo', 'esecutivo', 'ministero', 'gruppo', 'impresa', 'imprese',
    'compagnia', 'multinazionale', 'colosso', 'gigante', 'banca', 'istituto', 'partito', 'sindacato',
    'associazione', 'organizzazione', 'ong', 'fondazione', 'agenzia', 'ente', 'autorità', 'comune', 'regione',
    'procura', 'tribunale', 'commissione', 'consiglio', 'club', 'casa automobilistica', 'casa madre',
    'produttore', 'piattaforma', 'operatore', 'polizia', 'esercito', 'università', 'ateneo', 'ospedale',
    'holding', 'filiale', 'testata', 'quotidiano', 'maggioranza', 'opposizione',
    // Elided forms, kept whole by the tokenizer: `ha precisato l’azienda`.
    ...ELIDED_ORGANISATIONS.flatMap((word) => [`l'${word}`, `l’${word}`]),
  ],
  auxiliaries: ['ha', 'hanno', 'aveva', 'avevano', 'avrebbe', 'avrebbero', 'è', 'sono'],
  relativePronouns: ['che', 'cui', 'quale', 'quali'],
  conjunctions: ['e', 'ed', 'o', 'ma'],
  complementizers: ['che'],
  negations: ['non', 'mai', 'né'], // `non ha confermato che …`: the speaker does not say it
  subjunctiveForms: [],
  subjunctiveStandIns: [],
  // `l'`/`un'` stay for an engine that splits elisions; today's tokenizer keeps `l’azienda` whole.
  determiners: [
    'il', 'lo', 'la', 'i', 'gli', 'le', "l'", 'l’', 'un', 'uno', 'una', "un'", 'un’', 'questo', 'questa',
    'quel', 'quello', 'quella', 'suo', 'sua', 'nostro', 'nostra',
  ],
  reflexives: ['si'],
  possessives: ['suo', 'sua', 'suoi', 'sue', 'loro'],
  statementNouns: [
    'dichiarazione', 'dichiarazioni', 'nota', 'comunicato', 'parole', 'messaggio', 'post', 'tweet', 'lettera',
    'discorso', 'intervista', 'risposta', 'intervento', 'replica',
  ],
  // Before a quotation these make it a name or a term (`lo slogan «…»`), not a statement.
  namingWords: [
    'cosiddetto', 'cosiddetta', 'cosiddetti', 'cosiddette', 'chiamato', 'chiamata', 'denominato', 'denominata',
    'battezzato', 'battezzata', 'soprannominato', 'soprannominata', 'intitolato', 'intitolata', 'slogan',
    'motto', 'termine', 'parola', 'espressione', 'libro', 'film', 'serie', 'programma', 'canzone', 'album',
    'operazione', 'piano', 'progetto', 'campagna', 'hashtag', 'missione', 'movimento', 'striscione',
    'striscioni', 'cartello', 'cartelli', 'rivista', 'rubrica', 'titolo', 'dossier', 'etichetta',
  ],
  titles: [
    'Dott.', 'Dott.ssa', 'Dr.', 'Sig.', 'Sig.ra', 'Prof.', 'Prof.ssa', 'Avv.', 'Ing.', 'On.', 'Sen.', 'Mons.',
    'don', 'dottor', 'dottoressa', 'professor', 'professoressa', 'signor', 'signora', 'avvocato',
    'onorevole', 'monsignor', 'padre', 'suor', 'papa',
  ],
};
