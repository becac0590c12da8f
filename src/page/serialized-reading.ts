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
// would undo), so it travels as a flat list of its nodes and is rebuilt node by node, as plain objects
// (./text-tree) rather than DOM nodes: the page's thread then walks it without a DOM call.
//
// Both ends are here so that they stay in step; neither uses an extension API.
import { readWithReadability, type ArticleReading } from './readability-reading';
import { nearestStamp, stampOf, type ReadableClone } from './clone-map';
import { LightElement, LightText, type TreeText } from './text-tree';
import { isFurnitureElement } from './furniture';

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
  /**
   * Indices into `texts` of the text nodes that sit in page furniture inside the container (an ad slot,
   * a share bar), judged here on the copy before Readability simplified it, as ./extract judges the
   * live page when it reads there: the page's thread is spared a climb through its own DOM.
   */
  furniture: number[];
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
    const stamp = parent ? stampOf(parent) : null;
    if (!parent || stamp === null) continue;
    const place = places.get(parent) ?? 0;
    places.set(parent, place + 1);
    names.set(node, [stamp, place]);
  }
  return names;
}

/** The copy's stamped elements as it came, before Readability changes it: each one's stamped parent, and which are furniture. */
interface CopyShape {
  parents: Map<number, number>;
  furniture: Set<number>;
}

function copyShape(doc: Document): CopyShape {
  const parents = new Map<number, number>();
  const furniture = new Set<number>();
  for (const element of Array.from(doc.getElementsByTagName('*'))) {
    const stamp = stampOf(element);
    if (stamp === null) continue;
    parents.set(stamp, nearestStamp(element.parentElement));
    if (isFurnitureElement(element)) furniture.add(stamp);
  }
  return { parents, furniture };
}

/** The nearest element both stamps lie in (either may be it), by the copy's shape; -1 when none. */
function commonAncestor(a: number, b: number, parents: ReadonlyMap<number, number>): number {
  const above = new Set<number>();
  for (let at = a; at !== -1 && !above.has(at); at = parents.get(at) ?? -1) above.add(at);
  for (let at = b, steps = 0; at !== -1 && steps <= parents.size; at = parents.get(at) ?? -1, steps++) if (above.has(at)) return at;
  return -1;
}

/**
 * Which of the container's text nodes (given by the stamp of the element each stands in) sit in
 * furniture: an element between the text and the container's place in the page (the nearest element
 * holding its first and last text) is furniture. The same climb ./extract makes on the live page.
 */
function furnitureTexts(stamps: readonly number[], shape: CopyShape): number[] {
  const placed = stamps.filter((stamp) => stamp !== -1);
  if (placed.length === 0) return [];
  const root = commonAncestor(placed[0] as number, placed[placed.length - 1] as number, shape.parents);
  const verdicts = new Map<number, boolean>();
  const inFurniture = (stamp: number): boolean => {
    const path: number[] = [];
    let verdict = false;
    for (let at = stamp; at !== -1 && at !== root && path.length <= shape.parents.size; at = shape.parents.get(at) ?? -1) {
      const known = verdicts.get(at);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      path.push(at);
      if (shape.furniture.has(at)) {
        verdict = true;
        break;
      }
    }
    for (const at of path) verdicts.set(at, verdict);
    return verdict;
  };
  const indices: number[] = [];
  stamps.forEach((stamp, i) => {
    if (stamp !== -1 && inFurniture(stamp)) indices.push(i);
  });
  return indices;
}

/**
 * `root` and everything under it as a flat list of nodes, with the names of its text nodes and the
 * stamp of the element each text stands in (for judging furniture; not sent).
 */
function flatten(root: Element, names: ReadonlyMap<Text, [number, number]>): Pick<SerializedReading, 'content' | 'texts'> & { stamps: number[] } {
  const content: SerializedNode[] = [];
  const texts: SerializedReading['texts'] = [];
  const stamps: number[] = [];
  const places = new Map<Node, number>();
  const walker = root.ownerDocument.createTreeWalker(root, 1 | 4 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    const parent = node === root ? -1 : (places.get(node.parentNode as Node) ?? -1);
    if (node.nodeType === 3) {
      if ((node as Text).data.length === 0) continue;
      content.push([parent, (node as Text).data]);
      const name = names.get(node as Text) ?? null;
      texts.push(name);
      // Text Readability made, or moved out of its element, still stands in a stamped element it kept.
      stamps.push(name ? name[0] : nearestStamp(node.parentElement));
      continue;
    }
    const element = node as Element;
    const attributes: string[] = [];
    for (const attribute of Array.from(element.attributes)) attributes.push(attribute.name, attribute.value);
    places.set(element, content.length);
    content.push([parent, element.tagName, attributes]);
  }
  return { content, texts, stamps };
}

/** Parses `html` into an inert document (no script runs, nothing is fetched) and reads it with Readability. */
export function readSerialized(html: string, maxElements: number, parser: DOMParser): SerializedReading | null {
  const doc = parser.parseFromString(html, 'text/html');
  restoreTableParts(doc);
  const names = nameTexts(doc);
  const shape = copyShape(doc);
  const reading = readWithReadability(doc, maxElements);
  if (!reading?.content) return null;
  const { content, toLive: _sameDocument, ...rest } = reading;
  const { stamps, ...flat } = flatten(content, names);
  return { ...rest, ...flat, furniture: furnitureTexts(stamps, shape) };
}

/**
 * Rebuilds a flattened container as a light tree (./text-tree): plain objects, not DOM nodes, so that
 * the page's thread reads it without a DOM call. Null when the list does not make a tree.
 */
function rebuild(nodes: readonly SerializedNode[]): { root: LightElement; texts: LightText[] } | null {
  const made: Array<LightElement | LightText> = [];
  const texts: LightText[] = [];
  for (const entry of nodes) {
    const node = entry.length === 2 ? new LightText(entry[1]) : new LightElement(entry[1], entry[2]);
    if (node instanceof LightText) texts.push(node);
    // Only the first node is the root; every other hangs from an element listed before it.
    if (made.length > 0) {
      const parent = made[entry[0]];
      if (!(parent instanceof LightElement)) return null;
      parent.appendChild(node);
    } else if (entry[0] !== -1) {
      return null;
    }
    made.push(node);
  }
  const root = made[0];
  return root instanceof LightElement ? { root, texts } : null;
}

/**
 * The reading that came back, its container rebuilt as a light tree, with the way from its text nodes
 * to the page's: by name, checked against the text; where a name is missing or does not fit, by the
 * copy's own search (`clone.toLive`).
 */
export function readingFromSerialized(serialized: SerializedReading, clone: ReadableClone): ArticleReading {
  const { content, texts, furniture, ...rest } = serialized;
  const rebuilt = rebuild(content);
  const named = new Map<TreeText, Text>();
  const inFurniture = new Set<TreeText>();
  const aligned = rebuilt !== null && rebuilt.texts.length === texts.length;
  if (aligned) {
    rebuilt.texts.forEach((node, i) => {
      const name = texts[i];
      const live = name ? clone.liveText(name[0], name[1]) : undefined;
      if (live && live.data === node.data) named.set(node, live);
    });
    for (const i of furniture) {
      const node = rebuilt.texts[i];
      if (node) inFurniture.add(node);
    }
  }
  return {
    ...rest,
    content: rebuilt?.root ?? null,
    toLive: (node) => (inFurniture.has(node) ? undefined : (named.get(node) ?? clone.toLive(node))),
    // Should the texts not line up with the list, the furniture is judged on the page after all.
    furnitureLeftOut: aligned,
  };
}
