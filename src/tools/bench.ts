// Speed benchmark (`npm run bench`): how long article detection takes on real pages in Chromium, and how
// the whole detection + extraction + analysis compares with Mozilla Readability's parse() on the same
// pages in the same run. Pages are the labelled corpus sets in ../shared/corpus (read in place, never
// copied) or, on a fresh clone without them, the hand-written fixture pages in tests/fixtures/pages.
//
// Each page is decoded in Node (charset honoured), served as UTF-8 from a local server on 127.0.0.1
// with `script-src 'none'` (its own scripts never run), and opened in headless Chromium; every other
// request is aborted, host names do not resolve, so nothing reaches the network. The project's page
// code, bundled by esbuild from src/tools/bench-page.ts, is evaluated in the tab and timed there with
// performance.now() (cross-origin isolated, so the clock is fine-grained). The same detection medians
// are then taken in Node on jsdom for comparison, and the content script's bundle size is reported.
// The "analysis" section times analyzeArticle() alone on generated German and English articles of 300 to
// 10,000 words (src/tools/bench-articles.ts), in Node (a process per size and language) and in Chromium (the same inputs passed
// into a blank page of the local server, the analysis bundled into the bench page code); it sits next to
// the content script's size and runs alone with `--sets analysis` (no corpus, no `npm run build` needed:
// the size is then that of the last build, or skipped when there is none).
// Prints tables on stdout, writes the numbers to out/bench.json. Measures only: no time is asserted.
//
// The "extension" section (src/tools/bench-extension.ts) loads the built extension into Chromium, then into
// Firefox ESR, and reads its own User Timing measures on the same pages plus generated long articles, next
// to Readability and mark.js.
//
//   npx tsx src/tools/bench.ts [--sets readability,de-pages,en-pages,fixtures,analysis,extension] [--max 60] [--runs 15]
//                              [--corpus DIR] [--jsdom-max 20] [--no-jsdom] [--browsers chromium,firefox]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { decodeHtml } from '../cli/decode';
import { loadHtml } from '../cli/load-dom';
import { pages as fixtureExpectations } from '../../tests/fixtures/pages/expected';
import type { ArticleInput } from '../core/article';
import { ARTICLE_LANGUAGES, ARTICLE_SIZES, generateArticle, type BenchLanguage } from './bench-articles';
import {
  errorLine,
  measurePage,
  median,
  percentile,
  type AnalysisMeasureOptions,
  type AnalysisTimings,
  type MeasureOptions,
  type PageTimings,
} from './bench-measure';
import type { BenchWindow, PageEnvironment } from './bench-page';
import { BROWSER_NAMES, CHROMIUM_QUIET_ARGS, DEFAULT_EXECUTABLES, type BrowserName } from './browsers';
import { articlePage, benchExtension, BUDGETS, extensionReport, summarise, type ExtensionBenchPage, type ExtensionPageResult, type ExtensionSummary } from './bench-extension';
import { bundleForPage } from './bench-bundle';
// Node's analysis runs in this process: every language pack is registered, as in the extension's background.
import { languagePacks } from '../core/languages';
import { ARTICLE_MODULE_FILE, CONTENT_SCRIPT_FILE } from '../extension/build-files';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS_SETS = ['readability', 'de-pages', 'en-pages'] as const;
const FIXTURE_SET = 'fixtures';
/** Not a page set: analyzeArticle() on generated articles (see the analysis section below). */
const ANALYSIS_SET = 'analysis';
/** Not a page set: the built extension at work in Chromium, against Readability and mark.js (src/tools/bench-extension.ts). */
const EXTENSION_SET = 'extension';
/** Generated articles the extension section adds to the pages: long ones, where the work grows. */
const EXTENSION_ARTICLES: ReadonlyArray<[BenchLanguage, number]> = [['de', 3000], ['en', 3000], ['de', 10000], ['en', 10000]];
const FIXTURE_DIR = join(ROOT, 'tests/fixtures/pages');
const CONTENT_SCRIPT = join(ROOT, 'dist/chrome', CONTENT_SCRIPT_FILE);
const JSON_OUT = join(ROOT, 'out/bench.json');
const CHROMIUM = DEFAULT_EXECUTABLES.chromium;
const CHROMIUM_ARGS = [
  ...CHROMIUM_QUIET_ARGS,
  // Belt and braces next to the request routing below: no host name resolves except the local server.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
/** The bound the issue sets for detection on a page that is not an article (reported, never asserted). */
const NON_ARTICLE_BOUND_MS = 2;

// ---------------------------------------------------------------------------------------------------
// Command line

interface Options {
  sets: string[] | null;
  max: number;
  detectRuns: number;
  corpus: string;
  jsdom: boolean;
  jsdomMax: number;
  /** The browsers of the extension section, in order. */
  browsers: BrowserName[];
}

const USAGE = `usage: tsx src/tools/bench.ts [--sets a,b] [--max N] [--runs N] [--corpus DIR] [--jsdom-max N] [--no-jsdom] [--browsers LIST]
  --sets    what to run: corpus sets (${CORPUS_SETS.join(', ')}), ${FIXTURE_SET}, and/or ${ANALYSIS_SET}
            (analyzeArticle() on generated articles, Node and Chromium); default: the three corpus sets
            when ../shared/corpus is there, else the fixture pages, plus ${ANALYSIS_SET}.
            --sets ${ANALYSIS_SET} runs that section alone (no build needed)
  --max     pages per set, 0 for all (default 60); chosen deterministically, evenly spaced
  --runs    measured detection runs per page (default 15, after 2 warm-up runs)
  --corpus  corpus folder (default $CORPUS or ../shared/corpus)
  --jsdom-max  pages per set for the slower Node/jsdom comparison, 0 for all of the --max pages
            (default 20; taken from the Chromium pages by the same rule)
  --no-jsdom  skip the Node/jsdom comparison
  --browsers  the extension section's browsers: chromium, firefox or both (default chromium,firefox)`;

function parseArgs(argv: string[]): Options {
  const options: Options = {
    sets: null,
    max: 60,
    detectRuns: 15,
    corpus: process.env.CORPUS ?? resolve(ROOT, '../shared/corpus'),
    jsdom: true,
    jsdomMax: 20,
    browsers: ['chromium', 'firefox'],
  };
  const value = (i: number, flag: string): string => {
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value\n${USAGE}`);
    return next;
  };
  const count = (text: string, flag: string): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} wants a whole number, not "${text}"`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const take = (): string => inline ?? value(i++, flag);
    switch (flag) {
      case '--sets':
        options.sets = take().split(',').map((s) => s.trim()).filter(Boolean);
        break;
      case '--max':
        options.max = count(take(), flag);
        break;
      case '--runs':
        options.detectRuns = Math.max(1, count(take(), flag));
        break;
      case '--corpus':
        options.corpus = resolve(take());
        break;
      case '--jsdom-max':
        options.jsdomMax = count(take(), flag);
        break;
      case '--no-jsdom':
        options.jsdom = false;
        break;
      case '--browsers': {
        const names = take().split(',').map((name) => name.trim()).filter(Boolean);
        const unknown = names.filter((name) => !BROWSER_NAMES.includes(name as BrowserName));
        if (names.length === 0 || unknown.length > 0) throw new Error(`--browsers takes ${BROWSER_NAMES.join(' and/or ')}, not "${unknown.join(',')}"\n${USAGE}`);
        options.browsers = [...new Set(names as BrowserName[])];
        break;
      }
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument ${arg}\n${USAGE}`);
    }
  }
  return options;
}

// ---------------------------------------------------------------------------------------------------
// Pages

interface PageRef {
  set: string;
  name: string;
  file: string;
  /** Gold label; undefined when the set has none for this page. */
  gold: boolean | undefined;
}

interface PageSet {
  name: string;
  source: string;
  pages: PageRef[];
}

function corpusSet(corpus: string, set: string): PageSet | null {
  const docs = join(corpus, set, 'docs');
  if (!existsSync(docs)) return null;
  const pages: PageRef[] = [];
  for (const file of readdirSync(docs).filter((f) => /\.html?$/i.test(f)).sort()) {
    const name = file.replace(/\.html?$/i, '');
    const goldFile = join(corpus, set, 'gold', `${name}.json`);
    let gold: boolean | undefined;
    if (existsSync(goldFile)) {
      try {
        const label = (JSON.parse(readFileSync(goldFile, 'utf8')) as { isArticle?: unknown }).isArticle;
        if (typeof label === 'boolean') gold = label;
      } catch {
        gold = undefined; // an unreadable label is a missing label
      }
    }
    pages.push({ set, name, file: join(docs, file), gold });
  }
  return { name: set, source: docs, pages };
}

function fixtureSet(): PageSet {
  const labels = new Map(fixtureExpectations.map((page) => [page.file, page.isArticle]));
  const pages = readdirSync(FIXTURE_DIR)
    .filter((f) => /\.html?$/i.test(f))
    .sort()
    .map((file) => ({ set: FIXTURE_SET, name: basename(file).replace(/\.html?$/i, ''), file: join(FIXTURE_DIR, file), gold: labels.get(file) }));
  return { name: FIXTURE_SET, source: FIXTURE_DIR, pages };
}

function evenlySpaced<T>(items: readonly T[], n: number): T[] {
  if (n >= items.length) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)] as T);
}

/**
 * Up to `max` pages, deterministically: the pages labelled not-articles (rare, and the ones the 2 ms
 * bound is about) get up to half the places, the others the rest, each evenly spaced through the
 * sorted list (every k-th page).
 */
function selectPages(pages: readonly PageRef[], max: number): { pages: PageRef[]; note: string } {
  if (max === 0 || pages.length <= max) return { pages: [...pages], note: `all ${pages.length} pages` };
  const negatives = pages.filter((p) => p.gold === false);
  const others = pages.filter((p) => p.gold !== false);
  const negativeCount = Math.min(negatives.length, Math.max(Math.ceil(max / 2), max - others.length));
  const otherCount = Math.min(others.length, max - negativeCount);
  const chosen = new Set([...evenlySpaced(negatives, negativeCount), ...evenlySpaced(others, otherCount)]);
  return {
    pages: pages.filter((p) => chosen.has(p)),
    note: `${chosen.size} of ${pages.length} pages: ${negativeCount} of ${negatives.length} non-articles, ${otherCount} of ${others.length} others, evenly spaced`,
  };
}

// ---------------------------------------------------------------------------------------------------
// Serving pages to Chromium

interface Served {
  body: Buffer;
}

const HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  // The page's own scripts, inline handlers and javascript: URLs never run; DevTools evaluation (ours) does.
  'Content-Security-Policy': "script-src 'none'; object-src 'none'; worker-src 'none'",
  // Cross-origin isolation gives performance.now() a 5 µs grain instead of 100 µs.
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cache-Control': 'no-store',
};

function startServer(documents: Map<string, Served>): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const served = documents.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (!served) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { ...HEADERS, 'Content-Length': String(served.body.length) }).end(served.body);
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolveServer({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

function bundlePageCode(): Promise<string> {
  return bundleForPage({ entryPoints: [join(ROOT, 'src/tools/bench-page.ts')] }, 'src/tools/bench-page.ts');
}

interface Tab {
  page: Page;
  /** Opens `path` (already registered with the server); only that one document request goes through. */
  open(path: string): Promise<void>;
  aborted: number;
}

async function openTab(browser: Browser, origin: string): Promise<Tab> {
  const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  let expected = '';
  const tab: Tab = {
    page,
    aborted: 0,
    async open(path) {
      expected = origin + path;
      await page.goto(expected, { waitUntil: 'load', timeout: 60_000 });
    },
  };
  await context.route('**/*', async (route) => {
    const request = route.request();
    if (request.url() === expected) {
      expected = ''; // served once: a <meta http-equiv="refresh"> to itself does not reload the page
      await route.continue();
      return;
    }
    tab.aborted++;
    let mainFrameNavigation = false;
    try {
      mainFrameNavigation = request.isNavigationRequest() && request.frame() === page.mainFrame();
    } catch {
      mainFrameNavigation = false;
    }
    // A 204 answer to a navigation leaves the tab where it is (meta refresh, form, link elsewhere).
    if (mainFrameNavigation) await route.fulfill({ status: 204, body: '' });
    else await route.abort();
  });
  return tab;
}

// ---------------------------------------------------------------------------------------------------
// Statistics and output

interface PageResult {
  set: string;
  name: string;
  gold: boolean | undefined;
  bytes: number;
  chromium: PageTimings | null;
  chromiumError?: string;
  jsdom: PageTimings | null;
  jsdomError?: string;
}

interface Group {
  pages: number;
  medianMs: number | null;
  p90Ms: number | null;
  coldMedianMs: number | null;
}

function group(timings: PageTimings[]): Group {
  if (timings.length === 0) return { pages: 0, medianMs: null, p90Ms: null, coldMedianMs: null };
  const detect = timings.map((t) => t.detectMs);
  return {
    pages: timings.length,
    medianMs: median(detect),
    p90Ms: percentile(detect, 90),
    coldMedianMs: median(timings.map((t) => t.detectColdMs)),
  };
}

interface DetectionStats {
  pages: number;
  errors: number;
  nonArticles: Group;
  articles: Group;
  unlabelled: number;
  all: Group;
}

function detectionStats(results: PageResult[], pick: (r: PageResult) => PageTimings | null, error: (r: PageResult) => string | undefined): DetectionStats {
  const ok = results.filter((r) => pick(r) !== null);
  const timings = (rows: PageResult[]): PageTimings[] => rows.map((r) => pick(r) as PageTimings);
  return {
    pages: ok.length,
    errors: results.filter((r) => error(r) !== undefined).length,
    nonArticles: group(timings(ok.filter((r) => r.gold === false))),
    articles: group(timings(ok.filter((r) => r.gold === true))),
    unlabelled: ok.filter((r) => r.gold === undefined).length,
    all: group(timings(ok)),
  };
}

interface RatioStats {
  pages: number;
  /** Σ(detection + extraction + analysis) / Σ(Readability parse()) over the set's pages. */
  sumRatio: number | null;
  /** Median over pages of (detection + extraction + analysis) / Readability parse(). */
  medianRatio: number | null;
  oursMedianMs: number | null;
  extractMedianMs: number | null;
  readabilityMedianMs: number | null;
  oursTotalMs: number;
  readabilityTotalMs: number;
}

function ratioStats(results: PageResult[]): RatioStats {
  const rows = results
    .map((r) => r.chromium)
    .filter((t): t is PageTimings & { fullMs: number; readabilityMs: number } => t !== null && t.fullMs !== null && t.readabilityMs !== null);
  const ours = rows.reduce((sum, t) => sum + t.fullMs, 0);
  const theirs = rows.reduce((sum, t) => sum + t.readabilityMs, 0);
  const some = rows.length > 0;
  return {
    pages: rows.length,
    sumRatio: some && theirs > 0 ? ours / theirs : null,
    medianRatio: some ? median(rows.filter((t) => t.readabilityMs > 0).map((t) => t.fullMs / t.readabilityMs)) : null,
    oursMedianMs: some ? median(rows.map((t) => t.fullMs)) : null,
    extractMedianMs: some ? median(rows.map((t) => t.extractMs ?? Number.NaN)) : null,
    readabilityMedianMs: some ? median(rows.map((t) => t.readabilityMs)) : null,
    oursTotalMs: ours,
    readabilityTotalMs: theirs,
  };
}

const ms = (value: number | null): string => (value === null || Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(1));
const ratio = (value: number | null): string => (value === null || Number.isNaN(value) ? '–' : `${value.toFixed(2)}×`);
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

/** A plain text table: first column left-aligned, the others right-aligned. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function detectionRows(stats: { name: string; stats: DetectionStats }[]): string[][] {
  return stats.map(({ name, stats: s }) => [
    name,
    String(s.pages) + (s.errors ? ` (+${s.errors} err)` : ''),
    String(s.nonArticles.pages),
    ms(s.nonArticles.medianMs),
    ms(s.nonArticles.p90Ms),
    ms(s.nonArticles.coldMedianMs),
    String(s.articles.pages),
    ms(s.articles.medianMs),
    ms(s.articles.p90Ms),
    ms(s.articles.coldMedianMs),
    String(s.unlabelled),
    ms(s.all.medianMs),
    ms(s.all.p90Ms),
  ]);
}

const DETECTION_HEADER = ['set', 'pages', 'non-art', 'median', 'p90', '1st run', 'articles', 'median', 'p90', '1st run', 'unlab.', 'all med.', 'all p90'];

interface BundleInfo {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** When the file was written (the build it comes from; `--sets analysis` does not rebuild). */
  builtAt: string;
  /** The module it imports on articles: every page carries the script, article pages the module as well. */
  articleModule: { file: string; bytes: number; gzipBytes: number } | null;
}

/** The content script of a build (dist/chrome unless told), and the module it imports. */
function bundleSize(build = 'dist/chrome'): BundleInfo | null {
  const script = join(ROOT, build, CONTENT_SCRIPT_FILE);
  const module = join(ROOT, build, ARTICLE_MODULE_FILE);
  if (!existsSync(script)) return null;
  const bytes = readFileSync(script);
  const moduleBytes = existsSync(module) ? readFileSync(module) : null;
  return {
    file: relative(ROOT, script),
    bytes: bytes.length,
    gzipBytes: gzipSync(bytes).length,
    builtAt: statSync(script).mtime.toISOString(),
    articleModule: moduleBytes ? { file: relative(ROOT, module), bytes: moduleBytes.length, gzipBytes: gzipSync(moduleBytes).length } : null,
  };
}

/** What an article page loads of ours, gzipped: the content script and the module for articles. */
const articlePageGzipBytes = (info: BundleInfo | null): number | null => (info ? info.gzipBytes + (info.articleModule?.gzipBytes ?? 0) : null);

interface PackSize {
  lang: string;
  bytes: number;
  gzipBytes: number;
}

/** Each language pack as the background sends it to a page (JSON): not part of the content script. */
function packSizes(): PackSize[] {
  return languagePacks.map((pack) => {
    const lang = pack.code;
    const bytes = Buffer.from(JSON.stringify(pack));
    return { lang, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
  });
}

// ---------------------------------------------------------------------------------------------------
// Analysis: analyzeArticle() alone on generated articles, in Node and in Chromium

/**
 * Warm-up before the measured calls: at least this many calls and this long. V8 moves the engine's hot
 * functions up its tiers of optimisation over the first hundreds of calls (a fixed 30 calls left a short
 * article's median on half-optimised code, between 4.5 and 7 ms where the steady state is about 3.3), so
 * the median is the steady state of a background that analyses article after article; the first, cold
 * call is shown in its own column.
 */
const ANALYSIS_WARMUP = 30;
const ANALYSIS_WARMUP_MS = 1500;
/** Each measured run is a batch of calls this long (one call where a call takes longer): see AnalysisMeasureOptions.batchMs. */
const ANALYSIS_BATCH_MS = 40;
/** Measured runs per size and language: fewer on the longest articles. */
const analysisRuns = (words: number): number => (words <= 3000 ? 60 : 15);
/** A cap on the measured runs of one size, language and environment (at least one run is kept). */
const ANALYSIS_BUDGET_MS = 60_000;

interface AnalysisCase {
  lang: BenchLanguage;
  words: number;
  input: ArticleInput;
  options: AnalysisMeasureOptions;
}

interface AnalysisRow {
  lang: BenchLanguage;
  words: number;
  paragraphs: number;
  characters: number;
  node: AnalysisTimings | null;
  nodeError?: string;
  chromium: AnalysisTimings | null;
  chromiumError?: string;
}

const NODE_ANALYSIS_SCRIPT = fileURLToPath(new URL('./bench-analysis-node.ts', import.meta.url));

/** One case's Node timings, measured in a fresh Node process on the same generated article. */
function measureAnalysisInOwnProcess(c: AnalysisCase): AnalysisTimings {
  const run = spawnSync(process.execPath, ['--import', 'tsx', NODE_ANALYSIS_SCRIPT, c.lang, String(c.words), JSON.stringify(c.options)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`the Node analysis process failed (${run.status}): ${run.stderr.trim().split('\n')[0] ?? ''}`);
  return JSON.parse(run.stdout) as AnalysisTimings;
}

function analysisCases(): AnalysisCase[] {
  const cases: AnalysisCase[] = [];
  for (const lang of ARTICLE_LANGUAGES) {
    for (const words of ARTICLE_SIZES) {
      cases.push({ lang, words, input: generateArticle(lang, words), options: { warmup: ANALYSIS_WARMUP, warmupMs: ANALYSIS_WARMUP_MS, batchMs: ANALYSIS_BATCH_MS, runs: analysisRuns(words), budgetMs: ANALYSIS_BUDGET_MS } });
    }
  }
  return cases;
}

const perThousand = (t: AnalysisTimings | null, words: number): number | null => (t ? (t.medianMs * 1000) / words : null);

/** The 10,000-word median over the 1,000-word median, per language and environment (10× would be linear). */
function scaling(rows: AnalysisRow[], lang: BenchLanguage, pick: (r: AnalysisRow) => AnalysisTimings | null): number | null {
  const at = (words: number): AnalysisTimings | null => {
    const row = rows.find((r) => r.lang === lang && r.words === words);
    return row ? pick(row) : null;
  };
  const small = at(1000);
  const large = at(10000);
  return small && large && small.medianMs > 0 ? large.medianMs / small.medianMs : null;
}

function analysisTable(rows: AnalysisRow[]): string {
  const found = (t: AnalysisTimings | null): string => (t ? `${t.report.lang ?? '?'} ${t.report.wordCount} ${t.report.quotes}/${t.report.claims}/${t.report.facts}` : '–');
  return table(
    ['lang', 'words', 'runs', 'Node 1st', 'Node med.', 'p95', 'ms/1k w.', 'Chromium 1st', 'Chromium med.', 'p95', 'ms/1k w.', 'report: lang words q/c/f'],
    rows.map((r) => [
      r.lang,
      String(r.words),
      `${r.node?.runs ?? '–'}/${r.chromium?.runs ?? '–'}`,
      ms(r.node?.firstRunMs ?? null),
      r.nodeError ? 'error' : ms(r.node?.medianMs ?? null),
      ms(r.node?.p95Ms ?? null),
      ms(perThousand(r.node, r.words)),
      ms(r.chromium?.firstRunMs ?? null),
      r.chromiumError ? 'error' : ms(r.chromium?.medianMs ?? null),
      ms(r.chromium?.p95Ms ?? null),
      ms(perThousand(r.chromium, r.words)),
      found(r.chromium ?? r.node),
    ]),
  );
}

function analysisSummary(rows: AnalysisRow[]) {
  return {
    warmup: ANALYSIS_WARMUP,
    warmupMs: ANALYSIS_WARMUP_MS,
    batchMs: ANALYSIS_BATCH_MS,
    runs: Object.fromEntries(ARTICLE_SIZES.map((words) => [words, analysisRuns(words)])),
    budgetMsPerCell: ANALYSIS_BUDGET_MS,
    rows: rows.map((r) => ({
      ...r,
      nodeMsPer1000Words: perThousand(r.node, r.words),
      chromiumMsPer1000Words: perThousand(r.chromium, r.words),
    })),
    medianRatio10000To1000: Object.fromEntries(
      ARTICLE_LANGUAGES.map((lang) => [lang, { node: scaling(rows, lang, (r) => r.node), chromium: scaling(rows, lang, (r) => r.chromium) }]),
    ),
  };
}

/** A progress line that overwrites itself on a terminal (stderr, so stdout stays the report). */
function progress(text: string): void {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${text}`);
}

/** A lasting progress line on stderr. */
function log(text: string): void {
  progress('');
  process.stderr.write(`${text}\n`);
}

// ---------------------------------------------------------------------------------------------------
// The run

async function main(): Promise<void> {
  const started = performance.now();
  const options = parseArgs(process.argv.slice(2));
  const notes: string[] = [];

  const runAnalysis = options.sets === null || options.sets.includes(ANALYSIS_SET);
  const runExtension = options.sets === null || options.sets.includes(EXTENSION_SET);
  const haveCorpus = CORPUS_SETS.some((set) => existsSync(join(options.corpus, set, 'docs')));
  const defaultSets = haveCorpus ? [...CORPUS_SETS] : [FIXTURE_SET];
  const wanted = options.sets?.filter((name) => name !== ANALYSIS_SET && name !== EXTENSION_SET) ?? defaultSets;
  if (!options.sets && !haveCorpus) {
    notes.push(`No corpus at ${options.corpus}: benchmarking the hand-written fixture pages in ${relative(ROOT, FIXTURE_DIR)} instead.`);
  }
  const sets: { set: PageSet; note: string }[] = [];
  for (const name of wanted) {
    const set = name === FIXTURE_SET ? fixtureSet() : corpusSet(options.corpus, name);
    if (!set) {
      notes.push(`Set "${name}" not found at ${join(options.corpus, name, 'docs')}: skipped.`);
      continue;
    }
    const chosen = selectPages(set.pages, options.max);
    sets.push({ set: { ...set, pages: chosen.pages }, note: chosen.note });
  }
  if (sets.length === 0 && !runAnalysis && !runExtension) {
    for (const note of notes) console.log(note);
    throw new Error('no pages to benchmark');
  }
  if (sets.length === 0 && !runAnalysis) {
    // The extension section alone.
    await extensionSection(options, extensionPageSets(options, defaultSets));
    return;
  }
  const analysis = runAnalysis ? analysisCases() : [];
  const analysisRows: AnalysisRow[] = analysis.map((c) => ({
    lang: c.lang,
    words: c.words,
    paragraphs: c.input.blocks.length,
    characters: c.input.blocks.reduce((sum, b) => sum + b.text.length, 0),
    node: null,
    chromium: null,
  }));

  const measure: MeasureOptions = { detectWarmup: 2, detectRuns: options.detectRuns, full: true, fullWarmup: 1, fullRuns: 5, budgetMs: 3000 };
  // jsdom is one to two orders of magnitude slower: fewer runs, a tighter time budget, fewer pages.
  const jsdomMeasure: MeasureOptions = { detectWarmup: 1, detectRuns: Math.min(5, options.detectRuns), full: false, fullWarmup: 0, fullRuns: 0, budgetMs: 1000 };
  const jsdomNotes = new Map<string, string>();

  const documents = new Map<string, Served>();
  const results: PageResult[] = [];
  const bundle = await bundlePageCode();
  const { server, origin } = await startServer(documents);
  let browser: Browser | null = null;
  let environment: PageEnvironment | null = null;
  let browserVersion = '';
  let aborted = 0;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    browserVersion = browser.version();
    const tab = await openTab(browser, origin);

    // A probe page first: its inline script and onload handler must not run, its image must not load.
    documents.set('/probe.html', {
      body: Buffer.from(
        '<!doctype html><html><head><title>probe</title><script>window.newslensProbeScriptRan = true;</script></head>' +
          '<body onload="document.documentElement.setAttribute(\'data-probe-ran\', \'\')"><p>probe</p><img src="http://example.com/probe.png"></body></html>',
      ),
    });
    await tab.open('/probe.html');
    await tab.page.evaluate(bundle);
    environment = await tab.page.evaluate(() => {
      const api = (window as BenchWindow).newslensBench;
      if (!api) throw new Error('bench bundle did not install window.newslensBench');
      return api.environment();
    });
    if (environment.pageScriptRan) throw new Error('a page script ran in the probe page; refusing to benchmark with page JavaScript on');
    if (tab.aborted === 0) notes.push('The probe page made no sub-resource request; request blocking could not be confirmed.');
    tab.aborted = 0;
    documents.clear();

    for (const { set } of sets) {
      let i = 0;
      for (const ref of set.pages) {
        i++;
        progress(`Chromium ${set.name}: ${i}/${set.pages.length} ${ref.name}`);
        const bytes = readFileSync(ref.file);
        const result: PageResult = { set: set.name, name: ref.name, gold: ref.gold, bytes: bytes.length, chromium: null, jsdom: null };
        results.push(result);
        const path = `/${encodeURIComponent(set.name)}/${i}.html`; // a plain path, so the browser keeps it byte for byte
        documents.set(path, { body: Buffer.from(decodeHtml(bytes).text, 'utf8') });
        try {
          await tab.open(path);
          await tab.page.evaluate(bundle);
          result.chromium = await tab.page.evaluate((opts) => {
            const api = (window as BenchWindow).newslensBench;
            if (!api) throw new Error('bench bundle did not install window.newslensBench');
            return api.measure(opts);
          }, measure);
        } catch (error) {
          result.chromiumError = errorLine(error);
        }
        documents.delete(path);
      }
      log(`Chromium ${set.name}: ${set.pages.length} pages done (${((performance.now() - started) / 1000).toFixed(0)} s so far)`);
    }
    aborted = tab.aborted;

    // analyzeArticle() in a blank page of the local server (cross-origin isolated like the others): the
    // generated inputs go in as arguments, the analysis is the one bundled into the bench page code.
    if (analysis.length > 0) {
      documents.set('/analysis.html', { body: Buffer.from('<!doctype html><html><head><title>analysis</title></head><body></body></html>') });
      await tab.open('/analysis.html');
      await tab.page.evaluate(bundle);
      for (const [i, c] of analysis.entries()) {
        progress(`Chromium analysis: ${c.lang} ${c.words} words`);
        const row = analysisRows[i] as AnalysisRow;
        try {
          row.chromium = await tab.page.evaluate(({ input, options: opts }) => {
            const api = (window as BenchWindow).newslensBench;
            if (!api) throw new Error('bench bundle did not install window.newslensBench');
            return api.analyze(input, opts);
          }, { input: c.input, options: c.options });
        } catch (error) {
          row.chromiumError = errorLine(error);
        }
      }
      log(`Chromium analysis: done (${((performance.now() - started) / 1000).toFixed(0)} s so far)`);
    }
    progress('');
  } finally {
    await browser?.close();
    server.close();
  }

  // The same inputs in Node, once the browser is closed: each size and language in a process of its own
  // (src/tools/bench-analysis-node.ts), so that none inherits the heap another left behind.
  for (const [i, c] of analysis.entries()) {
    progress(`Node analysis: ${c.lang} ${c.words} words`);
    const row = analysisRows[i] as AnalysisRow;
    try {
      row.node = measureAnalysisInOwnProcess(c);
    } catch (error) {
      row.nodeError = errorLine(error);
    }
  }
  if (analysis.length > 0) log(`Node analysis: done (${((performance.now() - started) / 1000).toFixed(0)} s so far)`);

  if (options.jsdom && sets.length > 0) {
    const jsdomStarted = performance.now();
    for (const { set } of sets) {
      const chosen = selectPages(set.pages, options.jsdomMax);
      jsdomNotes.set(set.name, chosen.note);
      let i = 0;
      for (const ref of chosen.pages) {
        i++;
        progress(`jsdom ${set.name}: ${i}/${chosen.pages.length} ${ref.name}`);
        const result = results.find((r) => r.set === ref.set && r.name === ref.name);
        if (!result) continue;
        try {
          const loaded = loadHtml(decodeHtml(readFileSync(ref.file)).text, ref.file);
          try {
            result.jsdom = measurePage(loaded.document, jsdomMeasure);
          } finally {
            loaded.close();
          }
        } catch (error) {
          result.jsdomError = errorLine(error);
        }
      }
    }
    log(`jsdom: done in ${((performance.now() - jsdomStarted) / 1000).toFixed(0)} s`);
  }

  const bundleInfo = bundleSize();
  const packInfo = packSizes();
  const totalSeconds = (performance.now() - started) / 1000;

  // ---- Report ----
  const perSet = sets.map(({ set, note }) => {
    const rows = results.filter((r) => r.set === set.name);
    return {
      name: set.name,
      source: relative(ROOT, set.source) || '.',
      selection: note,
      jsdomSelection: jsdomNotes.get(set.name) ?? null,
      chromium: detectionStats(rows, (r) => r.chromium, (r) => r.chromiumError),
      ratio: ratioStats(rows),
      jsdom: options.jsdom ? detectionStats(rows, (r) => r.jsdom, (r) => r.jsdomError) : null,
    };
  });
  const everything = {
    name: 'all sets',
    chromium: detectionStats(results, (r) => r.chromium, (r) => r.chromiumError),
    ratio: ratioStats(results),
    jsdom: options.jsdom ? detectionStats(results, (r) => r.jsdom, (r) => r.jsdomError) : null,
  };
  const withTotal = <T,>(pick: (s: { name: string; chromium: DetectionStats; ratio: RatioStats; jsdom: DetectionStats | null }) => T) =>
    [...perSet, ...(perSet.length > 1 ? [everything] : [])].map(pick);

  const out: string[] = [];
  out.push('Newslens speed benchmark');
  out.push(`Chromium ${browserVersion} headless (${CHROMIUM}), Node ${process.version}, ${new Date().toISOString()}`);
  if (environment) {
    out.push(
      `Clock: performance.now() ${environment.crossOriginIsolated ? 'cross-origin isolated' : 'NOT cross-origin isolated'}, ` +
        `resolution ≈ ${(environment.timerResolutionMs * 1000).toFixed(0)} µs. Page scripts blocked (probe checked)` +
        (sets.length > 0
          ? `; ${aborted} sub-resource/navigation requests of the pages aborted in the browser (host names resolve to nothing).`
          : '.'),
    );
  }
  for (const note of notes) out.push(`Note: ${note}`);
  if (sets.length > 0) {
    out.push('Pages:');
    for (const s of perSet) out.push(`  ${s.name.padEnd(12)} ${s.selection} (${s.source})`);
    out.push('');
    out.push(`Detection (detectPage) in Chromium, ms: per page the median of ${measure.detectRuns} runs after ${measure.detectWarmup} warm-up runs;`);
    out.push('per column the median / p90 over pages. "1st run" = median over pages of the first, cold call on each page.');
    out.push(`Labels from gold isArticle ("non-art" = false). The issue's bound: under ${NON_ARTICLE_BOUND_MS} ms median on non-articles.`);
    out.push(table(DETECTION_HEADER, detectionRows(withTotal((s) => ({ name: s.name, stats: s.chromium })))));
    const slowest = results
      .filter((r): r is PageResult & { chromium: PageTimings } => r.chromium !== null)
      .sort((a, b) => b.chromium.detectMs - a.chromium.detectMs)
      .slice(0, 5);
    out.push('Slowest detection in Chromium (median ms, elements, label):');
    for (const r of slowest) {
      const label = r.gold === undefined ? 'unlabelled' : r.gold ? 'article' : 'not an article';
      out.push(`  ${ms(r.chromium.detectMs).padStart(6)}  ${`${r.set}/${r.name}`.slice(0, 60).padEnd(60)}  ${String(r.chromium.elements).padStart(6)} el.  ${label}`);
    }
    out.push('');
    out.push(
      `Whole detection + extraction + analysis (detectPage + analyzeDetectedPage) vs Readability's ` +
        `new Readability(document.cloneNode(true)).parse(), Chromium, same pages, same run; per page the median of ` +
        `${measure.fullRuns} runs each, alternating, after ${measure.fullWarmup} warm-up.`,
    );
    out.push('ratio Σ = sum over pages of ours / sum of Readability; ratio med. = median over pages of the per-page ratio.');
    out.push(
      table(
        ['set', 'pages', 'ours med. ms', 'of it extract+analyse', 'Readability med. ms', 'ours Σ ms', 'Readability Σ ms', 'ratio Σ', 'ratio med.'],
        withTotal((s) => [
          s.name,
          String(s.ratio.pages),
          ms(s.ratio.oursMedianMs),
          ms(s.ratio.extractMedianMs),
          ms(s.ratio.readabilityMedianMs),
          s.ratio.oursTotalMs.toFixed(0),
          s.ratio.readabilityTotalMs.toFixed(0),
          ratio(s.ratio.sumRatio),
          ratio(s.ratio.medianRatio),
        ]),
      ),
    );
    if (options.jsdom) {
      out.push('');
      out.push(
        `For comparison only — detection in Node ${process.version} on jsdom (not a browser), ms: per page the median of up to ` +
          `${jsdomMeasure.detectRuns} runs after ${jsdomMeasure.detectWarmup} warm-up (≤ ${jsdomMeasure.budgetMs / 1000} s per page), ` +
          `on a subset of the Chromium pages:`,
      );
      for (const s of perSet) out.push(`  ${s.name.padEnd(12)} ${jsdomNotes.get(s.name) ?? '–'}`);
      out.push(table(DETECTION_HEADER, detectionRows(withTotal((s) => ({ name: s.name, stats: s.jsdom as DetectionStats })))));
    }
  }
  out.push('');
  if (analysisRows.length > 0) {
    out.push(
      `Analysis (analyzeArticle alone) on generated news-like articles (src/tools/bench-articles.ts, seeded), ms: per size and ` +
        `language the median and p95 (nearest rank) of ${analysisRuns(1000)} runs (${analysisRuns(10000)} at 10,000 words), each run a batch of calls of about ${ANALYSIS_BATCH_MS} ms ` +
        `(one call at 10,000 words) divided by its calls, so that every size pays its share of garbage collection, after ` +
        `a warm-up of at least ${ANALYSIS_WARMUP} runs and ${(ANALYSIS_WARMUP_MS / 1000).toFixed(1)} s (V8's optimised code, as in a background that analyses page after page); runs = Node/Chromium; Node in a fresh process per size and language, Chromium in a blank page with the same inputs.`,
    );
    out.push('1st = the first, cold call on that article. ms/1k w. = median per 1,000 words. report = what analyzeArticle returned on it: language, word count, quotes/claims/facts.');
    out.push(analysisTable(analysisRows));
    const scale = ARTICLE_LANGUAGES.map(
      (lang) => `${lang} Node ${ratio(scaling(analysisRows, lang, (r) => r.node))}, Chromium ${ratio(scaling(analysisRows, lang, (r) => r.chromium))}`,
    );
    out.push(`Median at 10,000 words / median at 1,000 words (10.00× = linear): ${scale.join('; ')}.`);
    for (const r of analysisRows.filter((row) => row.nodeError || row.chromiumError)) {
      out.push(`Analysis error on ${r.lang} ${r.words} words: ${[r.nodeError && `Node: ${r.nodeError}`, r.chromiumError && `Chromium: ${r.chromiumError}`].filter(Boolean).join('; ')}`);
    }
  }
  if (bundleInfo) {
    out.push(
      `Content script bundle ${bundleInfo.file}: ${bundleInfo.bytes} bytes minified (${kb(bundleInfo.bytes)}), ${bundleInfo.gzipBytes} bytes gzipped ` +
        `(${kb(bundleInfo.gzipBytes)}, node:zlib gzipSync default level); built ${bundleInfo.builtAt}${sets.length === 0 ? ' (not rebuilt by this run)' : ''}.` +
        (bundleInfo.articleModule
          ? ` On articles it imports ${bundleInfo.articleModule.file}: ${bundleInfo.articleModule.bytes} bytes minified, ${bundleInfo.articleModule.gzipBytes} bytes gzipped (${kb(bundleInfo.articleModule.gzipBytes)}); both together ${kb(articlePageGzipBytes(bundleInfo) ?? 0)} gzipped.`
          : ''),
    );
  } else if (sets.length > 0) {
    out.push(`WARNING: content script bundle ${relative(ROOT, CONTENT_SCRIPT)} is missing — run \`npm run build\` (npm run bench does) to report its size.`);
  } else {
    out.push(`Content script size skipped: ${relative(ROOT, CONTENT_SCRIPT)} is missing (\`npm run build\` makes it; \`npm run bench\` builds first).`);
  }
  out.push(
    `Language packs (in the background, which analyses every article; not in the content script), as JSON, ` +
      `bytes / gzipped: ${packInfo.map((p) => `${p.lang} ${p.bytes} / ${p.gzipBytes} (${kb(p.gzipBytes)})`).join(', ')}.`,
  );
  const failures = results.filter((r) => r.chromiumError || r.jsdomError);
  for (const r of failures.slice(0, 10)) {
    out.push(`Error on ${r.set}/${r.name}: ${[r.chromiumError && `Chromium: ${r.chromiumError}`, r.jsdomError && `jsdom: ${r.jsdomError}`].filter(Boolean).join('; ')}`);
  }
  if (failures.length > 10) out.push(`… and ${failures.length - 10} more pages with errors (see ${relative(ROOT, JSON_OUT)}).`);

  const analysisJson = runAnalysis
    ? {
        date: new Date().toISOString(),
        environment: { chromium: browserVersion, chromiumPath: CHROMIUM, node: process.version, page: environment },
        ...analysisSummary(analysisRows),
        contentScript: bundleInfo,
        languagePacks: packInfo,
      }
    : undefined;
  mkdirSync(dirname(JSON_OUT), { recursive: true });
  if (sets.length === 0) {
    // The analysis alone: its figures replace the `analysis` key of the last full run's file, the rest stays.
    let previous: Record<string, unknown> = {};
    try {
      if (existsSync(JSON_OUT)) previous = JSON.parse(readFileSync(JSON_OUT, 'utf8')) as Record<string, unknown>;
    } catch {
      previous = {};
    }
    const kept = Object.keys(previous).filter((key) => key !== 'analysis').length > 0;
    writeFileSync(JSON_OUT, JSON.stringify({ ...previous, analysis: analysisJson }, null, 2) + '\n');
    out.push(
      `Total run time: ${totalSeconds.toFixed(1)} s. Analysis figures written to ${relative(ROOT, JSON_OUT)} under "analysis"` +
        `${kept ? ' (the other keys, from an earlier full run, kept)' : ''}.`,
    );
    console.log(out.join('\n'));
    if (runExtension) await extensionSection(options, extensionPageSets(options, defaultSets));
    return;
  }
  out.push(`Total run time: ${totalSeconds.toFixed(1)} s. Numbers written to ${relative(ROOT, JSON_OUT)}.`);
  console.log(out.join('\n'));

  writeFileSync(
    JSON_OUT,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        totalSeconds,
        environment: { chromium: browserVersion, chromiumPath: CHROMIUM, node: process.version, page: environment, abortedRequests: aborted },
        options: { ...options, measure, jsdomMeasure },
        notes,
        bounds: { nonArticleDetectionMedianMs: NON_ARTICLE_BOUND_MS },
        sets: perSet,
        all: everything,
        contentScript: bundleInfo,
        languagePacks: packInfo,
        pages: results,
        ...(analysisJson ? { analysis: analysisJson } : {}),
      },
      null,
      2,
    ) + '\n',
  );
  if (runExtension) await extensionSection(options, extensionPageSets(options, wanted));
}

// ---------------------------------------------------------------------------------------------------
// The extension at work (src/tools/bench-extension.ts)

/** The pages of the extension section: the same selection of the corpus sets (or fixtures), decoded, and generated long articles. */
function extensionPageSets(options: Options, names: readonly string[]): Map<string, ExtensionBenchPage[]> {
  const bySet = new Map<string, ExtensionBenchPage[]>();
  for (const name of names) {
    const set = name === FIXTURE_SET ? fixtureSet() : corpusSet(options.corpus, name);
    if (!set) continue;
    const pages = selectPages(set.pages, options.max).pages.map((ref) => ({ set: name, name: ref.name, html: decodeHtml(readFileSync(ref.file)).text }));
    bySet.set(name, pages);
  }
  bySet.set(
    'generated',
    EXTENSION_ARTICLES.map(([lang, words]) => ({ set: 'generated', name: `${lang}-${words}-words`, html: articlePage(generateArticle(lang, words), lang) })),
  );
  return bySet;
}

/** Each browser's build of the extension. */
const EXTENSION_BUILDS: Readonly<Record<BrowserName, string>> = { chromium: 'dist/chrome', firefox: 'dist/firefox' };

async function extensionSection(options: Options, bySet: Map<string, ExtensionBenchPage[]>): Promise<void> {
  const pages = [...bySet.values()].flat();
  const figures: Partial<Record<BrowserName, { summaries: ExtensionSummary[]; pages: ExtensionPageResult[] }>> = {};
  for (const browser of options.browsers) {
    const build = EXTENSION_BUILDS[browser];
    if (!existsSync(join(ROOT, build, 'manifest.json'))) {
      console.log(`Extension section in ${browser} skipped: ${build} is missing (\`npm run bench\` builds first).`);
      continue;
    }
    const started = performance.now();
    const results = await benchExtension(pages, { extensionDir: join(ROOT, build), browser, onProgress: (text) => progress(`Extension (${browser}): ${text}`) });
    progress('');
    const summaries = [...bySet.keys()].map((set) => summarise(set, results.filter((r) => r.set === set)));
    summaries.push(summarise('all', results));
    console.log(`\n${extensionReport(summaries, articlePageGzipBytes(bundleSize(build)), browser)}`);
    const errors = results.filter((r) => r.error);
    for (const r of errors.slice(0, 10)) console.log(`Error on ${r.set}/${r.name}: ${r.error}`);
    console.log(`Extension section in ${browser}: ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
    figures[browser] = { summaries, pages: results };
  }
  if (Object.keys(figures).length === 0) return;
  let previous: Record<string, unknown> = {};
  try {
    if (existsSync(JSON_OUT)) previous = JSON.parse(readFileSync(JSON_OUT, 'utf8')) as Record<string, unknown>;
  } catch {
    previous = {};
  }
  mkdirSync(dirname(JSON_OUT), { recursive: true });
  writeFileSync(JSON_OUT, JSON.stringify({ ...previous, extension: { date: new Date().toISOString(), options: { max: options.max }, budgets: BUDGETS, ...figures } }, null, 2) + '\n');
  console.log(`Extension figures written to ${relative(ROOT, JSON_OUT)} under "extension", per browser.`);
}

main().catch((error: unknown) => {
  progress('');
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
