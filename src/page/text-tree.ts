// The few things reading blocks of text asks of a tree: its shape, tag names, attributes and text. The
// DOM's nodes have them, and so does LightElement, a tree of plain objects: Readability's container comes
// back from the background as a list of nodes (./serialized-reading), and built as plain objects it is
// walked without a DOM call. That matters in Firefox, where every DOM call of a content script crosses
// a wrapper: rebuilding the container as DOM nodes and walking them took 40 to 100 ms on long pages.

/** A node of a tree of text: an element or a text. */
export interface TreeNode {
  readonly nodeType: number;
  readonly firstChild: TreeNode | null;
  readonly nextSibling: TreeNode | null;
  readonly parentNode: TreeNode | null;
}

export interface TreeElement extends TreeNode {
  readonly tagName: string;
  readonly parentElement: TreeElement | null;
  /** All the text under the element. */
  readonly textContent: string | null;
  hasAttribute(name: string): boolean;
  getAttribute(name: string): string | null;
}

export interface TreeText extends TreeNode {
  readonly data: string;
  readonly parentElement: TreeElement | null;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The text nodes under `root`, in document order (walked without recursion: pages can be absurdly deep). */
export function textsUnder(root: TreeNode): TreeText[] {
  const texts: TreeText[] = [];
  let node: TreeNode | null = root.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE) texts.push(node as TreeText);
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return texts;
}

/** A node of a tree made of plain objects; children are linked as in the DOM. */
abstract class LightNode implements TreeNode {
  abstract readonly nodeType: number;
  firstChild: LightNode | null = null;
  lastChild: LightNode | null = null;
  nextSibling: LightNode | null = null;
  parentNode: LightElement | null = null;

  get parentElement(): LightElement | null {
    return this.parentNode;
  }
}

export class LightText extends LightNode implements TreeText {
  readonly nodeType = TEXT_NODE;

  constructor(readonly data: string) {
    super();
  }
}

export class LightElement extends LightNode implements TreeElement {
  readonly nodeType = ELEMENT_NODE;
  /** Upper case, as the DOM gives an HTML element's. */
  readonly tagName: string;
  /** Names in lower case, as an HTML document keeps them. */
  private readonly attributes = new Map<string, string>();

  /** `attributes` as the list name, value, name, value… */
  constructor(tag: string, attributes: readonly string[] = []) {
    super();
    this.tagName = tag.toUpperCase();
    for (let i = 0; i + 1 < attributes.length; i += 2) {
      const name = (attributes[i] as string).toLowerCase();
      // The first of a repeated attribute wins, as in HTML parsing.
      if (!this.attributes.has(name)) this.attributes.set(name, attributes[i + 1] as string);
    }
  }

  hasAttribute(name: string): boolean {
    return this.attributes.has(name.toLowerCase());
  }

  getAttribute(name: string): string | null {
    return this.attributes.get(name.toLowerCase()) ?? null;
  }

  get textContent(): string {
    return textsUnder(this)
      .map((text) => text.data)
      .join('');
  }

  appendChild<T extends LightNode>(child: T): T {
    child.parentNode = this;
    if (this.lastChild) this.lastChild.nextSibling = child;
    else this.firstChild = child;
    this.lastChild = child;
    return child;
  }
}
