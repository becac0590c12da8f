// Money, percentages and other figures in one pass: every numeral or number word is read once, then
// what follows it decides its kind (a percent word → percent, a currency → money, a unit or scale →
// number), so `44 Milliarden US-Dollar` is one money fact rather than a number and a currency.
// A bare four-digit numeral from 1000 to 2199 is a year and becomes a date candidate.
import { alt, memo, norm } from './vocab';
import { firstWords, fold, Scan, startsOf, wordsOf, type Gate, type Words } from './gate';
import { numeralPattern, parseNumeral, scaled } from './numbers';
import { isLabel, isYear } from './guards';
import type { Candidate, FactsWords, FoundFact } from './types';

/**
 * A sticky pattern and, lower-cased, the first (or last) characters of its keys: a plain ASCII character
 * that is none of them rules a match out without running the pattern. Null when a key is empty or has
 * white space at that edge.
 */
interface Edged {
  re: RegExp;
  edges: Set<string> | null;
}

function edged(re: RegExp, keys: readonly string[], last: boolean): Edged {
  const edges = new Set<string>();
  for (const key of keys) {
    const c = last ? key.at(-1) : key[0];
    if (c === undefined || /\s/.test(c)) return { re, edges: null };
    edges.add(fold(c));
  }
  return { re, edges };
}

/** A word list as a sticky pattern allowing up to two spaces before it (`80 %`, `80%`, `120 km`). */
const suffix = (keys: Iterable<string>): Edged => {
  const list = [...keys];
  return edged(new RegExp(`\\s{0,2}${alt(list, false)}`, 'iuy'), list, false);
};

const isAsciiSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);

/**
 * Whether a key may stand next to `pos` after up to two spaces: the character there, going forward
 * (`step` 1) or back (-1), is an edge of a key, or not plain ASCII (the pattern decides).
 */
function mayStand(e: Edged, text: string, pos: number, step: 1 | -1, limit: number): boolean {
  if (!e.edges) return true;
  let j = step > 0 ? pos : pos - 1;
  for (let k = 0; k < 2 && j >= limit && j < text.length && isAsciiSpace(text.charCodeAt(j)); k++) j += step;
  if (j < limit || j >= text.length) return false;
  const c = text.charCodeAt(j);
  if (c >= 0x80) return true;
  return e.edges.has(String.fromCharCode(c >= 0x41 && c <= 0x5a ? c | 0x20 : c));
}

const compile = memo((facts: FactsWords) => {
  // Scale nouns that count on their own (`Hunderte`, `thousands`): up to 1000; `Millionen` alone is too vague.
  const counts = Object.keys(facts.scales).filter((k) => (facts.scales[k] ?? 0) <= 1000 && k.length > 3);
  // Only codes and symbols stand before an amount (`CHF 300`, `US$ 5`): `Franken 300` is the region.
  const prefixes = Object.keys(facts.currencies).filter((k) => !/\p{L}{4}/u.test(k));
  const token = `${numeralPattern(facts.decimalSeparator)}|${alt([...Object.keys(facts.numberWords), ...counts])}`;
  // A numeral starts a word of digits; a number word or count noun starts a word (gate.ts).
  const gate: Gate = { starts: [{ digits: true }, firstWords([...Object.keys(facts.numberWords), ...counts])] };
  return {
    token: new RegExp(token, 'giu'),
    stickyToken: new RegExp(token, 'giuy'),
    gate,
    scale: suffix(Object.keys(facts.scales)),
    percent: suffix(facts.percentWords),
    currency: suffix(Object.keys(facts.currencies)),
    unit: suffix(Object.keys(facts.units)),
    prefix: edged(new RegExp(`${alt(prefixes)}\\s{0,2}$`, 'iu'), prefixes, true),
    // A short lower-case word between a scale and what it counts: `millions d'euros`, `Hunderten von Millionen`.
    link: /\s{1,3}\p{Ll}{1,3}(?:\s{1,3}|['’])/uy,
  };
});

/** The match of a sticky pattern at `pos`, or null. */
function at(e: Edged | RegExp, text: string, pos: number): RegExpExecArray | null {
  if (e instanceof RegExp) {
    e.lastIndex = pos;
    return e.exec(text);
  }
  if (!mayStand(e, text, pos, 1, 0)) return null;
  e.re.lastIndex = pos;
  return e.re.exec(text);
}

/** All money, percent, number and year candidates in the normalised block `text`; `words` are its words (gate.ts). */
export function findAmounts(text: string, facts: FactsWords, words: Words = wordsOf(text)): Candidate[] {
  const c = compile(facts);
  const out: Candidate[] = [];
  const tokens = new Scan(c.token, c.stickyToken, text, startsOf(c.gate, text, words));
  let m: RegExpExecArray | null;
  while ((m = tokens.next())) {
    const raw = m[0];
    let start = m.index;
    let pos = start + raw.length;
    const digits = /^\d/.test(raw);
    const key = norm(raw);
    let value = digits ? parseNumeral(raw, facts.decimalSeparator) : (facts.numberWords[key] ?? facts.scales[key] ?? NaN);
    if (!Number.isFinite(value)) continue;
    // A count noun (`Hunderte`) scales by itself but is no figure without something it counts.
    const countWord = !digits && facts.numberWords[key] === undefined;
    let scaledBy = countWord;
    let chained = false;
    let currency: string | undefined;
    const from = Math.max(0, start - 8);
    const pre = digits && mayStand(c.prefix, text, start, -1, from) ? c.prefix.re.exec(text.slice(from, start)) : null;
    if (pre) {
      currency = facts.currencies[norm(pre[0])];
      start -= pre[0].length;
    }
    // Scales: one after the number (`44 Milliarden`); one-letter ones (`m`, `k`) only glued to an amount (`€1.2m`), as `5 m` is metres.
    let s = scaledBy ? null : at(c.scale, text, pos);
    if (s && (norm(s[0]).length > 1 || (currency && !/^\s/.test(s[0])))) {
      value = scaled(value, facts.scales[norm(s[0])] ?? 1);
      pos += s[0].length;
      scaledBy = true;
    }
    // `Hunderten von Millionen`, `hundreds of millions`: a count scale times a scale.
    const link = scaledBy ? at(c.link, text, pos) : null;
    if (link && (s = at(c.scale, text, pos + link[0].length)) && norm(s[0]).length > 1) {
      value = scaled(value, facts.scales[norm(s[0])] ?? 1);
      pos += link[0].length + s[0].length;
      chained = true;
    }
    let kind: 'money' | 'percent' | 'number' = currency ? 'money' : 'number';
    let unit: string | undefined = currency;
    const p = currency ? null : at(c.percent, text, pos);
    if (p) {
      kind = 'percent';
      pos += p[0].length;
    } else {
      // After a scale a short linking word may come first: `12 millions d'euros`, `3 millones de personas`.
      const via = scaledBy ? (at(c.link, text, pos)?.[0].length ?? 0) : 0;
      for (const skip of via ? [0, via] : [0]) {
        const cur = currency ? null : at(c.currency, text, pos + skip);
        const u = cur ? null : at(c.unit, text, pos + skip);
        const hit = cur ?? u;
        if (!hit) continue;
        if (cur) {
          kind = 'money';
          unit = facts.currencies[norm(cur[0])];
        } else unit = facts.units[norm(hit[0])];
        pos += skip + hit[0].length;
        break;
      }
    }
    // Digits glued to letters (`3rd`, `5G`, `1990er`) are no figure here.
    if (/[\p{L}\p{N}]/u.test(text[pos] ?? '')) continue;
    if (kind === 'number' && unit === undefined && (!scaledBy || (countWord && !chained))) {
      if (!digits) continue;
      if (isYear(text, start, pos)) {
        out.push({ rank: 2, fact: { kind: 'date', text: raw, resolved: raw, start, end: pos } });
        continue;
      }
      if (isLabel(text, start, pos, facts)) continue;
    }
    const phrase = text.slice(start, pos);
    const fact: FoundFact = unit ? { kind, text: phrase, value, start, end: pos, unit } : { kind, text: phrase, value, start, end: pos };
    out.push({ rank: kind === 'money' ? 4 : kind === 'percent' ? 3 : 1, fact });
    tokens.skipTo(pos);
  }
  return out;
}
