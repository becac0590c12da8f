// Relative dates from the lexicon, for every language: days (`gestern`, `demain`, `pasado mañana`),
// periods moved by a shift word (`letzte Woche`, `im vergangenen Jahr`, `la semaine dernière`,
// `quest'anno`), weekdays moved by one (`letzten Dienstag`, `lundi dernier`, `el próximo lunes`) and
// counted spans (`vor zwei Wochen`, `3 days ago`, `il y a un an`, `due settimane fa`).
//
// Our own rules rather than chrono-node: its German and English locales alone cost about 15 KB gzipped
// (when the analysis ran in the content script, whose budget is 60 KB), and they cover two of six languages.
//
// Words that are also something else are checked in context, by lexicon lists: German `morgen` is no
// date after `am`/`heute` or capitalised inside a sentence (`jeden Morgen`); `last`/`next` after `the`
// look back or ahead from the story's time, not the article's; `in 20 years` after `the highest` is a
// span up to now. English `today's` stays a date (`today's vote` is the publication day more often than
// `today's politics` means nowadays).
import { alt, memo, norm } from './vocab';
import { eachMatch, firstWords, lastWords, startsOf, widest, wordsOf, type Gate, type Trigger, type Words } from './gate';
import { dayOf, isoDay, shift, shiftWeekday, type Day } from './calendar';
import type { Candidate, FactsWords, FoundFact, Unit } from './types';

type Groups = Record<string, string | undefined>;
/** A rule's resolution: a string, undefined for no reference, null for no date at all. */
type Resolve = (g: Groups, ref: Day | null) => string | undefined | null;
interface Rule {
  /** The pattern for a scan of the whole block (flag g) and for a try at one start (flags g and y). */
  global: RegExp;
  sticky: RegExp;
  /** Where a match may start and the words it needs (gate.ts). */
  gate: Gate;
  resolve: Resolve;
  /** The group whose word is checked against `notAfter` and the capitalisation of nouns. */
  key: string;
}

const keys = (o: object | undefined): string[] => Object.keys(o ?? {});

/** Words that run into the next one: `l'`, `quest'` are followed by no space. */
function opener(list: readonly string[], name: string): string {
  const spaced = list.filter((k) => !/['’]$/.test(k));
  const elided = list.filter((k) => /['’]$/.test(k));
  return `(?<${name}>${alt(spaced)}\\s{1,3}|${alt(elided)}\\s{0,2})`;
}

const compile = memo((f: FactsWords): Rule[] => {
  const rule = (source: string, resolve: Resolve, key: string, gate: Gate): Rule => ({
    global: new RegExp(source, 'giud'),
    sticky: new RegExp(source, 'giudy'),
    gate,
    resolve,
    key,
  });
  // Where the elements can begin (see gate.ts) and at most how long they are, for the rules' gates. A
  // phrase may open with a lead and a relative lead (`im`, `in der`).
  const opens = [firstWords(f.leads), firstWords(f.relativeLeads)];
  const openWidth = widest(f.leads) + 3 + widest(f.relativeLeads) + 3;
  const shiftWidth = widest(keys(f.shifts)) + 3;
  const countWidth = Math.max(3, widest([...keys(f.numberWords), ...(f.ones ?? [])]));
  const [Ps, Ws] = [firstWords(keys(f.periods)), firstWords(keys(f.weekdays))];
  const lead = `(?:(?<lead>${alt(f.leads ?? [])})\\s{1,3})?`;
  const relLead = f.relativeLeads?.length ? `(?:${opener(f.relativeLeads, 'rl')})?` : '';
  const open = `${lead}${relLead}`;
  const W = `(?<wd>${alt(keys(f.weekdays))})`;
  const P = `(?<p>${alt(keys(f.periods))})`;
  const count = `(?<n>(?<![\\p{L}\\p{N}.,])\\d{1,3}|${alt([...keys(f.numberWords), ...(f.ones ?? [])])})`;
  const S = `(?<sp>${alt(keys(f.spans))})`;
  const offset = (g: Groups): number => f.shifts?.[norm(g.sb ?? '')] ?? f.shiftsAfter?.[norm(g.sa ?? '')] ?? 0;
  const period: Resolve = (g, ref) => (ref ? shift(ref, f.periods?.[norm(g.p ?? '')] ?? 'week', offset(g)) : undefined);
  const weekday: Resolve = (g, ref) => (ref ? isoDay(shiftWeekday(ref, f.weekdays[norm(g.wd ?? '')] ?? 0, offset(g))) : undefined);
  const counted: Resolve = (g, ref) => {
    const n = norm(g.n ?? '');
    const forward = direction(f, g) > 0;
    const one = (f.ones ?? []).includes(n);
    // `in a year when…`, `in einem Monat stieg…`: forward, one is no date.
    if (forward && one) return null;
    const value = one ? 1 : (f.numberWords[n] ?? Number(n));
    const unit: Unit = f.spans?.[norm(g.sp ?? '')] ?? 'day';
    return ref && value ? shift(ref, unit, forward ? value : -value) : undefined;
  };
  const day: Resolve = (g, ref) => {
    const [unit, by] = f.relative?.[norm(g.rel ?? '')] ?? ['day', 0];
    return ref ? shift(ref, unit, by) : undefined;
  };

  // A day stands alone: `in today's vote`, `on yesterday's list` are no phrases with a lead.
  const rules: Rule[] = [rule(`(?<rel>${alt(keys(f.relative))})`, day, 'rel', {
    starts: [firstWords(keys(f.relative))],
    anchor: lastWords(keys(f.relative)),
    before: widest(keys(f.relative)),
  })];
  if (f.periods && f.shifts) {
    const starts = [...opens, firstWords(keys(f.shifts))];
    rules.push(rule(`${open}${opener(keys(f.shifts), 'sb')}${P}`, period, 'sb', { starts, anchor: Ps, before: openWidth + shiftWidth }));
    rules.push(rule(`${open}${opener(keys(f.shifts), 'sb')}${W}`, weekday, 'sb', { starts, anchor: Ws, before: openWidth + shiftWidth }));
  }
  if (f.periods && f.shiftsAfter) {
    const after = firstWords(keys(f.shiftsAfter));
    rules.push(rule(`${open}${P}\\s{1,3}(?<sa>${alt(keys(f.shiftsAfter))})`, period, 'p', { starts: [...opens, Ps], anchor: after, before: openWidth + widest(keys(f.periods)) + 3 }));
    rules.push(rule(`${open}${W}\\s{1,3}(?<sa>${alt(keys(f.shiftsAfter))})`, weekday, 'wd', { starts: [...opens, Ws], anchor: after, before: openWidth + widest(keys(f.weekdays)) + 3 }));
  }
  if (f.spans && f.countBefore) {
    rules.push(rule(`${opener(keys(f.countBefore), 'cb')}${count}\\s{1,3}${S}`, counted, 'cb', {
      starts: [firstWords(keys(f.countBefore))],
      anchor: firstWords(keys(f.spans)),
      before: widest(keys(f.countBefore)) + 3 + countWidth + 3,
    }));
  }
  if (f.spans && f.countAfter) {
    // A count is digits at the start of a word or a number word.
    rules.push(rule(`${count}\\s{1,3}${S}\\s{1,3}(?<ca>${alt(keys(f.countAfter))})`, counted, 'n', {
      starts: [{ digits: true }, firstWords([...keys(f.numberWords), ...(f.ones ?? [])])],
      anchor: firstWords(keys(f.countAfter)),
      before: countWidth + 3 + widest(keys(f.spans)) + 3,
    }));
  }
  return rules;
});

const guards = memo((f: FactsWords) => {
  const after = new Map<string, RegExp>();
  for (const [word, before] of Object.entries(f.notAfter ?? {})) after.set(word, new RegExp(`${alt(before)}[\\s,]{1,3}$`, 'iu'));
  return {
    after,
    nouns: new Set(f.nounsWhenCapitalised ?? []),
    link: new RegExp(`^\\s{1,3}${alt(f.links ?? [])}`, 'iu'),
    retro: new RegExp(alt(f.retroCues ?? []), 'iu'),
  };
});

/** Whether `before` ends a sentence (or, `first`, is the block's start) but for quotes and brackets. */
const sentenceStart = (before: string, first: boolean): boolean =>
  (first ? /(?:^|[.!?:;…])[\s"'„“”‚‘’«»‹›([{–—-]*$/u : /[.!?:;…][\s"'„“”‚‘’«»‹›([{–—-]*$/u).test(before);

/** A count's direction: 1 ahead (`in zwei Wochen`), -1 back (`vor zwei Wochen`), 0 no count. */
function direction(f: FactsWords, g: Groups): number {
  if (g.cb !== undefined) return f.countBefore?.[norm(g.cb)] ?? 0;
  if (g.ca !== undefined) return f.countAfter?.[norm(g.ca)] ?? 0;
  return 0;
}

/** Relative-date candidates in the normalised block `text`; `words` are its words (gate.ts). */
export function findRelativeDates(text: string, facts: FactsWords, reference: Date | null, words: Words = wordsOf(text)): Candidate[] {
  const ref = dayOf(reference);
  const g0 = guards(facts);
  const out: Candidate[] = [];
  for (const { global, sticky, gate, resolve, key } of compile(facts)) {
    eachMatch(global, sticky, text, startsOf(gate, text, words), (m) => {
      const g: Groups = { ...m.groups };
      const word = g[key] ?? '';
      const at = m.indices?.groups?.[key]?.[0] ?? m.index;
      const from = Math.max(0, at - 24);
      const end = m.index + m[0].length;
      // `am Morgen`, `heute morgen`: the morning; `the last week`: a week before the story's time.
      if (g0.after.get(norm(word))?.test(text.slice(from, at))) return;
      // `jeden Morgen`, `Guten Morgen`: a noun inside the sentence.
      if (g0.nouns.has(norm(word)) && word[0] !== word[0]?.toLowerCase() && !sentenceStart(text.slice(from, at), from === 0)) return;
      // `in three years of war`; `the lowest in 40 years`: no date ahead.
      if (direction(facts, g) > 0 && (g0.link.test(text.slice(end, end + 8)) || g0.retro.test(clause(text.slice(Math.max(0, m.index - 60), m.index))))) return;
      const resolved = resolve(g, ref);
      if (resolved === null) return;
      const fact: FoundFact = { kind: 'date', text: m[0], start: m.index, end };
      if (resolved !== undefined) fact.resolved = resolved;
      out.push({ rank: 2.5, fact });
    });
  }
  return out;
}

/** The part of `before` in the same clause: after the last punctuation mark. */
const clause = (before: string): string => before.slice(before.search(/[^.,;:!?()]*$/u));
