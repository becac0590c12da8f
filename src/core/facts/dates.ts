// Dates and periods from the lexicon's month and weekday names, for every language: day–month–year in
// the orders the press uses, a month with a year or alone after a preposition, parts of months and years
// (`Anfang 2024`, `Ende März`), quarters, decades, weekdays and numeric dates. relative.ts adds the
// relative phrases (`gestern`, `letzte Woche`, `vor zwei Wochen`); merge.ts keeps the longest reading.
import { alt, memo, norm } from './vocab';
import { eachMatch, firstWords, neededWords, startsOf, wordsOf, type Gate, type Trigger, type Words } from './gate';
import { dayOf, isoDay, isoMonth, nearestWeekday, valid, yearFor, yearOfMonth, type Day } from './calendar';
import type { Candidate, FactsWords } from './types';

type Groups = Record<string, string | undefined>;
type Resolve = (g: Groups, ref: Day | null) => string | undefined | null;
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
  const rule = (source: string, resolve: Resolve, starts: Trigger[], needs: Trigger[]): Rule => ({
    global: new RegExp(source, 'giu'),
    sticky: new RegExp(source, 'giuy'),
    resolve,
    gate: { starts, needs },
  });
  // Where each element can begin (see gate.ts), and the word each needs.
  const start = (keys: Iterable<string> | undefined): Trigger => ({ words: firstWords(keys ?? []) });
  const need = (keys: Iterable<string> | undefined): Trigger => ({ words: neededWords(keys ?? []) });
  const digits: Trigger = { digits: true };
  const L = start(f.leads);
  const [Ms, Mn] = [start(Object.keys(f.months)), need(Object.keys(f.months))];
  const [Ws, Wn] = [start(Object.keys(f.weekdays)), need(Object.keys(f.weekdays))];
  const Ps = start(f.parts);

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
  const weekdayAlone = (g: Groups, ref: Day | null): string | undefined | null =>
    cased(g.wd) && (g.lead || !f.capitalised || !/^\s{1,3}\p{Lu}/u.test(g.next ?? '')) ? (ref ? isoDay(nearestWeekday(ref, wd(g) ?? 0)) : undefined) : null;

  const rules: Rule[] = [
    // `Dienstag, den 25. April`, `25. April 2023`, `el 25 de abril de 2023`, `le 1er avril`.
    rule(`${lead}${weekdayFirst}${day}(?:\\.|[\\p{L}º°]{1,2}\\.?)?${link}${M}(?:,?${link}${YEAR})?`, (g, ref) => dayMonth(g, ref, month(g)), [L, Ws, digits], [Mn, digits]),
    rule(`${lead}(?:${part})?${M},?${link}${YEAR}`, (g) => isoMonth(Number(g.y), month(g)), [L, Ps, Ms], [Mn, digits]),
    rule(`${lead}(?:${part})?${M}`, (g, ref) => ((g.part || g.lead) && full(g) && cased(g.mo) ? (ref ? isoMonth(yearOfMonth(ref, month(g)), month(g)) : undefined) : null), [L, Ps, Ms], [Mn]),
    rule(`${lead}${part}${YEAR}`, (g) => g.y, [L, Ps], [need(f.parts), digits]),
    // `qd` has no boundary before it: any digit 1–4 before a full stop may start the ordinal.
    rule(`${lead}${ordinal}\\s{1,3}${alt(f.quarters ?? [])}(?:${link}${YEAR})?`, quarter, [L, start(Object.keys(f.ordinals ?? {})), { inner: /[1-4](?=\.)/g }], [need(f.quarters)]),
    rule(`(?<![\\p{L}\\p{N}])Q(?<q>[1-4])(?:\\s{0,2}[/-]?\\s{0,2}${YEAR})?${NOT_AFTER}`, quarter, [{ test: (w) => /^q[1-4]/.test(w) }], []),
    rule(`(?<![\\p{L}\\p{N}])(?<y>\\d{4})[-\\s]?Q(?<q>[1-4])${NOT_AFTER}`, quarter, [digits], [{ test: (w) => w.includes('q') }]),
    // The decade's digits have no boundary before them: any four digits ending in 0 may start it.
    rule(`${lead}(?<y>\\d{3}0)${alt(f.decadeEnds ?? [], false)}(?:\\s{1,3}${alt(f.decadeTails ?? [])})?`, decade, [L, { inner: /\d(?=\d\d0)/g }], [{ inner: /\d(?=\d\d0)/g }]),
    rule(`${lead}${alt(f.decadeLeads ?? [])}\\s{1,3}(?:(?<y>[12]\\d{2}0)|['’]?(?<yy>\\d0))${NOT_AFTER}`, decade, [L, start(f.decadeLeads)], [need(f.decadeLeads)]),
    rule(`${lead}${W}`, weekdayAlone, [L, Ws], [Wn]),
    // Numeric: `25.04.2023`, `25/04/2023` (month first where the press writes so and the day allows), ISO `2023-04-25`.
    rule(`(?<![\\p{L}\\p{N}.,/-])(?:(?<a>\\d{1,2})(?<sep>[./])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4})|(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2}))(?![\\p{L}\\p{N}]|[.,/-]\\d)`, (g) => {
      const [a, b] = [Number(g.a), Number(g.b)];
      const swap = f.monthFirst === true && g.sep === '/' && a <= 12;
      const t = g.iy ? { y: Number(g.iy), m: Number(g.im), d: Number(g.id) } : { y: Number(g.y), m: swap ? a : b, d: swap ? b : a };
      return valid(t) ? isoDay(t) : null;
    }, [digits], []),
  ];
  if (f.monthFirst) {
    // `April 25, 2023`, `Tuesday, April 25`.
    rules.push(rule(`${lead}${weekdayFirst}${M}\\s{1,3}(?<d>\\d{1,2})(?:\\p{Ll}{2})?(?![\\p{L}\\p{N}]|[.,]\\d)(?:,?\\s{1,3}${YEAR})?`, (g, ref) => dayMonth(g, ref, month(g)), [L, Ws, Ms], [Mn, digits]));
  }
  return { rules, full };
});

/** Date candidates in the normalised block `text`; `words` are its words (gate.ts). */
export function findDates(text: string, facts: FactsWords, reference: Date | null, words: Words = wordsOf(text)): Candidate[] {
  const ref = dayOf(reference);
  const out: Candidate[] = [];
  const { rules, full } = compile(facts);
  for (const { global, sticky, resolve, gate } of rules) {
    eachMatch(global, sticky, text, startsOf(gate, text, words), (m) => {
      // `next`: what follows, for rules that look past the phrase (the regex flag `i` blinds `\p{Lu}`).
      const g: Groups = { ...m.groups, next: text.slice(m.index + m[0].length, m.index + m[0].length + 4) };
      const resolved = resolve(g, ref);
      if (resolved === null) return;
      let phrase = m[0];
      // A full month name's optional dot is the sentence's full stop (`im April.`).
      if (g.mo && phrase.endsWith(`${g.mo}.`) && full(g)) phrase = phrase.slice(0, -1);
      const fact = { kind: 'date' as const, text: phrase, start: m.index, end: m.index + phrase.length };
      out.push({ rank: 2.5, fact: resolved === undefined ? fact : { ...fact, resolved } });
    });
  }
  return out;
}
