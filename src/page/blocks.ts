// Turns an article container into ordered text blocks (paragraphs, sub-headings, block quotes, list
// items), each with a map back to the live page's text nodes. Walks without recursion so that absurdly
// deep pages cannot overflow the stack, stops at a character budget, and never reads an editor's text.
import type { BlockKind } from '../core/article';
import { TextMapBuilder, type MappedText } from './textmap';
import { MAX_ARTICLE_CHARS } from './budget';
import type { TreeElement, TreeNode, TreeText } from './text-tree';

export interface PageBlock extends MappedText {
  kind: BlockKind;
}

/** Elements that start a new block of text. */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE',
  'FIGCAPTION', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CENTER',
]);

/** Subtrees whose text is never article text: code, media, controls, captions and image credits. */
const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED',
  'VIDEO', 'AUDIO', 'PICTURE', 'IMG', 'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'LABEL',
  'CAPTION', 'HEAD', 'TITLE',
]);

/**
 * A caption shorter than this is a label or an image credit ("Foto: dpa") and stays out; a longer one is
 * part of the reading (in a photo story the captions carry the text).
 */
const MIN_CAPTION_CHARS = 100;

function kindOf(tag: string, insideQuote: boolean): BlockKind {
  if (insideQuote) return 'quote';
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'LI' || tag === 'DT' || tag === 'DD') return 'list-item';
  if (tag === 'PRE') return 'preformatted';
  if (tag === 'BLOCKQUOTE') return 'quote';
  return 'paragraph';
}

/** Hidden by the page's markup (the hidden attribute, aria-hidden, an inline display:none or visibility:hidden). */
export function isHidden(element: TreeElement): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * Whether an element's text is something being typed: inside a contenteditable region (the nearest element
 * with the attribute decides; `false` makes an island that is not editable) or in a document in design
 * mode. Editors hold what a reader or an author is writing, never the article: reading them would mark
 * quotes inside a comment box or a CMS's editing view. Judged on the live page, because the editable
 * ancestor may lie outside the container Readability kept.
 */
export function isEditable(element: Element | null, doc: Document): boolean {
  const editable = element?.closest('[contenteditable]');
  if (editable) return (editable.getAttribute('contenteditable') ?? '').toLowerCase() !== 'false';
  return doc.designMode === 'on';
}

/**
 * isEditable for many elements of one document, or null when the document has no editor (nearly every
 * page): then one query answers for every paragraph or text node, and the caller need not even find
 * their elements.
 */
export function editableTest(doc: Document): ((element: Element | null) => boolean) | null {
  if (doc.designMode !== 'on' && doc.querySelector('[contenteditable]') === null) return null;
  return (element) => isEditable(element, doc);
}

export interface BlockWalkOptions<E extends TreeElement = Element> {
  /**
   * Maps a text node of the walked tree to the live page's text node. Without it the walked tree must be
   * the live page, whose text nodes are their own.
   */
  toLive?: (node: TreeText) => Text | undefined;
  /** Stop after this many characters of block text. */
  maxChars?: number;
  /** Subtrees to leave out (page furniture inside the container). */
  skip?: (element: E) => boolean;
}

/** Collects the text blocks under `root` (the live page, a copy of it, or a LightElement) in document order. */
export function collectBlocks<E extends TreeElement>(root: E, options: BlockWalkOptions<E> = {}): PageBlock[] {
  const toLive = options.toLive ?? ((node: TreeText) => node as Text);
  const maxChars = options.maxChars ?? MAX_ARTICLE_CHARS;
  const skip = options.skip;
  // Editors are looked for in the live document, which the text nodes come from (the tree walked may be a clone).
  let editable: ((element: Element | null) => boolean) | null | undefined;
  const blocks: PageBlock[] = [];
  let builder = new TextMapBuilder();
  let kind: BlockKind = 'paragraph';
  let total = 0;
  // Tag names of the open block elements, innermost last; with how many open <blockquote>s.
  const openBlocks: string[] = [];
  let quoteDepth = 0;

  const flush = (): void => {
    if (builder.length > 0) {
      const mapped = builder.finish();
      const text = mapped.text.trimEnd();
      if (text.length > 0) {
        blocks.push({ kind, text, runs: mapped.runs });
        total += text.length;
      }
    }
    builder = new TextMapBuilder();
    const innermost = openBlocks[openBlocks.length - 1];
    kind = kindOf(innermost ?? 'P', quoteDepth > 0);
  };

  // Every element under `root` is of root's kind: the live page's, or a light tree's.
  const enter = (element: E): boolean => {
    const tag = element.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || isHidden(element) || skip?.(element)) return false;
    if (tag === 'FIGCAPTION' && (element.textContent ?? '').trim().length < MIN_CAPTION_CHARS) return false;
    if (tag === 'BR') {
      builder.addBreak();
      return false;
    }
    if (BLOCK_TAGS.has(tag)) {
      flush();
      openBlocks.push(tag);
      if (tag === 'BLOCKQUOTE') quoteDepth++;
      kind = kindOf(tag, quoteDepth > 0);
    }
    return true;
  };

  const leave = (element: E): void => {
    const tag = element.tagName.toUpperCase();
    if (BLOCK_TAGS.has(tag)) {
      flush();
      openBlocks.pop();
      if (tag === 'BLOCKQUOTE') quoteDepth--;
      const innermost = openBlocks[openBlocks.length - 1];
      kind = kindOf(innermost ?? 'P', quoteDepth > 0);
    }
  };

  let node: TreeNode | null = root.firstChild;
  while (node && total < maxChars) {
    let descend = false;
    if (node.nodeType === 3) {
      const live = toLive(node as TreeText);
      // The budget holds inside a text node too: one 5 MB paragraph is one text node.
      if (live) {
        if (editable === undefined) editable = editableTest(live.ownerDocument);
        // The walked node's text is the live node's (its copy, paired with it or found again by its
        // text): read from the walked node, it spares a call into the page per text node.
        if (!editable?.(live.parentElement)) builder.addText(live, maxChars - total - builder.length, (node as TreeText).data);
      }
    } else if (node.nodeType === 1) {
      descend = enter(node as E) && node.firstChild !== null;
      if (!descend && BLOCK_TAGS.has((node as E).tagName.toUpperCase()) && openBlocks[openBlocks.length - 1] === (node as E).tagName.toUpperCase()) {
        // An empty block element was entered: close it at once.
        leave(node as E);
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Move to the next node in document order, leaving every element we climb out of.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === 1) leave(node as E);
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  flush();
  return blocks;
}
