// The extension at work, measured in the page (`npm run bench`, section "extension"): the built
// extension (dist/chrome) in headless Chromium opens each page of the corpus sets (or, on a fresh clone,
// the fixture pages) plus generated long articles, and the content script's own User Timing measures
// (newslens:start, :detect, :extract, :analyse, :highlight) are read back from the page. In the same page,
// after the extension is done, the anchors a user would compare with run once each, their code compiled
// for the first time: Readability's isProbablyReaderable() and parse() on a clone (what Firefox's Reader
// View runs), and mark.js wrapping the very ranges Newslens highlighted in <mark> elements (how common
// highlighters work). Readability runs again as a content script meets a page, in a Chromium of its own
// (./bench-cold-anchors.ts).
// The same runs in Firefox ESR (dist/firefox) where it can be measured: its User Timing measures reach
// the page as Chromium's do (read at full timer precision: see LaunchOptions.preciseTimers), the in-page
// anchors run alike, and the cold anchors run in a Firefox of their own (./bench-cold-anchors.ts);
// WebDriver BiDi gives no trace and no heap, so those columns stay empty for Firefox.
// Pages are served from 127.0.0.1 with their own scripts blocked (CSP), nothing reaches the network.
// Measures only: the budgets are printed next to the figures, never asserted.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launch, poll, tabStateOf, type BrowserName, type ExtensionBrowser, type Tab, type WebTab } from './browsers';
import type { ArticleInput } from '../core/article';
import type { TabState } from '../extension/messages';
import { errorLine, median, percentile } from './bench-measure';
import type { ScriptEvaluation } from './script-trace';
import { bundleForPage } from './bench-bundle';
import { coldAnchors } from './bench-cold-anchors';
import { ARTICLE_MODULE_FILE, CONTENT_SCRIPT_FILE } from '../extension/build-files';

export interface ExtensionBenchPage {
  set: string;
  name: string;
  /** The page as UTF-8 HTML. */
  html: string;
}

export interface ExtensionPageResult {
  set: string;
  name: string;
  /** What the content script ended in: done (an article, marked), not-article, or an error. */
  outcome: string;
  /** newslens:detect. */
  detectMs: number | null;
  /** The content script's file compiled and its top level run, before any measure of its own (a Chromium trace, on a second visit). */
  scriptMs: number | null;
  /** The same for the module it imports on articles; null where it was not imported. */
  moduleMs: number | null;
  /** From newslens:start (document_idle) to the end of newslens:highlight: the reader waits this long for the marks. */
  toMarksMs: number | null;
  /** The work on the page's main thread: detect + extract + prepare + highlight + watch (the analysis runs in the background). */
  workMs: number | null;
  /** The background's analysis of the article (off the page's main thread). */
  analysisMs: number | null;
  highlightMs: number | null;
  /** The longest single step of the content script on the page's main thread (each is one uninterrupted task). */
  longestStepMs: number | null;
  longestStep: string | null;
  /** Long tasks (> 50 ms, Long Tasks API) the page saw after the content script began, with nothing else running. */
  longTasksMs: number[];
  readerableMs: number | null;
  /** On rejected pages, isProbablyReaderable alone, first thing in a fresh isolated world of a fresh load of the page (./bench-cold-anchors.ts). */
  readerableColdMs: number | null;
  parseMs: number | null;
  /** On marked pages, parse() of a copy of the page in the same conditions (./bench-cold-anchors.ts). */
  parseColdMs: number | null;
  /** mark.js wrapping the same ranges: time, and how many <mark> elements it made for how many ranges. */
  markJsMs: number | null;
  markJsMarks: number;
  ranges: number;
  /** The tab's JavaScript heap once the content script is done, after a full garbage collection, bytes. */
  heapBytes: number | null;
  /**
   * What the content script holds: that heap less the page's own in a Chromium without the extension
   * (./bench-cold-anchors.ts), KiB. Its world, compiled code and what it keeps of the page (the verdict;
   * on articles the blocks, their maps to the page and the marks).
   */
  heldKiB: number | null;
  error?: string;
}

const HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  // The page's own scripts never run (the extension's content script is not the page's: CSP does not apply to it).
  'Content-Security-Policy': "script-src 'none'; object-src 'none'; worker-src 'none'",
  'Cache-Control': 'no-store',
};

function serve(pages: readonly ExtensionBenchPage[]): Promise<{ server: Server; origin: string }> {
  const byPath = new Map(pages.map((page, i) => [`/${i}/${encodeURIComponent(page.name)}.html`, Buffer.from(page.html, 'utf8')]));
  const server = createServer((request, response) => {
    const body = byPath.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (!body) response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    else response.writeHead(200, { ...HEADERS, 'Content-Length': String(body.length) }).end(body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
  });
}

/** Readability and mark.js as one script for the page: `window.__anchors = { Readability, isProbablyReaderable, Mark }`. */
function anchorsScript(): Promise<string> {
  const contents = `import { Readability, isProbablyReaderable } from '@mozilla/readability';
    import Mark from 'mark.js';
    window.__anchors = { Readability, isProbablyReaderable, Mark };`;
  return bundleForPage({ stdin: { contents, resolveDir: process.cwd(), loader: 'js' } }, 'Readability and mark.js');
}

/** Per step: when its first piece started, its pieces' total, and its longest piece (one task). */
type Measures = Record<string, { start: number; duration: number; longest: number }>;

/** The content script's measures in the page, and the long tasks after its start. */
function readMeasures(page: Tab): Promise<{ measures: Measures; start: number | null; longTasks: Array<{ start: number; duration: number }> }> {
  return page.evaluate(
    () =>
      new Promise<{ measures: Measures; start: number | null; longTasks: Array<{ start: number; duration: number }> }>((done) => {
        const measures: Measures = {};
        for (const entry of performance.getEntriesByType('measure')) {
          if (!entry.name.startsWith('newslens:')) continue;
          // A step done in pieces (extraction yields between them) records one measure per piece.
          const step = (measures[entry.name.slice(9)] ??= { start: entry.startTime, duration: 0, longest: 0 });
          step.duration += entry.duration;
          step.longest = Math.max(step.longest, entry.duration);
        }
        const mark = performance.getEntriesByName('newslens:start', 'mark')[0];
        const longTasks: Array<{ start: number; duration: number }> = [];
        try {
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
          }).observe({ type: 'longtask', buffered: true });
        } catch {
          // no Long Tasks API
        }
        setTimeout(() => done({ measures, start: mark?.startTime ?? null, longTasks }), 50);
      }),
  );
}

/** Readability's two calls, cold, once each, in the page as it is. */
function runReadability(page: Tab): Promise<{ readerableMs: number; parseMs: number }> {
  return page.evaluate(() => {
    const anchors = (window as unknown as { __anchors: { Readability: new (doc: Document) => { parse(): unknown }; isProbablyReaderable(doc: Document): boolean } }).__anchors;
    let t = performance.now();
    anchors.isProbablyReaderable(document);
    const readerableMs = performance.now() - t;
    t = performance.now();
    new anchors.Readability(document.cloneNode(true) as Document).parse();
    return { readerableMs, parseMs: performance.now() - t };
  });
}

/**
 * mark.js over the ranges Newslens highlighted (read from CSS.highlights), given as offsets into the
 * text of <body> the way mark.js counts it (every text node, in order). Newslens' observer notices
 * mark.js's changes only after they are done (a debounced MutationObserver), so it does not weigh on
 * the time measured here.
 */
function runMarkJs(page: Tab): Promise<{ ms: number; marks: number; ranges: number }> {
  return page.evaluate(() => {
    const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<AbstractRange>> } }).CSS.highlights;
    const ranges: AbstractRange[] = [];
    for (const [name, highlight] of registry) if (/^newslens-(light|dark|contrast)-/.test(name)) ranges.push(...highlight);
    const starts = new Map<Node, number>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      starts.set(node, offset);
      offset += (node as Text).data.length;
    }
    const spans = ranges
      .filter((range) => starts.has(range.startContainer) && starts.has(range.endContainer))
      .map((range) => {
        const start = starts.get(range.startContainer)! + range.startOffset;
        return { start, length: starts.get(range.endContainer)! + range.endOffset - start };
      })
      .filter((span) => span.length > 0);
    const anchors = (window as unknown as { __anchors: { Mark: new (context: Element) => { markRanges(ranges: Array<{ start: number; length: number }>, options: object): void } } }).__anchors;
    const t = performance.now();
    new anchors.Mark(document.body).markRanges(spans, {});
    // Inserting elements costs a new layout too, which the browser does before the next paint: counted
    // here (highlights change no layout, so Newslens' own time has none to add).
    document.body.getBoundingClientRect();
    const ms = performance.now() - t;
    return { ms, marks: document.querySelectorAll('mark[data-markjs]').length, ranges: spans.length };
  });
}

const round = (value: number | null | undefined): number | null => (value === null || value === undefined ? null : Math.round(value * 100) / 100);

async function measureOne(browser: ExtensionBrowser, control: Tab, url: string, page: ExtensionBenchPage, anchors: string): Promise<ExtensionPageResult> {
  const result: ExtensionPageResult = {
    set: page.set, name: page.name, outcome: 'unknown', detectMs: null, scriptMs: null, moduleMs: null, toMarksMs: null, workMs: null, analysisMs: null, highlightMs: null,
    longestStepMs: null, longestStep: null, longTasksMs: [], readerableMs: null, readerableColdMs: null, parseMs: null, parseColdMs: null, markJsMs: null, markJsMarks: 0, ranges: 0,
    heapBytes: null, heldKiB: null,
  };
  let tab: WebTab | undefined;
  try {
    tab = await browser.openPage(url);
    const state = await settled(control, tab, page.name);
    result.outcome = state.phase;
    // Weighed first, before anything of the harness runs in the page.
    result.heapBytes = await browser.heapUsage(tab).catch(() => null);
    const { measures, start, longTasks } = await readMeasures(tab);
    const step = (name: string) => measures[name]?.duration ?? null;
    result.detectMs = round(step('detect'));
    result.highlightMs = round(step('highlight'));
    // newslens:analyse and newslens:read span waits for the background, not work on the page: not steps here.
    const steps = Object.entries(measures).filter(([name]) => name !== 'analyse' && name !== 'read').sort((a, b) => b[1].longest - a[1].longest);
    result.longestStep = steps[0]?.[0] ?? null;
    result.longestStepMs = round(steps[0]?.[1].longest);
    if (state.phase === 'done' && measures.highlight) {
      result.workMs = round(['detect', 'extract', 'prepare', 'highlight', 'watch'].reduce((sum, name) => sum + (step(name) ?? 0), 0));
      result.analysisMs = round(state.analysisMillis);
      if (start !== null) result.toMarksMs = round(measures.highlight.start + measures.highlight.duration - start);
    }
    result.longTasksMs = longTasks.filter((task) => start !== null && task.start >= start).map((task) => Math.round(task.duration));
    await tab.evaluateSource(anchors);
    const readability = await runReadability(tab);
    result.readerableMs = round(readability.readerableMs);
    result.parseMs = round(readability.parseMs);
    if (state.phase === 'done' && result.highlightMs !== null) {
      const marked = await runMarkJs(tab);
      result.markJsMs = round(marked.ms);
      result.markJsMarks = marked.marks;
      result.ranges = marked.ranges;
    }
  } catch (error) {
    result.error = errorLine(error);
  } finally {
    await tab?.close().catch(() => undefined);
  }
  return result;
}

/** Waits for the content script on `tab` to finish its work, whatever it concluded. */
function settled(control: Tab, tab: WebTab, name: string): Promise<TabState> {
  return poll(
    async () => {
      const current = await tabStateOf(control, tab).catch(() => undefined);
      return current && (current.phase === 'done' || current.phase === 'not-article' || current.phase === 'failed' || current.phase === 'idle') ? current : undefined;
    },
    60_000,
    `the content script on ${name}`,
  );
}

/**
 * A visit of its own to the page under a DevTools trace, for what the extension's files cost to compile
 * and start (tracing slows the page a little, so the measures above are taken without it). The module
 * for articles is in the browser's code cache by then, as it is for a reader after the first article.
 */
async function traceOne(browser: ExtensionBrowser, control: Tab, url: string, page: ExtensionBenchPage, result: ExtensionPageResult): Promise<void> {
  let tab: WebTab | undefined;
  const stopTrace = await browser.traceExtensionScripts();
  let evaluations: ScriptEvaluation[] = [];
  try {
    tab = await browser.openPage(url);
    await settled(control, tab, page.name);
  } catch (error) {
    result.error ??= errorLine(error);
  } finally {
    evaluations = await stopTrace().catch(() => []);
    await tab?.close().catch(() => undefined);
  }
  const evaluation = (file: string) => evaluations.find((e) => e.url.endsWith(`/${file}`))?.ms;
  result.scriptMs = round(evaluation(CONTENT_SCRIPT_FILE));
  result.moduleMs = round(evaluation(ARTICLE_MODULE_FILE));
}

export interface ExtensionBenchOptions {
  /** The build for `browser`: dist/chrome or dist/firefox. */
  extensionDir: string;
  /** Default chromium. Firefox has no trace and no heap: its script, module and held figures stay empty (see the header). */
  browser?: BrowserName;
  onProgress?: (message: string) => void;
}

/** Measures every page in one browser with the extension loaded. */
export async function benchExtension(pages: readonly ExtensionBenchPage[], options: ExtensionBenchOptions): Promise<ExtensionPageResult[]> {
  const name = options.browser ?? 'chromium';
  const anchors = await anchorsScript();
  const { server, origin } = await serve(pages);
  const urlOf = (i: number, page: ExtensionBenchPage) => `${origin}/${i}/${encodeURIComponent(page.name)}.html`;
  const results: ExtensionPageResult[] = [];
  try {
    const browser = await launch(name, { extensionDir: options.extensionDir, headless: true, preciseTimers: true });
    try {
      const control = await browser.openExtensionPage('src/ui/popup/index.html');
      for (const [i, page] of pages.entries()) {
        options.onProgress?.(`${page.set} ${i + 1}/${pages.length} ${page.name}`);
        results.push(await measureOne(browser, control, urlOf(i, page), page, anchors));
      }
      if (name === 'chromium') {
        for (const [i, page] of pages.entries()) {
          options.onProgress?.(`traced: ${page.set} ${i + 1}/${pages.length} ${page.name}`);
          await traceOne(browser, control, urlOf(i, page), page, results[i]!);
        }
      }
    } finally {
      await browser.close();
    }
    await addColdAnchors(name, pages, results, anchors, urlOf, options.onProgress);
  } finally {
    server.close();
  }
  return results;
}

/**
 * Readability in a browser of its own (of the same kind as ours), once ours is closed: the two never share
 * the machine. Its gate where we rejected, its parse() where we marked: the anchor each of our figures is
 * set against. And the page's own heap there, which what the content script holds is reckoned from.
 */
async function addColdAnchors(
  browser: BrowserName,
  pages: readonly ExtensionBenchPage[],
  results: ExtensionPageResult[],
  anchors: string,
  urlOf: (i: number, page: ExtensionBenchPage) => string,
  onProgress: ((message: string) => void) | undefined,
): Promise<void> {
  const cold = await coldAnchors(anchors, browser);
  try {
    for (const [i, page] of pages.entries()) {
      const result = results[i]!;
      if (result.heapBytes !== null) {
        onProgress?.(`page heap without the extension: ${page.set} ${i + 1}/${pages.length} ${page.name}`);
        const own = await cold.pageHeap(urlOf(i, page));
        result.heldKiB = own === null ? null : round((result.heapBytes - own) / 1024);
      }
      if (result.outcome === 'not-article') {
        onProgress?.(`isProbablyReaderable, cold: ${page.set} ${i + 1}/${pages.length} ${page.name}`);
        result.readerableColdMs = round(await cold.measure(urlOf(i, page), 'readerable'));
      } else if (result.outcome === 'done') {
        onProgress?.(`parse(), cold: ${page.set} ${i + 1}/${pages.length} ${page.name}`);
        result.parseColdMs = round(await cold.measure(urlOf(i, page), 'parse'));
      }
    }
  } finally {
    await cold.close();
  }
}

/** A page of its own for a generated article (src/tools/bench-articles.ts): an <article> with the blocks, marked as NewsArticle. */
export function articlePage(input: ArticleInput, lang: string): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const title = escape(input.title ?? 'Artikel');
  const jsonLd = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: input.title, datePublished: input.published ?? '2024-03-14' });
  const body = input.blocks.map((block) => (block.kind === 'heading' ? `<h2>${escape(block.text)}</h2>` : `<p>${escape(block.text)}</p>`)).join('\n');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>` +
    `<meta property="og:type" content="article"><script type="application/ld+json">${jsonLd.replace(/</g, '\\u003c')}</script></head>` +
    `<body><main><article><h1>${title}</h1>${input.byline ? `<p class="byline">${escape(input.byline)}</p>` : ''}${body}</article></main></body></html>`;
}

// ---------------------------------------------------------------------------------------------------
// The figures, against the budgets of issue 5

export const BUDGETS = {
  /** Median time to decide that a page is not an article. */
  rejectMedianMs: 1,
  /** No single step of the extension may block the main thread longer. */
  longestTaskMs: 50,
  /** Highlighting at least this many times faster than mark.js on the same ranges. */
  highlightSpeedup: 10,
  /** The content script, gzipped, with the module it imports on articles (what an article page loads of ours). */
  contentScriptGzipBytes: 60 * 1024,
} as const;

const values = (list: readonly (number | null)[]): number[] => list.filter((value): value is number => value !== null);
const med = (list: readonly (number | null)[]): number | null => (values(list).length ? median(values(list)) : null);
const p95 = (list: readonly (number | null)[]): number | null => (values(list).length ? percentile(values(list), 95) : null);
const fmt = (value: number | null, digits = 1): string => (value === null ? '–' : value.toFixed(digits));
const times = (value: number | null): string => (value === null ? '–' : `${value.toFixed(2)}×`);

export interface ExtensionSummary {
  set: string;
  pages: number;
  marked: number;
  rejected: number;
  errors: number;
  rejectMedianMs: number | null;
  rejectP95Ms: number | null;
  /** The content script's compile and top-level run, over all pages. */
  scriptMedianMs: number | null;
  /** On rejected pages, that and newslens:detect together: all a page that is not an article pays. */
  rejectWithScriptMedianMs: number | null;
  /** The article module's compile and top-level run, on marked pages. */
  moduleMedianMs: number | null;
  readerableMedianMs: number | null;
  /** On rejected pages, Readability's gate in the content script's conditions (cold, fresh isolated world). */
  readerableColdMedianMs: number | null;
  toMarksMedianMs: number | null;
  toMarksP95Ms: number | null;
  workMedianMs: number | null;
  analysisMedianMs: number | null;
  parseMedianMs: number | null;
  /** Median over marked pages of (our work / Readability parse()) on the same page. */
  workToParseMedian: number | null;
  /** On marked pages, parse() in the content script's conditions (cold, fresh isolated world). */
  parseColdMedianMs: number | null;
  /** Median over marked pages of (our work / that cold parse()) on the same page: both first runs. */
  workToParseColdMedian: number | null;
  highlightMedianMs: number | null;
  markJsMedianMs: number | null;
  /** Median over marked pages of (mark.js / our highlighting) on the same ranges. */
  markJsToHighlightMedian: number | null;
  longestStepMs: number | null;
  longestStepPage: string | null;
  pagesWithLongTasks: number;
  /** What the content script holds (ExtensionPageResult.heldKiB): median on rejected pages, and on marked ones. */
  heldRejectedMedianKiB: number | null;
  heldMarkedMedianKiB: number | null;
}

export function summarise(set: string, results: readonly ExtensionPageResult[]): ExtensionSummary {
  const marked = results.filter((r) => r.outcome === 'done' && r.toMarksMs !== null);
  const rejected = results.filter((r) => r.outcome === 'not-article');
  const longest = [...results].sort((a, b) => (b.longestStepMs ?? 0) - (a.longestStepMs ?? 0))[0];
  return {
    set,
    pages: results.length,
    marked: marked.length,
    rejected: rejected.length,
    errors: results.filter((r) => r.error).length,
    rejectMedianMs: med(rejected.map((r) => r.detectMs)),
    rejectP95Ms: p95(rejected.map((r) => r.detectMs)),
    scriptMedianMs: med(results.map((r) => r.scriptMs)),
    rejectWithScriptMedianMs: med(rejected.map((r) => (r.detectMs !== null && r.scriptMs !== null ? r.detectMs + r.scriptMs : null))),
    moduleMedianMs: med(marked.map((r) => r.moduleMs)),
    readerableMedianMs: med(results.map((r) => r.readerableMs)),
    readerableColdMedianMs: med(rejected.map((r) => r.readerableColdMs)),
    toMarksMedianMs: med(marked.map((r) => r.toMarksMs)),
    toMarksP95Ms: p95(marked.map((r) => r.toMarksMs)),
    workMedianMs: med(marked.map((r) => r.workMs)),
    analysisMedianMs: med(marked.map((r) => r.analysisMs)),
    parseMedianMs: med(marked.map((r) => r.parseMs)),
    workToParseMedian: med(marked.map((r) => (r.workMs !== null && r.parseMs ? r.workMs / r.parseMs : null))),
    parseColdMedianMs: med(marked.map((r) => r.parseColdMs)),
    workToParseColdMedian: med(marked.map((r) => (r.workMs !== null && r.parseColdMs ? r.workMs / r.parseColdMs : null))),
    highlightMedianMs: med(marked.map((r) => r.highlightMs)),
    markJsMedianMs: med(marked.map((r) => (r.ranges > 0 ? r.markJsMs : null))),
    markJsToHighlightMedian: med(marked.map((r) => (r.ranges > 0 && r.markJsMs !== null && r.highlightMs ? r.markJsMs / r.highlightMs : null))),
    longestStepMs: longest?.longestStepMs ?? null,
    longestStepPage: longest ? `${longest.name} (${longest.longestStep ?? '?'})` : null,
    pagesWithLongTasks: results.filter((r) => r.longTasksMs.length > 0).length,
    heldRejectedMedianKiB: med(rejected.map((r) => r.heldKiB)),
    heldMarkedMedianKiB: med(marked.map((r) => r.heldKiB)),
  };
}

/** The section's table and the budget lines, as printed by `npm run bench`. */
export function extensionReport(summaries: readonly ExtensionSummary[], articlePageGzipBytes: number | null, browser: BrowserName = 'chromium'): string {
  const header = ['set', 'pages', 'marked', 'rejected', 'reject med', 'p95', 'script', 'reject+script', 'gate cold', 'isReaderable', 'module', 'to marks med', 'p95', 'work med', 'analysis (bg)', 'parse() med', 'work/parse', 'parse cold', 'work/parse cold', 'highlight', 'mark.js', 'mark.js/ours', 'held rej KiB', 'held art KiB', 'longest step'];
  const rows = summaries.map((s) => [
    s.set, String(s.pages), String(s.marked), String(s.rejected), fmt(s.rejectMedianMs, 2), fmt(s.rejectP95Ms, 2), fmt(s.scriptMedianMs, 2), fmt(s.rejectWithScriptMedianMs, 2), fmt(s.readerableColdMedianMs, 2), fmt(s.readerableMedianMs, 2), fmt(s.moduleMedianMs, 2),
    fmt(s.toMarksMedianMs), fmt(s.toMarksP95Ms), fmt(s.workMedianMs), fmt(s.analysisMedianMs), fmt(s.parseMedianMs), times(s.workToParseMedian), fmt(s.parseColdMedianMs), times(s.workToParseColdMedian),
    fmt(s.highlightMedianMs, 2), fmt(s.markJsMedianMs, 2), times(s.markJsToHighlightMedian), fmt(s.heldRejectedMedianKiB, 0), fmt(s.heldMarkedMedianKiB, 0), `${fmt(s.longestStepMs)} ${s.longestStepPage ?? ''}`.trim(),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  const all = summaries.find((s) => s.set === 'all') ?? summaries[summaries.length - 1];
  const verdict = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'met' : 'NOT met');
  const browserName = browser === 'firefox' ? 'Firefox ESR' : 'Chromium';
  // Firefox has no trace and no cold anchors (see the header): what it lacks is left out, not printed as unmeasured budgets.
  const rejectContext = [
    all?.rejectWithScriptMedianMs != null ? `${fmt(all.rejectWithScriptMedianMs, 2)} ms with the content script's own compile and start` : null,
    all?.readerableColdMedianMs != null ? `Readability's isProbablyReaderable alone takes ${fmt(all.readerableColdMedianMs, 2)} ms on the same pages in the same conditions` : null,
  ].filter(Boolean);
  const budgets = all
    ? [
        `Budgets (issue 5), over all pages, in ${browserName}: reject a non-article in under ${BUDGETS.rejectMedianMs} ms median: ${fmt(all.rejectMedianMs, 2)} ms, ${verdict(all.rejectMedianMs === null ? null : all.rejectMedianMs < BUDGETS.rejectMedianMs)}` +
          `${rejectContext.length ? ` (${rejectContext.join('; ')})` : ''}; ` +
          `annotate an article in less than its Readability parse(): median work/parse ${times(all.workToParseMedian)} against parse() run after us in the walked page, ${verdict(all.workToParseMedian === null ? null : all.workToParseMedian < 1)}; ` +
          (all.workToParseColdMedian !== null ? `${times(all.workToParseColdMedian)} against parse() as a content script meets it, a first run like ours, ${verdict(all.workToParseColdMedian < 1)}; ` : '') +
          `no step over ${BUDGETS.longestTaskMs} ms: longest ${fmt(all.longestStepMs)} ms, ${verdict(all.longestStepMs === null ? null : all.longestStepMs <= BUDGETS.longestTaskMs)}; ` +
          `highlighting ${BUDGETS.highlightSpeedup}× faster than mark.js: ${times(all.markJsToHighlightMedian)}, ${verdict(all.markJsToHighlightMedian === null ? null : all.markJsToHighlightMedian >= BUDGETS.highlightSpeedup)}; ` +
          `content script (with the module it imports on articles) under 60 KiB gzipped: ${articlePageGzipBytes ?? '–'} bytes, ${verdict(articlePageGzipBytes === null ? null : articlePageGzipBytes < BUDGETS.contentScriptGzipBytes)}.`,
      ]
    : [];
  return [
    (browser === 'firefox'
      ? 'The extension at work in Firefox ESR (dist/firefox, one cold run per page as a reader gets it, timers at full precision), ms. WebDriver BiDi gives no trace and no heap: script, reject+script, module and held are not measured (–); gate cold and parse cold run in a Firefox ESR of their own, first thing in a fresh WebDriver BiDi sandbox (a realm that sees the page through Xray wrappers, as a content script does) instead of an isolated world. '
      : 'The extension at work (dist/chrome in Chromium, one cold run per page as a reader gets it), ms. ') +
      'reject = newslens:detect on pages it judged not articles; ' +
      'script = the content script compiled and its top level run, before any measure of its own (from a DevTools trace, on a second visit of the page: tracing slows the page, so nothing else is measured under it; every page pays it), reject+script = both on rejected pages; ' +
      'module = the same for the module the content script imports on articles (extraction and marks; in the code cache by then, as for a reader after the first article); ' +
      'to marks = from newslens:start (document_idle) to the end of newslens:highlight, the background’s analysis and the yields included; ' +
      'work = detect + extract + prepare + highlight + watch, the content script’s work on the page’s main thread; analysis (bg) = the background’s analysis, off that thread; ' +
      'gate cold = Readability’s isProbablyReaderable alone on the rejected pages as a content script meets them: first thing in a fresh isolated world of a fresh load, compiled for the first time, in a Chromium without the extension; ' +
      'parse cold = Readability’s parse() of a copy of the page on the marked pages in the same conditions (our work is measured on its first run too); ' +
      'parse() and isReaderable = Readability in the same page after us, its code compiled for the first time but the page already walked by us; mark.js = markRanges over the ranges Newslens highlighted, in the same page, with the layout it forces; ' +
      'held = what the content script holds once done: the tab’s JavaScript heap after a full garbage collection less the same page’s in a Chromium without the extension, KiB, median on rejected and on marked pages; ' +
      'longest step = the longest single newslens:* measure (one task on the main thread).',
    line(header),
    line(header.map((h, i) => '─'.repeat(widths[i]!))),
    ...rows.map(line),
    ...budgets,
  ].join('\n');
}
