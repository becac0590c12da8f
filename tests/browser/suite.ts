// The real-browser checks, run once per browser by chromium.test.ts and firefox.test.ts: the built
// extension in the system's Chromium or Firefox ESR, fixture pages served over HTTP, and what the popup
// page shows for each page's tab. Screenshots go to out/test-artifacts/<browser>-*.png.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, poll, tabStateOf as stateOf, waitForView } from '../../src/tools/browsers';
import type { BrowserName, ExtensionBrowser, PopupContent, PopupView, Tab, WebTab } from '../../src/tools/browsers';
import { serveDirectory } from '../../src/tools/serve';
import type { StaticServer } from '../../src/tools/serve';
import { pages } from '../fixtures/pages/expected';
import type { PageExpectation } from '../fixtures/pages/expected';
import { MUTATION_RECORDER, recordedMutations } from './popup';
import type { TabState } from '../../src/extension/messages';
import { startedOrThrow } from './started';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'tests/fixtures/pages');
const ARTIFACTS = join(ROOT, 'out/test-artifacts');
const EXTENSION_DIRS: Record<BrowserName, string> = { chromium: join(ROOT, 'dist/chrome'), firefox: join(ROOT, 'dist/firefox') };

/** Each check waits on a real browser: far above Vitest's default per-test limit. */
const TEST_TIMEOUT = 90_000;
const VERDICT_ON_REQUEST = 'Not an article — analysed on request';

function expectation(file: string): PageExpectation {
  const found = pages.find((page) => page.file === file);
  if (!found) throw new Error(`tests/fixtures/pages/expected.ts has no entry for ${file}`);
  return found;
}

/** What the badge shows for a finished article: the number of claims not supported. */
function articleBadge(state: TabState): string {
  if (state.phase !== 'done') throw new Error(`the content script is not done: ${state.phase}`);
  return String(state.report.claims.filter((claim) => claim.status !== 'supported').length);
}

function wordCount(fields: Record<string, string>): number {
  // "1,234 words" or "1.234 words", whatever the browser's locale.
  return Number((fields.words ?? '').replace(/\D/g, ''));
}

export function browserSuite(name: BrowserName): void {
  describe.sequential(`the extension in ${name === 'chromium' ? 'Chromium' : 'Firefox ESR'}`, () => {
    let browser: ExtensionBrowser | undefined;
    let server: StaticServer | undefined;
    const openTabs: Tab[] = [];

    beforeAll(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      server = await serveDirectory(FIXTURES);
      // Headless unless asked otherwise: a developer may watch with NEWSLENS_HEADED=1.
      browser = await launch(name, { extensionDir: EXTENSION_DIRS[name], headless: process.env.NEWSLENS_HEADED !== '1' });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    }, 120_000);

    const started = (): { browser: ExtensionBrowser; server: StaticServer } => startedOrThrow(browser, server);

    async function open(file: string, options: { watchDom?: boolean } = {}): Promise<WebTab> {
      const { browser: b, server: s } = started();
      const tab = await b.openPage(new URL(file, s.url).href, options.watchDom ? { initScript: MUTATION_RECORDER } : {});
      openTabs.push(tab);
      return tab;
    }

    /** Opens `file`, then the popup page for its tab, and waits for the popup to show `view`. */
    async function popupFor(file: string, view: PopupView, options: { watchDom?: boolean } = {}): Promise<{ page: WebTab; popup: Tab; shown: PopupContent }> {
      const page = await open(file, options);
      const popup = await started().browser.openPopup(page);
      openTabs.push(popup);
      return { page, popup, shown: await waitForView(popup, view) };
    }

    async function closeTabs(): Promise<void> {
      for (const tab of openTabs.splice(0)) await tab.close().catch(() => undefined);
    }

    /** The badge is set by the background after the content script's message: give it a moment. */
    function badgeBecomes(page: WebTab, text: string, inBrowser?: ExtensionBrowser): Promise<string> {
      let last = '';
      return poll(
        async () => {
          last = await (inBrowser ?? started().browser).badgeText(page);
          return last === text ? last : undefined;
        },
        5_000,
        `the badge of ${page.url} to read "${text}"`,
      ).catch(() => last);
    }

    const shot = (what: string): string => join(ARTIFACTS, `${name}-${what}.png`);

    describe.sequential('the German sample article (de-news-article.html)', () => {
      const expected = expectation('de-news-article.html');
      let page: WebTab;
      let popup: Tab;
      let shown: PopupContent;

      beforeAll(async () => {
        ({ page, popup, shown } = await popupFor(expected.file, 'done', { watchDom: true }));
        await page.screenshot(shot('de-news-article-page'));
        await popup.screenshot(shot('de-news-article-popup'));
      }, 120_000);

      afterAll(closeTabs);

      it('is shown as an article with the headline, site and byline of expected.ts', () => {
        expect(shown.fields.verdict).toBe('Article');
        expect(shown.fields.headline).toBe(expected.headline);
        expect(shown.fields.site).toBe(expected.siteName);
        expect(shown.fields.byline).toBe(expected.byline);
        expect(shown.fields.language).toContain('(de)');
        expect(wordCount(shown.fields)).toBeGreaterThan(300);
        expect(shown.fields.date).toContain('2024');
        expect(shown.reasons.length).toBeGreaterThan(0);
      });

      it('is analysed in the background (the content script carries no analysis): quotes and claims are found', async () => {
        const state = await stateOf(popup, page);
        expect(state.phase).toBe('done');
        if (state.phase !== 'done') return;
        expect(state.report.lang).toBe('de');
        expect(state.report.quotes.length).toBeGreaterThan(0);
        expect(state.report.claims.length).toBeGreaterThan(0);
        // The entity finder's name lists come with the pack: without its given names, the speaker
        // `Jens Müller` would not be found as a person.
        expect(state.report.quotes.map((quote) => quote.speaker)).toContain('Jens Müller');
        expect(state.analysisMillis).toBeGreaterThanOrEqual(0);
      });

      it('gets the article badge: the number of flagged claims', async () => {
        const expectedBadge = articleBadge(await stateOf(popup, page));
        expect(Number(expectedBadge)).toBeGreaterThan(0);
        expect(await badgeBecomes(page, expectedBadge)).toBe(expectedBadge);
      });

      it('causes no console error or page error in the page or the popup', async () => {
        expect(page.errors).toEqual([]);
        expect(popup.errors).toEqual([]);
        // The listeners must catch both kinds, or the empty lists above prove nothing.
        await page.evaluate(() => {
          console.error('newslens-probe: console');
          setTimeout(() => {
            throw new Error('newslens-probe: uncaught');
          }, 0);
        });
        await poll(async () => (page.errors.length >= 2 ? true : undefined), 5_000, 'the probe errors to be reported').catch(() => undefined);
        expect(page.errors).toEqual([expect.stringContaining('newslens-probe: console'), expect.stringContaining('newslens-probe: uncaught')]);
      });

      it('leaves the page’s DOM untouched', async () => {
        // The content script has finished (the popup shows its result); let anything late show up too.
        await new Promise((done) => setTimeout(done, 500));
        expect(await recordedMutations(page)).toEqual([]);
        // The recorder itself must see a change, or the empty list above proves nothing.
        await page.evaluate(() => document.body.setAttribute('data-probe', '1'));
        expect(await recordedMutations(page)).toEqual(['attributes on BODY [data-probe]']);
      });
    });

    describe.sequential('other articles', () => {
      afterAll(closeTabs);

      it(
        'shows the English article (en-news-article.html) in English',
        async () => {
          const expected = expectation('en-news-article.html');
          const { page, popup, shown } = await popupFor(expected.file, 'done');
          await popup.screenshot(shot('en-news-article-popup'));
          expect(shown.fields.verdict).toBe('Article');
          expect(shown.fields.headline).toBe(expected.headline);
          expect(shown.fields.site).toBe(expected.siteName);
          expect(shown.fields.byline).toBe(expected.byline);
          expect(shown.fields.language).toContain('(en)');
          // The background's analysis had the English pack.
          const state = await stateOf(popup, page);
          expect(state.phase === 'done' && state.report.quotes.length).toBeGreaterThan(0);
          expect(state.phase === 'done' && state.report.claims.length).toBeGreaterThan(0);
          expect(page.errors).toEqual([]);
          expect(popup.errors).toEqual([]);
        },
        TEST_TIMEOUT,
      );

      it(
        'decodes the ISO-8859-1 article (iso-8859-1-article.html) by its own <meta charset>',
        async () => {
          const expected = expectation('iso-8859-1-article.html');
          const { shown } = await popupFor(expected.file, 'done');
          expect(shown.fields.headline).toBe(expected.headline);
          expect(shown.fields.byline).toBe(expected.byline);
          expect(shown.fields.language).toContain('(de)');
        },
        TEST_TIMEOUT,
      );
    });

    describe.sequential('a tab that was already open when the extension was installed', () => {
      const expected = expectation('de-news-article.html');
      let late: ExtensionBrowser | undefined;
      let first: WebTab | undefined;

      beforeAll(async () => {
        // A browser of its own: the page is loaded first, the extension installed after it.
        late = await launch(name, {
          extensionDir: EXTENSION_DIRS[name],
          headless: process.env.NEWSLENS_HEADED !== '1',
          openFirst: new URL(expected.file, started().server.url).href,
        });
        first = late.firstPage;
      }, 120_000);

      afterAll(async () => {
        await late?.close();
      }, 120_000);

      if (name === 'chromium') {
        it(
          'is read once the user clicks the toolbar button (the popup injects the content script)',
          async () => {
            if (!late || !first) throw new Error('the second browser did not start');
            // Chromium does not inject content scripts into tabs that were open before: without the
            // user's click (activeTab) the extension may neither talk to nor inject into this page.
            const before = await late.openPopup(first);
            await waitForView(before, 'restricted');
            await before.close();
            await late.clickAction(first);
            const after = await late.openPopup(first);
            const shown = await waitForView(after, 'done');
            await after.screenshot(shot('open-before-install-popup'));
            expect(shown.fields.verdict).toBe('Article');
            expect(shown.fields.headline).toBe(expected.headline);
            // The injected content script had the background analyse the article.
            const state = await stateOf(after, first);
            expect(state.phase === 'done' && state.report.quotes.length).toBeGreaterThan(0);
            expect(await badgeBecomes(first, articleBadge(state), late)).toBe(articleBadge(state));
            expect(first.errors).toEqual([]);
            expect(after.errors).toEqual([]);
          },
          TEST_TIMEOUT,
        );
      } else {
        it(
          'is read at once (Firefox runs the content script in open tabs at install)',
          async () => {
            if (!late || !first) throw new Error('the second browser did not start');
            // The badge comes from the content script's own report: it ran without the popup's help.
            const [browserLate, tabFirst] = [late, first];
            const badge = await poll(
              async () => (await browserLate.badgeText(tabFirst)) || undefined,
              10_000,
              `a badge on ${first.url} before the popup opens`,
            );
            const popup = await late.openPopup(first);
            const shown = await waitForView(popup, 'done');
            await popup.screenshot(shot('open-before-install-popup'));
            expect(shown.fields.verdict).toBe('Article');
            expect(shown.fields.headline).toBe(expected.headline);
            const state = await stateOf(popup, first);
            expect(state.phase === 'done' && state.report.quotes.length).toBeGreaterThan(0);
            expect(badge).toBe(articleBadge(state));
            expect(first.errors).toEqual([]);
            expect(popup.errors).toEqual([]);
          },
          TEST_TIMEOUT,
        );
      }
    });

    describe.sequential('pages that are not articles', () => {
      afterAll(closeTabs);

      for (const file of ['de-home-page.html', 'en-listing.html', 'de-product-page.html']) {
        it(
          `says ${file} is not an article and offers to analyse it anyway`,
          async () => {
            expect(expectation(file).isArticle).toBe(false);
            const { page, popup, shown } = await popupFor(file, 'not-article');
            expect(shown.text).toContain('Not an article');
            expect(await popup.evaluate(() => document.querySelectorAll('[data-testid=not-article] [data-testid=analyse-anyway]').length)).toBe(1);
            expect(await started().browser.badgeText(page)).toBe('');
            expect(page.errors).toEqual([]);
            expect(popup.errors).toEqual([]);
          },
          TEST_TIMEOUT,
        );
      }

      it(
        'analyses the product page (de-product-page.html) on request',
        async () => {
          // The product page, because forced analysis of it finds body text (the listing's has none).
          const { page, popup } = await popupFor('de-product-page.html', 'not-article');
          await popup.screenshot(shot('not-article-popup'));
          await popup.click('[data-testid=analyse-anyway]');
          const shown = await waitForView(popup, 'done');
          await popup.screenshot(shot('analysed-on-request-popup'));
          expect(shown.fields.verdict).toBe(VERDICT_ON_REQUEST);
          expect(shown.fields.language).toContain('(de)');
          expect(wordCount(shown.fields)).toBeGreaterThan(0);
          // Read on request: analysed now, in German.
          expect((await stateOf(popup, page)).phase).toBe('done');
          expect(popup.errors).toEqual([]);
        },
        TEST_TIMEOUT,
      );
    });
  });
}
