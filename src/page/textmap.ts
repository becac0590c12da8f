// Maps a block's analysed text back to the live page's text nodes, so that any span of the text becomes
// a DOM Range. The block text collapses white space; each run records where a stretch of that text
// stands in one text node, and a collapsed space points at the first white-space character it replaced.

export interface TextRun {
  /** Offset of the run in the block text. */
  start: number;
  length: number;
  node: Text;
  /** Offset of the run's first character in `node.data`. */
  nodeOffset: number;
}

export interface MappedText {
  text: string;
  runs: TextRun[];
}

/**
 * White space and the zero-width characters that read as none: each run of them collapses to one space.
 * Only the runs that need it are matched: a single plain space between two words already reads as it
 * should and stays inside the stretch around it, so a paragraph costs a match per odd gap rather than
 * one per word. A single space at either end of a node is matched, because it may join the white space
 * of the next node or open a block.
 */
const SPACES_TO_COLLAPSE = /[\s\u200B-\u200D\u2060\uFEFF]{2,}|[^\S ]|[\u200B-\u200D\u2060]|^ | $/g;

/**
 * Builds block text from text nodes (and line breaks) in document order, recording where each character
 * came from. Works a stretch of non-space characters at a time, not a character at a time: this runs on
 * every text node of an article in the page's main thread.
 */
export class TextMapBuilder {
  private parts: string[] = [];
  private size = 0;
  private runs: TextRun[] = [];
  private pendingSpace: { node: Text; offset: number } | null = null;
  private lastNode: Text | null = null;

  /** Appends `text`, which stands at `offset` in `node`, extending the last run when it continues it. */
  private emit(text: string, node: Text, offset: number): void {
    const at = this.size;
    this.parts.push(text);
    this.size += text.length;
    const last = this.runs[this.runs.length - 1];
    if (last && last.node === node && last.nodeOffset + last.length === offset && last.start + last.length === at) {
      last.length += text.length;
    } else {
      this.runs.push({ start: at, length: text.length, node, nodeOffset: offset });
    }
  }

  /** Emits the stretch [from, to) of `data`, after the collapsed space that precedes it, if any. */
  private emitStretch(data: string, node: Text, from: number, to: number): void {
    if (from >= to) return;
    if (this.pendingSpace) {
      this.emit(' ', this.pendingSpace.node, this.pendingSpace.offset);
      this.pendingSpace = null;
    }
    this.emit(data.slice(from, to), node, from);
  }

  /**
   * Adds `node`'s text, or only its first `maxChars` characters of it (a budget for enormous text nodes).
   * `data` is the node's text when the caller has it already.
   */
  addText(node: Text, maxChars = Infinity, data = node.data): void {
    const end = Math.min(data.length, maxChars);
    let from = 0;
    SPACES_TO_COLLAPSE.lastIndex = 0;
    for (let match = SPACES_TO_COLLAPSE.exec(data); match && match.index < end; match = SPACES_TO_COLLAPSE.exec(data)) {
      this.collapseAt(data, node, from, match.index);
      from = match.index + match[0].length;
    }
    // Cut short by the budget right after a space: that space is a gap like any other, not text.
    if (end < data.length && end > from && data.charAt(end - 1) === ' ') this.collapseAt(data, node, from, end - 1);
    else this.emitStretch(data, node, from, Math.max(from, end));
    this.lastNode = node;
  }

  /** Emits the stretch [from, at) and collapses the white space at `at` into the pending space. */
  private collapseAt(data: string, node: Text, from: number, at: number): void {
    this.emitStretch(data, node, from, at);
    // A space is kept only between text: none opens a block, and one is enough.
    if (this.size > 0 && !this.pendingSpace) this.pendingSpace = { node, offset: at };
  }

  /** A line break (`<br>`) or an inline boundary that reads as a space. */
  addBreak(): void {
    if (this.size > 0 && !this.pendingSpace && this.lastNode) {
      this.pendingSpace = { node: this.lastNode, offset: this.lastNode.data.length };
    }
  }

  get length(): number {
    return this.size;
  }

  finish(): MappedText {
    return { text: this.parts.join(''), runs: this.runs };
  }
}

/** Index of the run holding block-text offset `offset` (binary search), or -1. */
function runAt(runs: readonly TextRun[], offset: number): number {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = runs[mid] as TextRun;
    if (offset < run.start) hi = mid - 1;
    else if (offset >= run.start + run.length) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/** The DOM position of block-text offset `offset`; `end` positions sit just after the previous character. */
export function domPoint(mapped: MappedText, offset: number, end = false): DomPoint | null {
  if (end) {
    if (offset <= 0) return null;
    const index = runAt(mapped.runs, offset - 1);
    if (index < 0) return null;
    const run = mapped.runs[index] as TextRun;
    return { node: run.node, offset: run.nodeOffset + (offset - 1 - run.start) + 1 };
  }
  const index = runAt(mapped.runs, offset);
  if (index < 0) return null;
  const run = mapped.runs[index] as TextRun;
  return { node: run.node, offset: run.nodeOffset + (offset - run.start) };
}

/** Where block-text span [start, end) lies in the page: the boundary points of its range. */
export interface SpanBounds {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/** How long a text node's text is now, or -1 once it has left the page. */
export type LiveLength = (node: Text) => number;

/** A text node's live length, read from the page on each call. */
export const liveLength: LiveLength = (node) => (node.isConnected ? node.data.length : -1);

/**
 * A LiveLength that reads each node from the page once: for turning many spans into ranges in one go,
 * where most spans share their paragraph's text node. Every read of the page's DOM from an extension
 * crosses into the page's world (in Firefox through a wrapper that costs a microsecond or so each time),
 * and the marks of a long article would read the same few nodes hundreds of times. Valid only while the
 * page does not change: make one per drawing.
 */
export function memoLiveLength(): LiveLength {
  const lengths = new Map<Text, number>();
  return (node) => {
    let length = lengths.get(node);
    if (length === undefined) {
      length = liveLength(node);
      lengths.set(node, length);
    }
    return length;
  };
}

/**
 * The boundary points of block-text span [start, end), or null when the span is empty, out of bounds, or
 * its nodes have left the page (or lost text) since extraction.
 */
export function boundsForSpan(mapped: MappedText, start: number, end: number, lengthOf: LiveLength = liveLength): SpanBounds | null {
  if (start < 0 || end > mapped.text.length || start >= end) return null;
  const from = domPoint(mapped, start);
  const to = domPoint(mapped, end, true);
  if (!from || !to || from.offset > lengthOf(from.node) || to.offset > lengthOf(to.node)) return null;
  return { startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset };
}

/** A live Range over boundary points of `doc` (throws, as setStart and setEnd do, for offsets past a node's end). */
export function liveRangeOver(doc: Document, bounds: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }): Range {
  const range = doc.createRange();
  range.setStart(bounds.startContainer, bounds.startOffset);
  range.setEnd(bounds.endContainer, bounds.endOffset);
  return range;
}

/** A live Range covering block-text span [start, end), or null (see boundsForSpan). */
export function rangeForSpan(mapped: MappedText, start: number, end: number): Range | null {
  const bounds = boundsForSpan(mapped, start, end);
  return bounds ? liveRangeOver(bounds.startContainer.ownerDocument, bounds) : null;
}
