// Article extraction: which part of the live page is the article, as ordered text blocks mapped to the
// page's text nodes, plus headline, byline, date, site name and declared language.
//
// Readability decides the article container. It rewrites the document it is given, so it runs on a
// clone (./clone-map), or on a document parsed from the clone's HTML away from the page
// (./serialized-reading), and the blocks it keeps are mapped back to the live text nodes. The page
// itself is only read.
import { collectBlocks, type PageBlock } from './blocks';
import { readWithReadability, type ArticleReading } from './readability-reading';
import type { PageMetadata } from './metadata';
import { withoutBoilerplate } from './boilerplate';
import { isFurnitureElement } from './furniture';
import { cloneForReading, type ReadableClone } from './clone-map';
import { readingScope } from './reading-scope';
import { withStandfirst } from './standfirst';
import { elementCount, MAX_ELEMENTS_TO_EXTRACT } from './budget';
import { textsUnder, type TreeElement, type TreeText } from './text-tree';

export interface Extraction {
  title: string | null;
  byline: string | null;
  published: string | null;
  siteName: string | null;
  declaredLang: string | null;
  blocks: PageBlock[];
  /** How the container was found. */
  method: 'readability' | 'markup' | 'none' | 'too-large';
}

export interface ExtractOptions {
  /** Pages with more elements than this are not extracted (the work would stall the page). */
  maxElements?: number;
  /**
   * The caller has Readability read the copy away from the page (./serialized-reading), so the copy
   * need not pair its text nodes with the page's (see CloneOptions). Should it read here after all,
   * it asks the step for a paired copy.
   */
  readAway?: boolean;
}


/**
 * Maps the clone's text nodes to live ones, dropping text that sits in page furniture. Furniture is
 * judged on the live page, whose markup Readability has not simplified: it strips class names and
 * unwraps single-child wrappers, which hides an ad slot's `class="ad"`. The climb stops at the live
 * counterpart of Readability's container, so the site's outer wrappers never count. A reading made away
 * from the page comes with this judged already, on the copy as it was sent (./serialized-reading).
 */
function liveTextOutsideFurniture(content: TreeElement, toLive: (node: TreeText) => Text | undefined): (node: TreeText) => Text | undefined {
  let first: Text | undefined;
  let last: Text | undefined;
  for (const node of textsUnder(content)) {
    const live = toLive(node);
    if (!live) continue;
    first ??= live;
    last = live;
  }
  if (!first || !last) return toLive;
  const range = first.ownerDocument.createRange();
  range.setStartBefore(first);
  range.setEndAfter(last);
  const liveRoot = range.commonAncestorContainer;
  const verdicts = new Map<Element, boolean>();
  const inFurniture = (node: Text): boolean => {
    for (let element = node.parentElement; element && element !== liveRoot; element = element.parentElement) {
      let furniture = verdicts.get(element);
      if (furniture === undefined) {
        furniture = isFurnitureElement(element);
        verdicts.set(element, furniture);
      }
      if (furniture) return true;
    }
    return false;
  };
  return (node) => {
    const live = toLive(node);
    return live && !inFurniture(live) ? live : undefined;
  };
}

function cleanByline(byline: string | null | undefined): string | null {
  if (!byline) return null;
  const cleaned = byline
    .replace(/\s+/g, ' ')
    .replace(/^(?:von|by|par|por|di|door|autor(?:in)?:?|author:?)\s+/i, '')
    .trim();
  return cleaned && cleaned.length <= 200 ? cleaned : null;
}

/** The container the page itself marks as the article body, for when Readability finds nothing. */
function markedContainer(doc: Document): Element | null {
  const marked = doc.querySelector('[itemprop="articleBody"]');
  if (marked) return marked;
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1) return articles[0] ?? null;
  return doc.querySelector('main, [role="main"]');
}

function dropDuplicateHeadline(blocks: PageBlock[], title: string | null): PageBlock[] {
  const first = blocks[0];
  if (first && first.kind === 'heading' && title && first.text.trim() === title.trim()) return blocks.slice(1);
  return blocks;
}

/**
 * What the extraction asks of its caller between its two pieces of work (copying the page, collecting
 * the blocks): Readability's reading of `copy` (a copy of the page that may be rewritten), answered with
 * the reading (null when Readability found no article). The caller reads it where it likes: in the same
 * thread (readWithReadability, as runThrough does), or away from the page (./serialized-reading).
 */
export interface ExtractionStep {
  copy: ReadableClone;
  maxElements: number;
  /**
   * A fresh copy of the same part of the page with its text paired, for a caller that meant to read
   * away (readAway) and reads here after all: the reading it answers with then carries this copy's toLive.
   */
  pairedCopy(): ReadableClone;
}

/** The extraction as a generator of steps (see ExtractionStep), returning T. */
export type StepsOf<T> = Generator<ExtractionStep, T, ArticleReading | null | undefined>;

/**
 * The extraction as pieces of work with a pause between them, for a caller that lets the page run in
 * between (the content script): copying the page, Readability's reading of the copy (which the caller
 * makes, here or elsewhere), and collecting the blocks each take a turn of their own, so that no single
 * task holds the page for all of them. The page may change during a pause: the copy is a snapshot, and
 * text mapped to nodes that have left the page simply draws no mark. extractArticle() runs the pieces
 * straight through.
 */
export function* extractionSteps(doc: Document, metadata: PageMetadata, options: ExtractOptions = {}): StepsOf<Extraction> {
  const maxElements = options.maxElements ?? MAX_ELEMENTS_TO_EXTRACT;
  const base = {
    title: metadata.jsonLd.article?.headline ?? metadata.ogTitle ?? metadata.documentTitle,
    byline: cleanByline(metadata.author),
    published: metadata.published,
    siteName: metadata.siteName,
    declaredLang: metadata.declaredLang,
  };
  if (elementCount(doc) > maxElements) return { ...base, blocks: [], method: 'too-large' };

  const scope = readingScope(doc);
  const copy = cloneForReading(doc, scope, { pairTexts: !options.readAway });
  const parsed = (yield { copy, maxElements, pairedCopy: () => cloneForReading(doc, scope) }) ?? null;
  const toLive = parsed?.toLive ?? copy.toLive;

  if (parsed?.content) {
    const title = parsed.title?.trim() || base.title;
    const outsideFurniture = parsed.furnitureLeftOut ? toLive : liveTextOutsideFurniture(parsed.content, toLive);
    const body = dropDuplicateHeadline(collectBlocks(parsed.content, { toLive: outsideFurniture }), title);
    const blocks = withoutBoilerplate(withStandfirst(doc, body, title, metadata.description));
    return {
      title,
      byline: cleanByline(parsed.byline) ?? base.byline,
      published: parsed.publishedTime ?? base.published,
      // The page's own og:site_name beats Readability's guess from JSON-LD (often the author's name).
      siteName: base.siteName ?? parsed.siteName ?? null,
      declaredLang: base.declaredLang ?? parsed.lang ?? null,
      blocks,
      method: 'readability',
    };
  }

  const container = markedContainer(doc);
  if (!container) return { ...base, blocks: [], method: 'none' };
  const blocks = withoutBoilerplate(withStandfirst(doc, dropDuplicateHeadline(collectBlocks(container, { skip: isFurnitureElement }), base.title), base.title, metadata.description));
  return { ...base, blocks, method: 'markup' };
}

/** Runs the steps straight through, Readability's reading included, and returns the result. */
export function runThrough<T>(steps: StepsOf<T>): T {
  let answer: ArticleReading | null | undefined;
  for (;;) {
    const next = steps.next(answer);
    if (next.done) return next.value;
    answer = readWithReadability(next.value.copy.clone, next.value.maxElements);
  }
}

export function extractArticle(doc: Document, metadata: PageMetadata, options: ExtractOptions = {}): Extraction {
  return runThrough(extractionSteps(doc, metadata, options));
}
