// German quotation conventions and the words that frame speech: verbs of saying in every tense and word
// order, source prepositions (`laut`, `zufolge`), the speaker particle `so`, pronouns and role nouns.
import type { QuoteConventions, SpeechLexicon } from '../types';

export const quotes: QuoteConventions = {
  // „…“ is the German standard, »…« the book and magazine style, ‚…‘ the quotation inside a quotation;
  // Swiss papers use «…». The engine also pairs marks by context, which covers misused ones.
  pairs: [['„', '“'], ['»', '«'], ['‚', '‘'], ['«', '»'], ['“', '”'], ['"', '"']],
  dashSpeech: true,
};

/** All forms of a regular (weak) verb from its stem: `sag` → sage, sagst, sagt, sagte, sagten, gesagt… */
function weak(stem: string, participle = `ge${stem}t`): string[] {
  const e = /[dt]$|[^aeiouälnr][mn]$/.test(stem) ? 'e' : ''; // arbeit-e-t, rechn-e-t
  const plural = /[^i]e[lr]$/.test(stem) ? `${stem}n` : `${stem}en`; // forder-n, jubel-n; but kritisier-en
  return [`${stem}e`, `${stem}${e}st`, `${stem}${e}t`, `${stem}${e}te`, `${stem}${e}ten`, `${stem}${e}test`, plural, participle];
}

/** `zeigte sich … zufrieden`: how someone showed themselves, said in words. */
const SHOWED_FEELING = [
  'zufrieden', 'unzufrieden', 'enttäuscht', 'überzeugt', 'optimistisch', 'zuversichtlich', 'skeptisch', 'erleichtert',
  'überrascht', 'besorgt', 'bestürzt', 'erschüttert', 'betroffen', 'empört', 'entsetzt', 'schockiert', 'verärgert',
  'begeistert', 'dankbar', 'froh', 'erfreut', 'traurig', 'beeindruckt', 'kämpferisch', 'selbstkritisch', 'gelassen',
  'verwundert', 'irritiert', 'zurückhaltend', 'offen', 'bereit', 'überwältigt', 'stolz',
];

export const speech: SpeechLexicon = {
  verbs: [
    ...weak('sag'), ...weak('erklär', 'erklärt'), ...weak('beton', 'betont'), ...weak('bericht', 'berichtet'),
    ...weak('erzähl', 'erzählt'), ...weak('ergänz', 'ergänzt'), ...weak('antwort', 'geantwortet'),
    ...weak('kritisier', 'kritisiert'), ...weak('warn'), ...weak('forder'), ...weak('mahn'), ...weak('twitter'),
    ...weak('post'), ...weak('bestätig', 'bestätigt'), ...weak('äußer', 'geäußert'), ...weak('teil', 'mitgeteilt'),
    ...weak('erläuter', 'erläutert'), ...weak('kündig', 'angekündigt'), ...weak('klag'), ...weak('frag'),
    ...weak('bekräftig', 'bekräftigt'), ...weak('versicher', 'versichert'), ...weak('kommentier', 'kommentiert'),
    ...weak('bilanzier', 'bilanziert'), ...weak('beklag', 'beklagt'), ...weak('lob'), ...weak('räum', 'eingeräumt'),
    ...weak('füg', 'hinzugefügt'), ...weak('verkünd', 'verkündet'), ...weak('argumentier', 'argumentiert'),
    ...weak('beteuer', 'beteuert'), ...weak('dementier', 'dementiert'), ...weak('entgegn', 'entgegnet'),
    ...weak('erwider', 'erwidert'), ...weak('präzisier', 'präzisiert'), ...weak('mein'), ...weak('glaub'),
    ...weak('befürcht', 'befürchtet'), ...weak('schilder', 'geschildert'), ...weak('zitier', 'zitiert'),
    ...weak('bemängel', 'bemängelt'), ...weak('bezeichn', 'bezeichnet'), ...weak('nenn', 'genannt'),
    // Infinitives of particle verbs, after a modal at the end of their clause (`Das musste Steinbrück einräumen`).
    'einräumen', 'mitteilen', 'zugeben', 'ankündigen', 'hinzufügen', 'bekanntgeben', 'klarstellen',
    // News given out (`Wie aus Kreisen des Gerichts verlautete, …`), with or without a source.
    ...weak('verlaut', 'verlautet'), ...weak('verlautbar', 'verlautbart'),
    ...weak('appellier', 'appelliert'), ...weak('resümier', 'resümiert'), 'verwies', 'verwiesen', 'verweist',
    ...weak('jubel'), ...weak('konter', 'gekontert'), ...weak('hoff'), ...weak('folger', 'gefolgert'),
    ...weak('verteidig', 'verteidigt'), ...weak('bedauer', 'bedauert'), ...weak('begründ', 'begründet'),
    ...weak('würdig', 'gewürdigt'), ...weak('charakterisier', 'charakterisiert'), ...weak('feier', 'gefeiert'), ...weak('beton', 'betont'), ...weak('unterstell', 'unterstellt'),
    ...weak('prophezei', 'prophezeit'), ...weak('prognostizier', 'prognostiziert'), ...weak('spekulier', 'spekuliert'),
    ...weak('beanstand', 'beanstandet'), ...weak('monier', 'moniert'), ...weak('urteil', 'geurteilt'),
    ...weak('beurteil', 'beurteilt'), ...weak('bewert', 'bewertet'), ...weak('wert', 'gewertet'), ...weak('vermeld', 'vermeldet'),
    // Estimating, supposing, doubting, signalling (`Experten schätzen, dass …`, `Forscher bezweifeln, dass …`).
    ...weak('schätz', 'geschätzt'), ...weak('vermut', 'vermutet'), ...weak('signalisier', 'signalisiert'),
    ...weak('fürcht', 'gefürchtet'), ...weak('befürwort', 'befürwortet'),
    'bezweifelt', 'bezweifelte', 'bezweifelten', 'bezweifeln', 'zugesichert', 'zusicherte', 'nachgesagt',
    // `erinnerte sich Trotnow`, `erinnerte daran, dass …`; not `erinnere`, the Konjunktiv of reported speech
    // (`die Aktion erinnere „fatal an …“`).
    'erinnerte', 'erinnerten', 'erinnert',
    ...weak('skandier', 'skandiert'), ...weak('brüll'), ...weak('flüster'), // chanting, shouting, whispering
    // Requests and orders, whose content often follows as a zu-infinitive (`drängten den Premier, … zu
    // verstärken`, `ordnete an, … zu entfernen`, `beantragte, das Verfahren einzustellen`).
    ...weak('dräng', 'gedrängt'), ...weak('verlang', 'verlangt'), ...weak('ersuch', 'ersucht'), ...weak('ermahn', 'ermahnt'),
    ...weak('beantrag', 'beantragt'), ...weak('plädier', 'plädiert'), 'ordnete', 'ordneten', 'angeordnet', 'anordnete', 'anordnet',
    // Separable verbs written as one word at the end of a subordinate clause (`wie EADS heute mitteilte`).
    'mitteilt', 'mitteilte', 'mitteilten', 'bekanntgab', 'bekanntgaben', 'bekanntgibt', 'hinzufügte', 'hinzufügt',
    'hinwies', 'hinweist', 'ankündigte', 'ankündigten', 'ankündigt', 'feststellte', 'feststellten', 'klarstellte',
    'einräumte', 'einräumt', 'ausführte', 'vorschlug', 'vorschlägt', 'aufrief', 'aufriefen', 'hervorhob',
    'zurückwies', 'zurückweist', 'fortfuhr', 'zugab', 'zugibt', 'angab', 'angibt', 'ausdrückte', // not `angaben`: the noun `Angaben` opens sentences
    // Their participles, one word in the perfect and the passive (`hatte Lenz aufgefordert, … niederzulegen`,
    // `wurde aufgefordert, …`); not `ausgeführt` (also `carried out`).
    'feststellt', 'hervorgeht', 'hervorging', // `wie Paech feststellt, …`, `wie aus dem Bericht hervorgeht, …`
    'aufgefordert', 'vorgeschlagen', 'bekanntgegeben', 'festgestellt', 'klargestellt', 'hervorgehoben',
    'zurückgewiesen', 'zugegeben',
    // `hatten angegeben, dass …`, `Als Begründung wurde angegeben, …` (not `angaben`, see above).
    'angegeben',
    // What a rule or a document says (`Die Klausel besagt, dass …`); not `besagte`, also `the said` (`der besagte Vertrag`).
    'besagt', 'besagen',
    // Hinting, denouncing, setting out (`deutete an, …`, `prangerten an, dass …`, `hat dargelegt, dass …`).
    'angedeutet', 'andeutete', 'angeprangert', 'anprangerte', 'dargelegt', 'darlegte',
    'befand', 'befindet', 'entschied', 'erwog', 'erwägt', 'bat', 'bittet', 'gebeten', 'empfand',
    // Strong and irregular verbs, by form.
    'spricht', 'sprechen', 'sprach', 'sprachen', 'gesprochen', 'schreibt', 'schrieb', 'schrieben', 'geschrieben',
    'ruft', 'rief', 'riefen', 'unterstreicht', 'unterstrich', 'unterstrichen', 'nannte', 'nannten', 'nennt',
    'weist', 'wies', 'wiesen', 'hingewiesen', 'heißt', 'hieß', 'gestand', 'gesteht', 'gestanden',
    'versprach', 'verspricht', 'versprochen', 'empfahl', 'empfiehlt', 'empfohlen', 'riet', 'rät', 'geraten',
    'schloss', 'beschrieb', 'beschreibt', 'beschrieben', 'verriet', 'verrät', 'verraten',
    'lautet', 'lautete', 'lauteten', 'bekannte', 'bekennt', 'meldete', 'meldet', 'gemeldet', 'wiederholte', 'wiederholt',
    // What a study or an inquiry found (`Wie eine Studie ergab, …`, `Die Forscher fanden heraus, dass …`); not `ergab sich`.
    'ergab', 'ergaben', 'ergibt', 'herausgefunden', 'herausfand', 'herausfanden',
    // `so` of `„…“, so Müller` is a particle, listed below, not a verb.
  ],
  claimVerbs: [
    ...weak('behaupt', 'behauptet'), ...weak('unterstell', 'unterstellt'), ...weak('beschuldig', 'beschuldigt'),
    ...weak('bezichtig', 'bezichtigt'), ...weak('insistier', 'insistiert'), ...weak('beharr', 'beharrt'),
    'wirft', 'warf', 'warfen', 'vorgeworfen', // `warf … vor`: accusation
    'bestritt', 'bestreitet', 'bestritten', 'leugnete', 'leugnet', 'geleugnet',
    'abgestritten', 'abstritt', 'abstreitet', // `haben abgestritten, dass …`; `stritt … ab` is a particle verb below
    // Suspected of something (`Er wird verdächtigt, einen Anschlag geplant zu haben`).
    'verdächtigt', 'verdächtigte', 'verdächtigten',
  ],
  // `nach einem Bericht`, `nach einer Studie`: with the definite article `nach dem Bericht` is as often a time
  // (after the report was out), so only the indefinite one is listed.
  sourceBefore: ['laut', 'nach einem bericht', 'nach einer studie', 'nach einer umfrage', 'nach einer meldung', 'nach einer mitteilung', 'nach einer untersuchung', 'nach einer analyse', 'nach angaben', 'nach aussage', 'nach aussagen', 'nach ansicht', 'nach meinung', 'nach auffassung', 'nach einschätzung', 'nach darstellung', 'nach den worten', 'nach worten', 'nach darstellungen', 'nach informationen',
    // More documents, with the indefinite article for the reason above (`Nach einer Stellungnahme der US-Armee …`).
    'nach einer stellungnahme', 'nach einer erklärung', 'nach einer veröffentlichung', 'nach einer auswertung', 'nach einem dokument', 'nach einem gutachten',
    // `Gemäß der Organisation „DotAsia“ betrug …`, `Gemäß seiner Aussage werden …` (a rule's wording too: `gemäß dem Vertrag muss …`).
    'gemäß'],
  sourceAfter: ['zufolge'],
  sourceBackReferences: ['den', 'dem', 'diesen', 'diesem', 'jenen', 'denselben'],
  agentOnlySources: ['gemäß'],
  // The heads that stand alone or end a compound after `nach`/`laut` (`Polizeiangaben`, `Zeugenaussagen`,
  // `Medienberichten`, `nach bisherigen Erkenntnissen`); dative plural, as the prepositions take it.
  sourceNouns: [
    'angaben', 'informationen', 'aussagen', 'berichten', 'erkenntnissen', 'schätzungen', 'meldungen', 'recherchen', 'berechnungen',
    // A view or an estimate, never a time after `nach` (`nach Einschätzung von Fachleuten`, `nach seiner Meinung`, `Expertenmeinung`).
    'einschätzung', 'ansicht', 'meinung', 'auffassung', 'darstellung', 'schätzung',
    'untersuchungen', 'erfahrungen', 'medien', // `nach jüngsten Untersuchungen`, `nach bisherigen Erfahrungen`, `nach palästinensischen Medien`
    'auskunft', 'willen', 'erkenntnisstand', // `nach Auskunft der NASA`, `nach dem Willen des Gipfels`, `nach bisherigem Erkenntnisstand`
    'ermittlungen', 'vorstellungen', // `nach ersten Ermittlungen der Polizei`, `nach den Vorstellungen der Bundesregierung`
    'ermittlungsstand', 'kenntnisstand', // `nach jetzigem Ermittlungsstand`
    'aussage', // `laut Aussage der Stadt`: the genitive speaks, not the statement
  ],
  // A study or a poll, with its adjective (`nach einer norwegischen Studie`); not `Bericht`: `nach dem Bericht` is as often a time.
  sourceDocuments: ['studie', 'umfrage', 'analyse'],
  // `erst nach umfangreichen Ermittlungen`, `kurz nach ersten Untersuchungen`: a time, not a source.
  temporalBeforeSource: ['erst', 'kurz', 'gleich', 'unmittelbar', 'direkt', 'bald', 'schon', 'bereits', 'noch', 'spätestens', 'frühestens'],
  // The genitive articles and `von` (`nach ersten Angaben von Augenzeugen`, `nach Einschätzung eines
  // Experten`), not `den` or a numeral.
  sourceNounLinks: ['der', 'des', 'eines', 'einer', 'von', 'aus'], // … and a place (`nach Angaben aus Khartum`)
  viewPostposition: { word: 'nach', nouns: ['meinung', 'ansicht', 'auffassung', 'einschätzung', 'überzeugung'] },
  speakerParticles: ['so'],
  pronouns: [
    // A description stands for `er` after a masculine article (`Der Student …, sagte er`), for `sie` after
    // a feminine or plural one; one after `das` for neither (`Das Wasser …, erklärt sie`).
    { word: 'er', refersTo: 'person', articles: ['der', 'ein', 'dieser', 'jener'], gender: 'male' },
    { word: 'sie', refersTo: 'any', articles: ['die', 'eine', 'diese', 'jene'], gender: 'female' }, // she, or they (an organisation's people)
    { word: 'ich', refersTo: 'person' },
    { word: 'wir', refersTo: 'any' },
  ],
  roleNouns: [
    'sprecher', 'sprecherin', 'regierungssprecher', 'regierungssprecherin', 'pressesprecher', 'pressesprecherin',
    'minister', 'ministerin', 'präsident', 'präsidentin', 'ministerpräsident', 'ministerpräsidentin', 'kanzler', 'kanzlerin',
    'chef', 'chefin', 'vorsitzende', 'vorsitzender', 'direktor', 'direktorin', 'leiter', 'leiterin', 'bürgermeister',
    'bürgermeisterin', 'trainer', 'trainerin', 'experte', 'expertin', 'experten', 'anwalt', 'anwältin', 'richter',
    'richterin', 'staatsanwalt', 'staatsanwältin', 'ermittler', 'ermittlerin', 'forscher', 'forscherin', 'wissenschaftler',
    'wissenschaftlerin', 'abgeordnete', 'abgeordneter', 'politiker', 'politikerin', 'manager', 'managerin', 'gründer',
    'gründerin', 'geschäftsführer', 'geschäftsführerin', 'vorstand', 'vorstandschef', 'vorstandschefin', 'botschafter',
    'botschafterin', 'senator', 'senatorin', 'kommissar', 'kommissarin', 'polizeisprecher', 'polizeisprecherin',
    'augenzeuge', 'augenzeugin', 'zeuge', 'zeugin', 'kritiker', 'kritikerin', 'beobachter', 'analyst', 'analystin',
    'ökonom', 'ökonomin', 'kapitän', 'spieler', 'spielerin', 'autor', 'autorin', 'mediziner', 'arzt', 'ärztin',
    'ceo', 'milliardär', 'unternehmer', 'unternehmerin', 'kandidat', 'kandidatin', 'chefankläger', 'ankläger',
    // Plurals, and the nouns of anonymous sourcing (`Insider berichten`, `Diplomaten zufolge`).
    'minister', 'politiker', 'ermittler', 'forscher', 'wissenschaftler', 'ärzte', 'anwälte', 'richter', 'vertreter',
    // Kin, who speak for themselves after a name's genitive (`Demjanjuks Sohn`): not `Frau`, a title before a name.
    'sohn', 'tochter', 'vater', 'mutter', 'bruder', 'schwester', 'witwe', 'witwer', 'ehefrau', 'ehemann', 'eltern',
    'quelle', 'quellen', 'insider', 'beobachter', 'diplomat', 'diplomaten', 'beamte', 'beamter', 'beamten', 'mitarbeiter',
    'mitarbeiterin', 'berater', 'beraterin', 'vertraute', 'vertrauter', 'analysten', 'fachleute', 'augenzeugen', 'zeugen',
  ],
  organisationNouns: [
    'unternehmen', 'konzern', 'firma', 'regierung', 'bundesregierung', 'ministerium', 'behörde', 'polizei',
    'partei', 'verband', 'gewerkschaft', 'gericht', 'staatsanwaltschaft', 'verein', 'klub', 'club', 'bank',
    'stadt', 'gemeinde', 'hersteller', 'plattform', 'sender', 'zeitung', 'agentur', 'organisation', 'konzernleitung',
    'vorstand', 'ministerium', 'armee', 'militär', 'feuerwehr', 'stiftung', 'institut', 'universität', 'klinik',
  ],
  // Auxiliaries, the copula and the modals: finite verbs that stand between a subject and its verb.
  // A participle with `ge` (`gefordert`, `aufgefordert`, `gebeten`), or a weak one without it after an
  // inseparable prefix or of a verb in -ieren (`bestätigt`, `erklärt`, `verdächtigt`, `kritisiert`); the
  // passive auxiliary before it tells it from the finite form of the same shape, and from `wird fordern`.
  passive: {
    auxiliaries: ['wird', 'wurde', 'werden', 'wurden', 'worden'],
    participle: /^\p{Ll}*ge\p{Ll}{2,}(?:t|en)$|^\p{Ll}*(?:be|er|ver|ent|zer|emp|miss)\p{Ll}{2,}t$|^\p{Ll}{3,}iert$/u,
    agents: ['von', 'vom', 'durch'],
  },
  // Ending in -e where the indicative has -t; not -te or -de (`sagte`, `wurde`: the indicative past), nor -ie.
  subjunctiveShape: /^\p{Ll}{2,}[^tdi]e$/u,
  subjectPronouns: ['er', 'sie', 'es', 'man'],
  // Times and sentence adverbs, not prepositions: `sagte in Berlin, …` may open a relative clause's place.
  frameAdverbs: [
    'nun', 'jetzt', 'heute', 'gestern', 'damals', 'später', 'zuvor', 'zuletzt', 'inzwischen', 'mittlerweile', 'anschließend',
    'daraufhin', 'auch', 'zudem', 'außerdem', 'ferner', 'weiter', 'weiterhin', 'ebenfalls', 'erneut', 'nochmals', 'bereits',
    'dazu', 'hierzu', 'dagegen', 'hingegen', 'jedoch', 'aber', 'allerdings', 'ausdrücklich', 'öffentlich', 'offiziell',
  ],
  auxiliaries: [
    'hat', 'hatte', 'haben', 'hatten', 'habe', 'wird', 'wurde', 'werden', 'wurden', 'ist', 'war', 'sind', 'waren',
    'kann', 'können', 'konnte', 'konnten', 'muss', 'müssen', 'musste', 'mussten', 'soll', 'sollen', 'sollte',
    'will', 'wollen', 'wollte', 'wollten', 'darf', 'dürfen', 'durfte', 'durften',
  ],
  conjunctions: ['und', 'oder', 'aber', 'sondern', 'doch', 'sowie', 'denn'],
  verbSecond: true,
  complementizers: ['dass', 'daß', 'ob'],
  subjunctiveForms: [
    // Konjunktiv I of the auxiliaries and modals, and of the verbs the press reports most.
    'habe', 'habest', 'sei', 'seien', 'seiest', 'werde', 'werdest', 'könne', 'könnest', 'müsse', 'dürfe', 'solle',
    'wolle', 'möge', 'gebe', 'gehe', 'komme', 'stehe', 'liege', 'bestehe', 'wisse', 'brauche', 'lasse', 'bleibe',
    'plane', 'arbeite', 'handle', 'handele', 'fehle', 'gelte', 'sehe', 'halte', 'trage', 'führe', 'lebe', 'wirke',
    'drohe', 'laufe', 'entspreche', 'betrage', 'befinde', 'verfüge', 'beabsichtige', 'erwarte', 'rechne', 'zeige',
    'reiche', 'spiele', 'zähle', 'diene', 'hänge', 'treffe', 'folge', 'sorge', 'setze', 'lege', 'stelle', 'bringe', 'nehme',
    'wachse', 'sinke', 'steige', 'falle', 'koste', 'betreffe', 'erfolge', 'entstehe', 'bedeute', 'verlange', 'fordere',
    'lehne', 'unterstütze', 'spreche', 'denke', 'glaube', 'hoffe', 'fürchte', 'verstoße', 'verletze', 'kenne', 'suche',
    'gehöre', 'passe', 'leide', 'biete', 'schaffe', 'sichere', 'stamme', 'verliere', 'gewinne', 'erhalte', 'bekomme',
    'seiest', 'habest', 'werdest',
    // Stems in -t and -d, which subjunctiveShape leaves out (their past ends in -te and -de too).
    'rate', 'leite', 'richte', 'betrachte', 'finde', 'verbinde', 'melde', 'bilde', // not `berichte`, `achte`, `wende`: nouns and an ordinal
    'entscheide', 'unterscheide', 'empfinde', 'trete', 'vertrete', 'enthalte', 'beinhalte', 'gestalte', 'verhalte',
  ],
  subjunctiveStandIns: [
    'hätte', 'hätten', 'wäre', 'wären', 'würde', 'würden', 'könnte', 'könnten', 'müssten', 'sollten', 'gäbe',
    // Strong verbs' Konjunktiv II, where the press reports with them (`Die Dämme befänden sich …`).
    'befände', 'befänden', 'bestünde', 'bestünden', 'stünde', 'stünden', 'käme', 'kämen', 'läge', 'lägen', 'ginge', // not `gingen`: also the indicative past
  ],
  // Articles, and the quantifiers that open a vague speaker (`mehrere Diplomaten`, `einige Experten`).
  determiners: ['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'einige', 'mehrere', 'zwei', 'drei', 'viele', 'manche'],
  particleVerbs: {
    gab: ['bekannt', 'an', 'zu', 'preis', 'wieder'], gibt: ['bekannt', 'an', 'zu', 'preis', 'wieder'], gaben: ['bekannt', 'an', 'zu'],
    führte: ['aus'], führt: ['aus'], führten: ['aus'],
    // `geht davon aus, dass …` (assuming) and `geht aus dem Bericht hervor` (a document says so).
    geht: ['aus', 'hervor'], ging: ['aus', 'hervor'], gehen: ['aus', 'hervor'], gingen: ['aus', 'hervor'],
    schlug: ['vor'], schlägt: ['vor'], schlugen: ['vor'], rief: ['auf'], ruft: ['auf'], riefen: ['auf'],
    fand: ['heraus'], fanden: ['heraus'], findet: ['heraus'], finden: ['heraus'],
    forderten: ['auf'], kündigte: ['an'], kündigt: ['an'], kündigten: ['an'], teilte: ['mit'], teilt: ['mit'], teilten: ['mit'], stellte: ['fest', 'klar'], stellt: ['fest', 'klar'], stellten: ['fest', 'klar'],
    strich: ['heraus'], streicht: ['heraus'], hob: ['hervor'], hebt: ['hervor'], wies: ['hin', 'zurück'], weist: ['hin', 'zurück'], weisen: ['hin', 'zurück'], wiesen: ['hin', 'zurück'],
    // `werfen … vor, er habe …`: an accusation (the singular and past forms are claim verbs of their own).
    werfen: ['vor'],
    gestand: ['ein'], räumte: ['ein'], räumt: ['ein'], fuhr: ['fort'], fährt: ['fort'], schränkte: ['ein'], sprach: ['aus', 'von'],
    machte: ['deutlich', 'klar'], macht: ['deutlich', 'klar'],
    // `stritt ab, dass …`, `sicherte … zu, dass …`, `deutete an, …`, `prangerten an, dass …`, `bot an, … zu`.
    stritt: ['ab'], stritten: ['ab'], streitet: ['ab'], sicherte: ['zu'], sicherten: ['zu'], sichert: ['zu'],
    deutete: ['an'], deuteten: ['an'], deutet: ['an'], prangerte: ['an'], prangerten: ['an'], prangert: ['an'],
    bot: ['an'], boten: ['an'], bietet: ['an'],
    // Concluding: `Beobachter schließen daraus, dass …`.
    schließen: ['daraus'], schließt: ['daraus'], schlossen: ['daraus'],
    // Holding a view: `hält es für möglich, dass …`, `sah es als erwiesen an, dass …`, `sieht es als Aufgabe an, … zu`.
    // A plan or a rule providing for something: `Der Beschluss sieht vor, dass …`.
    sieht: ['an', 'vor'], sah: ['an', 'vor'], sehen: ['an', 'vor'], sahen: ['an', 'vor'],
    // `wollen … wissen`: asking (`„Wo ist meine Stimme?“, wollen die Demonstranten wissen`).
    will: ['wissen'], wollen: ['wissen'], wollte: ['wissen'], wollten: ['wissen'], zeigte: SHOWED_FEELING, zeigt: SHOWED_FEELING, zeigten: SHOWED_FEELING, brachte: ['ausdruck'], bringt: ['ausdruck'],
  },
  contentNouns: [
    'these', 'ansicht', 'meinung', 'zweifel', 'hoffnung', 'befürchtung', 'befürchtungen', 'vorwurf', 'vorwürfe', 'hinweis',
    'hinweise', 'angaben', 'behauptung', 'warnung', 'forderung', 'überzeugung', 'auffassung', 'einschätzung', 'vermutung',
    'verdacht', 'gerücht', 'gerüchte', 'behauptungen', 'forderungen', 'vermutungen', 'warnungen', 'äußerungen', 'konsens', 'erklärung', 'mitteilung', 'information', 'informationen', 'bericht', 'berichte',
    'aussage', 'äußerung', 'ankündigung', 'appell', 'bitte', 'befehl', 'vorschlag', 'versprechen', 'eindruck', 'sorge',
    'angst', 'kritik', 'bedenken', 'spekulationen', 'annahme', 'argument', 'begründung', 'darstellung', 'beteuerung',
    'ergebnis', 'schluss', 'fazit', 'erkenntnis', // `kam zu dem Ergebnis, dass …`: a conclusion stated
    'theorie', 'hypothese', // `stellten die Theorie auf, dass …`
    'vorgabe', 'schlussfolgerung', 'mahnung', 'aufforderung', 'aufruf', 'aufrufe', 'empfehlung', // `die Vorgabe gemacht, dass …`, `die Schlussfolgerung, … zu`
    // Not a noun: `Im Mai wurde bekannt, dass …` makes news known, by no one named (as a verb of saying,
    // `wurde … bekannt` would also frame quotations: `Wie „neue Beine“ zu verstehen ist, wurde bekannt`).
    'bekannt',
    // Nor are these: a conviction stated (`ist zuversichtlich, … zu schlagen`, `ist überzeugt, dass …`); not
    // `sicher` or `gewiss`, which also open the writer's own `Sicher ist, dass …`.
    'zuversichtlich', 'überzeugt',
  ],
  frameOpeners: ['wie'],
  reportingAdverbs: ['demnach', 'wonach', 'angeblich'],
  backReferences: ['das', 'dies', 'dieses'],
  nounsCapitalised: true,
  // Not verbs of saying (`„…“, beschloss der Rat` is no frame), but what was decided or asked for is
  // reported: `Der Verband hatte beschlossen, eine Studie … in Auftrag zu geben`, `rief die Bürger
  // auf, …`, `beauftragte seinen Sohn, …`, `hat zugesagt, dass …`.
  decisionVerbs: [
    'beschloss', 'beschlossen', 'beschließt', 'entschieden', 'entscheidet', 'aufgerufen', 'aufrufen',
    'beauftragte', 'beauftragten', 'beauftragt', 'angewiesen', 'anwies', 'zugesagt', 'zusagte',
    // Judging what may be: `hält es für möglich, dass …`, `hielt es für unwahrscheinlich, … zu …`.
    'hält', 'hielt', 'hielten', // not `halten`: `nach Elektroautos Ausschau halten, … zu sehen`
    // Resolving: `hat sich entschlossen, … zu`. Not `drohen`: a threat (`hat gedroht, Microsoft zu verklagen`) is an act, and the claim is what follows it.
    'entschloss', 'entschlossen',
    // Planning, agreeing and reckoning: `plant, … zu`, `einigten sich darauf, … zu`, `errechneten, dass …`.
    'plant', 'plante', 'planten', 'planen', 'einigten', 'einigte', 'geeinigt', 'errechnete', 'errechneten', 'errechnet', 'berechnete', 'berechneten',
    // Agreeing, laying down, providing for, offering, considering: `hatten vereinbart, … zu`, `legte fest, dass …`,
    // `legten Wert darauf, dass …`, `war vorgesehen, … zu`, `hatte angeboten, … zu`, `überlegten kurz, … zu`.
    'vereinbart', 'vereinbarte', 'vereinbarten', 'legte', 'legten', 'legt', 'festgelegt', 'festlegte', 'vorgesehen',
    'angeboten', 'überlegte', 'überlegten',
  ],
  infinitiveMarker: 'zu',
  // `weder bestätigen noch ausschließen`, `schloss nicht aus`; not `kein`, which negates a noun (`keinen Zweifel, dass …`).
  negations: ['nicht', 'nie', 'niemals', 'weder', 'keineswegs'],
  adverbialInfinitiveOpeners: ['um', 'ohne', 'anstatt', 'statt'],
  // Only words that are conjunctions wherever they open a clause: `seit`, `bis`, `während` are also
  // prepositions and `da`, `damit`, `seitdem`, `wie` adverbs (`Seit Montag ist …`, `Damit ist …`).
  // `, den viele kritisierten, „…“`: the article forms that open a relative clause after a comma.
  relativePronouns: ['der', 'die', 'das', 'dem', 'den', 'deren', 'dessen', 'denen', 'welche', 'welcher', 'welches', 'welchem', 'welchen'],
  subordinators: [
    'als', 'wenn', 'weil', 'nachdem', 'bevor', 'ehe', 'obwohl', 'obgleich', 'sobald', 'solange',
    'falls', 'sofern', 'ob', 'dass', 'indem', 'sodass', 'wo', 'wer', 'was',
    // Question words open indirect questions (`Warum die Maschine umkehrte, blieb offen`).
    'warum', 'wieso', 'weshalb', 'weswegen', 'wann', 'welche', 'welcher', 'welches', 'wohin', 'woher',
  ],
  // Particle + `zu` + verb (`zurückzunehmen`, `herbeizuführen`, `einzusetzen`, `beizumessen`): the
  // particles of separable verbs, longest first so that `herbei` is not read as `her` + `bei…`.
  infinitiveWithMarker:
    /^(?:zusammen|gegenüber|entgegen|herunter|hinunter|zurück|herbei|hinaus|voraus|zurecht|nieder|heran|herum|heraus|herein|hervor|hinzu|voran|vorbei|weiter|wieder|bereit|durch|statt|nach|fest|fort|frei|klar|offen|teil|über|unter|ab|an|auf|aus|bei|dar|ein|her|hin|los|mit|um|vor|weg|zu)zu\p{Ll}{2,}(?:en|ern|eln|n)$/u,
  functionWords: [
    'als', 'in', 'im', 'am', 'an', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'seit', 'von', 'vom', 'vor', 'zu', 'zum', 'zur',
    'über', 'unter', 'durch', 'für', 'gegen', 'ohne', 'um', 'so', 'auch', 'aber', 'doch', 'dann', 'da', 'dort', 'hier',
    'jetzt', 'nun', 'noch', 'schon', 'bereits', 'zudem', 'außerdem', 'damit', 'dabei', 'daher', 'deshalb', 'darauf',
    'danach', 'darin', 'hierzu', 'dazu', 'zuvor', 'später', 'heute', 'gestern', 'zunächst', 'inzwischen', 'allerdings',
    'jedoch', 'trotzdem', 'ebenfalls', 'ebenso', 'weiter', 'weiterhin', 'zwar', 'laut', 'wie', 'wenn', 'weil', 'obwohl',
    'während', 'nachdem', 'bevor', 'ob', 'dass', 'sowie', 'sondern', 'oder', 'und', 'selbst', 'sogar', 'nur', 'erst',
    'etwa', 'rund', 'fast', 'gerade', 'bisher', 'bislang', 'derzeit', 'demnach', 'angesichts', 'wegen', 'trotz', 'neben',
    'zwischen', 'gegenüber', 'bis', 'ab', 'also', 'somit', 'insgesamt', 'letztlich', 'schließlich', 'tatsächlich',
    'offenbar', 'vermutlich', 'wohl', 'gleichzeitig', 'zugleich', 'erneut', 'wieder', 'ähnlich', 'passend', 'anschließend',
    'darüber', 'hinaus', 'ferner', 'indes', 'unterdessen', 'mittlerweile', 'künftig', 'bald', 'immer', 'nie', 'oft', 'denn',
    // Adverbs that open a sentence before an inverted frame (`Offiziell sagt die Regierung, …`): no speaker.
    'offiziell', 'inoffiziell', 'öffentlich', 'intern', 'damals', 'zuletzt', 'zuerst',
    // Quantifiers, which end in -e like adjectives but do not make the word before one (`man prüfe alle Hinweise`).
    'alle', 'allen', 'aller', 'alles',
  ],
  impersonal: { verbs: ['heißt', 'hieß', 'hiess', 'heisst'], subject: 'es' },
  objectSpeakerVerbs: ['zitiert', 'zitierte', 'zitierten', 'zitiere', 'zitieren'],
  attributiveMarkers: ['näher', 'oft', 'viel', 'häufig', 'sogenannte', 'so genannte', 'bereits', 'schon'],
  focusParticles: ['auch', 'selbst', 'sogar', 'nur', 'ebenfalls', 'gerade', 'vor allem', 'besonders'],
  // Reflexive and object pronouns that stand between the verb and its subject (`so charakterisierte ihn der …`).
  reflexives: ['sich', 'ihn', 'ihm', 'ihr', 'uns', 'mir', 'mich', 'es'],
  possessives: ['sein', 'seine', 'seiner', 'seinem', 'seinen', 'seines', 'ihr', 'ihre', 'ihrer', 'ihrem', 'ihren', 'ihres'],
  statementNouns: [
    'erklärung', 'mitteilung', 'pressemitteilung', 'stellungnahme', 'angaben', 'aussage', 'aussagen', 'worte', 'worten',
    'post', 'tweet', 'beitrag', 'brief', 'schreiben', 'interview', 'rede',
  ],
  namingWords: [
    'sogenannte', 'sogenannten', 'sogenannter', 'sogenanntes', 'so genannte', 'so genannten', 'genannt', 'namens', 'titel',
    'motto', 'begriff', 'wort', 'slogan', 'schlagwort', 'projekt', 'operation', 'aktion', 'programm', 'film', 'buch',
    'roman', 'album', 'song', 'lied', 'serie', 'sendung', 'raumschiff', 'schiff', 'hashtag', 'kampagne', 'initiative',
    'marke', 'modell', 'stück', 'theaterstück', 'oper', 'show', 'spiel', 'gesetz', 'plan', 'mission', 'rakete', 'sonde',
    'zeitung', 'magazin', 'zeitschrift', 'sender', 'band', 'gruppe', 'partei', 'bewegung', 'verein', 'festival', 'preis',
    'auszeichnung', 'kategorie', 'rubrik', 'agentur', 'blatt', 'organisation', 'website', 'webseite', 'portal',
    'plattform', 'allianz', 'koalition', 'bündnis', 'netzwerk', 'fraktion', 'liste', 'wahlbündnis', 'nachrichtendienst',
    'fernsehsender', 'radiosender', 'tageszeitung', 'wochenzeitung', 'boulevardzeitung', 'titel', 'untertitel', 'unwort', 'jugendwort', 'schriftzug', 'aufschrift', 'parole', 'losung',
    // Brands, venues and firms: `die Modelle „Touareg“`, `der Fluggesellschaft „Condor“`, `im Hotel „Adlon“`.
    'modelle', 'marken', 'typ', 'typs', 'gesellschaft', 'fluglinie', 'airline', 'reederei', 'verlag', 'label', 'hotel',
    'restaurant', 'lokal', 'gaststätte', 'club', 'klub', 'zentrum', 'zentren', 'halle', 'kino', 'theater', 'museum',
  ],
  firstPerson: ['ich', 'mich', 'mir', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'meines', 'wir', 'uns', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'unseres'],
  // `bestätigte sich der Verdacht` (proved true), not someone confirming.
  notSpeechBefore: { befand: ['sich'], befindet: ['sich'], befanden: ['sich'], befinden: ['sich'], bestätigt: ['sich'], bestätigte: ['sich'], bestätigten: ['sich'], ergab: ['sich'], ergaben: ['sich'], ergibt: ['sich'] },
  // `das heißt, …` (that is), not a frame.
  notSpeechAfter: { heißt: ['das', 'dies'] },
  // `so dass` (a consequence), `ohne dass`, `(an)statt dass` (a manner), `als dass`, `außer dass`.
  complementizerBlockers: ['so', 'ohne', 'statt', 'anstatt', 'als', 'außer'],
  objectArticles: ['dem', 'den', 'einem', 'einen', 'diesem', 'diesen'],
  contractedArticles: ['im', 'am', 'ans', 'beim', 'ins', 'vom', 'zum', 'zur', 'übers', 'ums', 'fürs'],
  characterisationMarkers: [
    { word: 'als', notAfter: ['gilt', 'galt', 'gelten', 'galten', 'dient', 'diente', 'dienen', 'dienten', 'fungiert', 'fungierte'] },
    { word: 'von', lower: true },
  ],
  termWords: [
    'sogenannte', 'sogenannten', 'sogenannter', 'sogenanntes', 'genannte', 'genannten', 'genannt', 'namens', 'titel', 'untertitel',
    'motto', 'begriff', 'wort', 'unwort', 'jugendwort', 'slogan', 'schlagwort', 'hashtag', 'schriftzug', 'aufschrift', 'parole', 'losung',
    'name', 'namen', // `Der Name lautet „Tiktaalik roseae“`
  ],
  titles: ['Dr.', 'Prof.', 'Herr', 'Frau', 'Dipl.-Ing.', 'Bundeskanzler', 'Bundeskanzlerin', 'Kanzler', 'Kanzlerin', 'Präsident', 'Präsidentin', 'Minister', 'Ministerin', 'Papst', 'König', 'Königin', 'Prinz', 'Prinzessin', 'Sir'],
};
