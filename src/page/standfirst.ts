// The article's standfirst (lead, intro, abstract, excerpt): the few sentences under the headline that
// sum up the piece. Sites put it in the article's header, next to the headline, and Readability, which
// keeps the one container that holds the body, often leaves it behind. Yet it belongs to the article, and
// it is where a report's main claim is often made. Looked for on the live page in the short stretch
// between the headline and the body's first block, by the names sites give it, or by its words: sites
// often take their page's description (og:description) from the standfirst.
import { collapseWhitespace } from '../core/text';
import type { PageBlock } from './blocks';
import { collectBlocks, isHidden } from './blocks';
import { classWords, isFurnitureElement } from './furniture';
import { isMostlyLinks, linkTextLength } from './prose';

/**
 * Class and id words (split like furniture's: at `-`, `_`, spaces and camel case) that name a standfirst.
 * `teaser` and `description` name other things elsewhere on a page (links to other stories, image texts);
 * right under the headline they name the lead.
 */
const STANDFIRST_WORDS: ReadonlySet<string> = new Set([
  'lead', 'leader', 'leadtext', 'intro', 'introtext', 'introduction', 'abstract', 'excerpt', 'standfirst',
  'summary', 'description', 'chapo', 'subtitle', 'subheadline', 'subline', 'deck', 'teaser', 'teasertext',
  // German CMS names: Vorspann and Anreißer are the newsroom's words for the lead.
  'vorspann', 'anreisser', 'einleitung',
]);

/** How much other text may stand between the headline and the standfirst (a dateline, a byline, a caption). */
const MAX_TEXT_BEFORE = 600;
/** How many elements are looked at after the headline: the header of an article is small. */
const MAX_ELEMENTS_LOOKED_AT = 400;
/** A standfirst is a sentence or a few: shorter is a label, longer is not a lead. */
const MIN_CHARS = 30;
const MAX_CHARS = 1500;

/** Words that make a "lead" something else: the lead image and its caption (`lead-asset__caption`). */
const MEDIA_WORDS: ReadonlySet<string> = new Set(['caption', 'figcaption', 'asset', 'image', 'img', 'media', 'photo', 'picture', 'video', 'gallery', 'credit']);

function namedStandfirst(element: Element): boolean {
  if (element.getAttribute('itemprop') === 'description') return true;
  const names = classWords(element);
  return names.some((word) => STANDFIRST_WORDS.has(word)) && !names.some((word) => MEDIA_WORDS.has(word));
}

/** How many characters of the description an element's text must start with to be taken for the standfirst. */
const SUMMARY_PREFIX_CHARS = 60;

/** Text for comparing: lower case, white space collapsed as the analysis collapses it. */
function normalized(text: string): string {
  return collapseWhitespace(text).toLowerCase();
}

/**
 * The opening of the page's description that a standfirst it was taken from starts with: its first
 * SUMMARY_PREFIX_CHARS characters, without the ellipsis of a cut (`…`, `...`); null for a description too
 * short to tell a lead from a label.
 */
function summaryPrefix(description: string | null): string | null {
  if (!description) return null;
  const text = normalized(description).replace(/(?:\.{3}|…)$/u, '').trimEnd();
  return text.length >= MIN_CHARS ? text.slice(0, SUMMARY_PREFIX_CHARS) : null;
}

/** Elements that hold a lead's text when the site gives it no name. */
const TEXT_TAGS: ReadonlySet<string> = new Set(['P', 'DIV', 'SECTION', 'H2', 'H3', 'SPAN', 'STRONG', 'B']);

/**
 * Whether `element` is a text element whose text starts with the description's opening. Its innermost
 * such element is taken: a wrapper may also hold a byline or a date.
 */
function opensWithSummary(element: Element, prefix: string): boolean {
  return TEXT_TAGS.has(element.tagName.toUpperCase()) && normalized(element.textContent ?? '').startsWith(prefix);
}

function innermostWithSummary(element: Element, prefix: string): Element {
  let current = element;
  for (let child = current.firstElementChild; child; ) {
    if (opensWithSummary(child, prefix)) {
      current = child;
      child = current.firstElementChild;
    } else child = child.nextElementSibling;
  }
  return current;
}

/**
 * The words of a text in lower case, in any script: split at white space and punctuation rather than
 * matched as \p{L}, whose Unicode table V8 builds when it first compiles the pattern (1 to 2 ms of the
 * page's time).
 */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s.,;:!?¡¿'"“”„‚‘’«»‹›()[\]{}<>/\\|–—_-]+/)
    .filter(Boolean);
}

/** Whether the <h1> is the article's headline, not the site's name: most of its words are in the title. */
function isHeadline(h1: Element, title: string | null): boolean {
  const own = words(h1.textContent ?? '');
  if (own.length === 0) return false;
  if (!title) return true;
  const inTitle = new Set(words(title));
  return own.filter((word) => inTitle.has(word)).length / own.length >= 0.5;
}

/** The headline: the last <h1> before the body's first text, if it reads as the title. */
function headlineBefore(doc: Document, bodyStart: Node, title: string | null): Element | null {
  let found: Element | null = null;
  const headings = doc.getElementsByTagName('h1');
  for (let i = 0; i < Math.min(headings.length, 20); i++) {
    const h1 = headings[i] as Element;
    const position = h1.compareDocumentPosition(bodyStart);
    if (position & 16 /* Node.DOCUMENT_POSITION_CONTAINED_BY */) continue;
    if (position & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */) found = h1;
  }
  return found && isHeadline(found, title) ? found : null;
}

/** The next node in document order after `node`'s subtree. */
function after(node: Node): Node | null {
  for (let current: Node | null = node; current; current = current.parentNode) {
    if (current.nextSibling) return current.nextSibling;
  }
  return null;
}

/** The next node in document order. */
function next(node: Node): Node | null {
  return node.firstChild ?? after(node);
}

/**
 * The element that holds the standfirst, between `headline` and `bodyStart`: the first one the site
 * names as a lead, with the text of a lead, not links, and not furniture. Null when more than a few
 * lines of other text come first: the body then starts far from its headline, and what looks like a
 * lead there is something else.
 */
function standfirstElement(headline: Element, bodyStart: Node, prefix: string | null): Element | null {
  let textBefore = 0;
  let looked = 0;
  for (let node = after(headline); node && node !== bodyStart && looked < MAX_ELEMENTS_LOOKED_AT; ) {
    if (node.nodeType === 3) {
      textBefore += (node.nodeValue ?? '').trim().length;
      if (textBefore > MAX_TEXT_BEFORE) return null;
      node = next(node);
      continue;
    }
    if (node.nodeType !== 1) {
      node = after(node);
      continue;
    }
    looked++;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    // An element around the body's start is a wrapper of the body, not its lead: the walk goes inside it.
    const wrapsBody = element.contains(bodyStart);
    if (!wrapsBody && (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE' || tag === 'FIGURE' || tag === 'FIGCAPTION' || isHidden(element))) {
      node = after(node);
      continue;
    }
    const candidate = wrapsBody ? null : namedStandfirst(element) ? element : prefix !== null && opensWithSummary(element, prefix) ? innermostWithSummary(element, prefix) : null;
    if (candidate && !isFurnitureElement(candidate)) {
      const text = (candidate.textContent ?? '').trim();
      if (text.length >= MIN_CHARS && text.length <= MAX_CHARS && !isMostlyLinks(linkTextLength(candidate), text.length) && candidate.closest('a[href]') === null) {
        return candidate;
      }
    }
    node = next(node);
  }
  return null;
}

/** Whether any text of `element` is already in `blocks`. */
function holdsBlockText(element: Element, blocks: readonly PageBlock[]): boolean {
  const taken = new Set<Node>();
  for (const block of blocks) for (const run of block.runs) taken.add(run.node);
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (taken.has(node)) return true;
  return false;
}

/**
 * The body's blocks with the standfirst before them, when the page has one that the body left out. Its
 * blocks read as paragraphs whatever their tag (sites often set the lead in an <h2>).
 */
export function withStandfirst(doc: Document, blocks: PageBlock[], title: string | null, description: string | null = null): PageBlock[] {
  const bodyStart = blocks[0]?.runs[0]?.node;
  if (!bodyStart) return blocks;
  const headline = headlineBefore(doc, bodyStart, title);
  if (!headline) return blocks;
  // The body's text is gathered only once there is a candidate: most articles have none.
  const element = standfirstElement(headline, bodyStart, summaryPrefix(description));
  if (!element || holdsBlockText(element, blocks)) return blocks;
  const lead = collectBlocks(element, { skip: isFurnitureElement, maxChars: MAX_CHARS });
  if (lead.length === 0) return blocks;
  const normalizedTitle = title?.trim().toLowerCase();
  if (lead.length === 1 && lead[0]?.text.trim().toLowerCase() === normalizedTitle) return blocks;
  return [...lead.map((block) => ({ ...block, kind: 'paragraph' as const })), ...blocks];
}
