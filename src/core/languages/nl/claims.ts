// Dutch cues that decide a claim's support status: hedges (`naar verluidt`, the reportive `zou … hebben`),
// anonymous sourcing (`ingewijden`, `bronnen rond`), statements that evidence is missing, named
// evidence (`cijfers van het CBS`), and check-worthy phrasing. Patterns go through `cue()`, which adds
// Unicode-aware word boundaries.
import { cue } from '../../lexicon';
import type { ClaimLexicon, Cue } from '../types';

/** Up to five words between `zou`/`zouden` and the auxiliary (`zou de man het geld hebben gestolen`). */
const GAP = '(?: \\p{L}+){0,5}?';

/** Participles without `ge-` that the reportive `zou … zijn` carries most often. */
const BARE_PARTICIPLE =
  '(?:omgekomen|overleden|betrokken|ontsnapt|vertrokken|verdwenen|bedreigd|vermoord|beroofd|ontvoerd|' +
  'mishandeld|betaald|verkocht|ontslagen|opgepakt|aangehouden|gearresteerd|overgelopen|ontstaan|verwikkeld)';

const hedges: readonly Cue[] = [
  cue('naar verluidt|naar (?:men|het schijnt)|naar men zegt', 'reportedly'),
  cue(
    `(?:zou|zouden)${GAP} hebben`,
    'reportive zou: "zou het geld hebben gestolen" = reportedly stole. "zou" alone (future in the past, politeness, counterfactual) is too broad; a counterfactual "zou … hebben gedaan" still matches',
  ),
  cue(
    `(?:zou|zouden)${GAP} (?:ge\\p{L}{2,}(?:d|t|en)|${BARE_PARTICIPLE}|geweest) zijn`,
    'reportive zou with zijn after its participle ("zou zijn gevlucht": next cue); a bare "zou … zijn" is left out because "zijn" is also "his"',
  ),
  cue(`(?:zou|zouden)${GAP} zijn (?:ge\\p{L}{2,}(?:d|t|en)|${BARE_PARTICIPLE}|geweest)`, '"zouden tien mensen zijn omgekomen"; "zou zijn geld" does not match, as ge…d needs two letters inside'),
  // The adverb only ("de brand is vermoedelijk aangestoken"): the adjectives before a noun ("de vermoedelijke
  // dader", "de vermeende fraude") report the rest as fact and leave only that noun open (so in every language here).
  cue('vermoedelijk', 'presumably'),
  cue(
    '(?<!(?:zo|zoveel|zomin|waar|indien|wanneer|niet|alleen|maakt|maakte|maken|gemaakt)(?:\\s+\\p{L}+){0,2}\\s+)mogelijke?(?!\\s+(?:maken|gemaakt|maakt|maakte))',
    'possibly / the possible …; not "zo snel mogelijk", "indien mogelijk", "niet mogelijk", "mogelijk maken" (enable)',
  ),
  cue('blijkbaar|kennelijk|schijnbaar|naar het zich laat aanzien'),
  cue('(?:volgens |)(?:de )?geruchten|het gerucht (?:gaat|doet de ronde)|volgens (?:berichten|mediaberichten)'),
  cue(
    '(?:wordt|worden|werd|werden) (?:er )?(?:vermoed|verondersteld|beweerd|gezegd|gedacht)(?! aan)',
    'impersonal "it is believed/said"; "wordt gedacht aan" (is being considered) is left out',
  ),
  cue(
    '(?:wordt|werd) (?:er aangenomen|aangenomen(?= dat))',
    'impersonal "it is assumed (that)"; a bare "de wet wordt aangenomen" means the law is passed',
  ),
  cue('(?:nog )?niet (?:bevestigd|geverifieerd)|onbevestigde?', 'unconfirmed report'),
];

const anonymousSources: readonly Cue[] = [
  cue('ingewijden|insiders|betrokkenen (?:zeggen|melden|stellen)|volgens (?:betrokkenen|kenners)'),
  cue(
    '(?:anonieme|ingewijde|welingelichte|goed ingelichte|goed geïnformeerde|betrouwbare|meerdere|verschillende|diverse|twee|drie|vier|politieke|haagse|brusselse|diplomatieke) bronnen',
  ),
  cue('bronnen (?:rond|rondom|dicht bij|dichtbij|binnen|uit|bij|in)', '"bronnen rond het kabinet"; "bronnen van inkomsten" is not matched'),
  cue('(?:een|anonieme) bron (?:rond|rondom|dicht bij|dichtbij|binnen|uit|bij|die)'),
  cue('volgens (?:de |)bronnen'),
  cue('(?:uit|in) (?:\\p{L}+ )?\\p{L}*kringen', '"uit Haagse kringen", "uit regeringskringen"'),
  cue('uit de (?:directe )?omgeving van', '"uit de omgeving van de premier"; "in de omgeving van Utrecht" (area) is not matched'),
  cue('anoniem (?:wil|wilde|willen|wilden) blijven|op voorwaarde van anonimiteit|niet met (?:zijn |haar |)naam in de krant'),
  cue('(?:sommige|verschillende|diverse|veel|meerdere) (?:experts|deskundigen|analisten|kenners|waarnemers|economen|wetenschappers)', 'vague authority'),
];

const evidenceAbsence: readonly Cue[] = [
  cue(
    'zonder (?:daar |daarvoor |er |)(?:(?:enig|enige|concreet|hard) )?(?:bewijs|bewijzen|onderbouwing|bewijsmateriaal|bronnen)',
  ),
  cue('geen (?:enkel |concreet |hard |)(?:bewijs|bewijzen|onderbouwing|bewijsmateriaal)', '"geen bewijs geleverd", "er is geen bewijs"'),
  cue('(?:niet|nergens|onvoldoende) (?:mee |door )?(?:onderbouwd|onderbouwt|bewezen|aangetoond|gestaafd)|onbewezen|ongestaafde?'),
];

const evidence: readonly Cue[] = [
  cue(
    'volgens (?:(?:een|het|de|dit|deze|nieuw|nieuwe|recent|recente|vers|verse|onafhankelijk|onafhankelijke|officiële|voorlopige|laatste|jaarlijkse) )*(?:onderzoek|rapport|cijfers|studie|data|gegevens|statistieken|peiling|enquête|analyse|rapportage|telling|monitor)',
  ),
  cue(
    '(?:cijfers|gegevens|data|onderzoek|statistieken|rapport|analyse|publicatie|raming|ramingen|peiling) (?:van|uit|door) (?:het |de |)(?:cbs|cpb|rivm|dnb|scp|pbl|knmi|eurostat|oeso|who|imf|rekenkamer|algemene rekenkamer|nationale ombudsman|statbel|nbb|uwv|ggd|ind)',
    '"cijfers van het CBS": a named statistics office, planning bureau or inspectorate',
  ),
  cue('(?:cbs|cpb|rivm|dnb|scp|pbl|statbel|uwv)-?(?:cijfers|gegevens|data|onderzoek|rapport|ramingen|raming)'),
  cue('volgens (?:het |de |)(?:cbs|cpb|rivm|dnb|scp|pbl|statbel|nbb)', 'a statistics or planning office stands for its data'),
  cue(
    '(?:rapport|onderzoek|document|studie|peiling|stukken|notulen)(?: \\p{L}+){0,4}? (?:gepubliceerd|verschenen|ingezien|openbaar gemaakt|uitgebracht)',
    '"het rapport dat dinsdag werd gepubliceerd"',
  ),
  cue('(?:documenten|stukken|notulen|e-mails|rapport|document)(?: \\p{L}+){0,3}? in handen (?:is |zijn |)van'),
  cue('(?:gepubliceerd|verschenen) in (?:het )?(?:\\p{L}+ )?(?:tijdschrift|vakblad)|staatscourant|(?:wob|woo)-(?:stukken|verzoek|documenten)'),
];

const checkWorthy: readonly Cue[] = [
  cue('(?:meer|minder) (?:\\p{L}+ ){0,2}dan|\\p{L}{2,}er dan', 'comparison ("hoger dan", "meer geld dan")'),
  cue('vanwege|dankzij|als gevolg van|ten gevolge van|door toedoen van|(?:te wijten|te danken) aan|veroorzaakt door', 'cause; plain "door" is too common to count'),
  cue(
    '(?:zal|zullen|gaat|gaan)(?: \\p{L}+){0,3}? (?:stijgen|dalen|verdubbelen|toenemen|afnemen|groeien|krimpen|kosten|oplopen|verdwijnen)',
    'prediction',
  ),
  cue('beschuldig(?:t|de|den|d|en|ing|ingen)|verwijt(?:en)?|verweet|verweten', 'accusation'),
  cue('recordhoogte|recordniveau|(?:een|nieuw) record|ongekende?|historisch (?:hoog|laag)|nooit eerder'),
];

export const claims: ClaimLexicon = { hedges, anonymousSources, evidenceAbsence, evidence, checkWorthy };
