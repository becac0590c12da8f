// Speed benchmark, the measuring half: times the project's page code on one loaded Document. The same
// functions run inside Chromium (bundled by src/tools/bench.ts from src/tools/bench-page.ts) and in Node
// on a jsdom Document, so both report the same numbers in the same shape; likewise analyzeArticle() on a
// generated article (src/tools/bench-articles.ts), in Node and in Chromium. Nothing here asserts a time:
// speed is measured, not tested.
import { Readability } from '@mozilla/readability';
import { analyzeArticle } from '../core/analyze';
import type { ArticleInput } from '../core/article';
import { analyzeDetectedPage } from '../page/analyze-page';
import { detectPage } from '../page/read-page';

export interface MeasureOptions {
  /** Detection runs thrown away before measuring (the first one is still reported as the cold run). */
  detectWarmup: number;
  /** Detection runs measured; the median is reported. */
  detectRuns: number;
  /** Also time detection + extraction + analysis and Readability's parse(), alternating run by run. */
  full: boolean;
  fullWarmup: number;
  fullRuns: number;
  /** Stop repeating one measurement once this much time went into it (at least one measured run is kept). */
  budgetMs: number;
}

export interface PageTimings {
  isArticle: boolean;
  confidence: number;
  /** The very first detectPage() call on the page: no JIT or selector caches warmed on this document. */
  detectColdMs: number;
  /** Median of the measured detectPage() runs. */
  detectMs: number;
  detectRuns: number;
  /** Median of detectPage() + analyzeDetectedPage() (extraction and analysis), when `full`. */
  fullMs: number | null;
  /** Median of analyzeDetectedPage() alone within those runs. */
  extractMs: number | null;
  fullRuns: number;
  /** Median of `new Readability(document.cloneNode(true)).parse()`, clone included, when `full`. */
  readabilityMs: number | null;
  readabilityRuns: number;
  /** How our extraction ended (readability, markup, none) and how many blocks it gave. */
  method: string | null;
  blocks: number | null;
  /** Whether Readability's own parse() found an article. */
  readabilityFound: boolean | null;
  elements: number;
}

/** The first line of an error's message: what a table of figures has room for. */
export function errorLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'error';
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

/** Smallest step the clock shows (Chromium coarsens performance.now() unless cross-origin isolated). */
export function timerResolutionMs(now: () => number = () => performance.now()): number {
  let smallest = Number.POSITIVE_INFINITY;
  let last = now();
  const until = last + 50;
  let steps = 0;
  while (steps < 200) {
    const t = now();
    if (t !== last) {
      smallest = Math.min(smallest, t - last);
      last = t;
      steps++;
    }
    if (t > until) break;
  }
  return smallest;
}

export function measurePage(doc: Document, options: MeasureOptions, now: () => number = () => performance.now()): PageTimings {
  // Detection: a cold first run, further warm-up runs, then the measured runs.
  let t = now();
  let detection = detectPage(doc);
  const detectColdMs = now() - t;
  for (let i = 1; i < options.detectWarmup; i++) detection = detectPage(doc);
  const detectTimes: number[] = [];
  const detectStart = now();
  while (detectTimes.length < options.detectRuns) {
    t = now();
    detection = detectPage(doc);
    detectTimes.push(now() - t);
    if (now() - detectStart > options.budgetMs) break;
  }

  const timings: PageTimings = {
    isArticle: detection.verdict.isArticle,
    confidence: detection.verdict.confidence,
    detectColdMs,
    detectMs: median(detectTimes),
    detectRuns: detectTimes.length,
    fullMs: null,
    extractMs: null,
    fullRuns: 0,
    readabilityMs: null,
    readabilityRuns: 0,
    method: null,
    blocks: null,
    readabilityFound: null,
    elements: doc.getElementsByTagName('*').length,
  };
  if (!options.full) return timings;

  // Ours (detect + extract + analyse) and Readability's parse(), alternating so drift hits both alike.
  const full: number[] = [];
  const extract: number[] = [];
  const readability: number[] = [];
  const runOurs = (record: boolean): void => {
    const t0 = now();
    const detected = detectPage(doc);
    const t1 = now();
    const { extraction } = analyzeDetectedPage(doc, detected);
    const t2 = now();
    timings.method = extraction.method;
    timings.blocks = extraction.blocks.length;
    if (record) {
      full.push(t2 - t0);
      extract.push(t2 - t1);
    }
  };
  const runReadability = (record: boolean): void => {
    const t0 = now();
    const article = new Readability(doc.cloneNode(true) as Document).parse();
    const t1 = now();
    timings.readabilityFound = article !== null;
    if (record) readability.push(t1 - t0);
  };
  for (let i = 0; i < options.fullWarmup; i++) {
    runOurs(false);
    runReadability(false);
  }
  const fullStart = now();
  while (full.length < options.fullRuns) {
    runOurs(true);
    runReadability(true);
    if (now() - fullStart > 2 * options.budgetMs) break;
  }
  timings.fullMs = median(full);
  timings.extractMs = median(extract);
  timings.fullRuns = full.length;
  timings.readabilityMs = median(readability);
  timings.readabilityRuns = readability.length;
  return timings;
}

export interface AnalysisMeasureOptions {
  /** analyzeArticle() calls thrown away before measuring (the first one is still reported). */
  warmup: number;
  /** ...and at least this long spent in them, so that every size reaches V8's optimised code (default 0). */
  warmupMs?: number;
  /** analyzeArticle() calls measured. */
  runs: number;
  /** Stop repeating once this much time went into the measured runs (at least one is kept). */
  budgetMs: number;
  /**
   * Each measured run is a batch of calls lasting about this long, timed as one and divided by its calls
   * (default 0: one call per run). Garbage collection comes every few megabytes of allocation: a long
   * article's every call pays for some, a short one's only every tenth call, and a median of single calls
   * would leave it out for the short article alone. Batches of equal length charge every size its share.
   */
  batchMs?: number;
}

export interface AnalysisTimings {
  /** Every measured run, in order, ms per call. */
  timesMs: number[];
  runs: number;
  /** Calls per measured run (see AnalysisMeasureOptions.batchMs). */
  callsPerRun: number;
  medianMs: number;
  /** Nearest-rank 95th percentile of the measured runs. */
  p95Ms: number;
  minMs: number;
  /** The very first call on this input (a warm-up run; no earlier call on the same text). */
  firstRunMs: number;
  /** What the report came back with, to show the analysis did its work: no time depends on it. */
  report: { lang: string | null; wordCount: number; quotes: number; claims: number; facts: number };
}

/**
 * Times `analyzeArticle(input)` alone: `warmup` calls, then up to `runs` measured calls. The same code
 * runs in Node (src/tools/bench.ts) and in Chromium (bundled into the bench page).
 */
export function measureAnalysis(input: ArticleInput, options: AnalysisMeasureOptions, now: () => number = () => performance.now()): AnalysisTimings {
  let t = now();
  let report = analyzeArticle(input);
  const firstRunMs = now() - t;
  const warmingSince = now();
  for (let calls = 1; calls < options.warmup || now() - warmingSince < (options.warmupMs ?? 0); calls++) report = analyzeArticle(input);
  // What a call costs now, warm: sets the batch's length.
  t = now();
  for (let call = 0; call < 3; call++) report = analyzeArticle(input);
  const perCall = (now() - t) / 3;
  const callsPerRun = Math.max(1, Math.round((options.batchMs ?? 0) / Math.max(perCall, 0.001)));
  const times: number[] = [];
  const start = now();
  while (times.length < options.runs) {
    t = now();
    for (let call = 0; call < callsPerRun; call++) report = analyzeArticle(input);
    times.push((now() - t) / callsPerRun);
    if (now() - start > options.budgetMs) break;
  }
  return {
    timesMs: times,
    runs: times.length,
    callsPerRun,
    medianMs: median(times),
    p95Ms: percentile(times, 95),
    minMs: Math.min(...times),
    firstRunMs,
    report: { lang: report.lang, wordCount: report.wordCount, quotes: report.quotes.length, claims: report.claims.length, facts: report.facts.length },
  };
}
