// A page read and analysed in one go, for the command line and the benchmarks: ./read-page.ts's
// detection and extraction, then the pure analysis of src/core. (The extension analyses in its
// background instead, off the page's main thread: src/extension/background.ts.)
import type { Report } from '../core/report';
import { analyzeArticle } from '../core/analyze';
import { MAX_ELEMENTS_ON_REQUEST } from './budget';
import type { ExtractOptions, Extraction } from './extract';
import { detectPage, extractPage, type Detection, type PageExtraction } from './read-page';

export interface PageAnalysis {
  detection: Detection;
  extraction: Extraction;
  report: Report;
}

/** Analyses an extracted page: the pure analysis over its blocks, with the page's verdict. */
export function analyzeExtraction(extracted: PageExtraction): PageAnalysis {
  const report = analyzeArticle(extracted.input, { verdict: extracted.detection.verdict });
  return { detection: extracted.detection, extraction: extracted.extraction, report };
}

/** Extracts and analyses a page whose detection is already done. */
export function analyzeDetectedPage(doc: Document, detection: Detection, options: ExtractOptions = {}): PageAnalysis {
  return analyzeExtraction(extractPage(doc, detection, options));
}

/** Detection, extraction and analysis in one go: the command line's path, an explicit request, so with the larger budget. */
export function analyzePage(doc: Document, options: ExtractOptions = {}): PageAnalysis {
  const maxElements = options.maxElements ?? MAX_ELEMENTS_ON_REQUEST;
  return analyzeDetectedPage(doc, detectPage(doc, { maxElements }), { maxElements });
}
