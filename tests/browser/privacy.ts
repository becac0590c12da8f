// Privacy and page text, in a real browser, run once per browser by chromium.test.ts and firefox.test.ts:
// - the extension makes no network request while it reads articles and non-articles: every request the
//   driver sees (Chromium: pages, extension pages, service worker; Firefox: pages and extension pages)
//   and every request that reaches the fixture server (from anywhere in the browser, Firefox's
//   background page included) is compared with the same visits in the same harness loading an extension
//   that does nothing; the extension's loads of its own files are no network requests. A probe shows
//   that a request from an extension page would be caught;
// - the built manifest asks for no host permission and for exactly the permissions the README explains;
// - hostile page text (tests/fixtures/pages/en-hostile-text.html) goes through the whole path — popup,
//   hover card, Markdown and JSON exports — as text only: no element made of it, no script run.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, poll, POPUP_PATH, tabStateOf as stateOf, waitForView } from '../../src/tools/browsers';
import type { BrowserName, ExtensionBrowser, Tab, WebTab } from '../../src/tools/browsers';
import { serveDirectory, type StaticServer } from '../../src/tools/serve';
import type { TabState } from '../../src/extension/messages';
import { escapeMarkdown } from '../../src/ui/popup/export';
import { cardText, exportFromPopup, pointOnHighlight } from '../../src/tools/page-marks';
import { beyond, recordRequests, writeEmptyExtension, type RequestLog } from './requests';
import { startedOrThrow } from './started';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'tests/fixtures/pages');
const ARTIFACTS = join(ROOT, 'out/test-artifacts');
const EXTENSION_DIRS: Record<BrowserName, string> = { chromium: join(ROOT, 'dist/chrome'), firefox: join(ROOT, 'dist/firefox') };
const TEST_TIMEOUT = 90_000;
const HEADLESS = process.env.NEWSLENS_HEADED !== '1';

/** The pages visited with and without the extension: two articles, a page that is not one, and hostile text. */
const VISITS: ReadonlyArray<{ file: string; view: 'done' | 'not-article' }> = [
  { file: 'de-news-article.html', view: 'done' },
  { file: 'en-news-article.html', view: 'done' },
  { file: 'de-home-page.html', view: 'not-article' },
  { file: 'en-hostile-text.html', view: 'done' },
];

const HOSTILE_PAGE = 'en-hostile-text.html';
/** The strings the hostile page's text holds (see its header comment). */
const HOSTILE = ['<img src=x onerror="window.__pwned=1">', '</script><script>window.__pwned=2</script>', '[click](javascript:alert(1))', '&lt;b&gt;'] as const;
/** Speakers the analysis takes from the hostile page: pieces of markup, as text. */
const HOSTILE_SPEAKERS = ['the <b>mayor</b', 'the <img'] as const;

/**
 * The permissions README.md explains (the backticked names in the first column of its permissions
 * table), each with whether the table says it is Chrome's only.
 */
function readmePermissionRows(): Array<{ name: string; chromeOnly: boolean }> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Permissions')) ?? '';
  return section
    .split('\n')
    .map((line) => /^\| `([a-zA-Z]+)` \| (Chrome only)?/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ name: match[1] as string, chromeOnly: match[2] !== undefined }));
}

/** The permissions the README explains, all of them or those of one browser. */
function readmePermissions(browser?: BrowserName): string[] {
  return readmePermissionRows()
    .filter((row) => browser !== 'firefox' || !row.chromeOnly)
    .map((row) => row.name);
}

const settle = (ms: number) => new Promise((done) => setTimeout(done, ms));

export function privacySuite(name: BrowserName): void {
  describe.sequential(`privacy and hostile page text, in ${name === 'chromium' ? 'Chromium' : 'Firefox ESR'}`, () => {
    let server: StaticServer | undefined;
    /** Where the fixture server writes what reaches it: the log of the run under way. */
    let serverLog: string[] = [];
    let browser: ExtensionBrowser | undefined;
    const scratch = mkdtempSync(join(tmpdir(), 'newslens-privacy-'));
    const runs: { baseline?: RequestLog; extension?: RequestLog } = {};

    /** Opens each page (and with the extension, its popup, until it has read the page), closing each after. */
    async function visitAll(b: ExtensionBrowser, withExtension: boolean): Promise<RequestLog> {
      if (!server) throw new Error('the fixture server did not start');
      const log: RequestLog = { driver: [], server: [] };
      serverLog = log.server;
      const { stop } = recordRequests(b, log);
      try {
        for (const { file, view } of VISITS) {
          const page = await b.openPage(new URL(file, server.url).href);
          const popup = withExtension ? await b.openPopup(page) : undefined;
          if (popup) await waitForView(popup, view);
          // Anything the extension would send after reading (or a page late with its own requests) shows up here.
          await settle(withExtension ? 700 : 1_000);
          await popup?.close();
          await page.close();
        }
        await settle(300);
      } finally {
        stop();
      }
      return log;
    }

    beforeAll(async () => {
      server = await serveDirectory(FIXTURES, { onRequest: (request) => serverLog.push(request) });
      // The baseline: the same visits in the same harness, with an extension that does nothing.
      const empty = await launch(name, { extensionDir: writeEmptyExtension(join(scratch, 'empty'), POPUP_PATH, 'newslens-baseline@newslens.org'), headless: HEADLESS });
      try {
        runs.baseline = await visitAll(empty, false);
      } finally {
        await empty.close();
      }
      browser = await launch(name, { extensionDir: EXTENSION_DIRS[name], headless: HEADLESS });
      runs.extension = await visitAll(browser, true);
      // What each run requested, for a reader who wants to see what was compared.
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(join(ARTIFACTS, `${name}-requests.json`), `${JSON.stringify(runs, null, 2)}\n`);
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      rmSync(scratch, { recursive: true, force: true });
    }, 120_000);

    const started = (): { browser: ExtensionBrowser; server: StaticServer } => startedOrThrow(browser, server);

    it('makes no network request while it reads articles, a non-article and hostile text', () => {
      const { baseline, extension } = runs;
      if (!baseline || !extension) throw new Error('a run did not finish');
      // Both recorders saw the pages themselves, or the empty differences below would prove nothing.
      for (const log of [baseline, extension]) {
        for (const { file } of VISITS) {
          expect(log.driver.some((url) => url.endsWith(`/${file}`)), `the driver saw ${file}`).toBe(true);
          expect(log.server).toContain(`GET /${file}`);
        }
      }
      expect(beyond(extension.driver, baseline.driver)).toEqual([]);
      expect(beyond(extension.server, baseline.server)).toEqual([]);
    });

    it('would be caught making one: extension pages may not fetch, and a request they do make is recorded', async () => {
      const { browser: b, server: s } = started();
      const probe = new URL('probe-from-an-extension-page', s.url).href;
      const { log, stop } = recordRequests(b);
      serverLog = log.server;
      const page = await b.openPage(new URL('de-home-page.html', s.url).href);
      const popup = await b.openPopup(page);
      try {
        // The extension pages' content security policy (connect-src 'none') refuses fetch outright.
        const fetched = await popup.evaluate(async (url) => {
          try {
            await fetch(url);
            return 'fetched';
          } catch (error) {
            return `refused: ${String(error)}`;
          }
        }, probe);
        expect(fetched).toMatch(/^refused/);
        // A navigation is a request the policy allows: the recorders must see it.
        await popup.evaluate((url) => void setTimeout(() => location.assign(url), 0), `${probe}?navigation`);
        await poll(async () => (log.server.includes(`GET /probe-from-an-extension-page?navigation`) ? true : undefined), 10_000, 'the fixture server to see the probe');
        await poll(async () => (log.driver.includes(`${probe}?navigation`) ? true : undefined), 10_000, 'the driver to see the probe');
        expect(log.server).not.toContain('GET /probe-from-an-extension-page');
      } finally {
        stop();
        await popup.close().catch(() => undefined);
        await page.close();
      }
    }, TEST_TIMEOUT);

    it('asks for no host permission and for exactly the permissions the README explains', () => {
      const manifest = JSON.parse(readFileSync(join(EXTENSION_DIRS[name], 'manifest.json'), 'utf8')) as Record<string, unknown>;
      expect(readmePermissions().sort()).toEqual(['activeTab', 'offscreen', 'scripting', 'storage']);
      expect(manifest.host_permissions).toBeUndefined();
      expect(manifest.optional_host_permissions).toBeUndefined();
      expect(manifest.optional_permissions).toBeUndefined();
      expect([...(manifest.permissions as string[])].sort()).toEqual(readmePermissions(name).sort());
      expect((manifest.content_security_policy as { extension_pages: string }).extension_pages).toContain("connect-src 'none'");
      expect(manifest.externally_connectable).toBeUndefined();
    });

    describe.sequential('hostile text in the page (en-hostile-text.html)', () => {
      let page: WebTab;
      let popup: Tab;
      let state: Extract<TabState, { phase: 'done' }>;

      beforeAll(async () => {
        const { browser: b, server: s } = started();
        page = await b.openPage(new URL(HOSTILE_PAGE, s.url).href);
        popup = await b.openPopup(page, { width: 400, height: 900 });
        await waitForView(popup, 'done');
        const found = await stateOf(popup, page);
        if (found.phase !== 'done') throw new Error(`the content script is not done: ${found.phase}`);
        state = found;
      }, 120_000);

      afterAll(async () => {
        await popup?.close();
        await page?.close();
      });

      it('is read as an article whose quotes, speakers and a flagged claim hold the hostile strings', () => {
        const { report } = state;
        const quoteTexts = report.quotes.map((quote) => quote.text).join('\n');
        const flagged = report.claims.filter((claim) => claim.status !== 'supported');
        for (const text of HOSTILE) expect(quoteTexts).toContain(text);
        expect(flagged.some((claim) => HOSTILE.every((text) => claim.text.includes(text)))).toBe(true);
        expect(report.quotes.map((quote) => quote.speaker)).toEqual(expect.arrayContaining([...HOSTILE_SPEAKERS]));
        expect(report.title).toContain(HOSTILE[0]);
      });

      it('shows it in the popup as text: no element made of it, no script run', async () => {
        await poll(async () => ((await popup.evaluate(() => document.querySelectorAll('[data-item^="quote:"]').length)) > 0 ? true : undefined), 10_000, 'the popup to list the quotes');
        const shown = await popup.evaluate(() => {
          const main = document.querySelector('main.popup');
          for (const details of main?.querySelectorAll('details') ?? []) details.open = true;
          return {
            text: main?.textContent ?? '',
            // The popup's own logo (an icon of the extension) is the one image it has by itself.
            made: [...(main?.querySelectorAll('img:not([src^="/icons/"]), script, iframe, object, embed, b, a[href^="javascript:" i]') ?? [])].map((element) => element.outerHTML),
            scripts: document.scripts.length,
            pwned: (window as unknown as { __pwned?: unknown }).__pwned,
          };
        });
        expect(shown.made).toEqual([]);
        expect(shown.pwned).toBeUndefined();
        for (const text of [...HOSTILE, ...HOSTILE_SPEAKERS]) expect(shown.text).toContain(text);
        // The popup's own module script is the only one in its document.
        expect(shown.scripts).toBe(1);
        expect(popup.errors).toEqual([]);
      }, TEST_TIMEOUT);

      it('shows it in the hover card as text, and nothing of it runs in the page', async () => {
        await page.focus();
        const point = await pointOnHighlight(page, 'newslens-light-quote');
        if (!point) throw new Error('no quote is marked');
        await page.mouseMove(point.x, point.y + 300);
        await page.mouseMove(point.x, point.y);
        const text = await poll(async () => (await cardText(page)) ?? undefined, 5_000, 'the hover card to open');
        expect(HOSTILE_SPEAKERS.some((speaker) => text.includes(speaker)), `the card names a hostile speaker as text: ${text}`).toBe(true);
        const inPage = await page.evaluate(() => {
          const root = document.querySelector('newslens-card')?.shadowRoot;
          return {
            made: [...(root?.querySelectorAll('img, script, iframe, object, embed, b, a') ?? [])].map((element) => element.outerHTML),
            // The page itself has no image and one script element of its own: none.
            images: document.querySelectorAll('img').length,
            scripts: document.querySelectorAll('script').length,
            pwned: (window as unknown as { __pwned?: unknown }).__pwned,
          };
        });
        expect(inPage).toEqual({ made: [], images: 0, scripts: 0, pwned: undefined });
        await page.press('Escape');
        expect(page.errors).toEqual([]);
      }, TEST_TIMEOUT);

      it('exports it escaped in Markdown and verbatim in JSON', async () => {
        const exported = await exportFromPopup(popup);
        const { report } = state;
        // Every hostile string is in the Markdown only in its escaped form, so it cannot become an
        // element, an entity or a link where the Markdown is pasted.
        for (const text of HOSTILE) {
          expect(exported.markdown).not.toContain(text);
          expect(exported.markdown).toContain(escapeMarkdown(text));
        }
        for (const quote of report.quotes) expect(exported.markdown).toContain(escapeMarkdown(quote.text));
        for (const claim of report.claims) expect(exported.markdown).toContain(escapeMarkdown(claim.text));
        for (const speaker of HOSTILE_SPEAKERS) expect(exported.markdown).toContain(escapeMarkdown(speaker));
        expect(exported.markdown).toContain(escapeMarkdown(report.title ?? ''));
        const json = JSON.parse(exported.json) as { title: string; quotes: Array<{ text: string; speaker: string | null }>; claims: Array<{ text: string }> };
        expect(json.title).toBe(report.title);
        expect(json.quotes.map((quote) => [quote.text, quote.speaker])).toEqual(report.quotes.map((quote) => [quote.text, quote.speaker]));
        expect(json.claims.map((claim) => claim.text)).toEqual(report.claims.map((claim) => claim.text));
        expect(await popup.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      }, TEST_TIMEOUT);
    });
  });
}
