// English: how the press writes figures and dates.
import type { FactsWords } from '../../facts/types';
import { currencySigns } from '../../facts/signs';

export const facts: FactsWords = {
  decimalSeparator: '.',
  scales: {
    thousand: 1e3,
    // One-letter scales count only glued to an amount with a currency (`€1.2m`, `$5k`): `5 m` is metres.
    k: 1e3,
    m: 1e6,
    million: 1e6,
    millions: 1e6,
    mn: 1e6,
    mln: 1e6,
    billion: 1e9,
    billions: 1e9,
    bn: 1e9,
    trillion: 1e12,
    tn: 1e12,
    hundreds: 100,
    thousands: 1e3,
    dozens: 12,
  },
  currencies: {
    ...currencySigns,
    dollar: 'USD', dollars: 'USD', 'us dollars': 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
    sterling: 'GBP', 'swiss francs': 'CHF', francs: 'CHF', yen: 'JPY', yuan: 'CNY', roubles: 'RUB', rubles: 'RUB',
  },
  percentWords: ['percent', 'per cent', 'pct', '%'],
  numberWords: {
    two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    twenty: 20, thirty: 30, fifty: 50, hundred: 100, dozen: 12,
  },
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
    nov: 11, december: 12, dec: 12,
  },
  // Full names only: `sun`, `sat`, `wed` are words.
  weekdays: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
  units: {
    km: 'km', kilometres: 'km', kilometers: 'km', miles: 'miles', metres: 'm', meters: 'm', kg: 'kg',
    tonnes: 't', tons: 't', hectares: 'ha', degrees: '°',
    people: 'people', persons: 'people', residents: 'inhabitants', inhabitants: 'inhabitants',
    employees: 'employees', workers: 'employees', children: 'children', deaths: 'deaths', votes: 'votes',
    countries: 'countries', years: 'years', months: 'months', days: 'days', hours: 'hours',
    'percentage points': 'percentage points', 'percentage point': 'percentage points',
    // What the press counts most besides people; with one of them a four-digit number is no year (`1212 pages`).
    pages: 'pages', soldiers: 'soldiers', troops: 'soldiers', officers: 'police officers', spectators: 'spectators',
    visitors: 'visitors', participants: 'participants', protesters: 'protesters', passengers: 'passengers', vehicles: 'vehicles', homes: 'homes',
  },
  capitalised: true,
  monthFirst: true,
  leads: ['on', 'in', 'since', 'until', 'by', 'from', 'in the'],
  parts: ['early', 'late', 'mid-', 'mid', 'the end of', 'the start of', 'the beginning of', 'end of', 'the middle of'],
  links: ['of', 'the'],
  quarters: ['quarter'],
  ordinals: { first: 1, second: 2, third: 3, fourth: 4 },
  decadeEnds: ['s', "'s"],
  // `today's vote` is a date too: the possessive names the publication day more often than nowadays.
  relative: {
    today: ['day', 0], yesterday: ['day', -1], tomorrow: ['day', 1],
    'the day before yesterday': ['day', -2], 'the day after tomorrow': ['day', 2],
  },
  periods: { week: 'week', month: 'month', year: 'year' },
  shifts: { last: -1, next: 1, this: 0 },
  spans: { day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year' },
  countBefore: { in: 1 },
  countAfter: { ago: -1 },
  ones: ['a', 'an', 'one'],
  // `the last week`, `the next year`: counted from the story's time, not the article's.
  notAfter: { last: ['the'], next: ['the'] },
  retroCues: [
    'first', 'time', 'ever', 'highest', 'lowest', 'biggest', 'largest', 'smallest', 'worst', 'best', 'fastest',
    'slowest', 'strongest', 'weakest', 'hottest', 'coldest', 'since',
  ],
  timeWords: ['am', 'pm', 'a.m.', 'p.m.', "o'clock", 'gmt', 'bst', 'et'],
  referenceWords: ['page', 'p.', 'pp.', 'no.', 'number', 'chapter', 'article', 'section', '§', 'flight', 'route'],
};
