// German and English relative dates through chrono-node (`vor zwei Wochen`, `letzte Woche`,
// `two days ago`, `next Monday`). Only the two locale entry points are imported: the whole package
// would add about 10 KB gzipped to the content script.
//
// chrono reads too much into news text, so its hits are filtered: anything naming a month is left to
// dates.ts (which checks case and context: `may` the verb, `March` the march); a weekday is kept only
// where the lexicon's full name stands (`so`, `Mo`, `Di`, `Sa`, `Sun` are words, not days); bare times
// (`um 14 Uhr`, `now`), numerals without a year (`3/4`, `12.5`) and hits inside words are dropped; a
// time after a date is cut off the phrase.
import * as chronoDe from 'chrono-node/de';
import * as chronoEn from 'chrono-node/en';
import { alt, memo } from './vocab';
import { dayOf, daysFrom, isoDay, isoMonth, type Day } from './calendar';
import type { Candidate, FactsWords } from './types';

type Parse = typeof chronoEn.parse;
const PARSERS: Readonly<Record<string, Parse>> = { de: chronoDe.parse, en: chronoEn.parse };
/** chrono's input per call: it scans a window at a time, so a huge block costs linear time. */
const WINDOW = 1000;
/** Reference for chrono when the article has no date: relative hits then get no `resolved`. */
const NOON_2000 = new Date(2000, 0, 1, 12);
const TIME_TAIL = /[\s,]+(?:\p{L}{1,5}\.?\s{1,3})?\d{1,2}(?:[:.h]\d{2})?(?:\s{0,2}(?:\p{L}{1,4}\.?){1,2})?$/u;

const compile = memo((f: FactsWords) => ({
  month: new RegExp(alt(Object.keys(f.months)), 'iu'),
  weekday: new RegExp(alt(Object.keys(f.weekdays)), 'iu'),
}));

type Result = ReturnType<Parse>[number];

/** Empty, or one of the lexicon's date prepositions. */
const leads = memo((f: FactsWords) => new RegExp(`^(?:${alt(f.leads ?? [])})?$`, 'iu'));

/** Relative-date candidates from chrono for `code` (de, en); none for other languages. */
export function findRelativeDates(text: string, code: string, facts: FactsWords, reference: Date | null): Candidate[] {
  const parse = PARSERS[code];
  if (!parse) return [];
  const ref = dayOf(reference);
  const chronoRef = ref ? new Date(ref.y, ref.m - 1, ref.d, 12) : NOON_2000;
  const out: Candidate[] = [];
  for (const [from, to] of windows(text)) {
    const chunk = text.slice(from, to);
    // Every hit kept below has a word in it; chrono is slow on long runs of digits or blanks.
    if (!/\p{L}{3}/u.test(chunk)) continue;
    for (const r of parse(chunk, chronoRef)) {
      const hit = accept(r, chunk, facts, parse, chronoRef);
      if (hit) out.push(candidate(hit.result, hit.start + from, hit.end + from, text, ref));
    }
  }
  return out;
}

/**
 * chrono's input, piece by piece: no phrase spans four blanks in a row, so text is cut there, and
 * pieces longer than WINDOW at a space (or hard): chrono's cost grows faster than the length of its input.
 */
function* windows(text: string): Generator<[number, number]> {
  const gap = /\s{4,}/g;
  let from = 0;
  for (;;) {
    const m = gap.exec(text);
    const stop = m ? m.index : text.length;
    while (from < stop) {
      let to = Math.min(stop, from + WINDOW);
      const space = to < stop ? text.lastIndexOf(' ', to) : -1;
      if (space > from + WINDOW / 2) to = space;
      yield [from, to];
      from = to;
    }
    if (!m) return;
    from = m.index + m[0].length;
  }
}

interface Hit {
  result: Result;
  start: number;
  end: number;
}

function accept(r: Result, chunk: string, facts: FactsWords, parse: Parse, chronoRef: Date, again = true): Hit | null {
  const { month, weekday } = compile(facts);
  let start = r.index;
  let phrase = r.text;
  // chrono's phrases may start with a space and end with a comma.
  const lead = phrase.length - phrase.trimStart().length;
  start += lead;
  phrase = phrase.slice(lead).replace(/[\s,.;:]+$/u, '');
  const known = (c: Parameters<Result['start']['isCertain']>[0]): boolean => r.start.isCertain(c);
  if (!phrase || /[\p{L}\p{N}]/u.test(chunk[start - 1] ?? '') || /[\p{L}\p{N}]/u.test(chunk[start + phrase.length] ?? '')) return null;
  if (month.test(phrase)) return null;
  if (known('weekday') && !weekday.test(phrase)) {
    // `so heute`: chrono took the particle `so` for Sunday; read what follows it on its own.
    const rest = phrase.search(/\s/);
    if (!again || rest < 0) return null;
    const sub = parse(chunk.slice(start + rest, start + phrase.length), chronoRef)[0];
    if (!sub) return null;
    const shifted = { ...sub, index: sub.index + start + rest } as Result;
    return accept(shifted, chunk, facts, parse, chronoRef, false);
  }
  if (!known('day') && !known('month') && !known('year') && !known('weekday')) return null;
  // A weekday with at most a preposition (`on Sunday`) is dates.ts's, which knows names (`Sunday Times`);
  // chrono keeps `next Monday`, `letzten Freitag`.
  if (known('weekday') && !known('day') && leads(facts).test(phrase.replace(weekday, '').trim())) return null;
  if (/\d/.test(phrase) && !/\d{4}/.test(phrase) && !/\p{L}{3}/u.test(phrase)) return null;
  if (known('minute') && !/\d/.test(phrase)) return null; // `now`, `jetzt`
  if (known('hour')) {
    const cut = phrase.replace(TIME_TAIL, '');
    if (cut === phrase || !/\p{L}{3}|\d{4}/u.test(cut)) return null;
    phrase = cut;
  }
  return { result: r, start, end: start + phrase.length };
}

function candidate(r: Result, start: number, end: number, text: string, ref: Day | null): Candidate {
  const phrase = text.slice(start, end);
  const fact = { kind: 'date' as const, text: phrase, start, end };
  // A phrase without a year leans on the reference: no reference, nothing to resolve.
  if (!ref && !/\d{4}/.test(phrase)) return { rank: 2, fact };
  const get = (c: 'year' | 'month' | 'day'): number => r.start.get(c) ?? 0;
  const t = { y: get('year'), m: get('month'), d: get('day') };
  let resolved: string;
  if (!r.start.isCertain('day') && !r.start.isCertain('weekday')) resolved = r.start.isCertain('month') ? isoMonth(t.y, t.m) : String(t.y);
  else {
    resolved = isoDay(t);
    // `letzte Woche`, `last week`: chrono lands on the same weekday a week off; a week resolves to its Monday.
    const off = ref ? daysFrom(ref, t) : 0;
    if (ref && off !== 0 && off % 7 === 0 && !/\d/.test(phrase) && !r.start.isCertain('weekday')) {
      const monday = new Date(Date.UTC(t.y, t.m - 1, t.d - ((new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay() + 6) % 7)));
      resolved = monday.toISOString().slice(0, 10);
    }
  }
  return { rank: 2, fact: { ...fact, resolved } };
}
