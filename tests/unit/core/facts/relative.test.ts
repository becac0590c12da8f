// Relative dates by our own lexicon rules, in all six languages: days, periods moved by a shift word,
// weekdays relative to the reference and counted spans, with the words that only look like them
// (German `Morgen` the morning, `at last`, `next to`, `the last week`, `the highest in 20 years`).
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../../src/core/facts';
import { facts as de } from '../../../../src/core/languages/de/facts';
import { facts as en } from '../../../../src/core/languages/en/facts';
import { facts as fr } from '../../../../src/core/languages/fr/facts';
import { facts as es } from '../../../../src/core/languages/es/facts';
import { facts as itLex } from '../../../../src/core/languages/it/facts';
import { facts as nl } from '../../../../src/core/languages/nl/facts';

const LEX = { de, en, fr, es, it: itLex, nl };
type Code = keyof typeof LEX;
/** Thursday, 20 April 2023: the week's Monday is 17 April. */
const REF = new Date('2023-04-20T09:00:00Z');
const dates = (code: Code, text: string, ref: Date | null = REF) =>
  findFigures(text, { code, facts: LEX[code] }, ref)
    .filter((f) => f.kind === 'date')
    .map((f) => [f.text, f.resolved]);

type Row = [Code, string, string, string];

describe('relative days', () => {
  it.each<Row>([
    ['de', 'Gestern tagte der Rat.', 'Gestern', '2023-04-19'],
    ['de', 'Der Rat tagt heute.', 'heute', '2023-04-20'],
    ['de', 'Der Rat tagt morgen.', 'morgen', '2023-04-21'],
    ['de', 'Morgen tagt der Rat.', 'Morgen', '2023-04-21'],
    ['de', '„Morgen entscheiden wir“, sagte sie.', 'Morgen', '2023-04-21'],
    ['de', 'Das gilt ab morgen.', 'morgen', '2023-04-21'],
    ['de', 'Der Rat tagte vorgestern.', 'vorgestern', '2023-04-18'],
    ['de', 'Der Rat tagt übermorgen.', 'übermorgen', '2023-04-22'],
    ['en', 'Yesterday the board met.', 'Yesterday', '2023-04-19'],
    ['en', 'The board meets today.', 'today', '2023-04-20'],
    ['en', 'The board meets tomorrow.', 'tomorrow', '2023-04-21'],
    ['en', "In today's vote the board split.", 'today', '2023-04-20'], // decided: `today's` is a date
    ['en', 'It ends the day after tomorrow.', 'the day after tomorrow', '2023-04-22'],
    ['fr', 'Hier, le conseil a voté.', 'Hier', '2023-04-19'],
    ['fr', "Le conseil vote aujourd'hui.", "aujourd'hui", '2023-04-20'],
    ['fr', 'Le conseil vote demain.', 'demain', '2023-04-21'],
    ['fr', 'Le conseil vote après-demain.', 'après-demain', '2023-04-22'],
    ['es', 'Ayer votó el consejo.', 'Ayer', '2023-04-19'],
    ['es', 'El consejo vota hoy.', 'hoy', '2023-04-20'],
    ['es', 'El consejo vota mañana.', 'mañana', '2023-04-21'],
    ['es', 'El consejo vota pasado mañana.', 'pasado mañana', '2023-04-22'],
    ['it', 'Ieri il consiglio ha votato.', 'Ieri', '2023-04-19'],
    ['it', 'Il consiglio vota oggi.', 'oggi', '2023-04-20'],
    ['it', 'Il consiglio vota domani.', 'domani', '2023-04-21'],
    ['nl', 'Gisteren stemde de raad.', 'Gisteren', '2023-04-19'],
    ['nl', 'De raad stemt vandaag.', 'vandaag', '2023-04-20'],
    ['nl', 'De raad stemt morgen.', 'morgen', '2023-04-21'],
    ['nl', 'De raad stemt overmorgen.', 'overmorgen', '2023-04-22'],
  ])('%s: %s', (code, text, phrase, resolved) => {
    expect(dates(code, text)).toEqual([[phrase, resolved]]);
  });
});

describe('relative periods', () => {
  it.each<Row>([
    ['de', 'Letzte Woche war es ruhig.', 'Letzte Woche', '2023-04-10'],
    ['de', 'Das war letzten Monat.', 'letzten Monat', '2023-03'],
    ['de', 'Das Defizit wuchs im vergangenen Jahr.', 'im vergangenen Jahr', '2022'],
    ['de', 'Die Zahlen kommen in der kommenden Woche.', 'in der kommenden Woche', '2023-04-24'],
    ['de', 'Vorige Woche sprach er.', 'Vorige Woche', '2023-04-10'],
    ['de', 'Nächste Woche wird gewählt.', 'Nächste Woche', '2023-04-24'],
    ['de', 'Nächstes Jahr wird gewählt.', 'Nächstes Jahr', '2024'],
    ['de', 'Kommenden Monat wird gewählt.', 'Kommenden Monat', '2023-05'],
    ['de', 'Diese Woche wird gewählt.', 'Diese Woche', '2023-04-17'],
    ['de', 'Im Herbst vergangenen Jahres stieg er.', 'vergangenen Jahres', '2022'],
    ['en', 'Last week the board met.', 'Last week', '2023-04-10'],
    ['en', 'The board meets next month.', 'next month', '2023-05'],
    ['en', 'Prices rose this year.', 'this year', '2023'],
    ['en', "At last year's summit nothing happened.", 'last year', '2022'],
    ['fr', 'La semaine dernière, rien.', 'La semaine dernière', '2023-04-10'],
    ['fr', 'Il part la semaine prochaine.', 'la semaine prochaine', '2023-04-24'],
    ['fr', 'Le mois dernier, rien.', 'Le mois dernier', '2023-03'],
    ['fr', "L'année dernière, rien.", "L'année dernière", '2022'],
    ["fr", "L'an prochain, tout change.", "L'an prochain", '2024'],
    ['fr', 'Cette année, tout change.', 'Cette année', '2023'],
    ['es', 'La semana pasada no hubo nada.', 'La semana pasada', '2023-04-10'],
    ['es', 'Vuelve la semana próxima.', 'la semana próxima', '2023-04-24'],
    ['es', 'Vuelve la próxima semana.', 'la próxima semana', '2023-04-24'],
    ['es', 'El mes pasado no hubo nada.', 'El mes pasado', '2023-03'],
    ['es', 'Subió el año pasado.', 'el año pasado', '2022'],
    ['es', 'Subió este año.', 'este año', '2023'],
    ['it', 'La settimana scorsa nulla.', 'La settimana scorsa', '2023-04-10'],
    ['it', 'Torna la settimana prossima.', 'la settimana prossima', '2023-04-24'],
    ['it', 'Il mese scorso nulla.', 'Il mese scorso', '2023-03'],
    ['it', "L'anno scorso nulla.", "L'anno scorso", '2022'],
    ['it', "Quest'anno cresce.", "Quest'anno", '2023'],
    ['it', 'Lo scorso anno nulla.', 'Lo scorso anno', '2022'],
    ['nl', 'Vorige week gebeurde niets.', 'Vorige week', '2023-04-10'],
    ['nl', 'Hij komt volgende week.', 'volgende week', '2023-04-24'],
    ['nl', 'Vorig jaar gebeurde niets.', 'Vorig jaar', '2022'],
    ['nl', 'Volgend jaar komt hij.', 'Volgend jaar', '2024'],
    ['nl', 'Afgelopen maand gebeurde niets.', 'Afgelopen maand', '2023-03'],
  ])('%s: %s', (code, text, phrase, resolved) => {
    expect(dates(code, text)).toEqual([[phrase, resolved]]);
  });
});

describe('counted offsets', () => {
  it.each<Row>([
    ['de', 'Vor zwei Wochen hieß es anders.', 'Vor zwei Wochen', '2023-04-03'],
    ['de', 'Das war vor 3 Tagen.', 'vor 3 Tagen', '2023-04-17'],
    ['de', 'Das war vor einem Monat.', 'vor einem Monat', '2023-03'],
    ['de', 'Das war vor einer Woche.', 'vor einer Woche', '2023-04-10'],
    ['de', 'Das war vor zehn Jahren.', 'vor zehn Jahren', '2013'],
    ['de', 'Das Urteil fällt in zwei Wochen.', 'in zwei Wochen', '2023-05-01'],
    ['en', 'It happened two days ago.', 'two days ago', '2023-04-18'],
    ['en', 'It happened 3 weeks ago.', '3 weeks ago', '2023-03-27'],
    ['en', 'It happened a year ago.', 'a year ago', '2022'],
    ['en', 'The ruling is due in two weeks.', 'in two weeks', '2023-05-01'],
    ['fr', 'Il y a deux semaines, rien.', 'Il y a deux semaines', '2023-04-03'],
    ['fr', 'Il est parti il y a un an.', 'il y a un an', '2022'],
    ['fr', 'Il revient dans trois jours.', 'dans trois jours', '2023-04-23'],
    ['es', 'Hace dos semanas no hubo nada.', 'Hace dos semanas', '2023-04-03'],
    ['es', 'Se fue hace un año.', 'hace un año', '2022'],
    ['es', 'Vuelve dentro de dos meses.', 'dentro de dos meses', '2023-06'],
    ['it', 'Due settimane fa nulla.', 'Due settimane fa', '2023-04-03'],
    ['it', 'È partito un anno fa.', 'un anno fa', '2022'],
    ['it', 'Torna tra tre giorni.', 'tra tre giorni', '2023-04-23'],
    ['nl', 'Twee weken geleden gebeurde niets.', 'Twee weken geleden', '2023-04-03'],
    ['nl', 'Hij vertrok twee jaar geleden.', 'twee jaar geleden', '2021'],
    ['nl', 'Hij komt over drie dagen.', 'over drie dagen', '2023-04-23'],
  ])('%s: %s', (code, text, phrase, resolved) => {
    expect(dates(code, text)).toEqual([[phrase, resolved]]);
  });
});

describe('weekdays relative to the reference (Thursday)', () => {
  it.each<Row>([
    ['de', 'Am Dienstag sprach er.', 'Am Dienstag', '2023-04-18'],
    ['de', 'Letzten Dienstag sprach er.', 'Letzten Dienstag', '2023-04-18'],
    ['de', 'Er spricht am kommenden Freitag.', 'am kommenden Freitag', '2023-04-21'],
    ['de', 'Er spricht nächsten Montag.', 'nächsten Montag', '2023-04-24'],
    ['de', 'Vergangenen Donnerstag sprach er.', 'Vergangenen Donnerstag', '2023-04-13'],
    ['en', 'Last Monday the board met.', 'Last Monday', '2023-04-17'],
    ['en', 'The board meets next Friday.', 'next Friday', '2023-04-21'],
    ['en', 'The board met on Tuesday.', 'on Tuesday', '2023-04-18'],
    ['fr', 'Lundi dernier, rien.', 'Lundi dernier', '2023-04-17'],
    ['fr', 'Il revient lundi prochain.', 'lundi prochain', '2023-04-24'],
    ['es', 'El lunes pasado no hubo nada.', 'El lunes pasado', '2023-04-17'],
    ['es', 'Vuelve el próximo lunes.', 'el próximo lunes', '2023-04-24'],
    ['it', 'Lunedì scorso nulla.', 'Lunedì scorso', '2023-04-17'],
    ['it', 'Torna venerdì prossimo.', 'venerdì prossimo', '2023-04-21'],
    ['nl', 'Afgelopen maandag gebeurde niets.', 'Afgelopen maandag', '2023-04-17'],
    ['nl', 'Hij komt volgende maandag.', 'volgende maandag', '2023-04-24'],
  ])('%s: %s', (code, text, phrase, resolved) => {
    expect(dates(code, text)).toEqual([[phrase, resolved]]);
  });

  it('last and next skip the reference day itself', () => {
    expect(dates('en', 'last Thursday and next Thursday')).toEqual([
      ['last Thursday', '2023-04-13'],
      ['next Thursday', '2023-04-27'],
    ]);
  });
});

describe('without a reference', () => {
  it.each<[Code, string, string]>([
    ['de', 'Vor zwei Wochen und letzten Dienstag.', 'Vor zwei Wochen'],
    ['en', 'Tomorrow, next week.', 'Tomorrow'],
    ['fr', 'La semaine dernière.', 'La semaine dernière'],
    ['es', 'Hace dos semanas.', 'Hace dos semanas'],
    ['it', 'Lunedì scorso.', 'Lunedì scorso'],
    ['nl', 'Vorig jaar.', 'Vorig jaar'],
  ])('%s: %s has no resolved', (code, text, first) => {
    const found = dates(code, text, null);
    expect(found[0]).toEqual([first, undefined]);
    expect(found.every(([, r]) => r === undefined)).toBe(true);
  });
});

describe('words that only look like relative dates', () => {
  it.each<[Code, string]>([
    ['de', 'Am Morgen tagte der Rat.'], // the morning
    ['de', 'Er kam am morgen.'],
    ['de', 'Jeden Morgen tagt der Rat.'], // a noun inside the sentence
    ['de', 'Er sagte Guten Morgen.'],
    ['de', 'Das gilt ab Morgen.'], // capitalised inside the sentence: the rule reads it as the noun
    ['de', 'Die Heutezeit und das Morgengrauen.'], // inside words
    ['de', 'In den letzten Monaten stieg es.'], // plural: recent months, no date
    ['de', 'Der letzte Tag war hart.'],
    ['de', 'Es ist die Welt von übermorgens.'],
    ['en', 'At last the board met.'], // `at last`
    ['en', 'The bank next to the station closed.'], // `next to`
    ['en', 'It may rain, they said.'], // `may` the verb
    ['en', 'Over the last week, prices rose.'], // from the story's time
    ['en', 'The next year was worse.'],
    ['en', 'Inflation is the highest in 40 years.'], // a span up to now
    ['en', 'In three years of war, little changed.'],
    ['en', 'In a year when prices rose, they fell.'], // forward `a` is no count
    ['en', 'Two days of talks ended.'],
    ['fr', 'Le dernier mois fut dur.'],
    ['es', 'Por la mañana llovió.'], // the morning
    ['es', 'Esta mañana llovió.'],
    ['it', "Il domani dell'Italia."], // the future
    ['nl', 'In de morgen regende het.'], // the morning
    ['nl', 'Elke morgen regent het.'],
  ])('no date in %s: %s', (code, text) => {
    expect(dates(code, text)).toEqual([]);
  });

  it('heute Morgen is today, not tomorrow', () => {
    expect(dates('de', 'Heute Morgen tagte der Rat, gestern morgen nicht.')).toEqual([
      ['Heute', '2023-04-20'],
      ['gestern', '2023-04-19'],
    ]);
  });
});
