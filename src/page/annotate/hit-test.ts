// Which highlighted targets lie under a point of the window. Highlights are not elements, so the point
// is turned into a caret position in the text and tested against the targets' ranges, then confirmed
// against the ranges' boxes (a caret is found even beside the text, at the end of a short line).
import { liveRange, type AnnotationTarget } from './targets';

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const caret = doc as unknown as CaretDocument;
  if (typeof caret.caretPositionFromPoint === 'function') {
    const position = caret.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof caret.caretRangeFromPoint === 'function') {
    const range = caret.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** The box of `range` that holds the point, if any (one pixel of slack for rounding). */
function boxAt(range: Range, x: number, y: number): DOMRect | null {
  for (const box of range.getClientRects()) {
    if (x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 1) return box;
  }
  return null;
}

/** -1, 0 or 1 as text point (a, aOffset) lies before, at or after (b, bOffset); null when they cannot be ordered. */
function comparePoints(a: Node, aOffset: number, b: Node, bOffset: number): number | null {
  if (a === b) return Math.sign(aOffset - bOffset);
  const position = a.compareDocumentPosition(b);
  // Text nodes never contain one another: b is either after a (following) or before it.
  if (position & 1 /* DISCONNECTED */) return null;
  return position & 4 /* FOLLOWING */ ? -1 : 1;
}

/** Whether the point lies within `range` (its ends included), for static and live ranges alike. */
function holdsPoint(range: AbstractRange, node: Node, offset: number): boolean {
  const afterStart = comparePoints(node, offset, range.startContainer, range.startOffset);
  const beforeEnd = comparePoints(node, offset, range.endContainer, range.endOffset);
  return afterStart !== null && beforeEnd !== null && afterStart >= 0 && beforeEnd <= 0;
}

export interface Hit {
  targets: AnnotationTarget[];
  /** The line box under the point: where the card is placed. */
  box: DOMRect;
  /** The range that box belongs to: the card follows it while the page scrolls. */
  range: Range;
}

/** The targets under window point (x, y), innermost category first (claims before the quote around them). */
export function targetsAt(doc: Document, targets: readonly AnnotationTarget[], x: number, y: number): Hit | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3 /* Node.TEXT_NODE */) return null;
  const found: AnnotationTarget[] = [];
  let box: DOMRect | null = null;
  let boxRange: Range | null = null;
  for (const target of targets) {
    for (const range of target.ranges) {
      const live = holdsPoint(range, caret.node, caret.offset) ? liveRange(range) : null;
      const hit = live ? boxAt(live, x, y) : null;
      if (hit && live) {
        found.push(target);
        if (!box) {
          box = hit;
          boxRange = live;
        }
        break;
      }
    }
  }
  if (!box || !boxRange) return null;
  found.sort((a, b) => Number(a.category === 'quote') - Number(b.category === 'quote'));
  return { targets: found, box, range: boxRange };
}
