// Dates and periods from the lexicon's month and weekday names, for every language: day–month–year in
// the orders the press uses, a month with a year or alone after a preposition, parts of months and years
// (`Anfang 2024`, `Ende März`), quarters, decades, weekdays and numeric dates. relative.ts adds the
// relative phrases (`gestern`, `letzte Woche`, `vor zwei Wochen`); merge.ts keeps the longest reading.
import { alt, memo, norm } from './vocab';
import { eachMatch, firstWords, startsOf, widest, wordsOf, type Gate, type Trigger, type Words } from './gate';
import { dayOf, isoDay, isoMonth, nearestWeekday, valid, yearFor, yearOfMonth, type Day } from './calendar';
import type { Candidate, FactsWords, FoundFact } from './types';

type Groups = Record<string, string | undefined>;
/** `next`: the four characters after the phrase, for rules that look past it (the regex flag `i` blinds `\p{Lu}`). */
type Resolve = (g: Groups, ref: Day | null, next: string) => string | undefined | null;
interface Rule {
  /** The pattern for a scan of the whole block (flag g) and for a try at one start (flags g and y). */
  global: RegExp;
  sticky: RegExp;
  resolve: Resolve;
  gate: Gate;
}

const NOT_AFTER = '(?![\\p{L}\\p{N}])';
const YEAR = `(?<y>\\d{4})${NOT_AFTER}`;

const compile = memo((f: FactsWords): { rules: Rule[]; full: (g: Groups) => boolean } => {
  const month = (g: Groups): number => f.months[norm(g.mo ?? '')] ?? 0;
  // Full month names only stand alone: `Jan` or `mar` without day or year are names and words.
  const longest = new Map<number, number>();
  for (const [k, n] of Object.entries(f.months)) longest.set(n, Math.max(longest.get(n) ?? 0, k.length));
  const full = (g: Groups): boolean => (g.mo ?? '').length >= (longest.get(month(g)) ?? 0) - 1;
  // In languages that capitalise them, `may`, `march` or `sun` in lower case are other words.
  const cased = (word = ''): boolean => !f.capitalised || word[0] !== word[0]?.toLowerCase();
  const wd = (g: Groups): number | undefined => (g.wd ? f.weekdays[norm(g.wd)] : undefined);

  const M = `(?<mo>${alt(Object.keys(f.months))})\\.?`;
  const W = `(?<wd>${alt(Object.keys(f.weekdays))})`;
  const lead = `(?:(?<lead>${alt(f.leads ?? [])})\\s{1,3})?`;
  const link = `(?:\\s{1,3}${alt(f.links ?? [])})?\\s{1,3}`;
  const part = `(?<part>${alt(f.parts ?? [])})\\s{0,3}`;
  // `Dienstag, den 25. April`, `mardi 25 avril`, `Tuesday, April 25`: any short article in between.
  const weekdayFirst = `(?:${W},?\\s{1,3}(?:\\p{Ll}{1,3}\\s{1,3})?)?`;
  const day = '(?<![\\p{L}\\p{N}.,])(?<d>\\d{1,2})';
  const ordinal = `(?:(?<ord>${alt(Object.keys(f.ordinals ?? {}))})|(?<qd>[1-4])\\.)`;
  const rule = (source: string, resolve: Resolve, gate: Gate): Rule => ({
    global: new RegExp(source, 'giu'),
    sticky: new RegExp(source, 'giuy'),
    resolve,
    gate,
  });
  // Where the elements can begin (see gate.ts) and at most how long they are, for the rules' gates.
  const L = firstWords(f.leads);
  const Ws = firstWords(Object.keys(f.weekdays));
  const Ms = firstWords(Object.keys(f.months));
  const Ps = firstWords(f.parts);
  const digits: Trigger = { digits: true };
  const year: Trigger = { digits: true, follow: /\d{4}(?![\p{L}\p{N}])/uy };
  const leadWidth = widest(f.leads) + 3;
  const weekdayWidth = widest(Object.keys(f.weekdays)) + 13;
  const linkWidth = widest(f.links) + 6;
  const partWidth = widest(f.parts) + 3;
  const decades: Trigger = { scan: /\d(?=\d\d0)/g };

  const dayMonth = (g: Groups, ref: Day | null, m: number): string | null | undefined => {
    const d = Number(g.d);
    if (g.y) {
      const t = { y: Number(g.y), m, d };
      return valid(t) ? isoDay(t) : null;
    }
    if (!valid({ y: 2024, m, d })) return null;
    return ref ? isoDay(yearFor(ref, m, d, wd(g))) : undefined;
  };
  const decade = (g: Groups): string => `${g.y ? g.y.slice(0, 3) : `19${g.yy?.[0] ?? ''}`}X`;
  const quarter = (g: Groups, ref: Day | null): string | undefined => {
    const q = g.q ?? g.qd ?? String(f.ordinals?.[norm(g.ord ?? '')] ?? '');
    const y = g.y ?? (ref ? String(ref.y) : undefined);
    return /^[1-4]$/.test(q) && y ? `${y}-Q${q}` : undefined;
  };

  // A weekday alone; without a preposition, not before a capitalised word (`Sunday Times`).
  const weekdayAlone = (g: Groups, ref: Day | null, next: string): string | undefined | null =>
    cased(g.wd) && (g.lead || !f.capitalised || !/^\s{1,3}\p{Lu}/u.test(next)) ? (ref ? isoDay(nearestWeekday(ref, wd(g) ?? 0)) : undefined) : null;

  const rules: Rule[] = [
    // `Dienstag, den 25. April`, `25. April 2023`, `el 25 de abril de 2023`, `le 1er avril`.
    rule(`${lead}${weekdayFirst}${day}(?:\\.|[\\p{L}º°]{1,2}\\.?)?${link}${M}(?:,?${link}${YEAR})?`, (g, ref) => dayMonth(g, ref, month(g)), {
      starts: [L, Ws, digits],
      anchor: Ms,
      before: leadWidth + weekdayWidth + 7 + linkWidth,
    }),
    rule(`${lead}(?:${part})?${M},?${link}${YEAR}`, (g) => isoMonth(Number(g.y), month(g)), { starts: [L, Ps, Ms], anchor: Ms, before: leadWidth + partWidth }),
    rule(`${lead}(?:${part})?${M}`, (g, ref) => ((g.part || g.lead) && full(g) && cased(g.mo) ? (ref ? isoMonth(yearOfMonth(ref, month(g)), month(g)) : undefined) : null), {
      starts: [L, Ps, Ms],
      anchor: Ms,
      before: leadWidth + partWidth,
    }),
    rule(`${lead}${part}${YEAR}`, (g) => g.y, { starts: [L, Ps], anchor: year, before: leadWidth + partWidth }),
    // `qd` has no boundary before it: any digit 1–4 before a full stop may start the ordinal.
    rule(`${lead}${ordinal}\\s{1,3}${alt(f.quarters ?? [])}(?:${link}${YEAR})?`, quarter, {
      starts: [L, firstWords(Object.keys(f.ordinals ?? {})), { scan: /[1-4](?=\.)/g }],
      anchor: firstWords(f.quarters),
      before: leadWidth + Math.max(2, widest(Object.keys(f.ordinals ?? {}))) + 3,
    }),
    rule(`(?<![\\p{L}\\p{N}])Q(?<q>[1-4])(?:\\s{0,2}[/-]?\\s{0,2}${YEAR})?${NOT_AFTER}`, quarter, { starts: [{ scan: /[qQ](?=[1-4])/g }] }),
    rule(`(?<![\\p{L}\\p{N}])(?<y>\\d{4})[-\\s]?Q(?<q>[1-4])${NOT_AFTER}`, quarter, { starts: [{ digits: true, follow: /\d{4}[-\s]?[qQ][1-4]/y }] }),
    // The decade's digits have no boundary before them: any four digits ending in 0 may start it.
    rule(`${lead}(?<y>\\d{3}0)${alt(f.decadeEnds ?? [], false)}(?:\\s{1,3}${alt(f.decadeTails ?? [])})?`, decade, { starts: [L, decades], anchor: decades, before: leadWidth }),
    rule(`${lead}${alt(f.decadeLeads ?? [])}\\s{1,3}(?:(?<y>[12]\\d{2}0)|['’]?(?<yy>\\d0))${NOT_AFTER}`, decade, {
      starts: [L, firstWords(f.decadeLeads)],
      anchor: firstWords(f.decadeLeads),
      before: leadWidth,
    }),
    rule(`${lead}${W}`, weekdayAlone, { starts: [L, Ws], anchor: Ws, before: leadWidth }),
    // Numeric: `25.04.2023`, `25/04/2023` (month first where the press writes so and the day allows), ISO `2023-04-25`.
    rule(`(?<![\\p{L}\\p{N}.,/-])(?:(?<a>\\d{1,2})(?<sep>[./])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4})|(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2}))(?![\\p{L}\\p{N}]|[.,/-]\\d)`, (g) => {
      const [a, b] = [Number(g.a), Number(g.b)];
      const swap = f.monthFirst === true && g.sep === '/' && a <= 12;
      const t = g.iy ? { y: Number(g.iy), m: Number(g.im), d: Number(g.id) } : { y: Number(g.y), m: swap ? a : b, d: swap ? b : a };
      return valid(t) ? isoDay(t) : null;
    }, { starts: [{ digits: true, follow: /\d{1,2}([./])\d{1,2}\1\d{4}|\d{4}-\d{2}-\d{2}/y }] }),
  ];
  if (f.monthFirst) {
    // `April 25, 2023`, `Tuesday, April 25`.
    rules.push(rule(`${lead}${weekdayFirst}${M}\\s{1,3}(?<d>\\d{1,2})(?:\\p{Ll}{2})?(?![\\p{L}\\p{N}]|[.,]\\d)(?:,?\\s{1,3}${YEAR})?`, (g, ref) => dayMonth(g, ref, month(g)), {
      starts: [L, Ws, Ms],
      anchor: Ms,
      before: leadWidth + weekdayWidth,
    }));
  }
  return { rules, full };
});

/** Date candidates in the normalised block `text`; `words` are its words (gate.ts). */
export const __rules = (f: FactsWords): Rule[] => compile(f).rules;
export function findDates(text: string, facts: FactsWords, reference: Date | null, words: Words = wordsOf(text)): Candidate[] {
  const ref = dayOf(reference);
  const out: Candidate[] = [];
  const { rules, full } = compile(facts);
  for (const { global, sticky, resolve, gate } of rules) {
    eachMatch(global, sticky, text, startsOf(gate, text, words), (m) => {
      const g: Groups = m.groups ?? {};
      const end = m.index + m[0].length;
      const resolved = resolve(g, ref, text.slice(end, end + 4));
      if (resolved === null) return;
      let phrase = m[0];
      // A full month name's optional dot is the sentence's full stop (`im April.`).
      if (g.mo && phrase.endsWith(`${g.mo}.`) && full(g)) phrase = phrase.slice(0, -1);
      const [start, stop] = [m.index, m.index + phrase.length];
      const fact: FoundFact = resolved === undefined ? { kind: 'date', text: phrase, start, end: stop } : { kind: 'date', text: phrase, start, end: stop, resolved };
      out.push({ rank: 2.5, fact });
    });
  }
  return out;
}
