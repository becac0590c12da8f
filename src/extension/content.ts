// The content script: at document_idle it decides whether the page is an article and, if so, extracts
// it, has the background analyse it (off the page's main thread: the content script carries no
// analysis and no lexicons), and marks its quotes and flagged claims in the page (src/page/annotate).
// Only detection is in this file's bundle: extraction and the marks are a module it imports on the first
// article (./article-module.ts). It holds the result for its tab and answers the popup, follows the
// reader's settings as they change, only reads the page, never throws into it (every step is caught),
// yields between steps, and re-runs when a single-page app moves to a new address or re-renders the article.
import browser from 'webextension-polyfill';
import { detectPage, type Detection } from '../page/detect-page';
import type { PageExtraction } from '../page/read-page';
import { MAX_ELEMENTS_ON_REQUEST, MAX_ELEMENTS_TO_DETECT, MAX_ELEMENTS_TO_EXTRACT } from '../page/budget';
import type { ArticleInput } from '../core/article';
import type { Report, Verdict } from '../core/report';
import { reasonMessage } from '../core/analysis/reasons';
import type { Annotator, AnnotatorOptions } from '../page/annotate/annotator';
import type { CardLabels } from '../page/annotate/card';
import { ARTICLE_MODULE_FILE } from './build-files';
import type { PageBlock } from '../page/blocks';
import type { AnalyseResult, FailureKind, HighlightCounts, IdleReason, Request, RevealResult, TabState } from './messages';
import { ANALYSIS_TIMEOUT_MS, buttonState, errorMessage, isReadResult, isRequest, isRevealRequest, isStepRequest, MAX_READ_HTML_CHARS } from './messages';
import type { ArticleReading } from '../page/readability-reading';
import type { ExtractionStep } from '../page/extract';
import { defaultSettings, isSiteEnabled, type Settings } from './settings';
import { loadSettings, onSettingsChanged } from './settings-store';

/** Set on the isolated world's global object, so an on-demand injection into a tab that already runs us is a no-op. */
const LOADED = Symbol.for('newslens.content-script');
type Global = typeof globalThis & { [LOADED]?: true };

/** How often to look for an address change made by history.pushState (no event exists for it). */
const URL_CHECK_MS = 1000;
/** Pages that render their article late (single-page apps) are looked at again, a bounded number of times. */
const LATE_CONTENT_CHECKS = 3;
const LATE_CONTENT_QUIET_MS = 1200;
const LATE_CONTENT_WINDOW_MS = 15_000;

let state: TabState = { phase: 'detecting', url: location.href };
let detection: Detection | null = null;
let generation = 0;
let settings: Settings = defaultSettings();
/** The reader asked for this page from the popup (annotate now, analyse anyway): settings that hold back automatic work do not apply to it. */
let requestedFor: string | null = null;
let annotator: Annotator | null = null;
let stopWatching: (() => void) | null = null;

type ArticleModule = typeof import('./article-module');
let articleModule: Promise<ArticleModule> | null = null;

/** Extraction and the marks, imported on the first article (./article-module.ts says why). */
function loadArticleModule(): Promise<ArticleModule> {
  articleModule ??= import(/* @vite-ignore */ browser.runtime.getURL(ARTICLE_MODULE_FILE)) as Promise<ArticleModule>;
  return articleModule;
}

/** The card's words in the browser's interface language, English where a text is missing. */
function cardLabels(en: CardLabels): CardLabels {
  const text = (key: string, fallback: string, substitutions?: string[]): string => {
    try {
      return browser.i18n.getMessage(key, substitutions) || fallback;
    } catch {
      return fallback;
    }
  };
  // Getters: the browser's i18n is asked when a card is shown, not while the marks are drawn.
  return {
    get quote() {
      return text('cardQuote', en.quote);
    },
    get unsupported() {
      return text('cardUnsupported', en.unsupported);
    },
    get attributed() {
      return text('cardAttributed', en.attributed);
    },
    get speaker() {
      return text('cardSpeaker', en.speaker);
    },
    get unknownSpeaker() {
      return text('cardUnknownSpeaker', en.unknownSpeaker);
    },
    get frame() {
      return text('cardFrame', en.frame);
    },
    get why() {
      return text('cardWhy', en.why);
    },
    get close() {
      return text('cardClose', en.close);
    },
    position: (index, count) => text('cardPosition', en.position(index, count), [String(index), String(count)]),
    reason: (reason) => {
      const { key, substitutions } = reasonMessage(reason);
      return text(key, en.reason(reason), substitutions);
    },
  };
}

function annotatorOptions(module: ArticleModule): AnnotatorOptions {
  return { categories: settings.categories, scheme: settings.scheme, labels: cardLabels(module.ENGLISH_CARD_LABELS) };
}

/** Why nothing should be read on this page now, or null when it should. */
function holdBack(): IdleReason | null {
  if (!isSiteEnabled(settings, location.href)) return 'site-off';
  if (!settings.autoAnnotate && requestedFor !== location.href) return 'on-request';
  return null;
}

/** Removes every mark and stops watching the article: the page is as it was. */
function clearMarks(): void {
  stopWatching?.();
  stopWatching = null;
  annotator?.clear();
}

/** The element all of the article's text sits in: where re-rendering is watched for. */
function articleRoot(blocks: readonly PageBlock[]): Node | null {
  const first = blocks[0]?.runs[0]?.node;
  const lastBlock = blocks[blocks.length - 1];
  const last = lastBlock?.runs[lastBlock.runs.length - 1]?.node;
  if (!first || !last) return null;
  const range = document.createRange();
  range.setStartBefore(first);
  range.setEndAfter(last);
  return range.commonAncestorContainer;
}

/** Lets the page render and respond before the next piece of work. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 500 });
    else setTimeout(resolve, 0);
  });
}

/**
 * A turn of the event loop between two pieces of one job, not an idle period (yieldToPage): the page
 * handles what is waiting, and the work goes on.
 */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function setState(next: TabState): void {
  state = next;
  browser.runtime.sendMessage({ type: 'newslens:state-changed', state: buttonState(next) } satisfies Request).catch(() => {
    // The background may be restarting; the badge is a convenience, the popup asks us directly.
  });
}

/**
 * Has the background analyse the article: the analysis (the costly part, with every language's
 * lexicons) runs there, off the page's main thread. The page's own work is detection, extraction and
 * marking. Rejects with a message the popup can show.
 */
async function analyseInBackground(input: ArticleInput, verdict: Verdict): Promise<{ report: Report; millis: number }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadingFailure('analysis-timeout', 'the analysis took too long')), ANALYSIS_TIMEOUT_MS);
  });
  try {
    const answer = (await Promise.race([browser.runtime.sendMessage({ type: 'newslens:analyse', input, verdict } satisfies Request), timeout])) as AnalyseResult | undefined;
    if (!answer || !answer.ok) throw new ReadingFailure('analysis-failed', answer?.error ?? 'the background gave no analysis');
    return { report: answer.report, millis: answer.millis };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs one step of the work and records it as a User Timing measure (`newslens:detect`, `…:extract`,
 * `…:analyse`, `…:highlight`), so that its cost shows in the browser's performance panel and the
 * benchmark can read it. Returns the step's result and how long it took.
 */
function timed<T>(step: string, work: () => T): { result: T; millis: number } {
  const start = performance.now();
  const result = work();
  const end = performance.now();
  measure(step, start, end);
  return { result, millis: end - start };
}

/** Records `newslens:<step>` from `start` to `end` on the page's performance timeline. */
function measure(step: string, start: number, end: number): void {
  try {
    performance.measure(`newslens:${step}`, { start, end });
  } catch {
    // A timeline that refuses the entry (full, or an old browser): only the measurement is lost.
  }
}

/** An error whose kind is known where it is thrown (the analysis timed out or failed), for the popup to explain. */
class ReadingFailure extends Error {
  constructor(
    readonly failure: FailureKind,
    message: string,
  ) {
    super(message);
  }
}

/** The state of a reading that stopped on `error`: its kind (anything unforeseen counts as the page's) and its own words. */
function failedState(url: string, error: unknown): TabState {
  return {
    phase: 'failed',
    url,
    failure: error instanceof ReadingFailure ? error.failure : 'page-error',
    error: errorMessage(error),
  };
}

/**
 * Extracts the article a piece at a time, letting the page run between the pieces; each piece is a
 * `newslens:extract` measure of its own. Resolves to null when a newer reading has started meanwhile.
 */
async function extractInTurns(module: ArticleModule, run: number, current: Detection, force: boolean): Promise<{ result: PageExtraction; millis: number; readBy?: 'background' | 'page' } | null> {
  const steps = module.extractPageSteps(document, current, { maxElements: force ? MAX_ELEMENTS_ON_REQUEST : MAX_ELEMENTS_TO_EXTRACT, readAway: true });
  let millis = 0;
  let answer: ArticleReading | null | undefined;
  let readBy: 'background' | 'page' | undefined;
  for (;;) {
    const piece = timed('extract', () => steps.next(answer));
    millis += piece.millis;
    if (piece.result.done) return { result: piece.result.value, millis, readBy };
    const step = piece.result.value;
    const reading = await readInTurns(module, step);
    if (run !== generation) return null;
    millis += reading.millis;
    answer = reading.result;
    readBy = reading.readBy;
    await nextTurn();
    if (run !== generation) return null;
  }
}

/**
 * Readability's reading of the copy of the page: away from the page (the background), the copy sent as
 * HTML and the container that comes back rebuilt in an inert document, each a piece of `newslens:extract`
 * and the wait a `newslens:read` measure. Should that fail (a copy too large to send, no answer), the page
 * is read here after all, in a turn of its own, from a fresh copy whose text is paired with the page's
 * (the first was made for reading away, without that pairing, and has been trimmed for sending).
 */
async function readInTurns(module: ArticleModule, step: ExtractionStep): Promise<{ result: ArticleReading | null; millis: number; readBy: 'background' | 'page' }> {
  const { copy, maxElements } = step;
  const sending = timed('extract', () => module.serializeForReading(copy.clone));
  let millis = sending.millis;
  if (sending.result.length <= MAX_READ_HTML_CHARS) {
    try {
      const asked = performance.now();
      const answer: unknown = await browser.runtime.sendMessage({ type: 'newslens:read', html: sending.result, maxElements } satisfies Request);
      measure('read', asked, performance.now());
      if (isReadResult(answer) && answer.ok) {
        const { reading } = answer;
        if (!reading) return { result: null, millis, readBy: 'background' };
        const parsing = timed('extract', () => module.readingFromSerialized(reading, copy));
        return { result: parsing.result, millis: millis + parsing.millis, readBy: 'background' };
      }
    } catch {
      // No answer from the background (being updated, or gone): read here.
    }
  }
  // The fresh copy and Readability's reading of it each take a turn: on a page too large to send, either is long.
  await nextTurn();
  const copying = timed('extract', () => step.pairedCopy());
  await nextTurn();
  const paired = copying.result;
  const local = timed('extract', () => {
    const reading = module.readWithReadability(paired.clone, maxElements);
    return reading && { ...reading, toLive: paired.toLive };
  });
  millis += copying.millis + local.millis;
  return { result: local.result, millis, readBy: 'page' };
}

async function analyse(run: number, force: boolean): Promise<void> {
  const url = location.href;
  const current = detection;
  if (!current) return;
  setState({ phase: 'analysing', url, verdict: current.verdict, forced: force });
  const module = await loadArticleModule();
  if (run !== generation) return;
  await yieldToPage();
  if (run !== generation) return;
  const extracting = await extractInTurns(module, run, current, force);
  if (!extracting) return;
  const { extraction, input } = extracting.result;
  // The page has its turn while the background analyses; the measure spans the wait, not work on the page.
  const asked = performance.now();
  const analysing = analyseInBackground(input, current.verdict);
  // Meanwhile the page gets the marks ready: the marking code loaded and set up on this article.
  const preparing = prepareMarks(module, run, extraction.blocks);
  const analysed = await analysing;
  measure('analyse', asked, performance.now());
  await preparing;
  if (run !== generation) return;
  const { report } = analysed;
  if (force) report.isArticle = current.verdict.isArticle;
  let highlighted: HighlightCounts | undefined;
  let highlightMillis = 0;
  try {
    const marking = timed('highlight', () => mark(module, report, extraction.blocks));
    highlighted = marking.result;
    highlightMillis = marking.millis;
  } catch {
    // The marks could not be drawn: the popup still lists everything that was found.
  }
  if (highlighted) {
    await watchInTurn(module, run, force, extraction.blocks);
    if (run !== generation) return;
  }
  setState({
    phase: 'done',
    url,
    verdict: current.verdict,
    forced: force,
    report,
    blocks: extraction.blocks.length,
    millis: Math.round(extracting.millis + highlightMillis),
    analysisMillis: Math.round(analysed.millis),
    ...(extracting.readBy ? { readBy: extracting.readBy } : {}),
    highlighted,
  });
}

/** Readies the marks for `blocks` while the background analyses (see Annotator.prepare), in a turn of its own. */
async function prepareMarks(module: ArticleModule, run: number, blocks: PageBlock[]): Promise<void> {
  try {
    await nextTurn();
    if (run !== generation) return;
    timed('prepare', () => {
      annotator ??= new module.Annotator(document, annotatorOptions(module));
      annotator.prepare(blocks);
    });
  } catch {
    // Nothing is lost: the marks are drawn without the head start.
  }
}

/** Marks the report in the page, in place of any marks before. */
function mark(module: ArticleModule, report: Report, blocks: PageBlock[]): HighlightCounts {
  clearMarks();
  annotator ??= new module.Annotator(document, annotatorOptions(module));
  return annotator.show(report, blocks);
}

/**
 * Watches the marked article for re-rendering, which brings a fresh reading: set up in a turn of its own
 * after the marks are drawn (a `newslens:watch` measure), so that the task that draws them does only that.
 * The reading is done (the popup told so) once the watch is on.
 */
async function watchInTurn(module: ArticleModule, run: number, force: boolean, blocks: PageBlock[]): Promise<void> {
  await nextTurn();
  if (run !== generation) return;
  try {
    timed('watch', () => {
      const root = articleRoot(blocks);
      if (!root) return;
      stopWatching = module.watchText(
        root,
        () => {
          if (run !== generation) return;
          const again = ++generation;
          analyse(again, force).catch((error: unknown) => {
            if (again === generation) setState(failedState(location.href, error));
          });
        },
        (node) => node.nodeName === 'NEWSLENS-CARD' || node.parentNode?.nodeName === 'NEWSLENS-CARD',
      );
    });
  } catch {
    // Without the watch the marks stay as drawn; never let an error of ours reach the page.
  }
}

async function run(force = false): Promise<void> {
  const runId = ++generation;
  const url = location.href;
  try {
    const reason = holdBack();
    if (reason && !force) {
      clearMarks();
      setState({ phase: 'idle', url, reason });
      return;
    }
    setState({ phase: 'detecting', url });
    await yieldToPage();
    if (runId !== generation) return;
    // "Analyse anyway" may look at a larger page than the automatic run would.
    detection = timed('detect', () => detectPage(document, { maxElements: force ? MAX_ELEMENTS_ON_REQUEST : MAX_ELEMENTS_TO_DETECT })).result;
    if (!detection.verdict.isArticle && !force) {
      setState({ phase: 'not-article', url, pageTitle: document.title, verdict: detection.verdict });
      watchLateContent(runId);
      return;
    }
    await analyse(runId, force);
  } catch (error) {
    setState(failedState(url, error));
  }
}

function onMessage(message: unknown, sender: browser.Runtime.MessageSender): Promise<TabState | RevealResult | boolean> | undefined {
  // Only this extension's popup and background talk to us (nothing else can reach this listener; a check all the same).
  if (sender.id !== browser.runtime.id || !isRequest(message)) return undefined;
  if (message.type === 'newslens:get-state') return Promise.resolve(state);
  if (message.type === 'newslens:analyse-anyway' || message.type === 'newslens:annotate') {
    requestedFor = location.href;
    // The popup may have just switched the site on: read the settings afresh rather than wait for the change event.
    return loadSettings()
      .then((stored) => {
        settings = stored;
      })
      .catch(() => undefined)
      .then(() => run(message.type === 'newslens:analyse-anyway'))
      .then(() => state);
  }
  if (isRevealRequest(message)) return Promise.resolve({ ok: safely(() => annotator?.reveal(message.item) ?? false) });
  if (isStepRequest(message)) return Promise.resolve(safely(() => annotator?.step(message.direction) ?? false));
  return undefined;
}

function safely(work: () => boolean): boolean {
  try {
    return work();
  } catch {
    return false; // never let an error of ours reach the page
  }
}

/** The reader changed a setting (here or in another tab): apply it at once. */
function applySettings(next: Settings): void {
  const before = holdBack();
  settings = next;
  const reason = holdBack();
  try {
    if (reason === 'site-off' && before !== 'site-off') {
      generation++;
      clearMarks();
      setState({ phase: 'idle', url: location.href, reason });
    } else if (reason === null && state.phase === 'idle') {
      void run();
    } else if (state.phase === 'done' && annotator) {
      const marks = annotator;
      loadArticleModule()
        .then((module) => {
          if (state.phase === 'done') setState({ ...state, highlighted: marks.update(annotatorOptions(module)) });
        })
        .catch(() => undefined); // the marks stay as they were; never let an error of ours reach the page
    }
  } catch {
    // never let an error of ours reach the page
  }
}

/**
 * A page judged not to be an article may still be rendering one (a single-page app filling its shell).
 * Watch for content arriving, and once it has been quiet for a moment judge again; at most a few times,
 * within a short window, then stop observing for good.
 */
function watchLateContent(runId: number): void {
  let checks = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      if (runId !== generation || state.phase !== 'not-article') return observer.disconnect();
      checks++;
      if (checks >= LATE_CONTENT_CHECKS) observer.disconnect();
      try {
        if (detectPage(document).verdict.isArticle) {
          observer.disconnect();
          void run();
        }
      } catch {
        observer.disconnect(); // never let an error of ours reach the page
      }
    }, LATE_CONTENT_QUIET_MS);
  });
  try {
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  } catch {
    return;
  }
  setTimeout(() => observer.disconnect(), LATE_CONTENT_WINDOW_MS);
}

function watchAddress(): void {
  let lastUrl = location.href;
  const check = (): void => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    // A single-page app swapped its content: the marks belong to the old article. Judge the new page
    // afresh once it has rendered.
    generation++;
    clearMarks();
    setTimeout(() => void run(), 500);
  };
  addEventListener('popstate', check);
  addEventListener('hashchange', check);
  setInterval(check, URL_CHECK_MS);
}

function start(): void {
  const global = globalThis as Global;
  if (global[LOADED]) return;
  global[LOADED] = true;
  try {
    // Where the content script began (document_idle): the benchmark measures the time to the marks from here.
    performance.mark('newslens:start');
  } catch {
    // a timeline that refuses the mark costs only the measurement
  }
  browser.runtime.onMessage.addListener(onMessage);
  watchAddress();
  onSettingsChanged(applySettings);
  void loadSettings()
    .then((stored) => {
      settings = stored;
    })
    .catch(() => undefined) // no storage: the defaults
    .then(() => run());
}

try {
  start();
} catch {
  // Never let an error of ours reach the page.
}
