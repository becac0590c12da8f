// The page side's one entry point, shared by the content script and the command line: detect, then
// (for articles, or when asked) extract, then hand the blocks to the pure analysis.
import type { ArticleInput } from '../core/article';
import type { Report, Verdict } from '../core/report';
import { analyzeArticle } from '../core/analyze';
import { readMetadata, type PageMetadata } from './metadata';
import { detectArticle, type DetectionFeatures } from './detect';
import { extractArticle, type Extraction, type ExtractOptions } from './extract';

export interface Detection {
  verdict: Verdict;
  features: DetectionFeatures;
  metadata: PageMetadata;
}

export function detectPage(doc: Document): Detection {
  const metadata = readMetadata(doc);
  const { verdict, features } = detectArticle(doc, metadata);
  return { verdict, features, metadata };
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

/** Extracts and analyses a page whose detection is already done. */
export function analyzeDetectedPage(doc: Document, detection: Detection, options: ExtractOptions = {}): PageAnalysis {
  const extraction = extractArticle(doc, detection.metadata, options);
  const report = analyzeArticle(toArticleInput(extraction), { verdict: detection.verdict });
  return { detection, extraction, report };
}

/** Detection, extraction and analysis in one go (the command line's path). */
export function analyzePage(doc: Document, options: ExtractOptions = {}): PageAnalysis {
  return analyzeDetectedPage(doc, detectPage(doc), options);
}
