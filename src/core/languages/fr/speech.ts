// French quotation marks and the words that frame quotations and reported speech: verbs of saying,
// source prepositions, pronouns, and the nouns that describe a speaker without naming one.
import type { QuoteConventions, SpeechLexicon } from '../types';

/**
 * The inverted incise (`« … », précise-t-il`, `dit-elle`, `affirment-ils`) is a single token for the
 * tokenizer, which keeps hyphenated words whole; these helpers spell out its forms from the finite verb.
 */
function invertSingular(forms: readonly string[]): string[] {
  return forms.flatMap((form) => (/[td]$/.test(form) ? ['-il', '-elle', '-on'] : ['-t-il', '-t-elle', '-t-on']).map((end) => form + end));
}
function invertPlural(forms: readonly string[]): string[] {
  return forms.flatMap((form) => [`${form}-ils`, `${form}-elles`]);
}

/** Finite forms of the claim verbs that open an inverted incise. */
const CLAIM_SINGULAR = ['affirme', 'prétend', 'accuse', 'dénonce', 'soutient', 'jure', 'assure'] as const;
const CLAIM_PLURAL = ['affirment', 'prétendent', 'accusent', 'dénoncent', 'soutiennent', 'assurent'] as const;
/** Finite forms of the other verbs of saying that open an inverted incise (present, imperfect, passé simple). */
const SAYING_SINGULAR = [
  'dit', 'déclare', 'explique', 'ajoute', 'indique', 'souligne', 'estime', 'précise', 'annonce', 'confie',
  'lance', 'répond', 'raconte', 'rappelle', 'insiste', 'martèle', 'confirme', 'commente', 'témoigne',
  'réplique', 'observe', 'relève', 'détaille', 'résume', 'glisse', 'lâche', 'déplore', 'regrette',
  'reconnaît', 'admet', 'avertit', 'prévient', 'conclut', 'poursuit', 'écrit', 'nie', 'dément',
  'disait', 'expliquait', 'ajoutait', 'racontait', 'déclara', 'ajouta', 'expliqua', 'lança', 'répondit',
] as const;
const SAYING_PLURAL = [
  'disent', 'déclarent', 'expliquent', 'ajoutent', 'indiquent', 'soulignent', 'estiment', 'précisent',
  'répondent', 'racontent', 'rappellent', 'insistent', 'confirment', 'reconnaissent', 'préviennent',
] as const;
const CLAIM_INCISES = [...invertSingular(CLAIM_SINGULAR), ...invertPlural(CLAIM_PLURAL)];

export const quotes: QuoteConventions = {
  // The press writes « … » with a no-break space (U+00A0 or the narrow U+202F) inside each mark; the pair
  // holds the bare marks and the engine trims white space from the quoted text. “ ” is the inner pair (and
  // the primary one on some sites); straight quotes come last as a fallback for plain-text feeds.
  pairs: [
    ['«', '»'],
    ['“', '”'],
    ['‹', '›'],
    ['"', '"'],
  ],
  // Dialogue dashes belong to fiction and interview transcripts, not to news quotations.
  dashSpeech: false,
};

/** Vowel-initial role nouns of the list below. */
const ELIDED_ROLES = [
  'économiste', 'expert', 'experte', 'avocat', 'avocate', 'ambassadeur', 'ambassadrice', 'enquêteur',
  'élu', 'élue', 'entraîneur', 'officier', 'analyste',
] as const;
/** Vowel-initial organisation nouns of the list below. */
const ELIDED_ORGANISATIONS = [
  'entreprise', 'exécutif', 'association', 'organisation', 'agence', 'institution', 'autorité', 'armée',
  'université', 'hôpital', 'opérateur', 'assureur', 'enseigne', 'éditeur',
] as const;

export const speech: SpeechLexicon = {
  // Third-person present, participle (`a déclaré` → `déclaré`), imperfect and passé simple. Verbs of the
  // claim list below are repeated here so that they also frame quotations for speaker attribution.
  verbs: [
    'dit', 'disent', 'disait', 'disaient', 'dirent',
    'déclare', 'déclarent', 'déclaré', 'déclarait', 'déclaraient', 'déclara',
    'affirme', 'affirment', 'affirmé', 'affirmait', 'affirmaient', 'affirma',
    'explique', 'expliquent', 'expliqué', 'expliquait', 'expliquaient', 'expliqua',
    'ajoute', 'ajoutent', 'ajouté', 'ajoutait', 'ajoutaient', 'ajouta',
    'indique', 'indiquent', 'indiqué', 'indiquait', 'indiquaient', 'indiqua',
    'souligne', 'soulignent', 'souligné', 'soulignait', 'soulignaient', 'souligna',
    'estime', 'estiment', 'estimé', 'estimait', 'estimaient', 'estima',
    'assure', 'assurent', 'assuré', 'assurait', 'assuraient', 'assura',
    // `précise` is also the feminine adjective (`une date précise`); kept, the engine reads verbs only
    // next to a quotation or a complementizer.
    'précise', 'précisent', 'précisé', 'précisait', 'précisaient', 'précisa',
    'annonce', 'annoncent', 'annoncé', 'annonçait', 'annonçaient', 'annonça',
    'confie', 'confient', 'confié', 'confiait', 'confiaient', 'confia',
    'lance', 'lancent', 'lancé', 'lançait', 'lançaient', 'lança',
    'répond', 'répondent', 'répondu', 'répondait', 'répondaient', 'répondit',
    'raconte', 'racontent', 'raconté', 'racontait', 'racontaient', 'raconta',
    'rappelle', 'rappellent', 'rappelé', 'rappelait', 'rappelaient', 'rappela',
    'insiste', 'insistent', 'insisté', 'insistait', 'insistaient', 'insista',
    'martèle', 'martèlent', 'martelé', 'martelait', 'martelaient',
    'confirme', 'confirment', 'confirmé', 'confirmait', 'confirmaient', 'confirma',
    'commente', 'commentent', 'commenté', 'commentait',
    'témoigne', 'témoignent', 'témoigné', 'témoignait',
    'réplique', 'répliquent', 'répliqué', 'répliquait',
    'observe', 'observent', 'observé', 'observait',
    'relève', 'relèvent', 'relevé', 'relevait',
    'détaille', 'détaillent', 'détaillé', 'détaillait',
    'résume', 'résument', 'résumé', 'résumait',
    'signale', 'signalent', 'signalé', 'signalait',
    'glisse', 'glissent', 'glissé', 'glissait',
    'lâche', 'lâchent', 'lâché', 'lâchait',
    'déplore', 'déplorent', 'déploré', 'déplorait',
    'regrette', 'regrettent', 'regretté', 'regrettait',
    'reconnaît', 'reconnaissent', 'reconnu', 'reconnaissait', 'reconnut',
    'admet', 'admettent', 'admis', 'admettait', 'admit',
    'avertit', 'avertissent', 'averti', 'avertissait',
    'prévient', 'préviennent', 'prévenu', 'prévenait', 'prévint',
    'réagit', 'réagissent', 'réagi', 'réagissait',
    'conclut', 'concluent', 'conclu', 'concluait',
    'poursuit', 'poursuivent', 'poursuivi', 'poursuivait',
    'écrit', 'écrivent', 'écrivait', 'écrivaient',
    'considère', 'considèrent', 'considéré', 'considérait',
    // `juge` is left out: as a noun (`le juge`) it is far more frequent than the verb.
    'jugé', 'jugeait',
    'nie', 'nient', 'nié', 'niait',
    'dément', 'démentent', 'démenti', 'démentait',
    'exclamé', 'exclame',
    'tweeté', 'tweete',
    // Contested-claim verbs (see `claimVerbs`), repeated so they frame quotations too.
    'prétend', 'prétendent', 'prétendu', 'prétendait', 'prétendaient',
    'accuse', 'accusent', 'accusé', 'accusait', 'accusaient',
    'dénonce', 'dénoncent', 'dénoncé', 'dénonçait',
    'soutient', 'soutiennent', 'soutenu', 'soutenait',
    'jure', 'jurent', 'juré', 'jurait',
    'clame', 'clament', 'clamé', 'clamait',
    'allègue', 'allèguent', 'allégué', 'alléguait',
    'insinue', 'insinuent', 'insinué', 'insinuait',
    ...invertSingular(SAYING_SINGULAR),
    ...invertPlural(SAYING_PLURAL),
    ...CLAIM_INCISES,
  ],
  // Verbs that push a contested assertion rather than report neutrally. `affirmer` is here because the
  // French press uses it where English writes "claimed" (`il affirme avoir été menacé`).
  claimVerbs: [
    'affirme', 'affirment', 'affirmé', 'affirmait', 'affirmaient',
    'prétend', 'prétendent', 'prétendu', 'prétendait', 'prétendaient',
    'accuse', 'accusent', 'accusé', 'accusait', 'accusaient',
    'dénonce', 'dénoncent', 'dénoncé', 'dénonçait',
    'soutient', 'soutiennent', 'soutenu', 'soutenait',
    'jure', 'jurent', 'juré', 'jurait',
    'clame', 'clament', 'clamé', 'clamait',
    'allègue', 'allèguent', 'allégué', 'alléguait',
    'insinue', 'insinuent', 'insinué', 'insinuait',
    'assure', 'assurent', 'assuré', 'assurait',
    ...CLAIM_INCISES,
  ],
  // `à en croire` also names a source but doubts it: it is listed as a hedge in claims.ts as well.
  sourceBefore: ['selon', "d'après", 'd’après', 'à en croire', 'aux yeux de', 'pour reprendre les mots de'],
  sourceAfter: [],
  // French has no verbless particle after a quotation (`« … », selon lui` uses a preposition).
  speakerParticles: [],
  pronouns: [
    // `il`/`elle` also stand for a masculine/feminine company or body (`le groupe … il a indiqué`).
    { word: 'il', refersTo: 'any', gender: 'male' },
    { word: 'elle', refersTo: 'any', gender: 'female' },
    { word: 'ils', refersTo: 'any' },
    { word: 'elles', refersTo: 'any' },
    { word: 'lui', refersTo: 'person' },
    // The inverted auxiliary of a compound incise is one token with its pronoun (`« … », a-t-elle
    // précisé`, `ont-ils expliqué`): it stands where the subject stands and points back like the pronoun.
    ...['a-t-il', 'avait-il', 'aurait-il'].map((word) => ({ word, refersTo: 'any' as const })),
    ...['a-t-elle', 'avait-elle', 'aurait-elle'].map((word) => ({ word, refersTo: 'any' as const })),
    ...['ont-ils', 'ont-elles', 'avaient-ils', 'avaient-elles'].map((word) => ({ word, refersTo: 'any' as const })),
  ],
  roleNouns: [
    'porte-parole', 'porte-paroles', 'ministre', 'ministres', 'premier ministre', 'première ministre',
    'président', 'présidente', 'présidents', 'présidentes', 'vice-président', 'vice-présidente',
    'directeur', 'directrice', 'directeurs', 'directrices', 'pdg', 'patron', 'patronne', 'patrons',
    'dirigeant', 'dirigeante', 'dirigeants', 'responsable', 'responsables', 'chef', 'cheffe', 'chefs',
    'secrétaire', 'secrétaires', 'député', 'députée', 'députés', 'sénateur', 'sénatrice', 'sénateurs',
    'maire', 'maires', 'élu', 'élue', 'élus', 'conseiller', 'conseillère', 'conseillers',
    'procureur', 'procureure', 'procureurs', 'avocat', 'avocate', 'avocats', 'juge', 'juges',
    'enquêteur', 'enquêteurs', 'commissaire', 'préfet', 'préfète', 'gouverneur', 'ambassadeur',
    'ambassadrice', 'diplomate', 'diplomates', 'expert', 'experte', 'experts', 'chercheur', 'chercheuse',
    'chercheurs', 'économiste', 'économistes', 'analyste', 'analystes', 'syndicaliste', 'fondateur',
    'fondatrice', 'cofondateur', 'témoin', 'témoins', 'victime', 'médecin', 'policier', 'policiers',
    'entraîneur', 'sélectionneur', 'général', 'officier',
    // The tokenizer keeps an elided article with its noun (`l’expert` is one token), so vowel-initial
    // role nouns are also given with `l'`/`l’`: `a prévenu l’expert Marc Blanc`.
    ...ELIDED_ROLES.flatMap((word) => [`l'${word}`, `l’${word}`]),
  ],
  organisationNouns: [
    'entreprise', 'entreprises', 'société', 'sociétés', 'groupe', 'gouvernement', 'exécutif', 'ministère',
    'firme', 'compagnie', 'constructeur', 'fabricant', 'géant', 'plateforme', 'réseau social', 'enseigne',
    'opérateur', 'banque', 'assureur', 'laboratoire', 'start-up', 'multinationale', 'filiale', 'parti',
    'syndicat', 'association', 'ong', 'organisation', 'fédération', 'agence', 'institution', 'autorité',
    'régulateur', 'mairie', 'préfecture', 'parquet', 'tribunal', 'commission', 'conseil', 'club', 'police',
    'gendarmerie', 'armée', 'université', 'hôpital', 'collectif', 'cabinet', 'chaîne', 'quotidien',
    'journal', 'éditeur',
    // Elided forms, kept whole by the tokenizer: `a indiqué l’entreprise`.
    ...ELIDED_ORGANISATIONS.flatMap((word) => [`l'${word}`, `l’${word}`]),
  ],
  // The tokenizer keeps an elision with its word (`qu’il` is one token), so the elided complementizer is
  // listed with the words that follow it in reported speech.
  auxiliaries: ['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'est', 'sont', 'était'],
  relativePronouns: ['qui', 'que', 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles'],
  conjunctions: ['et', 'ou', 'mais'],
  // `n'a pas confirmé que …`, `ne dit pas que …`: the speaker does not say it.
  negations: ['ne', "n'", 'n’', 'pas', 'jamais', 'ni'],
  complementizers: [
    'que',
    ...['il', 'elle', 'ils', 'elles', 'on', 'un', 'une', 'en', 'au', 'aux', 'à', 'avec', 'aucun', 'aucune', 'entre', 'après', 'avant', 'outre']
      .flatMap((word) => [`qu'${word}`, `qu’${word}`]),
  ],
  subjunctiveForms: [],
  subjunctiveStandIns: [],
  // `l'`/`l’` stay for an engine that splits elisions; today's tokenizer keeps `l’entreprise` whole.
  determiners: [
    'le', 'la', 'les', "l'", 'l’', 'un', 'une', 'des', 'du', 'ce', 'cet', 'cette', 'ces', 'son', 'sa',
    'ses', 'leur', 'leurs', 'notre',
  ],
  reflexives: ['se'],
  possessives: ['son', 'sa', 'ses', 'leur', 'leurs'],
  statementNouns: [
    'déclaration', 'déclarations', 'communiqué', 'communiqués', 'propos', 'message', 'messages', 'tweet', 'post',
    'lettre', 'courrier', 'discours', 'entretien', 'interview', 'allocution', 'réponse', 'mots', 'courriel',
  ],
  // Before a quotation these make it a name or a term (`le slogan « … »`), not a statement. Vowel-initial
  // nouns are also given with their elided article, which the tokenizer keeps attached.
  namingWords: [
    'baptisé', 'baptisée', 'baptisés', 'surnommé', 'surnommée', 'intitulé', 'intitulée', 'appelé', 'appelée',
    'nommé', 'nommée', 'soi-disant', 'slogan', 'devise', 'mot', 'terme', 'formule', 'titre', 'livre', 'film',
    'série', 'chanson', 'programme', 'plan', 'projet', 'campagne', 'mission', 'hashtag', 'mouvement',
    'collectif', 'magazine', 'rubrique', 'pancarte', 'pancartes', 'banderole', 'banderoles', 'panneau',
    'expression', 'opération', 'émission', 'album', 'ouvrage', 'affiche',
    ...['expression', 'opération', 'émission', 'album', 'ouvrage', 'affiche'].flatMap((word) => [`l'${word}`, `l’${word}`]),
  ],
  // Case as written. `Mme`, `Mlle`, `Me` (maître, for lawyers), `Dr`, `Pr` take no full stop in French
  // typography; `Dr.` is added for sites that copy English usage.
  titles: [
    'M.', 'MM.', 'Mme', 'Mmes', 'Mlle', 'Me', 'Dr', 'Dr.', 'Pr', 'Mgr', 'monsieur', 'madame', 'docteur',
    'professeur', 'maître', 'monseigneur',
  ],
};
