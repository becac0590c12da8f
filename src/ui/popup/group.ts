// How the popup and the exports order a report for reading: quotes grouped by speaker, claims by
// status, facts by kind with repeated names counted once. Pure: no DOM, no browser API. Every item keeps
// its index in the report's own list, because that index is how the page finds it again (reveal).
import type { Claim, ClaimStatus, Fact, FactKind, Quote } from '../../core/report';

export interface Indexed<T> {
  item: T;
  /** The item's place in the report's `quotes`, `claims` or `facts` list. */
  index: number;
}

export interface QuoteGroup {
  /** The fullest form of the speaker's name the report uses; null for quotes nobody was named for. */
  speaker: string | null;
  quotes: Indexed<Quote>[];
}

export interface ClaimGroup {
  status: ClaimStatus;
  claims: Indexed<Claim>[];
}

/** A name or source the article mentions, once however often it occurs. */
export interface Tally {
  text: string;
  count: number;
  /** The first occurrence's index in `facts`: the one the page is asked to show. */
  index: number;
}

export interface FactGroups {
  /** Money, percentages and other figures, in the article's order. */
  figures: Indexed<Fact>[];
  dates: Indexed<Fact>[];
  people: Tally[];
  organizations: Tally[];
  places: Tally[];
  sources: Tally[];
}

/** Unsupported claims first: they are the ones a reader most needs to see. */
export const STATUS_ORDER: readonly ClaimStatus[] = ['unsupported', 'attributed', 'supported'];

const FIGURE_KINDS: ReadonlySet<FactKind> = new Set(['money', 'percent', 'number']);

/** A name with its spacing tidied: the form shown. */
function tidy(name: string | null | undefined): string {
  return (name ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether `short` is the end of `long` word by word ("musk" of "elon musk"), without being equal. */
function endsWithName(long: string[], short: string[]): boolean {
  if (short.length >= long.length) return false;
  const tail = long.slice(long.length - short.length);
  return tail.every((word, i) => word === short[i]);
}

/**
 * Maps every name key (lower case) to the key of the fullest name of the same person: a name that is the
 * end of exactly one longer name ("musk" → "elon musk") joins it; when two longer names share that end
 * ("anna berger", "tom berger") it is not clear whom the short one means, so it stays on its own.
 */
function fullestNames(keys: Iterable<string>): Map<string, string> {
  const split = [...new Set(keys)].map((key) => ({ key, words: key.split(' ') }));
  const fullest = new Map<string, string>();
  for (const { key, words: short } of split) {
    const longer = split.filter((other) => endsWithName(other.words, short));
    // Of longer names that themselves nest ("musk" in "reeve musk" and "elon reeve musk"), the longest wins.
    const heads = longer.filter((candidate) => !longer.some((other) => endsWithName(other.words, candidate.words)));
    fullest.set(key, heads.length === 1 && heads[0] ? heads[0].key : key);
  }
  return fullest;
}

/** Quotes by speaker: the speaker quoted most first (ties: first quoted first), unknown speakers last. */
export function groupQuotes(quotes: readonly Quote[]): QuoteGroup[] {
  // The form of each name as first written, for display.
  const shown = new Map<string, string>();
  for (const quote of quotes) {
    const name = tidy(quote.speaker);
    if (name && !shown.has(name.toLowerCase())) shown.set(name.toLowerCase(), name);
  }
  const fullest = fullestNames(shown.keys());
  const groups = new Map<string, QuoteGroup>();
  const unknown: QuoteGroup = { speaker: null, quotes: [] };
  quotes.forEach((quote, index) => {
    const name = tidy(quote.speaker);
    if (!name) {
      unknown.quotes.push({ item: quote, index });
      return;
    }
    const key = fullest.get(name.toLowerCase()) ?? name.toLowerCase();
    const group = groups.get(key) ?? { speaker: shown.get(key) ?? name, quotes: [] };
    group.quotes.push({ item: quote, index });
    groups.set(key, group);
  });
  // Array.prototype.sort is stable: equal counts keep the order of first appearance.
  const ordered = [...groups.values()].sort((a, b) => b.quotes.length - a.quotes.length);
  return unknown.quotes.length > 0 ? [...ordered, unknown] : ordered;
}

/** Claims by status in STATUS_ORDER; statuses without claims are left out. */
export function groupClaims(claims: readonly Claim[]): ClaimGroup[] {
  return STATUS_ORDER.map((status) => ({
    status,
    claims: claims.flatMap((claim, index) => (claim.status === status ? [{ item: claim, index }] : [])),
  })).filter((group) => group.claims.length > 0);
}

function tally(facts: readonly Fact[], kind: FactKind): Tally[] {
  const byText = new Map<string, Tally>();
  facts.forEach((fact, index) => {
    if (fact.kind !== kind) return;
    const text = fact.text.trim().replace(/\s+/g, ' ');
    const key = text.toLowerCase();
    const seen = byText.get(key);
    if (seen) seen.count++;
    else byText.set(key, { text, count: 1, index });
  });
  return [...byText.values()].sort((a, b) => b.count - a.count);
}

export function groupFacts(facts: readonly Fact[]): FactGroups {
  const indexed = facts.map((item, index) => ({ item, index }));
  return {
    figures: indexed.filter(({ item }) => FIGURE_KINDS.has(item.kind)),
    dates: indexed.filter(({ item }) => item.kind === 'date'),
    people: tally(facts, 'person'),
    organizations: tally(facts, 'organization'),
    places: tally(facts, 'place'),
    sources: tally(facts, 'source'),
  };
}

/** Counts of what the report found, in the order the popup shows them. */
export interface ReportCounts {
  quotes: number;
  unsupported: number;
  attributed: number;
  supported: number;
  facts: number;
}

export function countReport(report: { quotes: readonly unknown[]; claims: readonly Claim[]; facts: readonly unknown[] }): ReportCounts {
  const byStatus = (status: ClaimStatus) => report.claims.filter((claim) => claim.status === status).length;
  return {
    quotes: report.quotes.length,
    unsupported: byStatus('unsupported'),
    attributed: byStatus('attributed'),
    supported: byStatus('supported'),
    facts: report.facts.length,
  };
}

/** Text cut at a word boundary near `max` characters, with an ellipsis; short text unchanged. */
export function clip(text: string, max = 180): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** A number as the figure's value with its unit: "44 000 000 000 USD", "15 %". */
export function valueWithUnit(fact: Fact, locale?: string): string | null {
  if (fact.value === undefined || !Number.isFinite(fact.value)) return null;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(fact.value);
  if (fact.kind === 'percent') return `${number} %`;
  return fact.unit ? `${number} ${fact.unit}` : number;
}
