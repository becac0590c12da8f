// Readability's reading done away from the page: the content script sends the HTML of its copy of the
// page, the extension's own document (Firefox's background page, Chrome's offscreen document) parses it
// and runs Readability, and sends back the container it kept. Readability is the largest
// piece of the extraction (tens of milliseconds on a long page), and this way it never runs on the
// page's main thread.
//
// The container's text has to be found again in the live page. Every element of the copy carries its
// index in the page (./clone-map stamps them), so a text node is named by its parent's index and its
// place among the parent's text children, taken before Readability moves anything; the names travel back
// with the container, one per text node. Text nodes side by side would melt into one when the copy's HTML
// is parsed, so an empty comment keeps them apart. The container does not travel back as HTML: what
// Readability leaves is not always valid HTML (it turns tables into <div>s holding <tr>s, which a parser
// would undo), so it travels as a flat list of its nodes and is rebuilt node by node.
//
// Both ends are here so that they stay in step; neither uses an extension API.
import { readWithReadability, type ArticleReading } from './readability-reading';
import { ID_ATTRIBUTE, type ReadableClone } from './clone-map';

/**
 * One node of the container, its parent given by its place in the list (-1 for the container itself):
 * an element with its tag and attributes (name, value, name, value…), or a text.
 */
export type SerializedNode = [parent: number, tag: string, attributes: string[]] | [parent: number, text: string];

/** Readability's reading as it crosses extension messaging: the kept container as a list of nodes, and its text nodes' names. */
export interface SerializedReading {
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  siteName: string | null;
  lang: string | null;
  /** The container and everything in it, in document order (empty text nodes left out). */
  content: SerializedNode[];
  /** Per text node of `content`, in order: `[parent index, place]` in the page, or null for text Readability made. */
  texts: Array<[number, number] | null>;
}

/** Scripts that only run code (JSON-LD stays: Readability reads the article's metadata from it). */
const CODE_SCRIPTS = 'script:not([type="application/ld+json"])';

/** The non-empty text nodes under `root`, in document order. */
function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node as Text).data.length > 0) texts.push(node as Text);
  return texts;
}

/** Puts an empty comment between text nodes that stand side by side under `root`, so that HTML keeps them apart. */
function separateTexts(root: Node): void {
  const doc = root.ownerDocument ?? (root as Document);
  for (const node of textNodes(root)) if (node.previousSibling?.nodeType === 3) node.parentNode?.insertBefore(doc.createComment(''), node);
}

/**
 * The HTML of `clone` (a copy of the page, free to change) for reading elsewhere. Scripts and style
 * sheets are left out (Readability drops them first thing), which keeps the message small.
 */
export function serializeForReading(clone: Document): string {
  for (const element of Array.from(clone.querySelectorAll(`${CODE_SCRIPTS}, style`))) element.remove();
  if (clone.documentElement) separateTexts(clone.documentElement);
  const disguised = disguiseStrayTableParts(clone);
  const html = `<!DOCTYPE html>${clone.documentElement?.outerHTML ?? ''}`;
  // The copy is read here too when the reading away fails: it gets its own elements back.
  for (const [standIn, original] of disguised) {
    moveChildren(standIn, original);
    standIn.replaceWith(original);
  }
  return html;
}

function moveChildren(from: Element, to: Element): void {
  while (from.firstChild) to.appendChild(from.firstChild);
}

/** `element` made again as a `tag` of its document, with its attributes (but `leaveOut`) and its children, in its place. */
function retag(element: Element, tag: string, leaveOut?: string): Element {
  const replacement = element.ownerDocument.createElement(tag);
  for (const attribute of Array.from(element.attributes)) if (attribute.name !== leaveOut) replacement.setAttribute(attribute.name, attribute.value);
  moveChildren(element, replacement);
  element.replaceWith(replacement);
  return replacement;
}

/** The parts of a table that HTML parsing drops outside a table (a cell under <body> loses its tag). */
const TABLE_PARTS = new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'caption', 'colgroup', 'col']);
/** Where each of them may stand for the parser to keep it. */
const TABLE_CONTEXTS = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr', 'colgroup']);
/** Carries the real tag of a table part sent as a <div>. */
const TAG_ATTRIBUTE = 'data-newslens-tag';

/**
 * A reading scope can be a table cell (old sites laid out with tables): the copy holds it right under
 * <body>, which the DOM allows but HTML parsing does not. Each such element is sent as a <div> that names
 * its tag, and readSerialized gives it back its tag, so Readability reads the structure the page has.
 * Returns the stand-ins with the elements they replace.
 */
function disguiseStrayTableParts(clone: Document): Array<[Element, Element]> {
  const swapped: Array<[Element, Element]> = [];
  for (const element of Array.from(clone.querySelectorAll([...TABLE_PARTS].join(',')))) {
    const parent = element.parentElement?.localName ?? '';
    if (TABLE_CONTEXTS.has(parent)) continue;
    const standIn = retag(element, 'div');
    standIn.setAttribute(TAG_ATTRIBUTE, element.localName);
    swapped.push([standIn, element]);
  }
  return swapped;
}

/** Gives the table parts disguiseStrayTableParts sent as <div>s their tags back, in the parsed copy. */
function restoreTableParts(doc: Document): void {
  for (const standIn of Array.from(doc.querySelectorAll(`div[${TAG_ATTRIBUTE}]`))) {
    const tag = standIn.getAttribute(TAG_ATTRIBUTE) ?? '';
    if (TABLE_PARTS.has(tag)) retag(standIn, tag, TAG_ATTRIBUTE);
  }
}

/** Names every non-empty text node by its parent's stamp and its place among the parent's text children. */
function nameTexts(doc: Document): Map<Text, [number, number]> {
  const names = new Map<Text, [number, number]>();
  const places = new Map<Element, number>();
  for (const node of textNodes(doc.body ?? doc)) {
    const parent = node.parentElement;
    const stamp = parent?.getAttribute(ID_ATTRIBUTE);
    if (!parent || stamp === null || stamp === undefined) continue;
    const place = places.get(parent) ?? 0;
    places.set(parent, place + 1);
    names.set(node, [Number(stamp), place]);
  }
  return names;
}

/** `root` and everything under it as a flat list of nodes, with the names of its text nodes. */
function flatten(root: Element, names: ReadonlyMap<Text, [number, number]>): Pick<SerializedReading, 'content' | 'texts'> {
  const content: SerializedNode[] = [];
  const texts: SerializedReading['texts'] = [];
  const places = new Map<Node, number>();
  const walker = root.ownerDocument.createTreeWalker(root, 1 | 4 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    const parent = node === root ? -1 : (places.get(node.parentNode as Node) ?? -1);
    if (node.nodeType === 3) {
      if ((node as Text).data.length === 0) continue;
      content.push([parent, (node as Text).data]);
      texts.push(names.get(node as Text) ?? null);
      continue;
    }
    const element = node as Element;
    const attributes: string[] = [];
    for (const attribute of Array.from(element.attributes)) attributes.push(attribute.name, attribute.value);
    places.set(element, content.length);
    content.push([parent, element.tagName, attributes]);
  }
  return { content, texts };
}

/** Parses `html` into an inert document (no script runs, nothing is fetched) and reads it with Readability. */
export function readSerialized(html: string, maxElements: number, parser: DOMParser): SerializedReading | null {
  const doc = parser.parseFromString(html, 'text/html');
  restoreTableParts(doc);
  const names = nameTexts(doc);
  const reading = readWithReadability(doc, maxElements);
  if (!reading?.content) return null;
  const { content, toLive: _sameDocument, ...rest } = reading;
  return { ...rest, ...flatten(content, names) };
}

/** Rebuilds a flattened container in `doc` (an inert document), node by node; null when the list does not make a tree. */
function rebuild(nodes: readonly SerializedNode[], doc: Document): { root: Element; texts: Text[] } | null {
  const made: Array<Node | null> = [];
  const texts: Text[] = [];
  for (const entry of nodes) {
    const parent = entry[0] === -1 ? null : made[entry[0]];
    if (made.length > 0 && !parent) return null;
    let node: Node | null = null;
    if (entry.length === 2) {
      node = doc.createTextNode(entry[1]);
      texts.push(node as Text);
    } else {
      try {
        const element = doc.createElement(entry[1]);
        for (let i = 0; i + 1 < entry[2].length; i += 2) {
          try {
            element.setAttribute(entry[2][i] as string, entry[2][i + 1] as string);
          } catch {
            // A name the DOM refuses (pages make odd ones): the attribute is left out.
          }
        }
        node = element;
      } catch {
        return null; // a tag name the DOM refuses
      }
    }
    parent?.appendChild(node);
    made.push(node);
  }
  const root = made[0];
  return root && root.nodeType === 1 ? { root: root as Element, texts } : null;
}

/**
 * The reading that came back, its container rebuilt in an inert document (`doc`, e.g. one made by
 * `document.implementation.createHTMLDocument()`), with the way from its text nodes to the page's: by
 * name, checked against the text; where a name is missing or does not fit, by the copy's own search
 * (`clone.toLive`).
 */
export function readingFromSerialized(serialized: SerializedReading, clone: ReadableClone, doc: Document): ArticleReading {
  const { content, texts, ...rest } = serialized;
  const rebuilt = rebuild(content, doc);
  const named = new Map<Text, Text>();
  if (rebuilt && rebuilt.texts.length === texts.length) {
    rebuilt.texts.forEach((node, i) => {
      const name = texts[i];
      const live = name ? clone.liveText(name[0], name[1]) : undefined;
      if (live && live.data === node.data) named.set(node, live);
    });
  }
  return { ...rest, content: rebuilt?.root ?? null, toLive: (node) => named.get(node) ?? clone.toLive(node) };
}
