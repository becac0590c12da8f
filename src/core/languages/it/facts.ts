// Italian: how the press writes figures and dates.
import type { FactsWords } from '../../facts/types';
import { currencySigns } from '../../facts/signs';

export const facts: FactsWords = {
  decimalSeparator: ',',
  // `2 miliardi di euro`: the engine reads the linking `di`. `mln`, `mld` are the press's abbreviations.
  scales: { mila: 1e3, mille: 1e3, milione: 1e6, milioni: 1e6, mln: 1e6, miliardo: 1e9, miliardi: 1e9, mld: 1e9, mrd: 1e9, centinaia: 100, migliaia: 1e3 },
  currencies: { ...currencySigns, euro: 'EUR', dollaro: 'USD', dollari: 'USD', sterline: 'GBP', 'franchi svizzeri': 'CHF', franchi: 'CHF' },
  percentWords: ['per cento', '%'],
  numberWords: { due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12 },
  months: {
    gennaio: 1, genn: 1, febbraio: 2, febbr: 2, marzo: 3, aprile: 4, apr: 4, maggio: 5, giugno: 6, luglio: 7,
    agosto: 8, ago: 8, settembre: 9, sett: 9, ottobre: 10, ott: 10, novembre: 11, nov: 11, dicembre: 12, dic: 12,
  },
  weekdays: { domenica: 0, lunedì: 1, martedì: 2, mercoledì: 3, giovedì: 4, venerdì: 5, sabato: 6 },
  units: { km: 'km', chilometri: 'km', persone: 'people', abitanti: 'inhabitants', anni: 'years', 'punti percentuali': 'percentage points' },
  leads: ['il', 'a', 'in', 'dal', 'dallo', 'fino a', 'nel'],
  parts: ['inizio', 'fine', 'metà', 'a fine', 'a metà', "all'inizio di"],
  links: ['del'],
  quarters: ['trimestre'],
  ordinals: { primo: 1, secondo: 2, terzo: 3, quarto: 4 },
  decadeLeads: ['anni'],
  relative: { oggi: ['day', 0], ieri: ['day', -1], "l'altro ieri": ['day', -2], domani: ['day', 1], dopodomani: ['day', 2] },
  relativeLeads: ['la', 'lo', "l'", 'nella', "nell'", 'della', 'dello', "dell'"],
  periods: { settimana: 'week', mese: 'month', anno: 'year' },
  shifts: { scorso: -1, scorsa: -1, prossimo: 1, prossima: 1, questo: 0, questa: 0, "quest'": 0 },
  shiftsAfter: { scorso: -1, scorsa: -1, passato: -1, passata: -1, prossimo: 1, prossima: 1 },
  spans: { giorno: 'day', giorni: 'day', settimana: 'week', settimane: 'week', mese: 'month', mesi: 'month', anno: 'year', anni: 'year' },
  countBefore: { tra: 1, fra: 1 },
  countAfter: { fa: -1 },
  ones: ['un', 'una'],
  // `il domani`, `l'Italia di domani`: the future.
  notAfter: { domani: ['il', 'del', 'di'] },
  timeWords: ['ore'],
  referenceWords: ['pagina', 'pag.', 'n.', 'articolo', 'capitolo'],
};
