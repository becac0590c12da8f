// Calendar arithmetic for resolving dates against the article's publication date. All in UTC days so
// the machine's time zone never shifts a date.
//
// Rules for a date without a year (documented in index.ts as well):
// - day and month with a weekday (`Dienstag, den 25. April`): the year next to the reference's whose
//   calendar has that weekday on that day, nearest first; else as without a weekday;
// - day and month: the year that puts the date nearest to the reference;
// - a month alone (`im Oktober`): news looks back more than ahead, so the month within eight months
//   before to three months after the reference month;
// - a weekday alone (`am Dienstag`): the nearest such day, within three days either side; `letzten
//   Dienstag` / `last Tuesday` the last one before the reference, `next Friday` the next one after;
// - a relative day, week, month or year: the day, the week's Monday, `YYYY-MM`, `YYYY`.

import type { Unit } from './types';

export interface Day {
  y: number;
  m: number;
  d: number;
}

const DAY = 86_400_000;
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export const isoDay = (t: Day): string => `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
export const isoMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;

const time = (t: Day): number => Date.UTC(t.y, t.m - 1, t.d);
function fromTime(ms: number): Day {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** The reference's calendar day, or null for a missing or invalid date. */
export function dayOf(reference: Date | null): Day | null {
  return reference && Number.isFinite(reference.getTime()) ? fromTime(reference.getTime()) : null;
}

/** Whether the day exists (no 31 April). */
export function valid(t: Day): boolean {
  const back = fromTime(time(t));
  return t.m >= 1 && t.m <= 12 && back.d === t.d && back.m === t.m;
}

/** A day and month resolved to a year by the rules above. */
export function yearFor(ref: Day, m: number, d: number, weekday?: number): Day {
  const years = [ref.y, ref.y - 1, ref.y + 1].map((y) => ({ y, m, d })).filter(valid);
  const distance = (t: Day): number => Math.abs(time(t) - time(ref));
  years.sort((a, b) => distance(a) - distance(b));
  const matching = weekday === undefined ? undefined : years.find((t) => new Date(time(t)).getUTCDay() === weekday);
  return matching ?? years[0] ?? { y: ref.y, m, d };
}

/** The year of a month named alone: from eight months before to three after the reference month. */
export function yearOfMonth(ref: Day, m: number): number {
  const offset = m - ref.m;
  return offset > 3 ? ref.y - 1 : offset < -8 ? ref.y + 1 : ref.y;
}

/** The nearest day with this weekday (0 = Sunday), three days either side at most. */
export function nearestWeekday(ref: Day, weekday: number): Day {
  let diff = (weekday - new Date(time(ref)).getUTCDay() + 7) % 7;
  if (diff > 3) diff -= 7;
  return fromTime(time(ref) + diff * DAY);
}

/**
 * A weekday relative to the reference: offset 0 is the nearest (as above), -1 the last one strictly
 * before (`last Monday`, on a Monday the one a week ago), 1 the next one strictly after (`next Friday`).
 */
export function shiftWeekday(ref: Day, weekday: number, offset: number): Day {
  if (offset === 0) return nearestWeekday(ref, weekday);
  const today = new Date(time(ref)).getUTCDay();
  const diff = offset < 0 ? -((today - weekday + 7) % 7 || 7) : (weekday - today + 7) % 7 || 7;
  return fromTime(time(ref) + diff * DAY);
}

/** The reference shifted by `offset` units, as the resolved string: a day, a week's Monday, a month or a year. */
export function shift(ref: Day, unit: Unit, offset: number): string {
  if (unit === 'year') return pad(ref.y + offset, 4);
  if (unit === 'month') {
    const index = ref.y * 12 + ref.m - 1 + offset;
    return isoMonth(Math.floor(index / 12), (index % 12) + 1);
  }
  if (unit === 'day') return isoDay(fromTime(time(ref) + offset * DAY));
  const monday = time(ref) - ((new Date(time(ref)).getUTCDay() + 6) % 7) * DAY;
  return isoDay(fromTime(monday + offset * 7 * DAY));
}

/** Days from the reference to `t` (negative: before). */
export const daysFrom = (ref: Day, t: Day): number => Math.round((time(t) - time(ref)) / DAY);
