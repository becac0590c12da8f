// Dutch: how the press writes figures and dates.
import type { FactsWords } from '../../facts/types';
import { currencySigns } from '../../facts/signs';

export const facts: FactsWords = {
  decimalSeparator: ',',
  scales: { duizend: 1e3, miljoen: 1e6, mln: 1e6, miljard: 1e9, mld: 1e9, mrd: 1e9, honderden: 100, duizenden: 1e3 },
  currencies: { ...currencySigns, euro: 'EUR', dollar: 'USD', pond: 'GBP', 'zwitserse frank': 'CHF', frank: 'CHF' },
  percentWords: ['procent', '%'],
  numberWords: { twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12 },
  // `jan` is left out: as `Jan` it is the commonest Dutch given name (`zei minister Jan de Vries`), and the
  // speaker finder takes any month word for no name; the press writes `januari` in running text.
  months: {
    januari: 1, februari: 2, feb: 2, maart: 3, mrt: 3, april: 4, apr: 4, mei: 5, juni: 6, juli: 7,
    augustus: 8, aug: 8, september: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
  },
  weekdays: { zondag: 0, maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6 },
  units: { km: 'km', kilometer: 'km', mensen: 'people', personen: 'people', inwoners: 'inhabitants', jaar: 'years', procentpunten: 'percentage points' },
  leads: ['op', 'in', 'sinds', 'tot', 'vanaf'],
  parts: ['begin', 'eind', 'half', 'medio', 'midden'],
  quarters: ['kwartaal'],
  ordinals: { eerste: 1, tweede: 2, derde: 3, vierde: 4 },
  decadeLeads: ['jaren'],
  relative: { vandaag: ['day', 0], gisteren: ['day', -1], eergisteren: ['day', -2], morgen: ['day', 1], overmorgen: ['day', 2] },
  periods: { week: 'week', maand: 'month', jaar: 'year' },
  shifts: { vorige: -1, vorig: -1, afgelopen: -1, volgende: 1, volgend: 1, komende: 1, komend: 1, deze: 0, dit: 0 },
  // After a number the year is singular: `twee jaar geleden`.
  spans: { dag: 'day', dagen: 'day', week: 'week', weken: 'week', maand: 'month', maanden: 'month', jaar: 'year', jaren: 'year' },
  countBefore: { over: 1 },
  countAfter: { geleden: -1 },
  ones: ['een'],
  // `de morgen`, `elke morgen`, `'s morgens`: the morning; `de volgende week`: the week after the story's.
  notAfter: { morgen: ['de', 'deze', 'die', 'elke', 'iedere', 'een', 'goede', 'hele', "'s"], volgende: ['de'] },
  timeWords: ['uur'],
  referenceWords: ['pagina', 'blz.', 'nr.', 'artikel', 'hoofdstuk'],
};
