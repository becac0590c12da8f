// Speed benchmark, the generated articles: deterministic (seeded) news-like German and English texts of an
// exact word count, for timing analyzeArticle() in src/tools/bench.ts. Every sentence comes from the
// templates below, written for this benchmark (no corpus or web text): plain reporting with figures,
// money, percentages and dates; direct quotes in „…“ / “…” with speech frames; German dash-introduced
// speech; reported speech (Konjunktiv I in German); hedged statements; invented people and companies.
// Words are counted with countWords() from src/core/text.ts, the analysis's own counter.
import type { ArticleInput } from '../core/article';
import { countWords } from '../core/text';

export type BenchLanguage = 'de' | 'en';

/** The sizes the benchmark times, in words. */
export const ARTICLE_SIZES = [300, 1000, 3000, 10000] as const;
export const ARTICLE_LANGUAGES: readonly BenchLanguage[] = ['de', 'en'];

const PARAGRAPH_MIN = 40;
const PARAGRAPH_MAX = 90;

// ---------------------------------------------------------------------------------------------------
// Seeded random numbers (mulberry32): the same seed gives the same article on every machine.

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

// ---------------------------------------------------------------------------------------------------
// The writing context: random helpers plus the person last spoken of (for "sagte sie" / "she added").

interface Person {
  first: string;
  last: string;
  female: boolean;
}

interface Ctx {
  rng: Rng;
  pick<T>(items: readonly T[]): T;
  int(min: number, max: number): number;
  /** A new person, remembered as the current speaker. */
  person(): Person;
  /** The current speaker (a new one when there is none yet). */
  current(): Person;
  /** No current speaker any more (the byline's author is not the first one quoted). */
  forget(): void;
}

function makeCtx(rng: Rng, people: { first: string; female: boolean }[], lastNames: readonly string[]): Ctx {
  let speaker: Person | null = null;
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
  const ctx: Ctx = {
    rng,
    pick,
    int: (min, max) => min + Math.floor(rng() * (max - min + 1)),
    person() {
      const p = pick(people);
      speaker = { first: p.first, last: pick(lastNames), female: p.female };
      return speaker;
    },
    current: () => speaker ?? ctx.person(),
    forget() {
      speaker = null;
    },
  };
  return ctx;
}

type Template = (c: Ctx) => string;

interface Language {
  people: { first: string; female: boolean }[];
  lastNames: readonly string[];
  /** [weight, templates]: one group is chosen by weight, then one template in it. */
  groups: [number, Template[]][];
  /** Short plain sentences, used to close a paragraph on the exact word count. */
  closers: readonly string[];
  title(c: Ctx): string;
  byline(c: Ctx): string;
  siteName: string;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------------------------------------------
// German

const DE_MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const DE_DAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag'];
const DE_CITIES = ['Hamburg', 'Leipzig', 'Köln', 'Stuttgart', 'Bremen', 'Dresden', 'Frankfurt', 'Nürnberg', 'Kiel', 'Magdeburg'];
const DE_COMPANIES = ['Nordwerk', 'Helvar Energie', 'Lindag Chemie', 'Brückmann Logistik', 'Südmark Bank', 'Ostrava Stahl', 'Tessin Pharma', 'Weidner Maschinenbau'];
const DE_ROLES: [string, string][] = [
  ['Finanzminister', 'Finanzministerin'],
  ['Konzernchef', 'Konzernchefin'],
  ['Betriebsratschef', 'Betriebsratschefin'],
  ['Oberbürgermeister', 'Oberbürgermeisterin'],
  ['Analyst', 'Analystin'],
  ['Gewerkschaftssprecher', 'Gewerkschaftssprecherin'],
  ['Staatssekretär', 'Staatssekretärin'],
];

const deNumber = (c: Ctx): string => (c.rng() < 0.5 ? String(c.int(2, 99)) : `${c.int(1, 9)},${c.int(1, 9)}`);
const deMoney = (c: Ctx): string => `${deNumber(c)} ${c.pick(['Millionen', 'Milliarden'])} ${c.pick(['Euro', 'Euro', 'US-Dollar'])}`;
const dePercent = (c: Ctx): string => `${c.rng() < 0.5 ? c.int(2, 40) : `${c.int(0, 19)},${c.int(1, 9)}`} Prozent`;
const deDate = (c: Ctx): string => `${c.int(1, 28)}. ${c.pick(DE_MONTHS)} ${c.int(2019, 2025)}`;
const deCount = (c: Ctx): string => `${c.int(1, 48)}.${String(c.int(0, 999)).padStart(3, '0')}`;
const deRole = (c: Ctx, p: Person): string => {
  const [m, f] = c.pick(DE_ROLES);
  return p.female ? f : m;
};
const deFull = (p: Person): string => `${p.first} ${p.last}`;
const dePronoun = (p: Person): string => (p.female ? 'sie' : 'er');

const DE_QUOTES: Template[] = [
  () => 'Wir werden den Standort nicht aufgeben',
  () => 'Die Zahlen zeigen, dass sich die Investitionen gelohnt haben',
  () => 'Das ist kein guter Tag für die Beschäftigten',
  () => 'Wir haben die Risiken unterschätzt und ziehen jetzt die Konsequenzen',
  () => 'Niemand kann heute seriös sagen, wie hoch die Kosten am Ende sein werden',
  () => 'Die Verhandlungen sind schwierig, aber wir sind auf einem guten Weg',
  () => 'Ohne zusätzliche Mittel wird das Projekt nicht fertig',
  () => 'Wir erwarten eine Entscheidung noch vor dem Sommer',
  () => 'Die Preise werden im kommenden Jahr weiter steigen',
  () => 'Das Angebot liegt deutlich unter dem Wert des Unternehmens',
  () => 'Für die Kunden ändert sich zunächst nichts',
  () => 'Wir prüfen alle Optionen, auch einen Verkauf',
  (c) => `Wir wollen bis ${c.int(2026, 2032)} rund ${deMoney(c)} investieren`,
  (c) => `Ein Minus von ${dePercent(c)} ist für uns nicht akzeptabel`,
  (c) => `Seit dem ${deDate(c)} hat sich an der Lage nichts geändert`,
];

const DE_REPORTED: Template[] = [
  () => 'der Konzern habe die Prognose für das laufende Jahr gesenkt',
  () => 'die Regierung sei zu weiteren Gesprächen bereit',
  (c) => `das Unternehmen werde bis ${c.int(2026, 2030)} etwa ${deCount(c)} Stellen abbauen`,
  () => 'man habe von den Plänen erst aus der Zeitung erfahren',
  (c) => `die Kosten seien seit ${c.pick(DE_MONTHS)} um ${dePercent(c)} gestiegen`,
  () => 'der Vorstand prüfe derzeit mehrere Angebote',
  () => 'es gebe keine Hinweise auf ein Fehlverhalten der Beteiligten',
  (c) => `die Stadt ${c.pick(DE_CITIES)} könne die Mehrkosten nicht allein tragen`,
  (c) => `die Einigung gelte zunächst für ${c.int(6, 36)} Monate`,
  (c) => `der Kaufpreis liege bei ${deMoney(c)}`,
  () => 'die Lieferketten hätten sich inzwischen weitgehend stabilisiert',
];

const DE_GROUPS: [number, Template[]][] = [
  // Plain reporting: figures, money, percentages, dates, places.
  [
    30,
    [
      (c) => `${c.pick(DE_COMPANIES)} erzielte im ${c.pick(['ersten', 'zweiten', 'dritten', 'vierten'])} Quartal einen Umsatz von ${deMoney(c)}, ein Plus von ${dePercent(c)} gegenüber dem Vorjahr.`,
      (c) => `Am ${deDate(c)} legte das Wirtschaftsministerium in ${c.pick(DE_CITIES)} einen Entwurf vor, der ${c.int(20, 400)} Seiten umfasst.`,
      (c) => `Die Zahl der Beschäftigten sank im selben Zeitraum auf ${deCount(c)}.`,
      (c) => `Der Aufsichtsrat will am ${c.pick(DE_DAYS)} über die Pläne beraten.`,
      (c) => `Die Aktie von ${c.pick(DE_COMPANIES)} verlor nach der Mitteilung ${dePercent(c)} an Wert.`,
      (c) => `Das Werk in ${c.pick(DE_CITIES)} beschäftigt derzeit rund ${deCount(c)} Menschen.`,
      (c) => `Bereits im ${c.pick(DE_MONTHS)} ${c.int(2019, 2024)} hatte ${c.pick(DE_COMPANIES)} angekündigt, die Produktion zu drosseln.`,
      (c) => `Die Inflationsrate lag im ${c.pick(DE_MONTHS)} bei ${dePercent(c)}.`,
      (c) => `Insgesamt sollen bis ${c.int(2026, 2032)} rund ${deMoney(c)} in neue Anlagen fließen.`,
      (c) => `Die Gewerkschaft kündigte für den ${deDate(c)} einen Warnstreik an.`,
      (c) => `Im Stadtrat von ${c.pick(DE_CITIES)} stimmten ${c.int(20, 40)} von ${c.int(41, 70)} Mitgliedern für den Plan.`,
      (c) => `${c.pick(DE_COMPANIES)} gehört seit ${c.int(1995, 2020)} zu den größten Arbeitgebern der Region.`,
      (c) => `Die Bundesnetzagentur hatte die Frist zuletzt bis zum ${deDate(c)} verlängert.`,
    ],
  ],
  // Direct quotes in „…“ with a speech frame.
  [
    20,
    [
      (c) => `„${c.pick(DE_QUOTES)(c)}“, sagte ${deFull(c.person())}.`,
      (c) => {
        const p = c.person();
        return `„${c.pick(DE_QUOTES)(c)}“, sagte ${deRole(c, p)} ${deFull(p)}.`;
      },
      (c) => `„${c.pick(DE_QUOTES)(c)}“, sagte ${deFull(c.person())} am ${c.pick(DE_DAYS)} in ${c.pick(DE_CITIES)}.`,
      (c) => {
        const p = c.person();
        return `${deRole(c, p)} ${deFull(p)} sagte: „${c.pick(DE_QUOTES)(c)}.“`;
      },
      (c) => `„${c.pick(DE_QUOTES)(c)}“, erklärte ein Sprecher von ${c.pick(DE_COMPANIES)}.`,
      (c) => `„${c.pick(DE_QUOTES)(c)}“, so ${c.current().last}.`,
      (c) => `„${c.pick(DE_QUOTES)(c)}“, fügte ${dePronoun(c.current())} hinzu.`,
      (c) => `„${c.pick(DE_QUOTES)(c)}“, betonte ${deFull(c.current())}.`,
    ],
  ],
  // Dash-introduced speech.
  [
    8,
    [
      (c) => `– ${c.pick(DE_QUOTES)(c)} – sagte ${dePronoun(c.current())}.`,
      (c) => `– ${c.pick(DE_QUOTES)(c)} – sagte ${deFull(c.person())}.`,
      (c) => `– ${c.pick(DE_QUOTES)(c)} – fügte ${c.current().last} hinzu.`,
    ],
  ],
  // Reported speech in Konjunktiv I.
  [
    17,
    [
      (c) => `${cap(dePronoun(c.current()))} sagte, ${c.pick(DE_REPORTED)(c)}.`,
      (c) => {
        const p = c.person();
        return `${deRole(c, p)} ${deFull(p)} sagte, ${c.pick(DE_REPORTED)(c)}.`;
      },
      (c) => `Ein Sprecher von ${c.pick(DE_COMPANIES)} erklärte, ${c.pick(DE_REPORTED)(c)}.`,
      (c) => `${c.current().last} betonte, ${c.pick(DE_REPORTED)(c)}.`,
      (c) => `Nach Angaben des Ministeriums hieß es, ${c.pick(DE_REPORTED)(c)}.`,
    ],
  ],
  // Hedged statements.
  [
    15,
    [
      (c) => `Berichten zufolge soll ${c.pick(DE_COMPANIES)} ${deMoney(c)} für die Übernahme von ${c.pick(DE_COMPANIES)} geboten haben.`,
      (c) => `Nach Informationen aus Verhandlungskreisen könnte die Entscheidung bereits im ${c.pick(DE_MONTHS)} fallen.`,
      (c) => `${c.pick(DE_COMPANIES)} soll zudem einen Verkauf der Sparte in ${c.pick(DE_CITIES)} erwägen, wie es aus Unternehmenskreisen heißt.`,
      () => 'Angeblich liegen bereits mehrere Angebote vor.',
      (c) => `Wie mit den Vorgängen vertraute Personen berichten, wurden die Gespräche am ${c.pick(DE_DAYS)} unterbrochen.`,
      (c) => `Offenbar rechnet das Ministerium mit Mehrkosten von bis zu ${deMoney(c)}.`,
      () => 'Möglicherweise wird der Termin noch einmal verschoben.',
      (c) => `Dem Vernehmen nach ist ein Abbau von bis zu ${dePercent(c)} der Stellen im Gespräch.`,
    ],
  ],
];

const DE_CLOSERS = [
  'Unklar.',
  'Details fehlen.',
  'Das bleibt offen.',
  'Eine Stellungnahme steht aus.',
  'Die Frist endet im Herbst.',
  'Die Gespräche sollen nächste Woche weitergehen.',
  'Eine Antwort des Ministeriums stand noch aus.',
  'Ob der Zeitplan hält, ist derzeit noch offen.',
  'Der Bericht soll in den kommenden Wochen veröffentlicht werden.',
  'Die Opposition kündigte an, das Thema im Ausschuss erneut aufzugreifen.',
  'Eine Sprecherin wollte sich zu den Einzelheiten am Abend nicht äußern.',
  'Eine Sprecherin wollte sich zu den Einzelheiten am Abend zunächst nicht äußern.',
  'Die Verbraucherzentrale rät Kunden, ihre Verträge in Ruhe zu prüfen und abzuwarten.',
  'Die Kammer will das Ergebnis prüfen.',
  'Der Ausschuss tagt am Donnerstag erneut.',
];

const GERMAN: Language = {
  people: [
    { first: 'Anna', female: true },
    { first: 'Jonas', female: false },
    { first: 'Miriam', female: true },
    { first: 'Stefan', female: false },
    { first: 'Katrin', female: true },
    { first: 'Tobias', female: false },
    { first: 'Leonie', female: true },
    { first: 'Markus', female: false },
    { first: 'Yasemin', female: true },
    { first: 'Dirk', female: false },
  ],
  lastNames: ['Berger', 'Hoffmann', 'Krüger', 'Schäfer', 'Wagner', 'Yılmaz', 'Lorenz', 'Brandt', 'Keller', 'Vogt', 'Seidel', 'Haas'],
  groups: DE_GROUPS,
  closers: DE_CLOSERS,
  title: (c) => `${c.pick(DE_COMPANIES)} kündigt Umbau an: ${deCount(c)} Stellen betroffen`,
  byline: (c) => {
    const p = c.person();
    return `Von ${p.first} ${p.last}`;
  },
  siteName: 'Rheinblick Zeitung',
};

// ---------------------------------------------------------------------------------------------------
// English

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const EN_CITIES = ['Manchester', 'Leeds', 'Denver', 'Toronto', 'Rotterdam', 'Glasgow', 'Austin', 'Adelaide', 'Cardiff', 'Halifax'];
const EN_COMPANIES = ['Vantrell Group', 'Calder Energy', 'Osmond Pharma', 'Kestrel Logistics', 'Marlow Bank', 'Tessaly Motors', 'Brennick Steel', 'Northgate Foods'];
const EN_ROLES = ['Finance Minister', 'Chief Executive', 'union leader', 'Mayor', 'analyst', 'Trade Secretary', 'chief financial officer'];

const enMoney = (c: Ctx): string => {
  const n = c.rng() < 0.5 ? String(c.int(2, 99)) : `${c.int(1, 9)}.${c.int(1, 9)}`;
  return `${c.pick(['$', '$', '€', '£'])}${n} ${c.pick(['million', 'billion'])}`;
};
const enPercent = (c: Ctx): string => {
  const n = c.rng() < 0.5 ? String(c.int(2, 40)) : `${c.int(0, 19)}.${c.int(1, 9)}`;
  return c.rng() < 0.5 ? `${n}%` : `${n} percent`;
};
const enDate = (c: Ctx): string => `${c.pick(EN_MONTHS)} ${c.int(1, 28)}, ${c.int(2019, 2025)}`;
const enCount = (c: Ctx): string => `${c.int(1, 48)},${String(c.int(0, 999)).padStart(3, '0')}`;
const enFull = (p: Person): string => `${p.first} ${p.last}`;
const enPronoun = (p: Person): string => (p.female ? 'she' : 'he');

const EN_QUOTES: Template[] = [
  () => 'We are not going to walk away from this site',
  () => 'The numbers show that the investment has paid off',
  () => 'This is a difficult day for our employees',
  () => 'We underestimated the risks, and we are taking responsibility for that',
  () => "Nobody can say today what the final bill will be",
  () => 'The talks are hard, but we are making progress',
  () => 'Without more funding the project will not be finished',
  () => 'We expect a decision before the summer',
  () => 'Prices will keep rising next year',
  () => "The offer is well below what the company is worth",
  () => 'For customers, nothing changes for now',
  () => "We're looking at every option, including a sale",
  (c) => `We plan to invest about ${enMoney(c)} by ${c.int(2026, 2032)}`,
  (c) => `A drop of ${enPercent(c)} is simply not acceptable to us`,
  (c) => `Nothing has changed since ${enDate(c)}`,
];

const EN_GROUPS: [number, Template[]][] = [
  [
    30,
    [
      (c) => `${c.pick(EN_COMPANIES)} reported revenue of ${enMoney(c)} in the ${c.pick(['first', 'second', 'third', 'fourth'])} quarter, up ${enPercent(c)} from a year earlier.`,
      (c) => `On ${enDate(c)}, the economy ministry in ${c.pick(EN_CITIES)} published a draft running to ${c.int(20, 400)} pages.`,
      (c) => `Headcount fell to ${enCount(c)} over the same period.`,
      (c) => `The board is due to discuss the plans on ${c.pick(EN_DAYS)}.`,
      (c) => `Shares in ${c.pick(EN_COMPANIES)} fell ${enPercent(c)} after the announcement.`,
      (c) => `The plant in ${c.pick(EN_CITIES)} currently employs about ${enCount(c)} people.`,
      (c) => `As early as ${c.pick(EN_MONTHS)} ${c.int(2019, 2024)}, ${c.pick(EN_COMPANIES)} had announced plans to cut output.`,
      (c) => `Inflation stood at ${enPercent(c)} in ${c.pick(EN_MONTHS)}.`,
      (c) => `In total, about ${enMoney(c)} is to be invested in new facilities by ${c.int(2026, 2032)}.`,
      (c) => `The union called a strike for ${enDate(c)}.`,
      (c) => `${c.int(20, 40)} of the ${c.int(41, 70)} council members in ${c.pick(EN_CITIES)} voted for the plan.`,
      (c) => `${c.pick(EN_COMPANIES)} has been one of the region's largest employers since ${c.int(1995, 2020)}.`,
      (c) => `The regulator had most recently extended the deadline to ${enDate(c)}.`,
    ],
  ],
  // Direct quotes in “…” with a speech frame, also split around the frame.
  [
    22,
    [
      (c) => `“${c.pick(EN_QUOTES)(c)},” said ${enFull(c.person())}.`,
      (c) => `“${c.pick(EN_QUOTES)(c)},” ${c.pick(EN_ROLES)} ${enFull(c.person())} said.`,
      (c) => `“${c.pick(EN_QUOTES)(c)},” said the minister.`,
      (c) => `${enFull(c.person())} said: “${c.pick(EN_QUOTES)(c)}.”`,
      (c) => `“${c.pick(EN_QUOTES)(c)},” a spokesperson for ${c.pick(EN_COMPANIES)} said.`,
      (c) => `“${c.pick(EN_QUOTES)(c)},” ${enPronoun(c.current())} added.`,
      (c) => `“${c.pick(EN_QUOTES)(c)},” ${c.current().last} told reporters in ${c.pick(EN_CITIES)} on ${c.pick(EN_DAYS)}.`,
      (c) => `“The talks are hard,” ${c.current().last} said, “but we are making progress.”`,
    ],
  ],
  // Reported speech.
  [
    18,
    [
      (c) => `${cap(enPronoun(c.current()))} said the company had lowered its forecast for the year.`,
      (c) => `${enFull(c.person())} said the government was ready for further talks.`,
      (c) => `A spokesperson for ${c.pick(EN_COMPANIES)} said the company would cut about ${enCount(c)} jobs by ${c.int(2026, 2030)}.`,
      (c) => `${c.current().last} said costs had risen ${enPercent(c)} since ${c.pick(EN_MONTHS)}.`,
      () => 'The ministry said there was no evidence of wrongdoing.',
      (c) => `${c.pick(EN_ROLES).replace(/^./, (s) => s.toUpperCase())} ${enFull(c.person())} said the purchase price was ${enMoney(c)}.`,
      (c) => `According to ${enFull(c.current())}, supply chains have largely stabilised.`,
    ],
  ],
  // Hedged statements.
  [
    15,
    [
      (c) => `${c.pick(EN_COMPANIES)} has reportedly offered ${enMoney(c)} for ${c.pick(EN_COMPANIES)}.`,
      (c) => `According to people familiar with the matter, a decision could come as early as ${c.pick(EN_MONTHS)}.`,
      (c) => `${c.pick(EN_COMPANIES)} is also said to be considering a sale of its ${c.pick(EN_CITIES)} unit.`,
      () => 'Several bids have allegedly already been submitted.',
      (c) => `The talks were apparently suspended on ${c.pick(EN_DAYS)}, sources said.`,
      (c) => `The ministry is believed to expect extra costs of up to ${enMoney(c)}.`,
      () => 'The date may be pushed back again.',
      (c) => `Cuts of up to ${enPercent(c)} of jobs are reportedly under discussion.`,
    ],
  ],
];

const EN_CLOSERS = [
  'Unclear.',
  'Details pending.',
  'That remains open.',
  'A statement is pending.',
  'The deadline ends in autumn.',
  'Talks are set to resume soon.',
  'The ministry did not respond on Tuesday.',
  'Whether the timetable will hold is still unclear.',
  'The report is expected to be published in coming weeks.',
  'The opposition said it would raise the issue in committee again.',
  'The full report is expected in the coming weeks.',
  'A spokeswoman declined to comment on the details when asked on Monday.',
  'Consumer groups advised customers to check their contracts calmly and to wait.',
  'The chamber plans to review the result.',
  'The committee meets again on Thursday.',
];

const ENGLISH: Language = {
  people: [
    { first: 'Sarah', female: true },
    { first: 'David', female: false },
    { first: 'Emily', female: true },
    { first: 'James', female: false },
    { first: 'Priya', female: true },
    { first: 'Michael', female: false },
    { first: 'Laura', female: true },
    { first: 'Daniel', female: false },
    { first: 'Grace', female: true },
    { first: 'Samuel', female: false },
  ],
  lastNames: ['Mitchell', 'Okafor', 'Chen', 'Walsh', 'Raman', 'Torres', 'Bennett', 'Brooks', 'Holloway', 'Reyes', "O'Neill", 'Lindqvist'],
  groups: EN_GROUPS,
  closers: EN_CLOSERS,
  title: (c) => `${c.pick(EN_COMPANIES)} announces overhaul, ${enCount(c)} jobs affected`,
  byline: (c) => {
    const p = c.person();
    return `By ${p.first} ${p.last}`;
  },
  siteName: 'The Harbour Ledger',
};

const LANGUAGES: Record<BenchLanguage, Language> = { de: GERMAN, en: ENGLISH };

// ---------------------------------------------------------------------------------------------------
// Building the article

/** Closing sentences by word count; every count from 1 to CLOSER_MAX must be there. */
function closersByLength(lang: Language): Map<number, string[]> {
  const byLength = new Map<number, string[]>();
  for (const sentence of lang.closers) {
    const n = countWords(sentence);
    byLength.set(n, [...(byLength.get(n) ?? []), sentence]);
  }
  return byLength;
}
const CLOSER_MAX = 12;

function sentence(c: Ctx, lang: Language): string {
  const total = lang.groups.reduce((sum, [weight]) => sum + weight, 0);
  let r = c.rng() * total;
  for (const [weight, templates] of lang.groups) {
    r -= weight;
    if (r < 0) return c.pick(templates)(c);
  }
  return c.pick((lang.groups[0] as [number, Template[]])[1])(c);
}

/**
 * One paragraph of at least `min` and at most `max` words (exactly `max` when min === max): template
 * sentences while they fit, then, if needed, one short closing sentence of the missing length.
 */
function paragraph(c: Ctx, lang: Language, closers: Map<number, string[]>, min: number, max: number): string {
  const parts: string[] = [];
  let words = 0;
  let misses = 0;
  while (words < min) {
    const room = max - words;
    const candidate = sentence(c, lang);
    const n = countWords(candidate);
    const left = room - n;
    // A sentence fits if it leaves no gap below `min`, or a gap a closing sentence can fill (not 1–2 words).
    if (n <= room && (words + n >= min || left === 0 || left >= 3)) {
      parts.push(candidate);
      words += n;
      misses = 0;
      continue;
    }
    if (++misses < 12) continue;
    const fill = Math.min(room, CLOSER_MAX);
    parts.push(c.pick(closers.get(fill) as string[]));
    words += fill;
    misses = 0;
  }
  return parts.join(' ');
}

/**
 * A news-like article of exactly `words` words (countWords over the blocks) in German or English, in
 * paragraphs of 40–90 words (the last one shorter only when the whole article is). Deterministic:
 * the same language, size and seed give the same article.
 */
export function generateArticle(language: BenchLanguage, words: number, seed = 1): ArticleInput {
  const lang = LANGUAGES[language];
  const c = makeCtx(mulberry32(seedOf(`newslens-bench:${language}:${words}:${seed}`)), lang.people, lang.lastNames);
  const closers = closersByLength(lang);
  for (let n = 1; n <= CLOSER_MAX; n++) {
    if (!closers.has(n)) throw new Error(`bench-articles: no ${language} closing sentence of ${n} words`);
  }
  const title = lang.title(c);
  const byline = lang.byline(c);
  c.forget();
  const blocks: ArticleInput['blocks'] = [];
  let remaining = words;
  while (remaining > 0) {
    let text: string;
    if (remaining <= PARAGRAPH_MAX) {
      text = paragraph(c, lang, closers, remaining, remaining);
    } else {
      const upper = Math.min(PARAGRAPH_MAX, remaining - PARAGRAPH_MIN); // leaves at least one full paragraph
      const target = c.int(PARAGRAPH_MIN, upper);
      text = paragraph(c, lang, closers, target, upper);
    }
    blocks.push({ kind: 'paragraph', text });
    remaining -= countWords(text);
  }
  const input: ArticleInput = {
    blocks,
    title,
    byline,
    published: `${c.int(2023, 2025)}-${String(c.int(1, 12)).padStart(2, '0')}-${String(c.int(1, 28)).padStart(2, '0')}`,
    siteName: lang.siteName,
    declaredLang: language,
  };
  const counted = countWords(blocks.map((b) => b.text).join('\n\n'));
  if (counted !== words) throw new Error(`bench-articles: ${language} article has ${counted} words, wanted ${words}`);
  return input;
}
