// Launches the system's Chromium (Playwright over CDP) and Firefox ESR (Puppeteer over WebDriver BiDi)
// with the built, unpacked extension loaded, behind one small interface: open a web page in a tab, open
// the popup page for that tab in a tab of its own, read and click in either, take screenshots, read the
// badge; also a page opened before the extension is installed, and (Chromium) a click on the toolbar
// button. Used by `npm start` (src/tools/start.ts) and the real-browser tests (tests/browser/). The popup
// readers at the end serve both.
import { access, cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, CDPSession, Page as PlaywrightPage, Request as PlaywrightRequest } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';
import type { TabState } from '../extension/messages';
import { scriptEvaluations, SCRIPT_TRACE_CATEGORIES, type ScriptEvaluation, type TraceEvent } from './script-trace';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSER_NAMES: readonly BrowserName[] = ['chromium', 'firefox'];

export interface LaunchOptions {
  /** The unpacked extension: dist/chrome or dist/firefox. */
  extensionDir: string;
  headless: boolean;
  /**
   * A page to open before the extension is installed, like a tab the user already had open when they
   * installed it; see ExtensionBrowser.firstPage.
   */
  openFirst?: string;
  /**
   * The browser's interface language (`de`), which the extension's own texts follow. Chromium reads it
   * from the environment and needs Debian's chromium-l10n; Firefox takes it from a preference and needs
   * the language pack (firefox-esr-l10n-de), a system add-on that the profile must let run.
   */
  locale?: string;
  /**
   * Timers at full precision, for measuring: Firefox rounds performance.now() and User Timing to 1 ms in
   * pages that are not cross-origin isolated (privacy.reduceTimerPrecision), too coarse for steps that
   * take a few. Chromium's 0.1 ms needs nothing. Only the benchmark asks for it.
   */
  preciseTimers?: boolean;
}

export interface Viewport {
  width: number;
  height: number;
}

/** One browser tab driven by the harness. */
export interface Tab {
  readonly url: string;
  /** Runs `fn` in the page's main world (for an extension page: with the extension's APIs). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Runs a script's source in the page's main world, through the driver (not the page's eval, so an
   * extension page's CSP does not stop it): e.g. to load axe-core into a page under test.
   */
  evaluateSource(source: string): Promise<void>;
  /** Clicks the first element matching `selector` with real input events. */
  click(selector: string): Promise<void>;
  /** Moves the mouse to a point of the viewport (CSS pixels) with real input events. */
  mouseMove(x: number, y: number): Promise<void>;
  /** Presses a key (e.g. `Escape`) with real input events. */
  press(key: string): Promise<void>;
  /** Makes this the active tab of its window. */
  focus(): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Console errors and uncaught page errors seen in this tab so far. */
  readonly errors: readonly string[];
  close(): Promise<void>;
}

/** A web page in a tab, with the browser's tab id that the extension APIs use. */
export interface WebTab extends Tab {
  readonly tabId: number;
}

export interface OpenPageOptions {
  /** Source of a script to run in the page before any of its own (e.g. to watch the DOM from the start). */
  initScript?: string;
  viewport?: Viewport;
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** e.g. `chrome-extension://<id>` or `moz-extension://<uuid>` (no trailing slash). */
  readonly extensionOrigin: string;
  /** Opens `url` in a new tab and waits for it to load. */
  openPage(url: string, options?: OpenPageOptions): Promise<WebTab>;
  /** Opens the popup page for `tab` in a tab of its own, at popup size unless told otherwise. */
  openPopup(tab: WebTab, viewport?: Viewport): Promise<Tab>;
  /** Opens a page of the extension (a path inside it, e.g. the options page) in a tab of its own. */
  openExtensionPage(path: string, viewport?: Viewport): Promise<Tab>;
  /** The tab of LaunchOptions.openFirst, opened before the extension was installed. */
  readonly firstPage: WebTab | undefined;
  /** The toolbar badge text the extension set for `tab`. */
  badgeText(tab: WebTab): Promise<string>;
  /**
   * Clicks the extension's toolbar button for `tab` as a user would: the browser grants the extension
   * activeTab on it and opens the real popup. Chromium only (WebDriver BiDi has no such command).
   */
  clickAction(tab: WebTab): Promise<void>;
  /**
   * Calls `listener` for every network request the driver sees from now on, until the returned function
   * is called. Chromium reports every page of the profile, extension pages and the extension's service
   * worker included; Firefox (WebDriver BiDi) reports the tabs the harness opened, web pages and
   * extension pages, but not the add-on's background page. Used by the privacy test.
   */
  onRequest(listener: RequestListener): () => void;
  /**
   * Chromium only: records a DevTools trace until the returned function is called, which resolves to the
   * evaluations (compile and top-level run) of the extension's files in pages meanwhile. Used by the benchmark.
   */
  traceExtensionScripts(): Promise<() => Promise<ScriptEvaluation[]>>;
  /**
   * Chromium only: the JavaScript heap of `tab`'s renderer, in bytes, after a full garbage collection:
   * the page's own heap and that of every world in it, the content script's included. Used by the benchmark.
   */
  heapUsage(tab: WebTab): Promise<number>;
  /** Resolves when the browser goes away (its last window closed by the user, or close()). */
  closed(): Promise<void>;
  close(): Promise<void>;
}

/** A network request as the driver saw it. */
export interface SeenRequest {
  url: string;
  /** A tab's document (a web page or an extension page), or (Chromium) the extension's service worker. */
  from: 'document' | 'service-worker';
}

export type RequestListener = (request: SeenRequest) => void;

/** The listeners of ExtensionBrowser.onRequest, for drivers that report requests page by page. */
class RequestListeners {
  private readonly listeners = new Set<RequestListener>();
  add(listener: RequestListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
  emit(request: SeenRequest): void {
    for (const listener of this.listeners) listener(request);
  }
}

/** The popup page inside the built extension (see manifest.json, action.default_popup). */
export const POPUP_PATH = 'src/ui/popup/index.html';
export const POPUP_VIEWPORT: Viewport = { width: 400, height: 600 };
const PAGE_VIEWPORT: Viewport = { width: 1280, height: 800 };

/** Firefox's add-on id of the extension (browser_specific_settings.gecko.id, vite.config.ts GECKO_ID). */
const GECKO_ID = 'newslens@newslens.org';
/**
 * Firefox gives each add-on a random moz-extension:// UUID per profile; pinning it through this pref
 * lets the harness address the popup page without asking the browser first.
 */
const FIREFOX_EXTENSION_UUID = '3f4d6a2e-7b1c-4e8a-9d5f-6c2b1a0e9f47';

/** Preferences that keep Firefox from asking to be the default browser or to send data: every Firefox the tools start. */
export const FIREFOX_QUIET_PREFS: Readonly<Record<string, boolean>> = {
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
};

/** Timers at full precision in Firefox (see LaunchOptions.preciseTimers): the bench's Firefox and its cold anchors alike. */
export const FIREFOX_PRECISE_TIMER_PREFS: Readonly<Record<string, boolean>> = { 'privacy.reduceTimerPrecision': false };

/** Flags for every headless Chromium here: no sandbox as root, and no calls home (the machine has no network). */
export const CHROMIUM_QUIET_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const DEFAULT_EXECUTABLES: Readonly<Record<BrowserName, string>> = {
  chromium: process.env.NEWSLENS_CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.NEWSLENS_FIREFOX ?? '/usr/bin/firefox-esr',
};
const DEBIAN_PACKAGES: Readonly<Record<BrowserName, string>> = { chromium: 'chromium', firefox: 'firefox-esr' };

/** Thrown when the browser binary is not installed: says how to install it. */
export class BrowserMissingError extends Error {
  override name = 'BrowserMissingError';
}

/** The browser's binary, or a BrowserMissingError that says how to install it. */
export async function requireExecutable(name: BrowserName): Promise<string> {
  const path = DEFAULT_EXECUTABLES[name];
  try {
    await access(path, constants.X_OK);
  } catch {
    throw new BrowserMissingError(
      `${name === 'chromium' ? 'Chromium' : 'Firefox ESR'} was not found at ${path}. ` +
        `Install it with \`apt-get install ${DEBIAN_PACKAGES[name]}\` (as root), or point NEWSLENS_${name.toUpperCase()} at the binary.`,
    );
  }
  return path;
}

/**
 * Copies the built extension into `into` and returns the copy's path. The browser loads the copy, not
 * dist/: a `npm run build` running meanwhile (another terminal, another developer's tests) empties and
 * rewrites dist/, and a browser reading files from it halfway through shows a broken popup.
 */
async function snapshotBuild(extensionDir: string, into: string): Promise<string> {
  const dir = resolve(extensionDir);
  try {
    await access(join(dir, 'manifest.json'), constants.R_OK);
  } catch {
    throw new Error(`No built extension at ${dir} (manifest.json missing): run \`npm run build\` first.`);
  }
  await cp(dir, into, { recursive: true });
  try {
    await access(join(into, 'manifest.json'), constants.R_OK);
  } catch {
    throw new Error(`The build at ${dir} changed while it was being copied: run again once \`npm run build\` has finished.`);
  }
  return into;
}

export function launch(name: BrowserName, options: LaunchOptions): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** Thrown by a poll() attempt to give up at once instead of trying again. */
export class StopPolling extends Error {}

/**
 * Sends `message` to the content script of `tab` from an extension page (`control`), as the popup does:
 * through the extension's own `tabs.sendMessage` (`browser` in Firefox, `chrome` in Chromium).
 */
export function sendToTab(control: Tab, tab: WebTab, message: object): Promise<unknown> {
  return control.evaluate(
    async ({ tabId, body }) => {
      const scope = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
      const api = scope.browser ?? scope.chrome;
      if (!api) throw new Error('no extension API in the control page');
      return api.tabs.sendMessage(tabId, body);
    },
    { tabId: tab.tabId, body: message },
  );
}

/** The content script's state for `tab`, asked from an extension page as the popup asks it. */
export async function tabStateOf(control: Tab, tab: WebTab): Promise<TabState> {
  return (await sendToTab(control, tab, { type: 'newslens:get-state' })) as TabState;
}

/** Waits until the content script of `tab` has finished reading it (phase `done`) and returns that state. */
export function doneStateOf(control: Tab, tab: WebTab, timeoutMs = 30_000): Promise<Extract<TabState, { phase: 'done' }>> {
  return poll(
    async () => {
      const state = await tabStateOf(control, tab);
      return state.phase === 'done' ? state : undefined;
    },
    timeoutMs,
    `the content script of ${tab.url} to finish`,
  );
}

interface TabsApi {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

/**
 * Calls `attempt` until it returns something other than undefined, or throws `what` after `timeoutMs`.
 * An attempt that throws is tried again (the page may be navigating), unless it throws StopPolling.
 */
export async function poll<T>(attempt: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await attempt();
      if (value !== undefined) return value;
    } catch (error) {
      if (error instanceof StopPolling) throw error;
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? ` (last error: ${lastError.message.split('\n')[0]})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
    }
    await sleep(150);
  }
}

/**
 * The tab ids the extension sees, asked from an extension page. The harness pages of the two drivers
 * have no notion of the extension's tab ids, and for web pages `tabs.Tab.url` is hidden from the
 * extension in Chromium (no host permission: content-script matches do not count), so a page's id is
 * found as the one id that appeared while the harness opened it.
 */
function queryTabIds(control: Tab): Promise<number[]> {
  return control.evaluate(async () => {
    // `browser` in Firefox, `chrome` in Chromium: both have a promise-returning tabs.query.
    const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    const api = scope.browser ?? scope.chrome;
    if (!api) throw new Error('no extension API in the control page');
    const tabs = await api.tabs.query({});
    return tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
  });
}

/** The little of the extension APIs the harness uses from its control page. */
interface ExtensionApi {
  tabs: { query(query: object): Promise<Array<{ id?: number }>>; getCurrent(): Promise<{ id?: number } | undefined> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

/** Serialises the open-a-tab-and-spot-its-id steps, which must not overlap. */
class Mutex {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

async function newTabId(control: Tab, before: readonly number[], url: string): Promise<number> {
  return poll(
    async () => {
      const fresh = (await queryTabIds(control)).filter((id) => !before.includes(id));
      if (fresh.length > 1) throw new StopPolling(`Several new tabs appeared while opening ${url}: ${fresh.join(', ')}.`);
      return fresh[0];
    },
    10_000,
    `the extension to see the new tab of ${url}`,
  );
}

/** The id of the one tab other than the control page (the page opened before the extension was installed). */
async function otherTabId(control: Tab): Promise<number> {
  const { all, own } = await control.evaluate(async () => {
    const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    const api = scope.browser ?? scope.chrome;
    if (!api) throw new Error('no extension API in the control page');
    const tabs = await api.tabs.query({});
    return { all: tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id])), own: (await api.tabs.getCurrent())?.id };
  });
  const others = all.filter((id) => id !== own);
  const [other] = others;
  if (other === undefined || others.length > 1) throw new Error(`Expected one tab besides the control page, found ${others.length}.`);
  return other;
}

function badgeOf(control: Tab, tabId: number): Promise<string> {
  return control.evaluate(async (id) => {
    const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    const api = scope.browser ?? scope.chrome;
    if (!api) throw new Error('no extension API in the control page');
    return api.action.getBadgeText({ tabId: id });
  }, tabId);
}

// ---------------------------------------------------------------------------------------------------
// Chromium: Playwright over CDP, in a persistent context (Playwright loads extensions in no other kind).

function playwrightTab(page: PlaywrightPage, url: string): Tab & { errors: string[] } {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return {
    url,
    errors,
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) => page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
    evaluateSource: async (source) => {
      await page.evaluate(`${source}\n;undefined`);
    },
    click: (selector) => page.click(selector),
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key),
    focus: () => page.bringToFront(),
    screenshot: async (path) => {
      // Playwright hides the text caret by default by writing a style attribute on every text field,
      // which would show up as a change to the page the extension did not make.
      await page.screenshot({ path, caret: 'initial' });
    },
    close: () => page.close(),
  };
}

/** The JavaScript heap of `page`'s renderer after a full garbage collection, in bytes (see ExtensionBrowser.heapUsage). */
export async function heapAfterCollection(context: BrowserContext, page: PlaywrightPage): Promise<number> {
  const session = await context.newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** A DevTools session with the whole browser (not one page), for `what` it is needed for. */
async function browserSession(context: BrowserContext, what: string): Promise<CDPSession> {
  const session = await context.browser()?.newBrowserCDPSession();
  if (!session) throw new Error(`Playwright gave no browser-level DevTools session to ${what}.`);
  return session;
}

export async function launchChromium(options: LaunchOptions): Promise<ExtensionBrowser> {
  const executablePath = await requireExecutable('chromium');
  // One temporary folder per run for the profile and the extension's copy, removed on close.
  const scratch = await mkdtemp(join(tmpdir(), 'newslens-chromium-'));
  const removeScratch = () => rm(scratch, { recursive: true, force: true, maxRetries: 3 });
  // With a page to open first, the extension is installed after it through the DevTools protocol
  // (Extensions.loadUnpacked); otherwise from the command line, at startup.
  const installLater = options.openFirst !== undefined;
  let context: BrowserContext;
  let extensionDir: string;
  try {
    extensionDir = await snapshotBuild(options.extensionDir, join(scratch, 'extension'));
    context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
      executablePath,
      // Playwright's headless mode is Chromium's new headless, which loads extensions.
      headless: options.headless,
      // Playwright's own signal handlers would exit the process before close() removes the scratch
      // folder: the caller (start.ts) handles signals and calls close().
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      viewport: options.headless ? PAGE_VIEWPORT : null,
      ...(options.locale ? { env: { ...process.env, LANGUAGE: options.locale, LC_ALL: '', LANG: '' } } : {}),
      // Playwright adds --disable-extensions unless it sees --load-extension.
      ...(installLater ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
      args: [
        // Debian's Chromium honours --load-extension only together with --disable-extensions-except.
        ...(installLater ? [] : [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]),
        // Opens the protocol's Extensions domain (loadUnpacked, triggerAction) to Playwright's pipe.
        '--enable-unsafe-extension-debugging',
        ...(options.locale ? [`--lang=${options.locale}`] : []),
        ...CHROMIUM_QUIET_ARGS,
      ],
    });
  } catch (error) {
    await removeScratch();
    throw error;
  }
  const closedPromise = new Promise<void>((done) => context.once('close', () => done()));
  try {
    let firstPage: PlaywrightPage | undefined;
    let firstTab: (Tab & { errors: string[] }) | undefined;
    let extensionId: string;
    if (options.openFirst !== undefined) {
      firstPage = context.pages()[0] ?? (await context.newPage());
      firstTab = playwrightTab(firstPage, options.openFirst);
      await firstPage.goto(options.openFirst, { waitUntil: 'load' });
      const session = await browserSession(context, 'install the extension with');
      ({ id: extensionId } = await session.send('Extensions.loadUnpacked', { path: extensionDir }));
      await session.detach();
    } else {
      const worker =
        context.serviceWorkers().find((sw) => sw.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
      // Node gives non-special schemes an opaque origin ("null"): take the host.
      extensionId = new URL(worker.url()).host;
    }
    const extensionOrigin = `chrome-extension://${extensionId}`;
    const popupUrl = `${extensionOrigin}/${POPUP_PATH}`;
    // An extension page kept open in the background to ask the tabs and action APIs from. (The service
    // worker could answer too, but the browser may stop it when idle.)
    const controlPage = await context.newPage();
    await controlPage.goto(popupUrl);
    const control = playwrightTab(controlPage, popupUrl);
    const mutex = new Mutex();
    // The first, empty window of a persistent context is not needed once the control tab exists.
    for (const page of context.pages()) if (page !== controlPage && page !== firstPage && page.url() === 'about:blank') await page.close();

    // The Playwright page behind each tab the harness opened, for what only a page's DevTools session can do.
    const pagesByTab = new Map<number, PlaywrightPage>();
    const openTab = (url: string, viewport: Viewport | undefined, initScript?: string) =>
      mutex.run(async () => {
        const before = await queryTabIds(control);
        const page = await context.newPage();
        try {
          if (viewport && options.headless) await page.setViewportSize(viewport);
          if (initScript !== undefined) await page.addInitScript({ content: initScript });
          const tab = playwrightTab(page, url);
          await page.goto(url, { waitUntil: 'load' });
          const tabId = await newTabId(control, before, url);
          pagesByTab.set(tabId, page);
          page.once('close', () => pagesByTab.delete(tabId));
          return { ...tab, tabId };
        } catch (error) {
          await page.close().catch(() => undefined);
          throw error;
        }
      });

    return {
      name: 'chromium',
      extensionOrigin,
      firstPage: firstTab ? { ...firstTab, tabId: await otherTabId(control) } : undefined,
      openPage: (url, opts) => openTab(url, opts?.viewport ?? PAGE_VIEWPORT, opts?.initScript),
      openPopup: (tab, viewport = POPUP_VIEWPORT) => openTab(`${popupUrl}?tabId=${tab.tabId}`, viewport),
      openExtensionPage: (path, viewport = PAGE_VIEWPORT) => openTab(`${extensionOrigin}/${path}`, viewport),
      badgeText: (tab) => badgeOf(control, tab.tabId),
      onRequest: (listener) => {
        // The context's request event covers its pages, extension pages and service workers alike.
        const forward = (request: PlaywrightRequest) => listener({ url: request.url(), from: request.serviceWorker() ? 'service-worker' : 'document' });
        context.on('request', forward);
        return () => void context.off('request', forward);
      },
      heapUsage: async (tab) => {
        const page = pagesByTab.get(tab.tabId);
        if (!page) throw new Error(`no page for tab ${tab.tabId}`);
        return heapAfterCollection(context, page);
      },
      traceExtensionScripts: async () => {
        const session = await browserSession(context, 'trace with');
        const events: TraceEvent[] = [];
        session.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as unknown as TraceEvent[])));
        await session.send('Tracing.start', { traceConfig: { includedCategories: [...SCRIPT_TRACE_CATEGORIES] }, transferMode: 'ReportEvents' });
        return async () => {
          const complete = new Promise<void>((done) => session.once('Tracing.tracingComplete', () => done()));
          await session.send('Tracing.end');
          await complete;
          await session.detach();
          return scriptEvaluations(events, extensionOrigin);
        };
      },
      clickAction: async (tab) => {
        const session = await browserSession(context, 'click the toolbar button with');
        try {
          // The action is triggered on a "tab" target (the page target's container); fixture URLs
          // are unique per tab in these runs, so the URL finds it.
          const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
          const matching = targetInfos.filter((target) => target.type === 'tab' && target.url === tab.url);
          const [target] = matching;
          if (!target || matching.length > 1) throw new Error(`Expected one tab showing ${tab.url}, found ${matching.length}.`);
          // The toolbar button acts on the active tab of its window, as for a user.
          await tab.focus();
          await session.send('Extensions.triggerAction', { id: extensionId, targetId: target.targetId });
        } finally {
          await session.detach().catch(() => undefined);
        }
      },
      closed: () => closedPromise,
      close: async () => {
        await context.close().catch(() => undefined);
        await removeScratch();
      },
    };
  } catch (error) {
    await context.close().catch(() => undefined);
    await removeScratch();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------
// Firefox ESR: Puppeteer over WebDriver BiDi, the extension installed as a temporary add-on.

function puppeteerTab(page: PuppeteerPage, url: string): Tab & { errors: string[] } {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
  return {
    url,
    errors,
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) => page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>,
    evaluateSource: async (source) => {
      await page.evaluate(`${source}\n;undefined`);
    },
    click: (selector) => page.click(selector),
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key as Parameters<PuppeteerPage['keyboard']['press']>[0]),
    focus: () => page.bringToFront(),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
}

/**
 * Navigates to an extension page. Waiting on the navigation itself can hang in Firefox for
 * moz-extension:// pages, so start it without waiting and poll until the page is there and loaded.
 */
async function gotoExtensionPage(page: PuppeteerPage, url: string): Promise<void> {
  page.goto(url).catch(() => {
    // Settled (or abandoned when the tab closes) by the polling below.
  });
  await poll(
    async () => ((await page.evaluate(() => [location.href, document.readyState])).join(' ') === `${url} complete` ? true : undefined),
    20_000,
    `${url} to load`,
  );
}

export async function launchFirefox(options: LaunchOptions): Promise<ExtensionBrowser> {
  const executablePath = await requireExecutable('firefox');
  // The extension's copy lives here until close (a temporary add-on is read from where it lies);
  // Puppeteer makes and removes the profile itself.
  const scratch = await mkdtemp(join(tmpdir(), 'newslens-firefox-'));
  const removeScratch = () => rm(scratch, { recursive: true, force: true, maxRetries: 3 });
  let browser: PuppeteerBrowser;
  let extensionDir: string;
  let addonId: string;
  try {
    extensionDir = await snapshotBuild(options.extensionDir, join(scratch, 'extension'));
    const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')) as {
      browser_specific_settings?: { gecko?: { id?: string } };
    };
    addonId = manifest.browser_specific_settings?.gecko?.id ?? GECKO_ID;
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: options.headless,
      protocol: 'webDriverBiDi',
      // As for Chromium: signals are the caller's to handle, so that close() can clean up.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      // Lets the remote agent reach privileged contexts, which some of Puppeteer's Firefox support
      // uses. (Installing the add-on worked without it in Firefox ESR 153; this is the known-good setup.)
      args: ['--remote-allow-system-access'],
      defaultViewport: options.headless ? PAGE_VIEWPORT : null,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_EXTENSION_UUID }),
        ...FIREFOX_QUIET_PREFS,
        ...(options.preciseTimers ? FIREFOX_PRECISE_TIMER_PREFS : {}),
        // The language packs of Debian's firefox-esr-l10n-* are add-ons in the application's scope.
        ...(options.locale ? { 'intl.locale.requested': options.locale, 'extensions.autoDisableScopes': 0, 'extensions.enabledScopes': 15 } : {}),
      },
    });
  } catch (error) {
    await removeScratch();
    throw error;
  }
  const closedPromise = new Promise<void>((done) => browser.once('disconnected', () => done()));
  // WebDriver BiDi reports requests per page in Puppeteer: each page the harness opens is watched from
  // before its first navigation.
  const requestListeners = new RequestListeners();
  const watchRequests = (page: PuppeteerPage): PuppeteerPage => page.on('request', (request) => requestListeners.emit({ url: request.url(), from: 'document' }));
  try {
    const initialPage = watchRequests((await browser.pages())[0] ?? (await browser.newPage()));
    let firstPage: (Tab & { errors: string[] }) | undefined;
    if (options.openFirst !== undefined) {
      firstPage = puppeteerTab(initialPage, options.openFirst);
      await initialPage.goto(options.openFirst, { waitUntil: 'load' });
    }
    // A temporary add-on, as about:debugging installs it. Firefox 127+ grants an MV3 add-on's host
    // permissions, the content scripts' http/https matches included, at install: the content script runs
    // on 127.0.0.1 with no pref or permission prompt (permissions.getAll() lists both origins).
    const installed = await browser.installExtension(extensionDir);
    if (installed !== addonId) throw new Error(`Firefox installed the extension as ${installed}, expected ${addonId}.`);
    const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
    const popupUrl = `${extensionOrigin}/${POPUP_PATH}`;
    const controlPage = firstPage ? watchRequests(await browser.newPage()) : initialPage;
    await gotoExtensionPage(controlPage, popupUrl);
    const control = puppeteerTab(controlPage, popupUrl);
    const mutex = new Mutex();

    const openTab = (url: string, viewport: Viewport | undefined, extensionPage: boolean, initScript?: string) =>
      mutex.run(async () => {
        const before = await queryTabIds(control);
        const page = watchRequests(await browser.newPage());
        try {
          if (viewport && options.headless) await page.setViewport(viewport);
          if (initScript !== undefined) await page.evaluateOnNewDocument(initScript);
          const tab = puppeteerTab(page, url);
          if (extensionPage) await gotoExtensionPage(page, url);
          else await page.goto(url, { waitUntil: 'load' });
          return { ...tab, tabId: await newTabId(control, before, url) };
        } catch (error) {
          await page.close().catch(() => undefined);
          throw error;
        }
      });

    return {
      name: 'firefox',
      extensionOrigin,
      openPage: (url, opts) => openTab(url, opts?.viewport ?? PAGE_VIEWPORT, false, opts?.initScript),
      openPopup: (tab, viewport = POPUP_VIEWPORT) => openTab(`${popupUrl}?tabId=${tab.tabId}`, viewport, true),
      openExtensionPage: (path, viewport = PAGE_VIEWPORT) => openTab(`${extensionOrigin}/${path}`, viewport, true),
      firstPage: firstPage ? { ...firstPage, tabId: await otherTabId(control) } : undefined,
      badgeText: (tab) => badgeOf(control, tab.tabId),
      onRequest: (listener) => requestListeners.add(listener),
      clickAction: () => Promise.reject(new Error('Firefox: WebDriver BiDi has no command to click an extension’s toolbar button.')),
      traceExtensionScripts: () => Promise.reject(new Error('Firefox: WebDriver BiDi records no performance trace.')),
      heapUsage: () => Promise.reject(new Error('Firefox: WebDriver BiDi reads no heap size.')),
      closed: () => closedPromise,
      close: async () => {
        await browser.close().catch(() => undefined);
        await removeScratch();
      },
    };
  } catch (error) {
    await browser.close().catch(() => undefined);
    await removeScratch();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------
// Reading the popup page (src/ui/popup/PopupApp.tsx) in either browser.

/** The popup's `<main data-view>` values. */
export type PopupView = 'loading' | 'restricted' | 'error' | 'detecting' | 'analysing' | 'not-article' | 'failed' | 'done';

/** Views after which the popup does nothing more by itself. */
const SETTLED: readonly string[] = ['done', 'not-article', 'restricted', 'error', 'failed'] satisfies PopupView[];

export interface PopupContent {
  view: string | null;
  /** `[data-field=NAME]` → its text, for every field shown. */
  fields: Record<string, string>;
  /** Items of the `[data-testid=reasons]` list (inside a closed <details>, so not in `text`). */
  reasons: string[];
  /** What a reader sees: the popup's innerText. */
  text: string;
}

export function readPopup(popup: Tab): Promise<PopupContent> {
  return popup.evaluate(() => {
    const main = document.querySelector<HTMLElement>('main.popup');
    const fields: Record<string, string> = {};
    for (const element of document.querySelectorAll<HTMLElement>('[data-field]')) {
      const name = element.dataset.field;
      if (name) fields[name] = (element.textContent ?? '').trim();
    }
    const reasons = [...document.querySelectorAll('[data-testid=reasons] li')].map((item) => (item.textContent ?? '').trim());
    return { view: main?.dataset.view ?? null, fields, reasons, text: main?.innerText.trim() ?? '' };
  });
}

class SettledElsewhere extends StopPolling {}

/**
 * Waits until the popup shows one of `expected` and returns what it shows. Fails at once, with the
 * popup's text, when it settles on another view: an error view says why better than a timeout would.
 */
export async function waitForView(popup: Tab, expected: PopupView | readonly PopupView[], timeoutMs = 30_000): Promise<PopupContent> {
  const wanted: readonly string[] = typeof expected === 'string' ? [expected] : expected;
  const label = wanted.map((view) => `"${view}"`).join(' or ');
  let last: PopupContent | undefined;
  try {
    return await poll(
      async () => {
        last = await readPopup(popup);
        if (last.view !== null && wanted.includes(last.view)) return last;
        if (last.view !== null && SETTLED.includes(last.view)) {
          throw new SettledElsewhere(`The popup for ${popup.url} settled on "${last.view}" instead of ${label}:\n${last.text}`);
        }
        return undefined;
      },
      timeoutMs,
      `the popup to show ${label}`,
    );
  } catch (error) {
    if (error instanceof SettledElsewhere) throw error;
    throw new Error(`${(error as Error).message}; it shows "${last?.view ?? 'nothing'}": ${last?.text ?? ''}`);
  }
}

/**
 * The popup as plain text for a terminal: its innerText with the collapsed "why" list opened, each
 * label joined to its value ("Site  Tagesblick"), list items bulleted and buttons in brackets.
 */
export async function popupText(popup: Tab): Promise<string> {
  const { text, labels, buttons, items } = await popup.evaluate(() => {
    const main = document.querySelector<HTMLElement>('main.popup');
    if (!main) return { text: '', labels: [] as string[], buttons: [] as string[], items: [] as string[] };
    for (const details of main.querySelectorAll('details')) details.open = true;
    // No named helper functions in here: tsx (esbuild keepNames) would wrap them in a __name() call that
    // does not exist in the page.
    return {
      text: main.innerText,
      labels: [...main.querySelectorAll<HTMLElement>('dt')].map((element) => element.innerText.trim()),
      buttons: [...main.querySelectorAll<HTMLElement>('button')].map((element) => element.innerText.trim()),
      items: [...main.querySelectorAll<HTMLElement>('li')].map((element) => element.innerText.trim()),
    };
  });
  const width = Math.max(0, ...labels.map((label) => label.length)) + 2;
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1];
    if (labels.includes(line) && next !== undefined) {
      out.push(`${line.padEnd(width)}${next}`);
      i++;
    } else if (buttons.includes(line)) {
      out.push(`[ ${line} ]`);
    } else if (items.includes(line)) {
      out.push(`  • ${line}`);
    } else {
      out.push(line);
    }
  }
  return out.join('\n');
}
