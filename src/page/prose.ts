// Measures of prose shared by article detection (./detect.ts) and the choice of where Readability reads
// (./reading-scope.ts): how much of a paragraph is link text, and which element holds the most prose.

/** Characters of link text inside an element (a paragraph made mostly of links is navigation or teasers). */
export function linkTextLength(element: Element): number {
  let chars = 0;
  const links = element.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) chars += (links[i]!.textContent ?? '').length;
  return chars;
}

/** Share of link text above which a paragraph is navigation or a teaser list, not prose. */
const MAX_LINK_SHARE = 0.4;

/** Whether text of `chars` characters, `linkChars` of them in links, is mostly links. */
export function isMostlyLinks(linkChars: number, chars: number): boolean {
  return linkChars / chars > MAX_LINK_SHARE;
}

export interface ProseParagraph {
  element: Element;
  /** Characters of prose it holds. */
  chars: number;
  /** The text stands in `element` itself, as lines between <br>, rather than being a paragraph inside it. */
  loose?: boolean;
}

/**
 * Prose per container: a paragraph counts fully for its parent and half for its grandparent, as in
 * Readability's candidate scoring, so one article body outweighs a grid of teaser cards.
 */
export function proseByContainer(paragraphs: Iterable<ProseParagraph>): Map<Element, number> {
  const credit = new Map<Element, number>();
  const add = (element: Element | null, amount: number): void => {
    if (element) credit.set(element, (credit.get(element) ?? 0) + amount);
  };
  for (const { element, chars, loose } of paragraphs) {
    // Loose lines of text are held by the element they stand in, a paragraph by its parent.
    const holder = loose ? element : element.parentElement;
    add(holder, chars);
    add(holder?.parentElement ?? null, chars / 2);
  }
  return credit;
}
