// German: how the press writes figures and dates.
import type { FactsWords } from '../../facts/types';
import { currencySigns } from '../../facts/signs';

/** An adjective in all its endings (`letzt` → `letzte`, `letzten`, `letzter`, `letztes`, `letztem`) → offset. */
const inflected = (stem: string, offset: number): Record<string, number> =>
  Object.fromEntries(['e', 'en', 'er', 'es', 'em'].map((end) => [stem + end, offset]));

export const facts: FactsWords = {
  decimalSeparator: ',',
  scales: {
    tausend: 1e3,
    million: 1e6,
    millionen: 1e6,
    mio: 1e6,
    'mio.': 1e6,
    milliarde: 1e9,
    milliarden: 1e9,
    mrd: 1e9,
    'mrd.': 1e9,
    // German Billion is 10^12 (the English billion is Milliarde).
    billion: 1e12,
    billionen: 1e12,
    // Count nouns: `Hunderte Menschen`, `Hunderten von Millionen`.
    hunderte: 100,
    hunderten: 100,
    tausende: 1e3,
    tausenden: 1e3,
    dutzende: 12,
  },
  currencies: {
    ...currencySigns,
    euro: 'EUR',
    'us-dollar': 'USD',
    dollar: 'USD',
    pfund: 'GBP',
    'britische pfund': 'GBP',
    franken: 'CHF',
    'schweizer franken': 'CHF',
    yen: 'JPY',
    yuan: 'CNY',
    rubel: 'RUB',
  },
  percentWords: ['prozent', '%'],
  numberWords: {
    zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
    zwanzig: 20, dreißig: 30, fünfzig: 50, hundert: 100,
  },
  months: {
    januar: 1, jänner: 1, jan: 1, februar: 2, feb: 2, märz: 3, mär: 3, april: 4, apr: 4, mai: 5, juni: 6,
    juli: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, november: 11, nov: 11,
    dezember: 12, dez: 12,
  },
  // Full names only: `So`, `Mo`, `Di`, `Sa` are also `so`, `Mo(ritz)`, `di`, `Sa(chsen)`.
  weekdays: { sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6 },
  units: {
    km: 'km', kilometer: 'km', kilometern: 'km', meter: 'm', metern: 'm', kilogramm: 'kg', kg: 'kg',
    tonnen: 't', hektar: 'ha', grad: '°',
    menschen: 'people', personen: 'people', einwohner: 'inhabitants', einwohnern: 'inhabitants',
    mitarbeiter: 'employees', mitarbeitern: 'employees', beschäftigte: 'employees', kinder: 'children',
    tote: 'deaths', toten: 'deaths', verletzte: 'injured', stimmen: 'votes', länder: 'countries', ländern: 'countries',
    jahre: 'years', jahren: 'years', monate: 'months', monaten: 'months', tage: 'days', tagen: 'days',
    stunden: 'hours', prozentpunkte: 'percentage points', prozentpunkten: 'percentage points',
    // What the press counts most besides people; with one of them a four-digit number is no year (`eine 1212 Seiten starke Mappe`).
    seiten: 'pages', soldaten: 'soldiers', polizisten: 'police officers', zuschauer: 'spectators', besucher: 'visitors',
    teilnehmer: 'participants', demonstranten: 'protesters', passagiere: 'passengers', fahrzeuge: 'vehicles', wohnungen: 'homes',
  },
  capitalised: true,
  ordinalDot: true,
  // Words that open a date phrase; a month alone counts only after one of these or a part word.
  leads: ['am', 'im', 'in', 'in den', 'vom', 'zum', 'seit', 'bis', 'ab', 'bis zum', 'seit dem'],
  parts: ['anfang', 'ende', 'mitte'],
  quarters: ['quartal', 'quartals'],
  ordinals: { ersten: 1, erste: 1, zweiten: 2, zweite: 2, dritten: 3, dritte: 3, vierten: 4, vierte: 4 },
  decadeEnds: ['er'],
  decadeTails: ['jahre', 'jahren'],
  // `morgen` is tomorrow, but `am Morgen`, `heute Morgen`, `jeden Morgen` the morning: see notAfter, nounsWhenCapitalised.
  relative: { heute: ['day', 0], gestern: ['day', -1], vorgestern: ['day', -2], morgen: ['day', 1], übermorgen: ['day', 2] },
  relativeLeads: ['in der', 'seit der', 'bis zur', 'ab der'],
  periods: { woche: 'week', monat: 'month', monats: 'month', jahr: 'year', jahres: 'year' },
  // Every ending: `letzte Woche`, `letzten Monat`, `im vergangenen Jahr`, `Ende vorigen Jahres`, `kommenden Freitag`.
  shifts: {
    ...inflected('letzt', -1), ...inflected('vergangen', -1), ...inflected('vorig', -1),
    ...inflected('nächst', 1), ...inflected('kommend', 1), ...inflected('dies', 0),
  },
  spans: {
    tag: 'day', tage: 'day', tagen: 'day', woche: 'week', wochen: 'week', monat: 'month', monate: 'month',
    monaten: 'month', jahr: 'year', jahre: 'year', jahren: 'year',
  },
  countBefore: { vor: -1, in: 1 },
  ones: ['einem', 'einer'],
  notAfter: { morgen: ['am', 'heute', 'gestern', 'vorgestern', 'morgen'] },
  nounsWhenCapitalised: ['morgen'],
  retroCues: ['erstmals', 'mal', 'höchste', 'höchsten', 'niedrigste', 'niedrigsten', 'stärkste', 'stärksten'],
  timeWords: ['uhr'],
  referenceWords: ['seite', 's.', 'nr.', 'nummer', 'kapitel', 'artikel', 'art.', 'absatz', 'abs.', 'paragraf', '§', 'platz'],
};
