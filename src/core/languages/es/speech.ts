// Spanish quotation marks and the words that frame quotations and reported speech: verbs of saying,
// source prepositions, pronouns, and the nouns that describe a speaker without naming one.
import type { QuoteConventions, SpeechLexicon } from '../types';

export const quotes: QuoteConventions = {
  // « » is the RAE's primary pair and the norm in Spain's print press; “ ” dominates online and in Latin
  // America; ‘ ’ is the innermost level; straight quotes last, for plain-text feeds.
  pairs: [
    ['«', '»'],
    ['“', '”'],
    ['‘', '’'],
    ['"', '"'],
  ],
  // Interviews in pregunta-respuesta form and reported dialogue open each turn with an em dash (—).
  dashSpeech: true,
};

export const speech: SpeechLexicon = {
  // Third-person present and preterite, participle (`ha dicho` → `dicho`) and imperfect. Claim verbs are
  // repeated here so that they also frame quotations for speaker attribution.
  verbs: [
    'dice', 'dicen', 'dijo', 'dijeron', 'dicho', 'decía', 'decían',
    'afirma', 'afirman', 'afirmó', 'afirmaron', 'afirmado', 'afirmaba', 'afirmaban',
    'declara', 'declaran', 'declaró', 'declararon', 'declarado', 'declaraba',
    'explica', 'explican', 'explicó', 'explicaron', 'explicado', 'explicaba', 'explicaban',
    'añade', 'añaden', 'añadió', 'añadieron', 'añadido', 'añadía',
    'agrega', 'agregan', 'agregó', 'agregaron', 'agregado', 'agregaba',
    'asegura', 'aseguran', 'aseguró', 'aseguraron', 'asegurado', 'aseguraba', 'aseguraban',
    'señala', 'señalan', 'señaló', 'señalaron', 'señalado', 'señalaba',
    'indica', 'indican', 'indicó', 'indicaron', 'indicado', 'indicaba',
    'manifiesta', 'manifiestan', 'manifestó', 'manifestaron', 'manifestado', 'manifestaba',
    'subraya', 'subrayan', 'subrayó', 'subrayaron', 'subrayado', 'subrayaba',
    'destaca', 'destacan', 'destacó', 'destacaron', 'destacado', 'destacaba',
    'apunta', 'apuntan', 'apuntó', 'apuntaron', 'apuntado', 'apuntaba',
    // Present `precisa` is mostly the adjective (`una cifra precisa`) or "needs"; only past forms are kept.
    'precisó', 'precisaron', 'precisado',
    'advierte', 'advierten', 'advirtió', 'advirtieron', 'advertido', 'advertía',
    'comenta', 'comentan', 'comentó', 'comentaron', 'comentado', 'comentaba',
    'expresa', 'expresan', 'expresó', 'expresaron', 'expresado',
    'reconoce', 'reconocen', 'reconoció', 'reconocieron', 'reconocido', 'reconocía',
    'insiste', 'insisten', 'insistió', 'insistieron', 'insistido', 'insistía',
    'recuerda', 'recuerdan', 'recordó', 'recordaron', 'recordado', 'recordaba',
    'concluye', 'concluyen', 'concluyó', 'concluyeron', 'concluido',
    'responde', 'responden', 'respondió', 'respondieron', 'respondido', 'respondía',
    'contesta', 'contestan', 'contestó', 'contestaron', 'contestado',
    'replica', 'replican', 'replicó', 'replicaron', 'replicado',
    'relata', 'relatan', 'relató', 'relataron', 'relatado', 'relataba',
    // Present `cuenta` is mostly the noun ("account", "bill"); only past forms are kept.
    'contó', 'contaron', 'contaba', 'contaban',
    'aclara', 'aclaran', 'aclaró', 'aclararon', 'aclarado',
    'enfatiza', 'enfatizan', 'enfatizó', 'enfatizaron', 'enfatizado',
    'remarca', 'remarcan', 'remarcó', 'remarcaron', 'remarcado',
    'puntualiza', 'puntualizan', 'puntualizó', 'puntualizaron', 'puntualizado',
    'confirma', 'confirman', 'confirmó', 'confirmaron', 'confirmado',
    'anuncia', 'anuncian', 'anunció', 'anunciaron', 'anunciado',
    'detalla', 'detallan', 'detalló', 'detallaron', 'detallado',
    'valora', 'valoran', 'valoró', 'valoraron', 'valorado',
    'considera', 'consideran', 'consideró', 'consideraron', 'considerado', 'consideraba',
    'opina', 'opinan', 'opinó', 'opinaron',
    'lamenta', 'lamentan', 'lamentó', 'lamentaron', 'lamentado',
    'admite', 'admiten', 'admitió', 'admitieron', 'admitido',
    'escribe', 'escriben', 'escribió', 'escribieron', 'escrito',
    'niega', 'niegan', 'negó', 'negaron', 'negado', 'negaba',
    'desmiente', 'desmienten', 'desmintió', 'desmintieron', 'desmentido',
    'critica', 'critican', 'criticó', 'criticaron', 'criticado',
    // `sentencia` (present) is left out: as a noun (a court ruling) it dominates.
    'sentenció', 'zanjó', 'apostilla', 'apostilló', 'tuiteó',
    // Contested-claim verbs (see `claimVerbs`), repeated so they frame quotations too.
    'sostiene', 'sostienen', 'sostuvo', 'sostuvieron', 'sostenido', 'sostenía',
    'acusa', 'acusan', 'acusó', 'acusaron', 'acusaba',
    // `denuncia` is also the noun (a complaint); kept, as `denuncia el sindicato` is a frequent frame.
    'denuncia', 'denuncian', 'denunció', 'denunciaron', 'denunciado',
    'alega', 'alegan', 'alegó', 'alegaron', 'alegado',
    'insinúa', 'insinúan', 'insinuó', 'insinuaron',
    'jura', 'juran', 'juró', 'juraron',
  ],
  // Verbs that push a contested assertion. `acusado` (participle) is left out: as a noun (`el acusado`,
  // the defendant) it is far more frequent.
  claimVerbs: [
    'asegura', 'aseguran', 'aseguró', 'aseguraron', 'asegurado', 'aseguraba',
    'afirma', 'afirman', 'afirmó', 'afirmaron', 'afirmado', 'afirmaba',
    'sostiene', 'sostienen', 'sostuvo', 'sostuvieron', 'sostenido', 'sostenía',
    'acusa', 'acusan', 'acusó', 'acusaron', 'acusaba',
    'denuncia', 'denuncian', 'denunció', 'denunciaron', 'denunciado',
    'alega', 'alegan', 'alegó', 'alegaron', 'alegado',
    'insinúa', 'insinúan', 'insinuó', 'insinuaron',
    'jura', 'juran', 'juró', 'juraron',
  ],
  sourceBefore: ['según', 'de acuerdo con', 'conforme a', 'a juicio de', 'en palabras de', 'a decir de', 'en opinión de'],
  sourceAfter: [],
  // Spanish has no verbless particle after a quotation (`«…», según el ministro` uses a preposition).
  speakerParticles: [],
  pronouns: [
    // Spanish drops subject pronouns; when written they almost always mean a person. `ellos`/`ellas`
    // may stand for a company's people or for several bodies.
    { word: 'él', refersTo: 'person', gender: 'male' },
    { word: 'ella', refersTo: 'person', gender: 'female' },
    { word: 'ellos', refersTo: 'any' },
    { word: 'ellas', refersTo: 'any' },
  ],
  roleNouns: [
    'portavoz', 'portavoces', 'ministro', 'ministra', 'ministros', 'ministras', 'presidente', 'presidenta',
    'presidentes', 'vicepresidente', 'vicepresidenta', 'director', 'directora', 'directores', 'directoras',
    'consejero delegado', 'consejera delegada', 'jefe', 'jefa', 'jefes', 'líder', 'líderes', 'dirigente',
    'dirigentes', 'responsable', 'responsables', 'secretario', 'secretaria', 'diputado', 'diputada',
    'diputados', 'senador', 'senadora', 'senadores', 'alcalde', 'alcaldesa', 'concejal', 'concejala',
    'gobernador', 'gobernadora', 'fiscal', 'fiscales', 'abogado', 'abogada', 'abogados', 'juez', 'jueza',
    'magistrado', 'magistrada', 'embajador', 'embajadora', 'diplomático', 'diplomática', 'experto',
    'experta', 'expertos', 'investigador', 'investigadora', 'investigadores', 'economista', 'economistas',
    'analista', 'analistas', 'sindicalista', 'fundador', 'fundadora', 'cofundador', 'testigo', 'testigos',
    'víctima', 'médico', 'médica', 'agente', 'agentes', 'comisario', 'comisaria', 'delegado', 'delegada',
    'entrenador', 'seleccionador', 'general', 'consejero', 'consejera',
  ],
  organisationNouns: [
    'empresa', 'empresas', 'compañía', 'compañías', 'gobierno', 'ejecutivo', 'ministerio', 'firma', 'grupo',
    'sociedad', 'corporación', 'multinacional', 'entidad', 'banco', 'aseguradora', 'partido', 'sindicato',
    'patronal', 'asociación', 'organización', 'ong', 'fundación', 'agencia', 'institución', 'autoridad',
    'ayuntamiento', 'fiscalía', 'tribunal', 'juzgado', 'comisión', 'consejo', 'club', 'fabricante',
    'operadora', 'plataforma', 'red social', 'cadena', 'aerolínea', 'policía', 'ejército', 'universidad',
    'hospital', 'colectivo', 'gigante', 'filial', 'diario', 'periódico',
    // Nominalised adjectives the press uses for companies: `la tecnológica`, `la eléctrica`.
    'tecnológica', 'eléctrica', 'energética', 'constructora', 'petrolera', 'farmacéutica', 'automovilística',
    'textil', 'teleco',
  ],
  auxiliaries: ['ha', 'han', 'había', 'habían', 'habría', 'habrían'],
  conjunctions: ['y', 'e', 'o', 'pero'],
  complementizers: ['que'],
  negations: ['no', 'nunca', 'jamás', 'ni'], // `no confirmó que …`: the speaker does not say it
  // Openers of subordinate clauses and indirect questions (`Cuando llegó el tren, dijo …`), not the ones
  // that are prepositions or adverbs too (`tras`, `antes`, `como`).
  relativePronouns: ['que', 'quien', 'quienes', 'cual', 'cuales'],
  subordinators: ['cuando', 'porque', 'si', 'aunque', 'mientras', 'donde', 'que', 'qué', 'cómo', 'dónde', 'cuándo', 'quién'],
  subjunctiveForms: [],
  subjunctiveStandIns: [],
  determiners: [
    'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'este', 'esta', 'estos', 'estas', 'ese', 'esa',
    'su', 'sus', 'dicho', 'dicha', 'nuestro', 'nuestra',
  ],
  reflexives: ['se'],
  possessives: ['su', 'sus'],
  statementNouns: [
    'comunicado', 'declaración', 'declaraciones', 'palabras', 'mensaje', 'tuit', 'publicación', 'carta',
    'discurso', 'entrevista', 'nota', 'respuesta', 'intervención', 'escrito',
  ],
  // Before a quotation these make it a name or a term (`el lema «…»`), not a statement.
  namingWords: [
    'llamado', 'llamada', 'denominado', 'denominada', 'autodenominado', 'autodenominada', 'bautizado',
    'bautizada', 'apodado', 'apodada', 'titulado', 'titulada', 'lema', 'eslogan', 'término', 'palabra',
    'expresión', 'libro', 'película', 'serie', 'programa', 'canción', 'disco', 'álbum', 'operación', 'plan',
    'proyecto', 'campaña', 'etiqueta', 'hashtag', 'misión', 'movimiento', 'pancarta', 'pancartas', 'revista',
    'sección', 'titular', 'cartel', 'consigna', 'consignas',
  ],
  titles: [
    'Sr.', 'Sra.', 'Srta.', 'D.', 'Dña.', 'Dr.', 'Dra.', 'Lic.', 'Ing.', 'Prof.', 'don', 'doña', 'señor',
    'señora', 'doctor', 'doctora',
  ],
};
