// Detecting whether a page is an article, on its own: what the content script runs on every page. The
// rest of reading a page (./read-page.ts) is loaded only for articles.
import { verdictReasonText, type VerdictReason } from '../core/verdict-reasons';
import type { Verdict } from '../core/report';
import { readMetadata, type PageMetadata } from './metadata';
import { detectArticle, type DetectionFeatures } from './detect';
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
