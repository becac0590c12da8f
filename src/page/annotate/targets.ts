// What to mark in the page: the report's quotes and flagged claims turned into DOM ranges through the
// extraction's text maps, in reading order. Supported claims are listed in the popup, not marked.
//
// The ranges are StaticRanges. A live Range is kept up to date by the browser on every change to the
// page's DOM, and a highlight holding live ranges has to follow them as well: with hundreds of marks that
// is a cost the page would pay on each of its own mutations, and drawing them costs several times more
// (measured in Chromium: 1,500 live ranges take 5–12 ms to register as highlights, static ones 0.1–0.4 ms).
// The marks are redrawn from a fresh reading whenever the article's text changes (./watch), so they need
// not follow the DOM. A live Range is made only for the one item the reader points at (liveRange).
import type { Claim, Quote, Report, TextSpan } from '../../core/report';
import type { MappedText } from '../textmap';
import { boundsForSpan, liveRangeOver, memoLiveLength, type SpanBounds } from '../textmap';
import type { HighlightCategory } from './categories';

export interface AnnotationTarget {
  category: HighlightCategory;
  /** The item's place in the report: `quotes[index]` or `claims[index]`. */
  kind: 'quote' | 'claim';
  index: number;
  ranges: AbstractRange[];
  quote?: Quote;
  claim?: Claim;
  /** Block and offset of the first span: sorts targets in reading order. */
  block: number;
  start: number;
}

type StaticRangeCtor = new (bounds: SpanBounds) => AbstractRange;

/**
 * Makes the ranges of one drawing: the StaticRange constructor is looked up once (in the window of the
 * article's document; a live Range where StaticRange is missing), and each text node is read from the
 * page once (memoLiveLength), however many spans it holds.
 */
class RangeMaker {
  private readonly lengthOf = memoLiveLength();
  private ctor: StaticRangeCtor | null | undefined;

  make(bounds: SpanBounds): AbstractRange {
    if (this.ctor === undefined) {
      const view = bounds.startContainer.ownerDocument.defaultView as unknown as { StaticRange?: StaticRangeCtor } | null;
      this.ctor = typeof view?.StaticRange === 'function' ? view.StaticRange : null;
    }
    return this.ctor ? new this.ctor(bounds) : liveRangeOver(bounds.startContainer.ownerDocument, bounds);
  }

  /** Ranges for spans of the analysed blocks; spans whose text has left the page are skipped. */
  forSpans(spans: readonly TextSpan[], blocks: readonly MappedText[]): AbstractRange[] {
    const ranges: AbstractRange[] = [];
    for (const span of spans) {
      const block = blocks[span.block];
      const bounds = block ? boundsForSpan(block, span.start, span.end, this.lengthOf) : null;
      if (bounds) ranges.push(this.make(bounds));
    }
    return ranges;
  }
}

/** Ranges for spans of the analysed blocks; spans whose text has left the page are skipped. */
export function rangesForSpans(spans: readonly TextSpan[], blocks: readonly MappedText[]): AbstractRange[] {
  return new RangeMaker().forSpans(spans, blocks);
}

/**
 * A live Range with the boundaries of `range`, for what only a live Range can do (its boxes on screen,
 * the selection); null when the page has changed so that the boundaries no longer exist.
 */
export function liveRange(range: AbstractRange): Range | null {
  if ('getClientRects' in range) return range as Range;
  const doc = range.startContainer.ownerDocument;
  if (!doc) return null;
  try {
    return liveRangeOver(doc, range);
  } catch {
    return null; // an offset past the end of a node whose text has changed since
  }
}

function spansOf(item: Quote | Claim): TextSpan[] {
  if ('spans' in item && item.spans && item.spans.length > 0) return item.spans;
  return item.span ? [item.span] : [];
}

function target(maker: RangeMaker, category: HighlightCategory, kind: 'quote' | 'claim', index: number, item: Quote | Claim, blocks: readonly MappedText[]): AnnotationTarget | null {
  const spans = spansOf(item);
  const first = spans[0];
  const ranges = maker.forSpans(spans, blocks);
  if (!first || ranges.length === 0) return null;
  const found: AnnotationTarget = { category, kind, index, ranges, block: first.block, start: first.start };
  if (kind === 'quote') found.quote = item as Quote;
  else found.claim = item as Claim;
  return found;
}

/** Every quote and every unsupported or attributed claim of `report` that can be found in the page, in reading order. */
export function annotationTargets(report: Pick<Report, 'quotes' | 'claims'>, blocks: readonly MappedText[]): AnnotationTarget[] {
  const targets: AnnotationTarget[] = [];
  const maker = new RangeMaker();
  report.quotes.forEach((quote, index) => {
    const found = target(maker, 'quote', 'quote', index, quote, blocks);
    if (found) targets.push(found);
  });
  report.claims.forEach((claim, index) => {
    if (claim.status === 'supported') return;
    const found = target(maker, claim.status, 'claim', index, claim, blocks);
    if (found) targets.push(found);
  });
  return targets.sort((a, b) => a.block - b.block || a.start - b.start);
}
