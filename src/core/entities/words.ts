// Cross-language word lists the engine needs beyond a language pack: titles, role nouns and
// determiners as a fallback when a pack's speech lexicon is still empty, person-name particles,
// and acronyms that are not organisations. Lower-case unless noted.

/** Honorifics before a name, without their full stop. */
export const TITLES = new Set(
  ('dr prof herr frau mr mrs ms miss sir dame lord lady monsieur madame mme mlle señor señora sr sra ' +
    'signor signora sig dott avv dhr mevrouw mevr mw meneer heer').split(' '),
);

/**
 * Role nouns that, right before a capitalised name, make it a person: `CEO Elon Musk`, `Minister Hans
 * Meier`, `spokesman John Kirby`. Modifiers that stand inside such a role (`Prime`, `Vice`, `former`)
 * are roles too, so that `Prime Minister Keir Starmer` keeps its flag up to the name.
 */
export const ROLES = new Set(
  (
    // de (compounds and feminine forms come from ROLE_SUFFIX below)
    'papst könig königin prinz prinzessin premier ex vize mdb anwalt anwältin autor autorin ' +
    // en
    'president chancellor minister secretary senator sen governor gov mayor ceo cfo cto coo chairman chairwoman chair ' +
    'spokesman spokeswoman spokesperson director founder co-founder economist researcher judge attorney ' +
    'lawyer ambassador commissioner representative rep pope leader chief officer ' +
    'executive boss coach author reporter correspondent billionaire investor candidate prime vice deputy ' +
    'former foreign finance defence defense interior general gen lt col capt sgt mp ' +
    // fr, es, it, nl: the speech lexicons add their own role nouns
    'ministre porte-parole directeur patron maire député juge avocat pdg ministro portavoz alcalde ' +
    'portavoce sindaco direttore woordvoerder burgemeester topman voorzitter'
  ).split(' '),
);

/**
 * German and Dutch build roles as compounds (`Twitter-Chef`, `Bundesgesundheitsminister`,
 * `Konzernsprecherin`, `woordvoerder`): a word ending in one of these is a role too.
 */
export const ROLE_SUFFIX =
  /(?:kanzler|minister|präsident|chef|sprecher|vorsitzende|direktor|gründer|ökonom|forscher|sekretär|botschafter|kommissar|bürgermeister|trainer|korrespondent|analyst|manager|milliardär|professor|abgeordnete|unternehmer|kandidat|diktator|machthaber|anführer|führer|leiter|sänger|schauspieler|regisseur|woordvoerder|voorzitter|topman|experte|expertin|berater|autor|journalist|politiker|wissenschaftler|historiker|soziologe|soziologin|psychologe|psychologin|anwalt|anwältin|arzt|ärztin)(?:in|r)?$/u;

/** Articles and demonstratives per language, used when a pack's `speech.determiners` is empty. */
export const DETERMINERS: Readonly<Record<string, string>> = {
  de: 'der die das den dem des ein eine einer einem einen eines kein keine keinen keinem keiner dieser diese dieses diesem diesen jener jene sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer unser unsere',
  en: 'the a an this that these those his her its their our my',
  fr: 'le la les l un une des du ce cette ces son sa ses leur leurs',
  es: 'el la los las un una unos unas este esta estos estas su sus del al',
  it: 'il lo la i gli le l un una uno del della dei degli delle questo questa suo sua',
  nl: 'de het een deze dit die dat zijn haar hun',
};

/** Lower-case particles inside a person's name, accepted only right after a given name (`Ursula von der Leyen`). */
export const NAME_PARTICLES = new Set('von van der den de da di del della du la le zu ten ter'.split(' '));

/** Lower-case links inside an organisation's name, accepted only after an organisation head word (`Bank of England`, `Institut für Weltwirtschaft`). */
export const ORG_LINKS = new Set('of for für de del della di du des van voor'.split(' '));

/** Head words that open an organisation's name: `Universität Hamburg`, `University of Oxford`, `Banco de España`, the Swiss `Departement …` and a ministry's `Abteilung …`. */
export const ORG_HEADS = new Set(
  ('universität university université universidad università universiteit hochschule institut institute ' +
    'instituut istituto instituto bank banque banco banca ministerium ministry ministère ministerio ministero ' +
    'ministerie bundesamt bundesministerium stiftung foundation fondation fundación fondazione stichting ' +
    'college school gericht court tribunal tribunale rechtbank landgericht amtsgericht oberlandesgericht ' +
    'landesregierung department departement abteilung agentur agency agence agencia agenzia').split(' '),
);

/** Legal forms: after a name they make it a company in every language (`Tesla Inc.`, `Siemens AG`). */
export const LEGAL_FORMS = new Set(
  'ag gmbh se kg kgaa ohg inc ltd llc plc corp co sa spa srl nv bv ab asa oyj group gruppe holding holdings'.split(' '),
);

/**
 * All-caps words of two to six letters that are not organisations: roles, units, currencies,
 * technical and everyday abbreviations, Roman numerals. Upper-case as written.
 */
export const NON_ORG_ACRONYMS = new Set(
  ('CEO CFO COO CTO TV PS AI KI OK DNA PDF USB GPS SMS PR IT PC ID NGO BIP GDP KMU LKW PKW SUV FAQ URL API ' +
    'APP USD EUR GBP CHF HIV COVID IQ VIP PM AM CET MEZ UTC GMT II III IV VI VII VIII IX XI XII NR VS KW EV ' +
    'ESG IPO ETF NFT EM WM MP CO AKW ÖPNV HQ DIN ISO BGB GG DSGVO GDPR AGB HR').split(' '),
);

/** Dotted abbreviations that do not end a sentence, lower-case, without the full stop. */
export const ABBREVIATIONS = new Set(
  ('bzw ca nr vgl usw etc evtl ggf inkl zzgl bspw sog st jr sr inc corp ltd co vs mio mrd bn mn ' +
    'jan feb mär apr jun jul aug sep sept okt oct nov dez dec no art abs ff hl').split(' '),
);

/** German town-name endings: after `in`/`aus`/`nach` an unknown word with one of them is a place (`in Wolfsburg`). */
export const GERMAN_TOWN = /(?:burg|berg|dorf|hausen|heim|stadt|furt|ingen|feld|hagen|bach|brück|brücken|stedt|leben|rode|münde|haven|hafen)$/u;

/**
 * Endings of German abstract nouns, which surnames do not have (`Regierung`, `Freiheit`, `Gemeinschaft`,
 * `Nation`, `Qualität`, `Tourismus`, `Ergebnis`, `Eigentum`): an unknown capitalised run with one of
 * them is common nouns side by side (`Thema Nachhaltigkeit`, `Richtung Zentrum`), not a name.
 */
export const GERMAN_ABSTRACT_NOUN = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ität|itäten|ismus|nisse?|tum|tümer)$/u;

/**
 * The German dative plural in `-ern` of a longer word (`Kindern`, `Vermehrern`, `Bundesländern`; the
 * short `Kern` or `Stern` are surnames too): a word in a sentence, never part of a name. German
 * capitalises every noun, so two nouns side by side (`bei Vermehrern Welpen kaufen`) look like a first
 * name and a surname to capitalisation alone.
 */
export const GERMAN_DATIVE_PLURAL = /\p{Ll}{3}ern$/u;

/** Compound German public bodies written as one word: `Bundeskartellamt`, `Finanzministerium`. */
export const GERMAN_BODY =
  /^(?:Bundes\p{Ll}*(?:amt|agentur|bank|tag|rat|wehr|regierung|gericht|gerichtshof|ministerium|anstalt|behörde|polizei|institut|zentrale|verband)|\p{Lu}\p{Ll}{2,}ministerium)$/u;
