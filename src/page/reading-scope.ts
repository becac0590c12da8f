// Where on the page Readability is asked to look: the smallest element that holds nearly all of the
// page's prose, with the headline when it stands close by. Readability's cost grows with the page it is
// given (it scores and cleans every node, and reads the page again when a first pass finds too little),
// so handing it the article's neighbourhood instead of the whole page (menus, footers, comment threads,
// teaser grids) keeps the work on the reader's main thread short. Where the prose is too thin or too
// scattered to say, the answer is null: Readability reads the whole page, as before.
import { isMostlyLinks, linkTextLength, proseByContainer, type ProseParagraph } from './prose';

/** Paragraphs shorter than this are labels, captions or teasers, not prose. */
const MIN_PARAGRAPH_CHARS = 80;
/** At most this many paragraphs are read (bounds the work on enormous pages). */
const MAX_PARAGRAPHS = 1500;
/** Below this much prose the article cannot be located with confidence. */
const MIN_PROSE_CHARS = 600;
/** Share of the page's prose the scope must hold: the rest is teasers, comments and boxes. */
const PROSE_SHARE = 0.9;
/** How many levels above the prose the headline is looked for (it often sits in a header beside the body). */
const HEADLINE_REACH = 3;

/** At most this many line breaks are followed to the text around them (bounds the work on enormous pages). */
const MAX_LINE_BREAKS = 3000;

/** Elements that run inside a line of text: their text belongs to the block they stand in. */
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR']);

/** A paragraph of prose unless it is short or mostly links (navigation, a teaser list). */
function asProse(element: Element, chars: number, linkChars: number): ProseParagraph | null {
  return chars >= MIN_PARAGRAPH_CHARS && !isMostlyLinks(linkChars, chars) ? { element, chars } : null;
}

/**
 * The text an element holds outside its child blocks: its own text and that of inline children. This is
 * how older blogs and CMSs write a post, lines of text with <br> between them and no <p> at all.
 */
function looseText(element: Element): { chars: number; linkChars: number } {
  let chars = 0;
  let linkChars = 0;
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 /* Node.TEXT_NODE */) chars += (child as Text).data.trim().length;
    else if (child.nodeType === 1 /* Node.ELEMENT_NODE */ && INLINE.has((child as Element).tagName)) {
      const text = ((child as Element).textContent ?? '').trim().length;
      chars += text;
      linkChars += (child as Element).tagName === 'A' ? text : linkTextLength(child as Element);
    }
  }
  return { chars, linkChars };
}

function proseParagraphs(body: Element): ProseParagraph[] {
  const found: ProseParagraph[] = [];
  const nodes = body.getElementsByTagName('p');
  const count = Math.min(nodes.length, MAX_PARAGRAPHS);
  for (let i = 0; i < count; i++) {
    const element = nodes[i] as Element;
    const paragraph = asProse(element, (element.textContent ?? '').trim().length, linkTextLength(element));
    if (paragraph) found.push(paragraph);
  }
  // Text written between line breaks outside any <p>: without it, a post written that way is invisible
  // here, and the comment form's paragraphs below it would pass for the article.
  const breaks = body.getElementsByTagName('br');
  const seen = new Set<Element>();
  for (let i = 0; i < Math.min(breaks.length, MAX_LINE_BREAKS); i++) {
    let block = breaks[i]!.parentElement;
    while (block && INLINE.has(block.tagName)) block = block.parentElement;
    if (!block || seen.has(block)) continue;
    seen.add(block);
    // A paragraph, or inside one: the paragraph has counted it.
    if (block.closest('p')) continue;
    const loose = looseText(block);
    const paragraph = asProse(block, loose.chars, loose.linkChars);
    if (paragraph) found.push({ ...paragraph, loose: true });
  }
  return found;
}

/** The element holding the most prose (see proseByContainer). */
function topContainer(paragraphs: readonly ProseParagraph[]): Element | null {
  let best: Element | null = null;
  let bestCredit = 0;
  for (const [element, value] of proseByContainer(paragraphs)) {
    if (value > bestCredit) {
      best = element;
      bestCredit = value;
    }
  }
  return best;
}

function proseWithin(scope: Element, paragraphs: readonly ProseParagraph[]): number {
  let chars = 0;
  for (const { element, chars: length } of paragraphs) if (scope.contains(element)) chars += length;
  return chars;
}

/** The element to give Readability, or null for the whole page. */
export function readingScope(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const paragraphs = proseParagraphs(body);
  const total = paragraphs.reduce((sum, paragraph) => sum + paragraph.chars, 0);
  if (total < MIN_PROSE_CHARS) return null;
  let scope = topContainer(paragraphs);
  while (scope && scope !== body && proseWithin(scope, paragraphs) < total * PROSE_SHARE) scope = scope.parentElement;
  if (!scope || scope === body || !body.contains(scope)) return null;
  // The headline and byline usually stand just above the body text: take them in when they are near.
  const headline = doc.querySelector('h1');
  if (headline && body.contains(headline) && !scope.contains(headline)) {
    let wider: Element | null = scope;
    for (let level = 0; wider && level < HEADLINE_REACH && !wider.contains(headline); level++) wider = wider.parentElement;
    if (wider?.contains(headline)) scope = wider;
  }
  return scope === body || scope === doc.documentElement ? null : scope;
}
