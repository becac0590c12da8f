// Launches the system's Chromium (Playwright over CDP) and Firefox ESR (Puppeteer over WebDriver BiDi)
// with the built, unpacked extension loaded, behind one small interface: open a web page in a tab, open
// the popup page for that tab in a tab of its own, read and click in either, take screenshots. Used by
// `npm start` (src/tools/start.ts) and the real-browser tests (tests/browser/).
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page as PlaywrightPage } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

export interface LaunchOptions {
  /** The unpacked extension: dist/chrome or dist/firefox. */
  extensionDir: string;
  headless: boolean;
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
  /** Clicks the first element matching `selector` with real input events. */
  click(selector: string): Promise<void>;
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
  /** The toolbar badge text the extension set for `tab`. */
  badgeText(tab: WebTab): Promise<string>;
  /** Resolves when the browser goes away (its last window closed by the user, or close()). */
  closed(): Promise<void>;
  close(): Promise<void>;
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

async function requireBuild(extensionDir: string): Promise<string> {
  const dir = resolve(extensionDir);
  try {
    await access(join(dir, 'manifest.json'), constants.R_OK);
  } catch {
    throw new Error(`No built extension at ${dir} (manifest.json missing): run \`npm run build\` first.`);
  }
  return dir;
}

export function launch(name: BrowserName, options: LaunchOptions): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** Calls `attempt` until it returns something other than undefined, or throws `what` after `timeoutMs`. */
export async function poll<T>(attempt: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await attempt();
      if (value !== undefined) return value;
    } catch (error) {
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
  tabs: { query(query: object): Promise<Array<{ id?: number }>> };
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
      if (fresh.length > 1) throw new Error(`several new tabs appeared while opening ${url}: ${fresh.join(', ')}`);
      return fresh[0];
    },
    10_000,
    `the extension to see the new tab of ${url}`,
  );
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
// Chromium: Playwright's persistent context is the only way it loads unpacked extensions.

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
    click: (selector) => page.click(selector),
    screenshot: async (path) => {
      // Playwright hides the text caret by default by writing a style attribute on every text field,
      // which would show up as a change to the page the extension did not make.
      await page.screenshot({ path, caret: 'initial' });
    },
    close: () => page.close(),
  };
}

export async function launchChromium(options: LaunchOptions): Promise<ExtensionBrowser> {
  const executablePath = await requireExecutable('chromium');
  const extensionDir = await requireBuild(options.extensionDir);
  const profile = await mkdtemp(join(tmpdir(), 'newslens-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      // Playwright's headless mode is Chromium's new headless, which loads extensions.
      headless: options.headless,
      viewport: options.headless ? PAGE_VIEWPORT : null,
      args: [
        // Debian's Chromium honours --load-extension only together with --disable-extensions-except.
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  const closedPromise = new Promise<void>((done) => context.once('close', () => done()));
  try {
    const worker = context.serviceWorkers().find((sw) => sw.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    // Node gives non-special schemes an opaque origin ("null"): build it from the host.
    const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
    const popupUrl = `${extensionOrigin}/${POPUP_PATH}`;
    // An extension page kept open in the background to ask the tabs and action APIs from. (The service
    // worker could answer too, but the browser may stop it when idle.)
    const controlPage = await context.newPage();
    await controlPage.goto(popupUrl);
    const control = playwrightTab(controlPage, popupUrl);
    const mutex = new Mutex();
    // The first, empty window of a persistent context is not needed once the control tab exists.
    for (const page of context.pages()) if (page !== controlPage && page.url() === 'about:blank') await page.close();

    const openTab = (url: string, viewport: Viewport | undefined, initScript?: string) =>
      mutex.run(async () => {
        const before = await queryTabIds(control);
        const page = await context.newPage();
        try {
          if (viewport && options.headless) await page.setViewportSize(viewport);
          if (initScript !== undefined) await page.addInitScript({ content: initScript });
          const tab = playwrightTab(page, url);
          await page.goto(url, { waitUntil: 'load' });
          return { ...tab, tabId: await newTabId(control, before, url) };
        } catch (error) {
          await page.close().catch(() => undefined);
          throw error;
        }
      });

    return {
      name: 'chromium',
      extensionOrigin,
      openPage: (url, opts) => openTab(url, opts?.viewport ?? PAGE_VIEWPORT, opts?.initScript),
      openPopup: (tab, viewport = POPUP_VIEWPORT) => openTab(`${popupUrl}?tabId=${tab.tabId}`, viewport),
      badgeText: (tab) => badgeOf(control, tab.tabId),
      closed: () => closedPromise,
      close: async () => {
        await context.close().catch(() => undefined);
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
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
    click: (selector) => page.click(selector),
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
  const extensionDir = await requireBuild(options.extensionDir);
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const addonId = manifest.browser_specific_settings?.gecko?.id ?? GECKO_ID;
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless,
    protocol: 'webDriverBiDi',
    // Firefox 150+ only lets a remote client install add-ons when system access is allowed.
    args: ['--remote-allow-system-access'],
    defaultViewport: options.headless ? PAGE_VIEWPORT : null,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_EXTENSION_UUID }),
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  const closedPromise = new Promise<void>((done) => browser.once('disconnected', () => done()));
  try {
    const installed = await browser.installExtension(extensionDir);
    if (installed !== addonId) throw new Error(`Firefox installed the extension as ${installed}, expected ${addonId}.`);
    const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
    const popupUrl = `${extensionOrigin}/${POPUP_PATH}`;
    const controlPage = (await browser.pages())[0] ?? (await browser.newPage());
    await gotoExtensionPage(controlPage, popupUrl);
    const control = puppeteerTab(controlPage, popupUrl);
    const mutex = new Mutex();

    const openTab = (url: string, viewport: Viewport | undefined, extensionPage: boolean, initScript?: string) =>
      mutex.run(async () => {
        const before = await queryTabIds(control);
        const page = await browser.newPage();
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
      badgeText: (tab) => badgeOf(control, tab.tabId),
      closed: () => closedPromise,
      close: async () => {
        await browser.close().catch(() => undefined);
      },
    };
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
}
