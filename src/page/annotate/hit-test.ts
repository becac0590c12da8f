// Which highlighted targets lie under a point of the window. Highlights are not elements, so the point
// is turned into a caret position in the text and tested against the targets' ranges, then confirmed
// against the ranges' boxes (a caret is found even beside the text, at the end of a short line).
import type { AnnotationTarget } from './targets';

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
      let inside = false;
      try {
        inside = range.isPointInRange(caret.node, caret.offset);
      } catch {
        // A node of another document or a detached tree: not ours.
      }
      const hit = inside ? boxAt(range, x, y) : null;
      if (hit) {
        found.push(target);
        if (!box) {
          box = hit;
          boxRange = range;
        }
        break;
      }
    }
  }
  if (!box || !boxRange) return null;
  found.sort((a, b) => Number(a.category === 'quote') - Number(b.category === 'quote'));
  return { targets: found, box, range: boxRange };
}
