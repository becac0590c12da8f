// Readability's reading of a document: the article container it keeps, with the title, byline, date,
// site name and language it finds. Readability rewrites the document it is given, so it is only ever
// given a copy (./clone-map, or a document parsed from the copy's HTML off the page: ./serialized-reading).
import { Readability } from '@mozilla/readability';
import type { TreeElement, TreeText } from './text-tree';

export interface ArticleReading {
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  siteName: string | null;
  lang: string | null;
  /**
   * The article container Readability kept, or null: an element of the document it read, or that
   * element rebuilt as a light tree after it travelled (./serialized-reading).
   */
  content: TreeElement | null;
  /** Where the container's text nodes are in the live page, when that is known better than by the copy (./serialized-reading). */
  toLive?: (node: TreeText) => Text | undefined;
  /** toLive already leaves out the text that sits in page furniture (judged away from the page: ./serialized-reading). */
  furnitureLeftOut?: boolean;
}

/** A reading made here: its container is an element of the document Readability read. */
export interface DocumentReading extends ArticleReading {
  content: Element | null;
}

const textOrNull = (value: string | null | undefined): string | null => (typeof value === 'string' ? value : null);

/** Readability on `doc` (which it rewrites), reading at most `maxElements` elements; null when it finds no article. */
export function readWithReadability(doc: Document, maxElements: number): DocumentReading | null {
  let parsed: ReturnType<Readability<Element>['parse']> = null;
  try {
    parsed = new Readability<Element>(doc, { serializer: (element) => element as Element, maxElemsToParse: maxElements }).parse();
  } catch {
    return null; // Readability gives up on some malformed pages (and on pages over the element budget).
  }
  if (!parsed) return null;
  return {
    title: textOrNull(parsed.title),
    byline: textOrNull(parsed.byline),
    publishedTime: textOrNull(parsed.publishedTime),
    siteName: textOrNull(parsed.siteName),
    lang: textOrNull(parsed.lang),
    content: parsed.content ?? null,
  };
}
