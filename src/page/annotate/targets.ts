// What to mark in the page: the report's quotes and flagged claims turned into live DOM Ranges through
// the extraction's text maps, in reading order. Supported claims are listed in the popup, not marked.
import type { Claim, Quote, Report, TextSpan } from '../../core/report';
import type { MappedText } from '../textmap';
import { rangeForSpan } from '../textmap';
import type { HighlightCategory } from './categories';

export interface AnnotationTarget {
  category: HighlightCategory;
  /** The item's place in the report: `quotes[index]` or `claims[index]`. */
  kind: 'quote' | 'claim';
  index: number;
  ranges: Range[];
  quote?: Quote;
  claim?: Claim;
  /** Block and offset of the first span: sorts targets in reading order. */
  block: number;
  start: number;
}

/** Live ranges for spans of the analysed blocks; spans whose text has left the page are skipped. */
export function rangesForSpans(spans: readonly TextSpan[], blocks: readonly MappedText[]): Range[] {
  const ranges: Range[] = [];
  for (const span of spans) {
    const block = blocks[span.block];
    const range = block ? rangeForSpan(block, span.start, span.end) : null;
    if (range) ranges.push(range);
  }
  return ranges;
}

function spansOf(item: Quote | Claim): TextSpan[] {
  if ('spans' in item && item.spans && item.spans.length > 0) return item.spans;
  return item.span ? [item.span] : [];
}

function target(category: HighlightCategory, kind: 'quote' | 'claim', index: number, item: Quote | Claim, blocks: readonly MappedText[]): AnnotationTarget | null {
  const spans = spansOf(item);
  const first = spans[0];
  const ranges = rangesForSpans(spans, blocks);
  if (!first || ranges.length === 0) return null;
  return { category, kind, index, ranges, block: first.block, start: first.start, ...(kind === 'quote' ? { quote: item as Quote } : { claim: item as Claim }) };
}

/** Every quote and every unsupported or attributed claim of `report` that can be found in the page, in reading order. */
export function annotationTargets(report: Pick<Report, 'quotes' | 'claims'>, blocks: readonly MappedText[]): AnnotationTarget[] {
  const targets: AnnotationTarget[] = [];
  report.quotes.forEach((quote, index) => {
    const found = target('quote', 'quote', index, quote, blocks);
    if (found) targets.push(found);
  });
  report.claims.forEach((claim, index) => {
    if (claim.status === 'supported') return;
    const found = target(claim.status, 'claim', index, claim, blocks);
    if (found) targets.push(found);
  });
  return targets.sort((a, b) => a.block - b.block || a.start - b.start);
}
