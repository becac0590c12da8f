// Spanish: how the press writes figures and dates.
import type { FactsWords } from '../../facts/types';
import { currencySigns } from '../../facts/signs';

export const facts: FactsWords = {
  decimalSeparator: ',',
  // `mil millones` is 10^9; `billón` is 10^12. `3 millones de dólares`: the engine reads the linking `de`.
  scales: { mil: 1e3, millón: 1e6, millones: 1e6, 'mil millones': 1e9, millardo: 1e9, millardos: 1e9, billón: 1e12, billones: 1e12, cientos: 100, miles: 1e3 },
  currencies: { ...currencySigns, euro: 'EUR', euros: 'EUR', dólar: 'USD', dólares: 'USD', dolares: 'USD', libras: 'GBP', 'francos suizos': 'CHF', francos: 'CHF' },
  percentWords: ['por ciento', '%'],
  numberWords: { dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12 },
  months: {
    enero: 1, ene: 1, febrero: 2, feb: 2, marzo: 3, mar: 3, abril: 4, abr: 4, mayo: 5, junio: 6, jun: 6, julio: 7,
    jul: 7, agosto: 8, ago: 8, septiembre: 9, setiembre: 9, sept: 9, octubre: 10, oct: 10, noviembre: 11, nov: 11,
    diciembre: 12, dic: 12,
  },
  weekdays: { domingo: 0, lunes: 1, martes: 2, miércoles: 3, miercoles: 3, jueves: 4, viernes: 5, sábado: 6, sabado: 6 },
  units: { km: 'km', kilómetros: 'km', personas: 'people', habitantes: 'inhabitants', años: 'years', 'puntos porcentuales': 'percentage points' },
  leads: ['el', 'en', 'desde', 'hasta', 'a'],
  parts: ['principios de', 'finales de', 'mediados de', 'fines de'],
  links: ['de', 'del'],
  quarters: ['trimestre'],
  ordinals: { primer: 1, primero: 1, segundo: 2, tercer: 3, tercero: 3, cuarto: 4 },
  decadeLeads: ['años'],
  relative: { hoy: ['day', 0], ayer: ['day', -1], anteayer: ['day', -2], mañana: ['day', 1], 'pasado mañana': ['day', 2] },
  relativeLeads: ['la', 'del'],
  periods: { semana: 'week', mes: 'month', año: 'year' },
  shifts: { próximo: 1, próxima: 1, pasado: -1, pasada: -1, este: 0, esta: 0 },
  shiftsAfter: { pasado: -1, pasada: -1, próximo: 1, próxima: 1, 'que viene': 1 },
  spans: { día: 'day', días: 'day', semana: 'week', semanas: 'week', mes: 'month', meses: 'month', año: 'year', años: 'year' },
  countBefore: { hace: -1, 'dentro de': 1 },
  ones: ['un', 'una'],
  // `por la mañana`, `esta mañana`, `cada mañana`: the morning; `el mañana`: the future.
  notAfter: { mañana: ['la', 'esta', 'una', 'cada', 'toda', 'el', 'media'] },
  timeWords: ['h', 'horas'],
  referenceWords: ['página', 'pág.', 'n.º', 'nº', 'artículo', 'capítulo'],
};
