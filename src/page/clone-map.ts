// A clone of the page that may be rewritten freely (Readability rewrites what it is given), with a way
// back from any text node of the clone to the live text node it came from.
//
// Right after cloning the two trees are identical, so text nodes pair up in document order. Readability
// sometimes rebuilds a subtree from its HTML (when a first pass finds too little text), which makes new
// text nodes; for those, every element of the clone carries its index in the live document, and a text
// node is found again by its content inside the live element with the same index.
import { isJsonLdScript } from './jsonld';
import type { TreeElement, TreeText } from './text-tree';

export const ID_ATTRIBUTE = 'data-newslens-index';

/** The index in the page an element of a copy is stamped with, or null. */
export function stampOf(element: TreeElement): number | null {
  const stamp = element.getAttribute(ID_ATTRIBUTE);
  return stamp === null ? null : Number(stamp);
}

/** The stamp of `element` or of its nearest stamped ancestor; -1 when there is none. */
export function nearestStamp(element: TreeElement | null): number {
  for (let at = element; at; at = at.parentElement) {
    const stamp = stampOf(at);
    if (stamp !== null) return stamp;
  }
  return -1;
}
/** A live element with more text nodes than this is not searched (bounds the work on huge pages). */
const MAX_TEXTS_SEARCHED = 5000;

export interface ReadableClone {
  clone: Document;
  /** The live text node a text node of the copy came from (also one of the copy rebuilt as a light tree). */
  toLive(node: TreeText): Text | undefined;
  /**
   * The live text node that is the `position`-th non-empty text child of the element stamped `index`
   * (how ./serialized-reading names text that went through HTML and back).
   */
  liveText(index: number, position: number): Text | undefined;
}

/** The non-empty text children of `element`, in order. */
function textChildren(element: Element): Text[] {
  const texts: Text[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling) if (child.nodeType === 3 && (child as Text).data.length > 0) texts.push(child as Text);
  return texts;
}

function textNodesUnder(element: Element): Text[] {
  const texts: Text[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && texts.length < MAX_TEXTS_SEARCHED; node = walker.nextNode()) texts.push(node as Text);
  return texts;
}

/**
 * Empties the style sheets under `root` (a copy not yet in its document), keeping their text nodes so
 * that the copy's nodes still pair up with the page's: a <style> joining a document has its CSS parsed,
 * and some pages carry a megabyte of it (50 ms on one corpus page), which Readability throws away unread.
 */
function silenceStyles(root: Element): void {
  for (const style of Array.from(root.getElementsByTagName('style'))) {
    for (let child = style.firstChild; child; child = child.nextSibling) if (child.nodeType === 3) (child as Text).data = '';
  }
}

/**
 * What of the page's <head> a scoped copy keeps: what Readability reads there (the title, meta tags,
 * JSON-LD) and the base address links resolve against. The head's scripts and style sheets, often a
 * third of the copy, would only be copied, sent and parsed for Readability to throw them away.
 */
function isHeadMetadata(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  return tag === 'TITLE' || tag === 'META' || tag === 'BASE' || isJsonLdScript(element);
}

/**
 * The copy Readability reads: the whole document, or, given a scope, a document with the page's <html>
 * and the metadata of its <head> (title, meta tags, JSON-LD, language) and a body holding only a copy of
 * the scope. Returns the copied root to pair with `from` (the live root). Every copy is made in the clone
 * (importNode), a document without a window: made in the page's document (cloneNode), its images would
 * start loading and its custom elements would run the page's constructors before ever being moved.
 */
function copyOf(live: Document, scope: Element | null): { clone: Document; from: Node; to: Node } {
  const clone = live.cloneNode(false) as Document;
  if (!scope || !live.documentElement || !live.body) {
    if (live.documentElement) {
      const root = clone.importNode(live.documentElement, true);
      silenceStyles(root);
      clone.appendChild(root);
    }
    return { clone, from: live, to: clone };
  }
  const html = clone.appendChild(clone.importNode(live.documentElement, false));
  if (live.head) {
    const head = html.appendChild(clone.importNode(live.head, false));
    for (const child of Array.from(live.head.children)) if (isHeadMetadata(child)) head.appendChild(clone.importNode(child, true));
  }
  const body = html.appendChild(clone.importNode(live.body, false));
  const copy = clone.importNode(scope, true);
  silenceStyles(copy);
  body.appendChild(copy);
  return { clone, from: scope, to: copy };
}

/** `root` itself when it is an element, then every element under it, in document order. */
function elementsOf(root: Node): Element[] {
  const under = Array.from((root as Element | Document).getElementsByTagName('*'));
  return root.nodeType === 1 ? [root as Element, ...under] : under;
}

export interface CloneOptions {
  /**
   * Pair every text node of the copy with the page's now, in document order (default true): what a
   * reading of the copy itself needs. A copy read away from the page (./serialized-reading) names its
   * text by element index and place instead (liveText), and skips this walk over both trees, which
   * is a third of the copy's cost on a content script's first run.
   */
  pairTexts?: boolean;
}

/** A copy of `live` to rewrite, whole or (given `scope`) only the scope with the page's head around it. */
export function cloneForReading(live: Document, scope: Element | null = null, options: CloneOptions = {}): ReadableClone {
  const { clone, from, to } = copyOf(live, scope);

  const pairs = new Map<TreeText, Text>();
  if (options.pairTexts !== false) {
    const liveWalker = live.createTreeWalker(from, 4);
    const cloneWalker = clone.createTreeWalker(to, 4);
    for (let a = liveWalker.nextNode(), b = cloneWalker.nextNode(); a && b; a = liveWalker.nextNode(), b = cloneWalker.nextNode()) {
      pairs.set(b as Text, a as Text);
    }
  }

  const liveElements = elementsOf(from);
  const cloneElements = elementsOf(to);
  const count = Math.min(liveElements.length, cloneElements.length);
  const indexed: Element[] = new Array<Element>(count);
  for (let i = 0; i < count; i++) {
    indexed[i] = liveElements[i] as Element;
    (cloneElements[i] as Element).setAttribute(ID_ATTRIBUTE, String(i));
  }

  // Per live element: its text nodes and how far the search has come (clone text arrives in document order).
  const searches = new Map<Element, { texts: Text[]; next: number }>();
  const relocate = (node: TreeText): Text | undefined => {
    const stamp = nearestStamp(node.parentElement);
    const liveElement = stamp === -1 ? undefined : indexed[stamp];
    if (!liveElement) return undefined;
    let search = searches.get(liveElement);
    if (!search) {
      search = { texts: textNodesUnder(liveElement), next: 0 };
      searches.set(liveElement, search);
    }
    for (let i = search.next; i < search.texts.length; i++) {
      const candidate = search.texts[i] as Text;
      if (candidate.data === node.data) {
        search.next = i + 1;
        return candidate;
      }
    }
    return undefined;
  };

  // The search is stateful (it moves forward), so each clone text node is looked up once and remembered.
  const relocated = new Map<TreeText, Text | undefined>();
  const children = new Map<Element, Text[]>();
  return {
    clone,
    liveText: (index, position) => {
      const element = indexed[index];
      if (!element) return undefined;
      let texts = children.get(element);
      if (!texts) {
        texts = textChildren(element);
        children.set(element, texts);
      }
      return texts[position];
    },
    toLive: (node) => {
      const paired = pairs.get(node);
      if (paired) return paired;
      if (!relocated.has(node)) relocated.set(node, relocate(node));
      return relocated.get(node);
    },
  };
}
