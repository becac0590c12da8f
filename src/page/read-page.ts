// Reading a page, shared by the content script and the command line: detect, then (for articles, or
// when asked) extract the blocks the analysis takes. No analysis here: the content script hands the
// blocks to the background, the command line to ./analyze-page.ts.
import type { ArticleInput } from '../core/article';
import type { Verdict } from '../core/report';
import { verdictReasonText, type VerdictReason } from '../core/verdict-reasons';
import { readMetadata, type PageMetadata } from './metadata';
import { detectArticle, type DetectionFeatures } from './detect';
import { extractionSteps, runThrough, type Extraction, type ExtractOptions, type StepsOf } from './extract';
import { elementCount, MAX_ELEMENTS_TO_DETECT } from './budget';

export interface Detection {
  verdict: Verdict;
  /** The measurements behind the verdict; null when the page was too large to measure. */
  features: DetectionFeatures | null;
  metadata: PageMetadata;
  elementCount: number;
}

export interface DetectOptions {
  /** Pages with more elements are not judged (default: MAX_ELEMENTS_TO_DETECT). */
  maxElements?: number;
  /** Take every measurement, even those that cannot change the verdict (for studying the evidence). */
  complete?: boolean;
}

export function detectPage(doc: Document, options: DetectOptions = {}): Detection {
  const metadata = readMetadata(doc);
  const count = elementCount(doc);
  const maxElements = options.maxElements ?? MAX_ELEMENTS_TO_DETECT;
  if (count > maxElements) {
    const why: VerdictReason[] = [{ code: 'too-large', values: [count.toLocaleString('en')] }];
    return { verdict: { isArticle: false, confidence: 1, reasons: why.map(verdictReasonText), why }, features: null, metadata, elementCount: count };
  }
  const { verdict, features } = detectArticle(doc, metadata, { complete: options.complete });
  return { verdict, features, metadata, elementCount: count };
}

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
