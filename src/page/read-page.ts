// The page side's one entry point, shared by the content script and the command line: detect, then
// (for articles, or when asked) extract, then hand the blocks to the pure analysis.
import type { ArticleInput } from '../core/article';
import type { Report, Verdict } from '../core/report';
import { analyzeArticle, articleLanguage } from '../core/analyze';
import { readMetadata, type PageMetadata } from './metadata';
import { detectArticle, type DetectionFeatures } from './detect';
import { extractArticle, type Extraction, type ExtractOptions } from './extract';
import { elementCount, MAX_ELEMENTS_ON_REQUEST, MAX_ELEMENTS_TO_DETECT } from './budget';

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
}

export function detectPage(doc: Document, options: DetectOptions = {}): Detection {
  const metadata = readMetadata(doc);
  const count = elementCount(doc);
  const maxElements = options.maxElements ?? MAX_ELEMENTS_TO_DETECT;
  if (count > maxElements) {
    const reason = `the page is too large to read without slowing it down (${count.toLocaleString('en')} elements)`;
    return { verdict: { isArticle: false, confidence: 1, reasons: [reason] }, features: null, metadata, elementCount: count };
  }
  const { verdict, features } = detectArticle(doc, metadata);
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

export interface PageAnalysis {
  detection: Detection;
  extraction: Extraction;
  report: Report;
}

export interface PageExtraction {
  detection: Detection;
  extraction: Extraction;
  input: ArticleInput;
  /** The article's language (BCP 47 primary subtag) as the analysis will identify it, or null. */
  lang: string | null;
}

/**
 * Extracts a page whose detection is already done and identifies its language, so that the caller can
 * make that language's pack available before the analysis (the extension loads packs on demand).
 */
export function extractDetectedPage(doc: Document, detection: Detection, options: ExtractOptions = {}): PageExtraction {
  const extraction = extractArticle(doc, detection.metadata, options);
  const input = toArticleInput(extraction);
  return { detection, extraction, input, lang: articleLanguage(input) };
}

/** Analyses an extracted page: the pure analysis over its blocks, with the page's verdict. */
export function analyzeExtraction(extracted: PageExtraction): PageAnalysis {
  const report = analyzeArticle(extracted.input, { verdict: extracted.detection.verdict });
  return { detection: extracted.detection, extraction: extracted.extraction, report };
}

/** Extracts and analyses a page whose detection is already done. */
export function analyzeDetectedPage(doc: Document, detection: Detection, options: ExtractOptions = {}): PageAnalysis {
  return analyzeExtraction(extractDetectedPage(doc, detection, options));
}

/** Detection, extraction and analysis in one go: the command line's path, an explicit request, so with the larger budget. */
export function analyzePage(doc: Document, options: ExtractOptions = {}): PageAnalysis {
  const maxElements = options.maxElements ?? MAX_ELEMENTS_ON_REQUEST;
  return analyzeDetectedPage(doc, detectPage(doc, { maxElements }), { maxElements });
}
