// French: how the press writes figures and dates. Thousands are grouped with (narrow) no-break spaces.
import type { FactsWords } from '../../facts/types';
import { currencySigns } from '../../facts/signs';

export const facts: FactsWords = {
  decimalSeparator: ',',
  // `12 millions d'euros`: the engine reads the short linking word (`d'`, `de`) between scale and currency.
  scales: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9, centaines: 100, milliers: 1e3 },
  currencies: { ...currencySigns, euro: 'EUR', euros: 'EUR', dollar: 'USD', dollars: 'USD', livres: 'GBP', 'livres sterling': 'GBP', 'francs suisses': 'CHF', francs: 'CHF' },
  percentWords: ['pour cent', '%'],
  numberWords: { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12 },
  months: {
    janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7,
    juil: 7, août: 8, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, décembre: 12, déc: 12,
  },
  weekdays: { dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6 },
  units: { km: 'km', kilomètres: 'km', personnes: 'people', habitants: 'inhabitants', ans: 'years', 'points de pourcentage': 'percentage points' },
  leads: ['le', 'en', 'depuis', 'dès', "jusqu'en", 'au'],
  parts: ['début', 'fin', 'mi-', 'à la fin de', 'au début de'],
  quarters: ['trimestre'],
  ordinals: { premier: 1, deuxième: 2, second: 2, troisième: 3, quatrième: 4 },
  decadeLeads: ['années'],
  relative: { "aujourd'hui": ['day', 0], hier: ['day', -1], 'avant-hier': ['day', -2], demain: ['day', 1], 'après-demain': ['day', 2] },
  relativeLeads: ['la', "l'"],
  periods: { semaine: 'week', mois: 'month', an: 'year', année: 'year' },
  shifts: { ce: 0, cet: 0, cette: 0 },
  shiftsAfter: { dernier: -1, dernière: -1, passé: -1, passée: -1, prochain: 1, prochaine: 1 },
  spans: { jour: 'day', jours: 'day', semaine: 'week', semaines: 'week', mois: 'month', an: 'year', ans: 'year', année: 'year', années: 'year' },
  countBefore: { 'il y a': -1, dans: 1 },
  ones: ['un', 'une'],
  timeWords: ['h', 'heures'],
  referenceWords: ['page', 'p.', 'n°', 'no', 'article', 'chapitre'],
};
