// What every language folder provides. Adding a language means adding a folder that exports one
// `LanguagePack` and registering it in ./index.ts. The analysis engine (src/core/analysis, src/core/facts)
// reads these lexicons and holds no language's words itself.
//
// Conventions for every lexicon below:
// - Words are lower-case unless a field says otherwise; matching lower-cases the text first.
// - A `Cue` is a regular expression (flags `iu` are added by the engine; write it without flags) plus the
//   label a reader sees in the reasons of a claim ("hedge: Berichten zufolge"). Patterns match within
//   one sentence; use `\b`-free word boundaries written as `(?<![\p{L}\p{N}])` / `(?![\p{L}\p{N}])`
//   through the helper `words()` in ../lexicon.ts rather than `\b`, which knows no umlauts.

/** A phrase that signals something (a hedge, a missing-evidence statement, a source), with why it counts. */
export interface Cue {
  /**
   * The pattern, without flags; the engine compiles it with `u` for lower-cased text (`iu` where lower
   * case changes the text's length). Made by `cue()` in ../lexicon.ts, which writes `\p{L}` as the
   * lexicon's explicit letter classes: the engine compiles the pattern as it stands.
   */
  pattern: string;
  /** Optional note for maintainers: why this phrase counts, or which false hits it avoids. */
  note?: string;
}

/** Quotation conventions of the language's press. */
export interface QuoteConventions {
  /** Opening → closing marks in the order the press of this language uses them (primary first). */
  pairs: ReadonlyArray<readonly [open: string, close: string]>;
  /** Whether a paragraph-initial dash (– or —) introduces direct speech, as in German and Russian-style press. */
  dashSpeech: boolean;
}

/** Words that frame a quotation or reported speech and tell who speaks. */
export interface SpeechLexicon {
  /**
   * Every inflected form of the verbs of saying (present, past, participle, subjunctive), lower-case:
   * `sagte`, `sagt`, `gesagt`, `sage`; `said`, `says`, `told`; `a déclaré` is given as `déclaré`.
   * Separable German verbs are listed by their finite form (`fügte` for `fügte … hinzu`).
   */
  verbs: readonly string[];
  /**
   * Verbs that assert a contested claim rather than neutrally report (`behauptete`, `claimed`,
   * `accused`, `warf … vor`): a claim framed by one of them is flagged even without Konjunktiv.
   */
  claimVerbs: readonly string[];
  /** Prepositions naming a source before it: `laut`, `according to`, `selon`, `según`, `secondo`, `volgens`. */
  sourceBefore: readonly string[];
  /** Postpositions naming a source after it: German `zufolge` (`dem Minister zufolge`). */
  sourceAfter: readonly string[];
  /**
   * Articles and demonstratives that, before a bare source noun, refer back to the report named before
   * (`Den Angaben zufolge …`, `Nach diesen Angaben …`): its speaker speaks. Lower-case.
   */
  sourceBackReferences?: readonly string[];
  /**
   * Of the source prepositions, those that also mean `in accordance with` (German `gemäß`: `gemäß dem
   * Vertrag`, `gemäß dem Islam`): a source only before someone who can speak, a name, a role, an
   * organisation, a pronoun or a statement (`gemäß einem Augenzeugen`, `gemäß seiner Aussage`).
   */
  agentOnlySources?: readonly string[];
  /**
   * Nouns of a report or statement that, after one of the source prepositions, stand for the source
   * without a speaker phrase: with adjectives between (`nach eigenen Angaben`, `nach ersten
   * Informationen`) or as the head of a compound that names the source (`nach Polizeiangaben`, `laut
   * Medienberichten`). Lower-case. `nach Angaben der Polizei` is read by sourceBefore's phrases.
   */
  sourceNouns?: readonly string[];
  /** Words that attach the source's name to a source noun (`nach ersten Angaben der Polizei`): lower-case. */
  sourceNounLinks?: readonly string[];
  /**
   * Words before a source preposition that make it a time (`erst nach umfangreichen Ermittlungen`, `kurz
   * nach ersten Untersuchungen`): then its noun names no source. Lower-case.
   */
  temporalBeforeSource?: readonly string[];
  /**
   * Source nouns that are a document (besides `sourceNouns`): without a name after them the document is
   * the source (`nach einer norwegischen Studie`).
   */
  sourceDocuments?: readonly string[];
  /**
   * A view named by whose it is, then a postposition (`seiner Meinung nach`, `Merkels Ansicht nach`): the
   * postposition and the nouns of view it follows, lower-case.
   */
  viewPostposition?: { word: string; nouns: readonly string[] };
  /**
   * A short word that, right after a quotation and a comma, introduces its speaker without a verb:
   * German `so` (`„…“, so Müller.`). Empty where the language has none.
   */
  speakerParticles: readonly string[];
  /**
   * Personal pronouns that can be a speaker, and whether they refer to a person or to an organisation too;
   * where the language's articles show gender, the articles of a description the pronoun can stand for
   * (`er` → `der Student`, not `das Wasser`). Without them any article will do. `gender`: the person it
   * stands for has no given name of the other gender (`she` is not `Peter Roth`); a plural that shares
   * the form (`sie`, `zij`) never stands for one person of the other gender either.
   */
  pronouns: ReadonlyArray<{ word: string; refersTo: 'person' | 'any'; articles?: readonly string[]; gender?: 'male' | 'female' }>;
  /**
   * Nouns that describe a speaker without naming one (`Sprecher`, `Minister`, `company`, `spokesman`):
   * `der Minister` resolves to the nearest earlier name; lower-case, singular and plural.
   */
  roleNouns: readonly string[];
  /** Nouns for organisations as speakers (`Unternehmen`, `Konzern`, `company`, `firm`): resolve to an organisation. */
  organisationNouns: readonly string[];
  /** Complementizers that open reported speech after a verb of saying: `dass`, `that`, `que`, `che`, `dat`. */
  complementizers: readonly string[];
  /**
   * Words that make a complementizer right after them another conjunction (`so dass`, `ohne dass`, `so
   * that`): a consequence or a manner, not what was said. Lower-case.
   */
  complementizerBlockers?: readonly string[];
  /**
   * German only: finite verb forms of Konjunktiv I (and the Konjunktiv II stand-ins the press uses), which
   * mark reported speech on their own (`Twitter habe …`, `es sei …`). Empty for other languages.
   */
  subjunctiveForms: readonly string[];
  /**
   * German only: Konjunktiv II forms (`hätte`, `wäre`, `würde`) that the press uses for reported speech
   * where Konjunktiv I looks like the indicative. They also express plain conditionals, so they count as
   * reported speech only next to a frame (a verb of saying in the same or the previous sentence).
   */
  subjunctiveStandIns: readonly string[];
  /** Articles and determiners that may open a speaker description (`der`, `die`, `the`, `le`, `el`). */
  determiners: readonly string[];
  /**
   * Auxiliaries of compound tenses that stand between a subject and the participle of a verb of saying
   * (`has`, `hat`, `a`, `ha`, `heeft`): `„…“, a déclaré le directeur`.
   */
  auxiliaries?: readonly string[];
  /**
   * The passive of a request (`wurde aufgefordert`): its auxiliaries, and the shape of the participle
   * after them. Its subject is the one asked or told, not the speaker. `agents`: the prepositions that
   * name who acts in the passive (`vom Wetterdienst als „sehr hoch“ eingestuft`), lower-case.
   */
  passive?: { auxiliaries: readonly string[]; participle: RegExp; agents?: readonly string[] };
  /**
   * The shape of a verb's form that adds an action to the main clause's (`…, calling the plan “a
   * disaster”`, `diciendo`, `dicendo`): its subject is the main clause's, never the phrase after it,
   * which is its object.
   */
  gerund?: RegExp;
  /**
   * A clause reported without `that` right after a verb of saying (`said the plan would fail`) is an
   * object when one of `objectArticles` opens it and it has no finite verb (`wrote a long message`,
   * `claimed an overwhelming victory`): none of `finite` and no word of the shape `past` before its
   * first comma. A time said before it is no part of it (`said Monday the plan …`, `said on Tuesday the
   * plan …`): `timeLeads` lead a weekday, a month or a time noun of closingFrame (`on`, `last`), and
   * `timeAdverbs` are a time by themselves (`yesterday`). Lower-case.
   */
  bareClause?: { objectArticles: readonly string[]; finite: readonly string[]; past: RegExp; timeLeads?: readonly string[]; timeAdverbs?: readonly string[] };
  /**
   * German only: the shape of a Konjunktiv I form the lexicon does not list (`handhabe`, `umfasse`), read
   * as one only in the verb's place right after reported speech (see freeIndirect).
   */
  subjunctiveShape?: RegExp;
  /**
   * Third-person subject pronouns (German `er`, `sie`, `es`, `man`): a lower-case word right after one is
   * its finite verb, never an adjective before a noun (`man erwäge rechtliche Schritte`). Lower-case.
   */
  subjectPronouns?: readonly string[];
  /**
   * Adverbs that may stand between a verb of saying and the comma that ends its frame, with or without
   * the verb's particle after them (`meinte nun, …`, `teilte auch mit, …`, `sagte gestern, …`). Lower-case.
   */
  frameAdverbs?: readonly string[];
  /**
   * Relative pronouns that open a clause after a comma (`, which some have argued, …`, `, den viele
   * kritisierten, …`): a verb of saying inside such a clause, closed by its comma before a quotation, is
   * not the quotation's frame. Lower-case.
   */
  relativePronouns?: readonly string[];
  /** Coordinating conjunctions: a verb right after one shares the subject of the clause before it. */
  conjunctions?: readonly string[];
  /**
   * Whether the finite verb stands second in a main clause (German, Dutch): then a subject follows the
   * verb whenever something else leads the sentence (`Im November sagte Musk`).
   */
  verbSecond?: boolean;
  /**
   * Verbs that frame speech only together with their separable particle later in the clause:
   * `gab … bekannt`, `führte … aus`, `stellte … fest` (alone, `gab` and `führte` mean anything).
   */
  particleVerbs?: Readonly<Record<string, readonly string[]>>;
  /**
   * Nouns that take a reported clause (`die These, dass …`, `Zweifel daran, ob …`, `the claim that …`):
   * lower-case.
   */
  contentNouns?: readonly string[];
  /**
   * Words that open a sentence-initial frame whose main clause is the report (`Wie die NATO mitteilte,
   * sind …`, `As the minister said, …`): lower-case.
   */
  frameOpeners?: readonly string[];
  /** Adverbs that mark a sentence as reported (`demnach`, `wonach`): the speaker is the one before. */
  reportingAdverbs?: readonly string[];
  /**
   * Demonstratives that open a short sentence of a verb of saying and its speaker and refer back to
   * what the sentence before says (`Das teilte die Polizei mit.`, `Dies berichtete die dpa.`, `Dat meldt
   * de politie.`): lower-case. Only for verb-second languages, where the verb follows right after.
   */
  backReferences?: readonly string[];
  /** Whether the language writes every noun with a capital (German): a lower-case word is then no noun. */
  nounsCapitalised?: boolean;
  /**
   * Verbs of deciding, calling on, commissioning and judging that are no verbs of saying (they frame
   * no quotation) but whose content follows as a zu-infinitive or a dass-clause (`hat beschlossen, eine
   * Delegation zu entsenden`, `hält es für möglich, dass …`): lower-case forms.
   */
  decisionVerbs?: readonly string[];
  /** The infinitive marker of a reported request or intention (`forderte, … zu boykottieren`): German `zu`. */
  infinitiveMarker?: string;
  /**
   * Words that negate a verb of saying in its clause (`wollte nicht bestätigen, dass …`, `would not confirm
   * that …`, `never said that …`): the speaker does not say what the clause holds, so it is no report.
   * Lower-case; one before a focus particle negates nothing (`nicht nur`, `not only`).
   */
  negations?: readonly string[];
  /**
   * An infinitive with the marker inside it, lower-case: German separable verbs put `zu` between their
   * particle and the verb (`forderte auf, das Gesetz zurückzunehmen`, `… herbeizuführen`).
   */
  infinitiveWithMarker?: RegExp;
  /**
   * Words that open an adverbial infinitive clause (`um … zu`, `ohne … zu`): a purpose or a manner, not
   * what someone said or asked for. Lower-case.
   */
  adverbialInfinitiveOpeners?: readonly string[];
  /**
   * Conjunctions and question words that open a subordinate clause (`als`, `weil`, `warum`; `when`,
   * `because`), lower-case: such a clause before `…, sagte er.` is a time or a reason, not what was said.
   */
  subordinators?: readonly string[];
  /**
   * Function words (prepositions, conjunctions, sentence adverbs) beyond the stop-word profile, which is
   * chosen for language identification and leaves out words shared with other languages: capitalised at
   * a sentence's start (`Als Begründung sagte …`, `So warnten …`), they still name no one. Lower-case.
   */
  functionWords?: readonly string[];
  /**
   * Words before an inflected verb form that make it an adjective (`nicht näher bezeichnete Probleme`,
   * `die oft zitierte Studie`), besides the determiners. Lower-case.
   */
  attributiveMarkers?: readonly string[];
  /**
   * Impersonal frames (`hieß es`, `heißt es`): the verbs and their dummy subject. The source they cite is
   * the phrase that leads the clause (`Aus Paris hieß es`) or a name after it.
   */
  impersonal?: { verbs: readonly string[]; subject: string };
  /**
   * Prepositions whose object never is the subject of the verb that follows (`familiar with the matter
   * said`): a speaker phrase right after one is not taken. Lower-case.
   */
  objectPrepositions?: readonly string[];
  /** Verbs whose object, not subject, is the one quoted (`zitiert einen Augenzeugen`, `quoted him as saying`). */
  objectSpeakerVerbs?: readonly string[];
  /** Focus particles that may precede a subject in the first place of a verb-second clause (`Auch`, `Selbst`). */
  focusParticles?: readonly string[];
  /** Reflexive pronouns that may stand between a verb and its subject (`fragen sich Experten`). */
  reflexives?: readonly string[];
  /** Possessive determiners that point back to a speaker (`seine`, `ihre`, `his`, `their`): `so ihre Erklärung`. */
  possessives?: readonly string[];
  /** Nouns for a statement rather than a speaker (`Erklärung`, `Mitteilung`, `statement`): the speaker is their owner. */
  statementNouns?: readonly string[];
  /**
   * Words that, right before a quotation, make it a name, title or term rather than someone's statement
   * (`sogenannten`, `so-called`, `Titel`, `dubbed`, `Raumschiff`).
   */
  namingWords?: readonly string[];
  /**
   * The naming words that make a quotation a term even a few words ahead and in lower case (`die
   * sogenannten ‚blauen Häkchen‘`, `the so-called “…”`). The others (`Raumschiff`, `Gesetz`) name only
   * what follows them directly and starts with a capital: `das Raumschiff „Shenzhou 6“`, but not `sieht
   * in dem Gesetz „kein Hindernis …“`. Without this list every naming word counts as a term word.
   */
  termWords?: readonly string[];
  /** Words of the first person (`ich`, `wir`, `unser`, `I`, `we`): a quotation that holds one is someone's words. */
  firstPerson?: readonly string[];
  /** Articles that never open a subject (German `dem`, `den`, `einem`, `einen`): a phrase they lead is an object. */
  objectArticles?: readonly string[];
  /** A preposition fused with its article (`im`, `zum`, `au`, `del`): it opens a noun phrase like an article does. */
  contractedArticles?: readonly string[];
  /** Verbs of saying that mean something else before these words: `befand sich` (was located), not `befand` (judged). */
  notSpeechBefore?: Readonly<Record<string, readonly string[]>>;
  /**
   * Words right before a verb of saying that make it its noun (`the report`, `his claim`, `in his home
   * state`, `a 40 percentage point margin`), for languages whose verbs and nouns share a form. Lower-case.
   */
  nounsAfter?: readonly string[];
  /** Verbs of saying that mean something else after these words: `das heißt` (that is). */
  notSpeechAfter?: Readonly<Record<string, readonly string[]>>;
  /**
   * A frame after its clause ends the sentence (`…, Clinton said.`, `…, she told the AP on Monday.`). Where
   * its speaker stands before the verb and one of these `articles` opens an object after it (`In her book,
   * Clinton noted the clot’s existence.`), the verb has its own object and the head is only its scene:
   * unless the verb takes its hearer there (see `hearer`: `told the newspaper`) or the phrase is a
   * time (`timeNouns`: `said the next day`). The speaker stands right before its verb, save auxiliaries, an
   * apposition between commas and the words of `adverb` (`she later told`, `Smith quickly added`): so
   * `Patriot failed as predicted` frames nothing.
   */
  closingFrame?: { articles: readonly string[]; timeNouns: readonly string[]; adverb: RegExp };
  /**
   * Verbs of saying whose object right after them is the hearer (`told the newspaper`, `asked reporters`).
   * Without a complementizer the report after the hearer starts at a subject pronoun or one of the
   * `clauseOpeners` (`told Breitbart News he’d support …`, `urged the candidates to …`, `asked Trump if …`);
   * a hearer with no more than a place or a time after it reports nothing (`… told The Huffington Post on Thursday`).
   * A request keeps its hearer: the words of `requests` (`urged the candidates to …`, `told Megyn not to worry`).
   */
  hearer?: { verbs: readonly string[]; clauseOpeners: readonly string[]; requests: readonly string[] };
  /**
   * Words right before a quotation that make it a judgement someone passed, whoever reports it
   * (`wertete sie als „treupflichtwidrige Verschwendung“`, `sprach von „tiefer Besorgnis“`). Those marked
   * `lower` count only before a quotation in lower case (`von „Spiegel Online“` is a name); none counts
   * right after the verbs in its `notAfter` (`gilt als „…“` reports a reputation, not anyone's words).
   */
  characterisationMarkers?: ReadonlyArray<{ word: string; lower?: boolean; notAfter?: readonly string[] }>;
  /** Honorifics and titles that precede a name (`Dr.`, `Prof.`, `Herr`, `Mr.`, `Mme`). Case as written. */
  titles: readonly string[];
}

/** Cues that decide a claim's support status. */
export interface ClaimLexicon {
  /** Hedges: the claim's truth is left open (`Berichten zufolge`, `angeblich`, `reportedly`, `allegedly`). */
  hedges: readonly Cue[];
  /** Anonymous or vague sources (`sources said`, `officials say`, `aus Regierungskreisen`, `some experts`). */
  anonymousSources: readonly Cue[];
  /**
   * Nouns that, as the whole speaker of a claim, name no one (`sources`, `aides`, `analysts`, `Insider`,
   * `Beobachter`): a claim they make is anonymously sourced. Lower-case.
   */
  vagueSpeakers?: readonly string[];
  /** The article says evidence is missing (`gab keine Beweise an`, `without providing evidence`). */
  evidenceAbsence: readonly Cue[];
  /** The sentence backs its claim with a named document, study, data set or record. */
  evidence: readonly Cue[];
  /**
   * Cues that make a sentence check-worthy on its own (comparisons, causes, predictions, accusations,
   * characterisations) beyond figures, which the engine detects itself.
   */
  checkWorthy: readonly Cue[];
}

/** How the language writes numbers, money, percentages and dates. */
export interface FactsLexicon {
  /** Decimal separator of the press: `,` in German, French, Spanish, Italian, Dutch; `.` in English. */
  decimalSeparator: ',' | '.';
  /** Scale words → multiplier, lower-case (`milliarden` → 1e9, `mio.` → 1e6, `billion` → 1e9, `bn` → 1e9). */
  scales: Readonly<Record<string, number>>;
  /** Currency names, symbols and codes → ISO 4217, lower-case (`us-dollar` → USD, `pfund` → GBP, `€` → EUR). */
  currencies: Readonly<Record<string, string>>;
  /** Words for percent (`prozent`, `percent`, `pour cent`, `por ciento`, `per cento`, `procent`). */
  percentWords: readonly string[];
  /** Number words → value (`zwei` → 2, `dozen` → 12, `hundreds` handled as scales). */
  numberWords: Readonly<Record<string, number>>;
  /** Month names and their abbreviations → month 1..12. */
  months: Readonly<Record<string, number>>;
  /** Weekday names → 0 (Sunday) .. 6. */
  weekdays: Readonly<Record<string, number>>;
  /** Units of other figures (`km`, `kilometer`, `tonnen`, `einwohner`, `people`), lower-case → canonical unit. */
  units: Readonly<Record<string, string>>;
}

/** Capitalised words and names the entity finder must know about. */
export interface EntityLexicon {
  /**
   * Words that stand capitalised in running text but are not names (German nouns, sentence-initial
   * function words, weekdays, months). German capitalises every noun, so its list carries the nouns
   * most common in news; the engine adds a test on lower-case use elsewhere in the article.
   */
  capitalisedNonNames: readonly string[];
  /** Words that, following a name, make it an organisation (`AG`, `GmbH`, `Inc`, `Partei`, `Ministerium`). */
  organisationSuffixes: readonly string[];
  /** Words that, preceding a capitalised word, make it a place (`in`, `aus`, `nach`, `bei`). */
  placePrepositions: readonly string[];
  /**
   * Capitalised non-names (nationalities, parties) that open an organisation's name when one of its
   * suffixes ends it (`Democratic National Committee`, `Deutsches Institut für Wirtschaftsforschung`).
   */
  organisationAdjectives?: readonly string[];
}

/**
 * Names the entity finder knows in every language (./names): one shared list that each pack carries.
 * Plain strings, so that a pack stays JSON-safe; the entity finder builds its look-up tables from them.
 */
export interface NameLists {
  /** Companies, platforms, parties, public bodies, international organisations; entries separated by `|`. */
  organizations: string;
  /** News agencies and outlets, cited as sources; entries separated by `|`. */
  sources: string;
  /** Countries, regions and major cities; entries separated by `|`. */
  places: string;
  /** Frequent given names, separated by single spaces. */
  givenNames: string;
  /** Of the given names, the women's; separated by single spaces. The others are men's, but for `unisexNames`. */
  femaleNames?: string;
  /** Of the given names, those of women and men alike, separated by single spaces. */
  unisexNames?: string;
}

export interface LanguagePack {
  /** BCP 47 primary language subtag. */
  code: string;
  /** English name, for messages. */
  name: string;
  /**
   * The language's most frequent function words, lower-case. Used for language identification by
   * stop-word profile: chosen so that few of them are shared with the other registered languages.
   */
  stopwords: readonly string[];
  /**
   * Abbreviations that end in a full stop and do not end a sentence (`z. B.`, `Dr.`, `Mr.`, `St.`),
   * written as in text, case as written; multi-part ones with their inner space (`u. a.`).
   */
  abbreviations: readonly string[];
  /**
   * Whether ordinals are written with a full stop (German `25. April`, `3. Liga`): a number, a full stop
   * and a capitalised word then do not end a sentence.
   */
  ordinalDot?: boolean;
  /**
   * Where ordinals take a full stop: the articles and fused prepositions that make the number after them
   * an ordinal whatever its size (`in der 296. Folge`, `zum 150. Geburtstag`); lower-case.
   */
  ordinalArticles?: readonly string[];
  quotes: QuoteConventions;
  speech: SpeechLexicon;
  claims: ClaimLexicon;
  facts: FactsLexicon;
  entities: EntityLexicon;
  /** The cross-language gazetteer and given names (the same ./names in every pack). */
  names: NameLists;
}
