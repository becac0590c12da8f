// Italian cues that decide a claim's support status: hedges (`presunto`, the condizionale di dissociazione
// `avrebbe` + participle), anonymous sourcing (`fonti vicine a`), statements that evidence is missing,
// named evidence (`dati Istat`), and check-worthy phrasing. Patterns go through `cue()`, which adds
// Unicode-aware word boundaries (so `prove` never matches inside `approvare` or `riprove`).
import { cue } from '../../lexicon';
import type { ClaimLexicon, Cue } from '../types';

/** A past participle: regular `-ato/-uto/-ito` (all genders and numbers) or a frequent irregular one. */
const PARTICIPLE =
  '(?:\\p{L}{2,}(?:ato|ata|ati|ate|uto|uta|uti|ute|ito|ita|iti|ite)|detto|detta|fatto|fatta|fatti|preso|presa|' +
  'presi|messo|messa|scritto|visto|chiesto|risposto|deciso|ucciso|uccisa|uccisi|aperto|offerto|perso|speso|' +
  'promesso|letto|morto|morta|morti|nato|nata|corso|rimasto|rimasta|scelto|spinto|sceso|stretto|giunto|' +
  'accolto|tolto|colpito|sottratto|nascosto|commesso|ammesso|concesso|permesso|trasmesso|espresso)';

/**
 * A verb of saying plus `che`/`di` and up to three words: the conditional that follows is a future in the
 * past (`ha detto che avrebbe presentato il piano`), not a hedge. A relative `che` (`l'uomo che avrebbe
 * aggredito`) stays a hedge.
 */
const AFTER_SAYING_CHE =
  '(?<!(?:detto|dichiarato|annunciato|spiegato|assicurato|promesso|garantito|sapere|aggiunto|affermato|' +
  'ribadito|precisato|confermato|dice|dicono|disse|annuncia|spiega|assicura|promette|garantisce)' +
  '\\s+(?:che|di)\\s+(?:\\p{L}+\\s+){0,3})';

const ADVERB = '(?:(?:già|anche|inoltre|persino|pure|poi|ripetutamente|segretamente) )?';

const hedges: readonly Cue[] = [
  cue(
    `${AFTER_SAYING_CHE}(?:avrebbe|avrebbero) ${ADVERB}(?!(?:potuto|dovuto)(?![\\p{L}]))${PARTICIPLE}`,
    'condizionale di dissociazione: "avrebbe incassato" = reportedly took; "avrebbe potuto/dovuto" are counterfactuals',
  ),
  cue(
    `${AFTER_SAYING_CHE}(?:sarebbe|sarebbero) ${ADVERB}${PARTICIPLE}`,
    'with essere ("sarebbe stato ucciso", "sarebbero fuggiti"); a counterfactual "sarebbe stato meglio" also matches',
  ),
  // Not the adjective presunto before a noun: "il presunto killer è stato fermato" reports the arrest as
  // fact and leaves only the guilt open (so in every language here).
  cue('presumibilmente|presuntamente'),
  cue('sembrerebbe(?:ro)?|parrebbe(?:ro)?', 'conditional "it would seem"'),
  cue('a quanto pare|pare che|sembra che|apparentemente|verosimilmente'),
  cue(
    '(?:secondo|stando a|da) (?:alcune |le prime |prime |ulteriori |)(?:indiscrezioni|voci|rumors)|indiscrezioni (?:di stampa|giornalistiche)',
    'leaks and rumours',
  ),
  cue('si (?:vocifera|mormora|ipotizza|sospetta|dice) che|circolano voci'),
  cue('non (?:ancora )?(?:confermat[oaie]|verificat[oaie])', 'unconfirmed report'),
];

const anonymousSources: readonly Cue[] = [
  cue(
    "fonti (?:vicine|anonime|qualificate|informate|bene informate|governative|diplomatiche|investigative|giudiziarie|ufficiali|interne|autorevoli|di (?:governo|maggioranza|opposizione|partito)|del \\p{L}+|della \\p{L}+|dell['’]\\p{L}+|dei \\p{L}+)",
    '"fonti del Viminale"; plain "fonti di energia" or "fonti rinnovabili" are not matched',
  ),
  cue('secondo (?:alcune |diverse |più |varie |le stesse |)fonti'),
  cue("una fonte (?:vicina|anonima|qualificata|interna|del|della|dell['’]\\p{L}+|di)"),
  cue(
    "(?:chiesto|richiesto|chiedendo|preteso|garanzia (?:del|dell['’])|in cambio (?:del|dell['’])|sotto|coperto dall['’]|coperta dall['’]|protetto dall['’]|protetta dall['’])(?:\\s+l['’]|\\s*)anonimato",
  ),
  cue('a quanto (?:si apprende|risulta|trapela|filtra)|si apprende da', 'the journalist\'s unnamed sources'),
  cue(
    "(?:persone|ambienti|fonti) (?:vicine|vicini) (?:al|alla|ai|alle|allo|all['’]\\p{L}+|a)|(?:negli|dagli) ambienti|(?:nell['’]|dall['’])entourage",
  ),
  cue(
    '(?:alcuni|diversi|molti|numerosi|vari) (?:esperti|analisti|osservatori|economisti|scienziati)|(?:gli )?addetti ai lavori',
    'vague authority',
  ),
];

const evidenceAbsence: readonly Cue[] = [
  cue(
    'senza (?:fornire|portare|presentare|produrre|mostrare|addurre|esibire|dare|citare|indicare) (?:(?:alcuna|nessuna|la minima|uno straccio di|alcun) )?(?:prova|prove|evidenze?|elementi|dati|riscontri)',
  ),
  cue('senza (?:alcuna )?(?:prova|prove|riscontri)'),
  cue(
    'non (?:ha|hanno|aveva|avevano) (?:mai )?(?:fornito|portato|presentato|prodotto|mostrato|addotto|esibito|dato) (?:(?:alcuna|nessuna|la minima|le|alcun) )?(?:prova|prove|evidenze?|elementi|riscontri|dati)',
  ),
  cue("nessuna (?:prova|evidenza)|nessun riscontro|(?:non ci sono|non esistono|non c['’]è) (?:prove|alcuna prova|riscontri)"),
  cue('(?:privo|priva|privi|prive) di (?:prove|riscontri)|non (?:provat[oaie]|dimostrat[oaie]|suffragat[oaie])'),
];

const evidence: readonly Cue[] = [
  cue(
    "secondo (?:uno |un |una |il |lo |la |i |gli |le |questo |questa |l['’]|un['’])(?:(?:nuovo|nuova|recente|ultimo|ultima|ultimi|ultime) )?(?:studio|rapporto|indagine|ricerca|sondaggio|analisi|dati|report|relazione|censimento|bilancio|statistiche|rilevazione|dossier|stime)",
  ),
  cue(
    "(?:dati|cifre|numeri|statistiche|rapporto|report|indagine|rilevazione|stime|bollettino|studio)(?: (?:ufficiali|diffusi|pubblicati|diffuse|pubblicate))? (?:(?:della|del|di|da) |dell['’])?(?:istat|inps|inail|eurostat|ocse|oms|fmi|bankitalia|banca d['’]italia|istituto superiore di sanità|iss|censis|svimez|corte dei conti|upb|agenas|ispra)",
    '"dati Istat", "rapporto della Corte dei conti"',
  ),
  cue(
    '(?:uno|un|il|lo|la|una) (?:studio|rapporto|documento|dossier|report|relazione|sondaggio|indagine) (?:pubblicat[oa]|diffus[oa]|realizzat[oa]|condott[oa]|presentat[oa]|visionat[oa]|consultat[oa])',
  ),
  cue('pubblicat[oaie] (?:sulla|sul|nella) (?:rivista|gazzetta ufficiale)|gazzetta ufficiale'),
  cue("document[oi] (?:visionat|ottenut|consultat)[oaie] da|(?:gli|negli|dagli|degli) atti (?:dell['’]inchiesta|del processo|giudiziari|processuali|della procura)"),
  cue('sondaggio (?:swg|ipsos|demos|tecnè|emg|ixè|euromedia|quorum|youtrend|noto|piepoli)'),
];

const checkWorthy: readonly Cue[] = [
  cue('(?:più|meno) \\p{L}+ (?:di|che|rispetto)', 'comparison ("più alto di")'),
  cue("rispetto (?:a|al|allo|alla|ai|agli|alle|all['’]\\p{L}+)", 'comparison'),
  cue(
    "(?:a causa|per colpa|a seguito|in seguito|per via) (?:di|del|della|dei|degli|delle|dello|dell['’]\\p{L}+)|grazie (?:a|al|alla|ai|agli|alle|all['’]\\p{L}+)|(?:causat|provocat)[oaie] da|dovut[oaie] (?:a|al|alla|ai|agli|alle|all['’]\\p{L}+)",
    'cause',
  ),
  cue(
    '(?:potrebbe|potrebbero|dovrebbe|dovrebbero) (?:aumentare|crescere|diminuire|calare|scendere|salire|raddoppiare|superare|costare|raggiungere)',
    'prediction',
  ),
  cue('(?:aumente|cresce|diminui|cale|scende|sali|raddoppie|supere|coste)r(?:à|anno)', 'prediction in the future'),
  cue('accus(?:a|ano|ato|ata|ati|ate|ò|arono|e)', 'accusation'),
  cue('record|senza precedenti|(?:massimo|minimo) storico|mai (?:visto|vista|registrato|registrata)'),
];

export const claims: ClaimLexicon = { hedges, anonymousSources, evidenceAbsence, evidence, checkWorthy };
