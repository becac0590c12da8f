// A compact cross-language gazetteer: the organisations, outlets and places a news reader meets most,
// in their de/en/fr/es/it/nl spellings. It decides the kind of a name that no context word explains
// (`Twitter`, `Berlin`) and lets one-word names count even at the start of a sentence.
//
// Entries are written as in text and separated by `|`; variants are separate entries, because a
// mention's `name` is the form the article itself uses. Deliberately absent: names that are also
// common capitalised German nouns (`Zeit`, `Welt`, `Bild`, `Stern`, `Allianz`, `Signal`, `Visa`,
// `Puma`, `Union`, `Post`), so `die Zeit` (time) never becomes the weekly. Their unambiguous forms
// (`Zeit Online`, `Bild-Zeitung`, `Welt am Sonntag`) are listed instead.
import type { EntityKind } from './types';

/** Companies, platforms, parties, public bodies, international organisations. */
const ORGANIZATIONS =
  // Tech companies and platforms.
  'Microsoft|Twitter|Apple|Facebook|Instagram|LinkedIn|Google|Alphabet|Amazon|Meta|Tesla|SpaceX|OpenAI|' +
  'Anthropic|Nvidia|Intel|AMD|IBM|Oracle|Samsung|Huawei|TikTok|ByteDance|Alibaba|Tencent|Sony|Netflix|' +
  'Spotify|Disney|YouTube|WhatsApp|Snapchat|Telegram|Reddit|Wikipedia|Uber|Airbnb|PayPal|eBay|Shutterstock|' +
  'Getty Images|Adobe|Salesforce|SAP|Starlink|Threads|Bluesky|Mastodon|Pinterest|Twitch|Discord|Mozilla|' +
  // Industry, finance, retail.
  'Siemens|Volkswagen|VW|BMW|Mercedes-Benz|Porsche|Audi|Renault|Toyota|Boeing|Airbus|Lufthansa|' +
  'Deutsche Bahn|Deutsche Telekom|Telekom|Deutsche Post|DHL|BASF|Bayer|Bosch|Adidas|Aldi|Lidl|Nestlé|' +
  'Shell|Gazprom|Pfizer|BioNTech|Moderna|Goldman Sachs|JPMorgan|BlackRock|Commerzbank|Deutsche Bank|' +
  // Parties.
  'SPD|CDU|CSU|FDP|AfD|Grüne|Grünen|Linke|BSW|ÖVP|FPÖ|Labour|Tories|Republikaner|Demokraten|' +
  'Rassemblement National|PSOE|Vox|Lega|VVD|PVV|' +
  // German and European public bodies.
  'Bundestag|Bundesrat|Bundesregierung|Bundeswehr|Bundesbank|Bundesverfassungsgericht|Bundesgerichtshof|' +
  'Bundeskartellamt|Bundesnetzagentur|Verfassungsschutz|Statistische Bundesamt|Destatis|Robert Koch-Institut|' +
  'RKI|Stiftung Warentest|Europäische Kommission|EU-Kommission|European Commission|Commission européenne|' +
  'Comisión Europea|Commissione europea|Europese Commissie|Europäisches Parlament|EU-Parlament|' +
  'European Parliament|Europäische Zentralbank|European Central Bank|EZB|ECB|BCE|EuGH|Europäische Union|' +
  'European Union|Union européenne|Unión Europea|Unione europea|Europese Unie|EU|' +
  // International and foreign bodies.
  'UN|UNO|Vereinte Nationen|United Nations|Nations unies|Naciones Unidas|Nazioni Unite|Verenigde Naties|' +
  'NATO|Nato|OTAN|WHO|OMS|WTO|IMF|IWF|FMI|OECD|OCDE|OPEC|UNICEF|Weltbank|World Bank|Interpol|Europol|FBI|CIA|' +
  'NSA|NASA|ESA|Pentagon|Kreml|Kremlin|Weißes Haus|White House|Maison Blanche|Casa Blanca|Casa Bianca|' +
  'Witte Huis|Élysée|Downing Street|Vatikan|Vatican|Kongress|Congress|US-Kongress|Supreme Court|' +
  'Federal Reserve|Fed|SEC|FDA|Greenpeace|Amnesty International|Human Rights Watch|Rotes Kreuz|Red Cross|' +
  'Hamas|Hisbollah|Hezbollah|Taliban|Harvard|Stanford|MIT|YouGov|Ipsos|Forsa|Infratest|Allensbach';

/**
 * News agencies and outlets: a name of one of them in an article is a cited source, whether it is the
 * subject (`Reuters reported`), a preposition's object (`laut Reuters`) or an interviewer (`der BBC`).
 * We always say `source` for them, never `organization`: the reader wants to see where a claim comes
 * from, and the scorer counts both as one entity class.
 */
const SOURCES =
  'dpa|Deutsche Presse-Agentur|Reuters|AFP|AP|Associated Press|Bloomberg|epd|KNA|APA|ANSA|EFE|ANP|BBC|CNN|' +
  'CNBC|Fox News|NBC|CBS|NPR|ARD|ZDF|Tagesschau|tagesschau|Deutschlandfunk|NDR|WDR|SWR|MDR|RTL|ntv|Spiegel|' +
  'Der Spiegel|FAZ|Frankfurter Allgemeine|Süddeutsche Zeitung|Süddeutsche|SZ|Handelsblatt|Zeit Online|' +
  'Bild-Zeitung|BILD|taz|Tagesspiegel|heise|Heise|Golem|Netzpolitik|Politico|Axios|New York Times|NYT|' +
  'Washington Post|Wall Street Journal|WSJ|Financial Times|Guardian|The Guardian|The Economist|Le Monde|' +
  'Le Figaro|Libération|France 24|El País|El Mundo|Corriere della Sera|La Repubblica|La Stampa|RAI|NOS|' +
  'NRC|De Volkskrant|Volkskrant|De Telegraaf|The Verge|Wired|TechCrunch|Al Jazeera|Nature|Science|' +
  'The Lancet|Lancet|' +
  // News agencies of other countries, often cited by German and English news.
  'Interfax|TASS|Tass|RIA Nowosti|RIA Novosti|Xinhua|Kyodo|Yonhap|Anadolu|IRNA|ISNA|SANA|WAFA|PAP|ČTK|MTI|SDA|' +
  'Keystone-SDA|Belga|Agence France-Presse|Europa Press|Ritzau|NTB|Lusa|ANA-MPA|Ukrinform|Unian|Prensa Latina|' +
  // More outlets, in German, English and the other languages of the packs.
  'Netzeitung|Computerwoche|Automobilwoche|Focus Online|Stern.de|Welt am Sonntag|Welt Online|' +
  'Frankfurter Rundschau|Rheinische Post|Hamburger Abendblatt|Berliner Zeitung|Berliner Morgenpost|' +
  'Kölner Stadt-Anzeiger|Stuttgarter Zeitung|Neue Zürcher Zeitung|NZZ|Tages-Anzeiger|Der Standard|' +
  'Kronen Zeitung|Deutsche Welle|Bayerischer Rundfunk|Radio Vatikan|Radio Free Europe|' +
  // Names that are also ordinary words (Times, Sun, The Sun, Mirror, Independent, Time, Focus, ABC, Die Zeit,
  // Die Welt, Die Presse) are left out, as above.
  'The Times|Sunday Times|Daily Telegraph|The Independent|Daily Mail|Daily Mirror|USA Today|' +
  'Los Angeles Times|Chicago Tribune|Boston Globe|Huffington Post|HuffPost|Breitbart|Newsweek|Time Magazine|' +
  'Sky News|ABC News|MSNBC|PBS|Le Parisien|L’Équipe|L\'Équipe|Ouest-France|La Vanguardia|El Confidencial|' +
  'La Gazzetta dello Sport|Il Sole 24 Ore|Algemeen Dagblad|Het Parool|Trouw|RTL Nieuws';

/** Countries, regions and major cities; `USA` is a place, whatever it is the abbreviation of. */
const PLACES =
  // Countries and regions; translations only where they differ and the country is often in the news.
  'Deutschland|Germany|Allemagne|Alemania|Germania|Duitsland|Österreich|Austria|Autriche|Schweiz|Switzerland|' +
  'Suisse|Suiza|Svizzera|Frankreich|France|Francia|Frankrijk|Spanien|Spain|Espagne|España|Spagna|Italien|' +
  'Italy|Italie|Italia|Niederlande|Niederlanden|Netherlands|Pays-Bas|Nederland|Belgien|Belgium|Belgique|' +
  'België|Polen|Poland|Pologne|Großbritannien|Britain|Grande-Bretagne|United Kingdom|Royaume-Uni|Reino Unido|' +
  'Regno Unito|England|Schottland|Scotland|Irland|Ireland|Europa|Europe|Afrika|Africa|Afrique|Asien|Asia|' +
  'Nahost|Middle East|USA|US|UK|Vereinigte Staaten|United States|États-Unis|Estados Unidos|Stati Uniti|' +
  'Verenigde Staten|Amerika|America|Kanada|Canada|Mexiko|Mexico|Brasilien|Brazil|Brasil|Argentinien|' +
  'Argentina|China|Chine|Cina|Japan|Japon|Indien|India|Inde|Russland|Russia|Russie|Rusia|Rusland|Ukraine|' +
  'Ucrania|Ucraina|Oekraïne|Israel|Israël|Iran|Irak|Iraq|Syrien|Syria|Türkei|Turkey|Turquie|Turquía|' +
  'Turchia|Turkije|Griechenland|Greece|Grèce|Grecia|Portugal|Schweden|Sweden|Norwegen|Norway|Dänemark|' +
  'Denmark|Finnland|Finland|Tschechien|Ungarn|Hungary|Rumänien|Romania|Bulgarien|Kroatien|Serbien|' +
  'Luxemburg|Luxembourg|Taiwan|Südkorea|South Korea|Nordkorea|North Korea|Australien|Australia|Südafrika|' +
  'South Africa|Ägypten|Egypt|Saudi-Arabien|Saudi Arabia|Katar|Qatar|Libanon|Lebanon|Afghanistan|Pakistan|' +
  'Indonesien|Indonesia|Nigeria|Kenia|Kenya|Marokko|Morocco|Gaza|Gazastreifen|Westjordanland|West Bank|' +
  'Krim|Crimea|Belarus|Venezuela|Kolumbien|Colombia|Kuba|Cuba|' +
  // German federal states.
  'Bayern|Baden-Württemberg|Nordrhein-Westfalen|NRW|Niedersachsen|Hessen|Sachsen|Thüringen|Brandenburg|' +
  'Mecklenburg-Vorpommern|Schleswig-Holstein|Rheinland-Pfalz|Saarland|' +
  // Cities.
  'Berlin|Hamburg|München|Munich|Köln|Cologne|Frankfurt|Stuttgart|Düsseldorf|Leipzig|Dresden|Hannover|' +
  'Bremen|Nürnberg|Bonn|Brüssel|Brussels|Bruxelles|Bruselas|Brussel|Wien|Vienna|Zürich|Zurich|Genf|Geneva|' +
  'Genève|Paris|París|Parigi|Parijs|London|Londres|Londra|Londen|Rom|Rome|Roma|Mailand|Milan|Milano|Madrid|' +
  'Barcelona|Lissabon|Lisbon|Amsterdam|Rotterdam|Den Haag|The Hague|Warschau|Warsaw|Prag|Prague|Budapest|' +
  'Athen|Athens|Stockholm|Moskau|Moscow|Moscou|Moscú|Mosca|Kiew|Kyiv|Kiev|Charkiw|Kharkiv|Odessa|Istanbul|' +
  'Ankara|Jerusalem|Tel Aviv|Teheran|Tehran|Beirut|Kairo|Cairo|Dubai|Peking|Beijing|Pékin|Shanghai|' +
  'Hongkong|Hong Kong|Tokio|Tokyo|Seoul|Neu-Delhi|New Delhi|Singapur|Singapore|Washington|New York|' +
  'Los Angeles|San Francisco|Silicon Valley|Chicago|Texas|Kalifornien|California|Florida|Toronto';

const KINDS: ReadonlyArray<readonly [EntityKind, string]> = [
  ['organization', ORGANIZATIONS],
  ['source', SOURCES],
  ['place', PLACES],
];

/**
 * A word as a look-up key: its first letter lower-cased, the rest as written, so that `Apple` and
 * `apple`-initial forms meet while the acronym `WHO` never meets the pronoun `Who`.
 */
export function key(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1);
}

/**
 * In multi-word names, German adjectives inflect (`der Europäischen Kommission`, `den Vereinigten
 * Staaten`): their keys drop the ending after `e` on both sides of the comparison.
 */
function inflectionKey(word: string): string {
  // Short words keep their ending: `dem` is not `der`, `den` not `de`.
  const k = key(word);
  if (word.length < 5) return k;
  const last = k.charCodeAt(k.length - 1);
  // `e` followed by n, r, s or m: drop the last letter.
  return k.charCodeAt(k.length - 2) === 101 && (last === 110 || last === 114 || last === 115 || last === 109) ? k.slice(0, -1) : k;
}

export interface MultiEntry {
  rest: readonly string[];
  kind: EntityKind;
  /** The name as the gazetteer writes it, for mentions in an inflected form. */
  written: string;
}

const single = new Map<string, EntityKind>();
/** Names written with a lower-case initial (`dpa`, `taz`, `eBay`): they count only exactly as written. */
const lowerCase = new Set<string>();
const multi = new Map<string, MultiEntry[]>();

for (const [kind, list] of KINDS) {
  for (const entry of list.split('|')) {
    const parts = entry.split(' ');
    if (parts.length === 1) {
      if (key(entry) === entry) lowerCase.add(entry);
      if (!single.has(key(entry))) single.set(key(entry), kind);
      continue;
    }
    const head = inflectionKey(parts[0]!);
    const bucket = multi.get(head) ?? [];
    bucket.push({ rest: parts.slice(1).map(inflectionKey), kind, written: entry });
    multi.set(head, bucket);
  }
}
for (const bucket of multi.values()) bucket.sort((a, b) => b.rest.length - a.rest.length);

/** The kind of a name written with a lower-case initial (`dpa`), exactly as written, or undefined. */
export function lookupLowerCase(word: string): EntityKind | undefined {
  return lowerCase.has(word) ? single.get(word) : undefined;
}

/** The kind of a one-word name as written, or undefined. */
export function lookupWord(word: string): EntityKind | undefined {
  return single.get(key(word));
}

/**
 * The longest gazetteer name that starts at words[from] and ends at words[to] at the latest: its length
 * in words, kind, and `name` when the text inflects it (`Süddeutschen Zeitung` → `Süddeutsche Zeitung`,
 * `Microsofts` → `Microsoft`; a lower-case article before it keeps its case). `genitive` allows a German genitive `s`/`es` on the last word (`Microsofts`,
 * `des Bundestages`).
 */
export function lookupAt(
  words: ReadonlyArray<{ readonly text: string }>,
  from: number,
  to: number,
  genitive: boolean,
): { length: number; kind: EntityKind; name?: string } | undefined {
  const first = words[from]?.text;
  if (first === undefined) return undefined;
  const bucket = multi.get(inflectionKey(first));
  if (bucket) {
    for (const entry of bucket) {
      if (from + entry.rest.length > to) continue;
      let ok = true;
      let written = '';
      for (let i = 0; i < entry.rest.length && ok; i++) {
        const word = words[from + i + 1]!.text;
        written += ` ${word}`;
        if (inflectionKey(word) === entry.rest[i]) continue;
        const stem = genitive && i === entry.rest.length - 1 ? stripGenitive(word) : undefined;
        ok = stem !== undefined && inflectionKey(stem) === entry.rest[i];
      }
      if (ok) {
        const inflected = first + written !== entry.written;
        return inflected ? { length: entry.rest.length + 1, kind: entry.kind, name: entry.written } : { length: entry.rest.length + 1, kind: entry.kind };
      }
    }
  }
  const kind = single.get(key(first));
  if (kind) return { length: 1, kind };
  const stem = genitive ? stripGenitive(first) : undefined;
  const stemKind = stem === undefined ? undefined : single.get(key(stem));
  return stemKind ? { length: 1, kind: stemKind, name: stem } : undefined;
}

/** What the gazetteer knows about one word, computed once per distinct word (see ./word). */
export interface GazetteerFacts {
  /** inflectionKey(word). */
  inflKey: string;
  /** The multi-word entries that start with this word, longest first. */
  bucket: readonly MultiEntry[] | undefined;
  /** The kind of the word as a one-word name. */
  kind: EntityKind | undefined;
  /** stripGenitive(word), and the kind of that stem as a one-word name. */
  stem: string | undefined;
  stemKind: EntityKind | undefined;
  /** lookupLowerCase(word). */
  lowerKind: EntityKind | undefined;
}

export function gazetteerFacts(word: string): GazetteerFacts {
  const inflKey = inflectionKey(word);
  const stem = stripGenitive(word);
  return {
    inflKey,
    bucket: multi.get(inflKey),
    kind: single.get(key(word)),
    stem,
    stemKind: stem === undefined ? undefined : single.get(key(stem)),
    lowerKind: lookupLowerCase(word),
  };
}

/** lookupAt() over tokens whose words carry their GazetteerFacts: the same answer, without recomputing keys. */
export function lookupFacts(
  words: ReadonlyArray<{ readonly text: string; readonly w: GazetteerFacts }>,
  from: number,
  to: number,
  genitive: boolean,
): { length: number; kind: EntityKind; name?: string } | undefined {
  const head = words[from];
  if (head === undefined) return undefined;
  const facts = head.w;
  const bucket = facts.bucket;
  if (bucket) {
    for (const entry of bucket) {
      const rest = entry.rest;
      if (from + rest.length > to) continue;
      let ok = true;
      for (let i = 0; i < rest.length && ok; i++) {
        const word = words[from + i + 1]!.w;
        if (word.inflKey === rest[i]) continue;
        const stem = genitive && i === rest.length - 1 ? word.stem : undefined;
        ok = stem !== undefined && inflectionKey(stem) === rest[i];
      }
      if (ok) {
        let written = head.text;
        for (let i = 0; i < rest.length; i++) written += ` ${words[from + i + 1]!.text}`;
        return written !== entry.written
          ? { length: rest.length + 1, kind: entry.kind, name: entry.written }
          : { length: rest.length + 1, kind: entry.kind };
      }
    }
  }
  if (facts.kind) return { length: 1, kind: facts.kind };
  const stemKind = genitive ? facts.stemKind : undefined;
  return stemKind ? { length: 1, kind: stemKind, name: facts.stem } : undefined;
}

/** `Microsofts` → `Microsoft`, `Bundestages` → `Bundestag`; undefined when the word has no such ending. */
export function stripGenitive(word: string): string | undefined {
  if (word.length < 4 || !word.endsWith('s')) return undefined;
  return word.endsWith('es') && single.has(key(word.slice(0, -2))) ? word.slice(0, -2) : word.slice(0, -1);
}
