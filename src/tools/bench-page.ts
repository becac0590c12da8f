// Speed benchmark, the in-page entry: src/tools/bench.ts bundles this file with esbuild into one IIFE,
// evaluates it in each benchmarked Chromium tab (whose own scripts are blocked) and calls
// `window.newslensBench.measure(options)` to time detection, detection + extraction and Readability's
// parse() on the live document, and `window.newslensBench.analyze(input, options)` to time
// analyzeArticle() on a generated article passed in from Node. Not part of the extension.
import type { ArticleInput } from '../core/article';
// The analysis benchmark runs every language: all packs are registered in the page.
import '../core/languages';
import {
  measureAnalysis,
  measurePage,
  timerResolutionMs,
  type AnalysisMeasureOptions,
  type AnalysisTimings,
  type MeasureOptions,
  type PageTimings,
} from './bench-measure';

export interface PageEnvironment {
  userAgent: string;
  crossOriginIsolated: boolean;
  timerResolutionMs: number;
  /** Set if an inline script of the page ran (the bench blocks them; this proves it). */
  pageScriptRan: boolean;
}

export interface BenchApi {
  measure(options: MeasureOptions): PageTimings;
  analyze(input: ArticleInput, options: AnalysisMeasureOptions): AnalysisTimings;
  environment(): PageEnvironment;
}

export type BenchWindow = Window & { newslensBench?: BenchApi; newslensProbeScriptRan?: boolean };

const api: BenchApi = {
  measure: (options) => measurePage(document, options),
  analyze: (input, options) => measureAnalysis(input, options),
  environment: () => ({
    userAgent: navigator.userAgent,
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    timerResolutionMs: timerResolutionMs(),
    pageScriptRan: (window as BenchWindow).newslensProbeScriptRan === true || document.documentElement.hasAttribute('data-probe-ran'),
  }),
};

(window as BenchWindow).newslensBench = api;
