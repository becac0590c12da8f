// Reading a page, shared by the content script and the command line: detect, then (for articles, or
// when asked) extract the blocks the analysis takes. No analysis here: the content script hands the
// blocks to the background, the command line to ./analyze-page.ts.
import type { ArticleInput } from '../core/article';
import { extractionSteps, runThrough, type Extraction, type ExtractOptions, type StepsOf } from './extract';
import type { Detection } from './detect-page';

export { detectPage, type Detection, type DetectOptions } from './detect-page';

export function toArticleInput(extraction: Extraction): ArticleInput {
  return {
    blocks: extraction.blocks.map((block) => ({ kind: block.kind, text: block.text })),
    title: extraction.title,
    byline: extraction.byline,
    published: extraction.published,
    siteName: extraction.siteName,
    declaredLang: extraction.declaredLang,
  };
}

export interface PageExtraction {
  detection: Detection;
  extraction: Extraction;
  input: ArticleInput;
}

/**
 * Extracts a page whose detection is already done, a piece of work at a time (see extractionSteps):
 * the blocks mapped to the page, and the analysis's input.
 */
export function* extractPageSteps(doc: Document, detection: Detection, options: ExtractOptions = {}): StepsOf<PageExtraction> {
  const extraction = yield* extractionSteps(doc, detection.metadata, options);
  return { detection, extraction, input: toArticleInput(extraction) };
}

/** Extracts a page whose detection is already done, in one go: the blocks mapped to the page, and the analysis's input. */
export function extractPage(doc: Document, detection: Detection, options: ExtractOptions = {}): PageExtraction {
  return runThrough(extractPageSteps(doc, detection, options));
}
