// Readability's reading of a document: the article container it keeps, with the title, byline, date,
// site name and language it finds. Readability rewrites the document it is given, so it is only ever
// given a copy (./clone-map, or a document parsed from the copy's HTML off the page: ./serialized-reading).
import { Readability } from '@mozilla/readability';

export interface ArticleReading {
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  siteName: string | null;
  lang: string | null;
  /** The article container Readability kept (an element of the document it read), or null. */
  content: Element | null;
  /** Where the container's text nodes are in the live page, when that is known better than by the copy (./serialized-reading). */
  toLive?: (node: Text) => Text | undefined;
}

const textOrNull = (value: string | null | undefined): string | null => (typeof value === 'string' ? value : null);

/** Readability on `doc` (which it rewrites), reading at most `maxElements` elements; null when it finds no article. */
export function readWithReadability(doc: Document, maxElements: number): ArticleReading | null {
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
