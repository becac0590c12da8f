// The robustness suite, run once per browser by chromium.test.ts and firefox.test.ts: the built extension
// on hostile and unusual pages (tests/fixtures/hostile/): 200,000 nodes, a 5 MB paragraph, endless scroll,
// a single-page app, a re-rendering framework, frames, shadow roots, editors and form fields, right-to-left
// text, a strict Content-Security-Policy, broken built-ins, and pages that throw. On each: no error that
// is not the page's own, no change to the page's DOM but the card's host, the content script settled
// within a time limit, and where there is an article, marks that are exactly the report's.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, poll } from '../../src/tools/browsers';
import type { BrowserName, ExtensionBrowser, Tab, WebTab } from '../../src/tools/browsers';
import { serveDirectory, type StaticServer } from '../../src/tools/serve';
import type { TabState } from '../../src/extension/messages';
import { MAX_ARTICLE_CHARS } from '../../src/page/budget';
import { cardText, drawnMarks, expectedMarks, pointOnHighlight, readHighlights } from '../../src/tools/page-marks';
import { foreignChanges, HOSTILE_RECORDER, hostileChanges } from './hostile-recorder';
import { foreignErrors, measuresIn, misplacedRanges, send, settledState, story, type Phase } from './hostile-pages';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HOSTILE = join(ROOT, 'tests/fixtures/hostile');
const EXTENSION_DIRS: Record<BrowserName, string> = { chromium: join(ROOT, 'dist/chrome'), firefox: join(ROOT, 'dist/firefox') };
const TEST_TIMEOUT = 60_000;
/** From the page's load event to the content script's final state, on any of these pages. */
const SETTLE_MS = 15_000;
/** No single step of the content script (one User Timing measure) may take longer than this on these pages. */
const LONGEST_STEP_MS = 2_000;
/** Served with csp-strict.html: nothing of the page's own may run or style, and nothing may be fetched. */
export const STRICT_CSP = "default-src 'none'; script-src 'none'; style-src 'none'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

type Done = Extract<TabState, { phase: 'done' }>;

export function robustnessSuite(name: BrowserName): void {
  describe.sequential(`hostile pages in ${name === 'chromium' ? 'Chromium' : 'Firefox ESR'}`, () => {
    let browser: ExtensionBrowser | undefined;
    let server: StaticServer | undefined;
    let control: Tab | undefined;
    const timings: string[] = [];

    beforeAll(async () => {
      server = await serveDirectory(HOSTILE, { headers: (path) => (path === '/csp-strict.html' ? { 'Content-Security-Policy': STRICT_CSP } : undefined) });
      browser = await launch(name, { extensionDir: EXTENSION_DIRS[name], headless: process.env.NEWSLENS_HEADED !== '1' });
      // An extension page to talk to the content scripts from, as the popup does.
      control = await browser.openExtensionPage('src/ui/options/index.html');
    }, 120_000);

    afterAll(async () => {
      if (timings.length > 0) console.info(`hostile pages in ${name}, load → settled (longest step):\n  ${timings.join('\n  ')}`);
      await browser?.close();
      await server?.close();
    }, 120_000);

    function started(): { browser: ExtensionBrowser; server: StaticServer; control: Tab } {
      if (!browser || !server || !control) throw new Error('the browser did not start (see the beforeAll error)');
      return { browser, server, control };
    }

    /**
     * Opens a hostile page with the change recorder and waits for the content script to settle in one of
     * `phases`; checks the time it took and its longest step.
     */
    async function visit(file: string, phases: readonly Phase[], accept?: (state: TabState) => boolean): Promise<{ page: WebTab; state: TabState }> {
      const { browser: b, server: s, control: c } = started();
      const page = await b.openPage(new URL(file, s.url).href, { initScript: HOSTILE_RECORDER });
      const opened = Date.now();
      const state = await settledState(c, page, phases, SETTLE_MS, accept);
      const millis = Date.now() - opened;
      timings.push(`${file}: ${state.phase} after ${millis} ms`);
      return { page, state };
    }

    /** The content script's steps, read from the page's timeline: each within the limit. */
    async function expectQuickSteps(page: WebTab): Promise<Record<string, number>> {
      const measures = await measuresIn(page);
      timings[timings.length - 1] += ` (longest step ${measures.longest} ms)`;
      expect(measures.longest).toBeLessThan(LONGEST_STEP_MS);
      return measures.counts;
    }

    /** No error but the page's own, and no change to the page's DOM but the card's host. */
    async function expectUntouched(page: WebTab, ownErrors: RegExp | null = null): Promise<void> {
      expect(foreignErrors(page.errors, ownErrors)).toEqual([]);
      expect(foreignChanges(await hostileChanges(page))).toEqual([]);
    }

    /** The marks drawn are exactly the report's quotes and flagged claims, all in the page's own live text. */
    async function expectReportMarked(page: WebTab, state: Done): Promise<void> {
      const expected = expectedMarks(state.report);
      expect(expected.quote.length).toBeGreaterThan(0);
      expect(expected.unsupported.length + expected.attributed.length).toBeGreaterThan(0);
      expect(drawnMarks(await readHighlights(page, 'body'))).toEqual(expected);
      const placed = await misplacedRanges(page);
      expect(placed.misplaced).toEqual([]);
      expect(placed.ranges).toBeGreaterThanOrEqual(expected.quote.length);
    }

    function done(state: TabState): Done {
      if (state.phase !== 'done') throw new Error(`expected the content script to be done, it is ${state.phase}`);
      return state;
    }

    it('200,000 nodes: judged too large at once, without reading it; “Analyse anyway” stays bounded', async () => {
      const { page, state } = await visit('nodes-200k.html', ['not-article']);
      try {
        expect(await page.evaluate(() => (window as unknown as { generatedElements: number }).generatedElements)).toBeGreaterThan(200_000);
        expect(state.phase === 'not-article' && state.verdict.reasons.join(' ')).toContain('too large');
        const counts = await expectQuickSteps(page);
        expect(counts['newslens:detect']).toBe(1);
        expect(counts['newslens:extract']).toBeUndefined();
        expect(await readHighlights(page, 'body')).toEqual({});
        // Asked to read it anyway, the content script still gives up within bounds (the page is larger
        // than what it reads even on request) and says so rather than stalling.
        const askedAt = Date.now();
        const forced = (await send(started().control, page, { type: 'newslens:analyse-anyway' })) as TabState;
        timings.push(`nodes-200k.html, analysed anyway: ${forced.phase} after ${Date.now() - askedAt} ms`);
        expect(Date.now() - askedAt).toBeLessThan(SETTLE_MS);
        expect(['done', 'not-article']).toContain(forced.phase);
        await expectUntouched(page);
      } finally {
        await page.close();
      }
    }, TEST_TIMEOUT);

    it('a 5 MB single paragraph: read within bounds, marks where the report puts them', async () => {
      const { page, state } = await visit('paragraph-5mb.html', ['done']);
      try {
        expect(await page.evaluate(() => (window as unknown as { paragraphChars: number }).paragraphChars)).toBeGreaterThan(5 * 1024 * 1024);
        await expectQuickSteps(page);
        // Read up to the page layer's character budget, not the whole 5 MB (blocks join with a blank line).
        const read = done(state);
        expect(read.report.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS + 2 * read.blocks);
        expect(read.report.text.length).toBeGreaterThan(MAX_ARTICLE_CHARS / 2);
        await expectReportMarked(page, read);
        await expectUntouched(page);
      } finally {
        await page.close();
      }
    }, TEST_TIMEOUT);

    it('endless scroll: stories appended while the reader scrolls; marks stay the report’s, work stays bounded', async () => {
      const { page, state } = await visit('endless-scroll.html', ['done']);
      try {
        const first = done(state);
        expect(first.report.text).toContain(story(0).paragraphs[1]!.slice(1, 40));
        for (let appended = 1; appended <= 4; appended++) {
          await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
          await poll(async () => ((await page.evaluate(() => (window as unknown as { appended: number }).appended)) >= appended ? true : undefined), 5_000, `story ${appended} to be appended`);
        }
        // Let any reading the new stories cause finish, then compare the marks with the report it made.
        await new Promise((resolve) => setTimeout(resolve, 2_500));
        const last = done(await settledState(started().control, page, ['done'], SETTLE_MS));
        const counts = await expectQuickSteps(page);
        expect(counts['newslens:analyse']).toBeLessThanOrEqual(1 + 4);
        await expectReportMarked(page, last);
        const changes = await hostileChanges(page);
        expect(changes.own.filter((line) => line === 'childList on MAIN +ARTICLE')).toHaveLength(4);
        await expectUntouched(page);
      } finally {
        await page.close();
      }
    }, TEST_TIMEOUT);

    it('a single-page app swaps the story with history.pushState: the marks belong to the new story, none to the old', async () => {
      const { page, state } = await visit('spa-pushstate.html', ['done']);
      try {
        const before = done(state);
        await expectReportMarked(page, before);
        const [oldStory, newStory] = [story(0), story(1)];
        await page.evaluate(() => (window as unknown as { showStory(n: number): void }).showStory(1));
        const after = done(await settledState(started().control, page, ['done'], SETTLE_MS, (next) => next.url.endsWith('?story=1') && next.phase === 'done' && next.report.text.includes(newStory.paragraphs[0]!.slice(0, 60))));
        // Let a second reading (the re-render watcher and the address watcher both see the swap) settle.
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        const final = done(await settledState(started().control, page, ['done'], SETTLE_MS));
        expect(final.url).toBe(after.url);
        expect(final.report.text).not.toContain(oldStory.paragraphs[0]!.slice(0, 60));
        await expectReportMarked(page, final);
        // Each story's quotes name its own town ("The people of Alderbrook deserve…").
        const [oldTown, newTown] = [oldStory.title.split(' ')[0]!, newStory.title.split(' ')[0]!];
        const drawn = Object.values(drawnMarks(await readHighlights(page, 'body'))).flat().join(' ');
        expect(drawn).toContain(`The people of ${newTown}`);
        expect(drawn).not.toContain(oldTown);
        await expectQuickSteps(page);
        await expectUntouched(page);
      } finally {
        await page.close();
      }
    }, TEST_TIMEOUT);

    it('a framework re-renders the story’s text nodes again and again: a bounded number of readings, then marks on the new nodes', async () => {
      const { page, state } = await visit('react-rerender.html', ['done']);
      try {
        await expectReportMarked(page, done(state));
        // Fast re-rendering (every 100 ms for 1.5 s), then slow (every second, three times).
        await page.evaluate(() => (window as unknown as { startRendering(bursts: number, everyMs: number): void }).startRendering(15, 100));
        await poll(async () => ((await page.evaluate(() => (window as unknown as { renderingDone: boolean }).renderingDone)) ? true : undefined), 10_000, 'the fast re-rendering to end');
        await page.evaluate(() => {
          (window as unknown as { renderingDone: boolean }).renderingDone = false;
          (window as unknown as { startRendering(bursts: number, everyMs: number): void }).startRendering(3, 1000);
        });
        await poll(async () => ((await page.evaluate(() => (window as unknown as { renderingDone: boolean }).renderingDone)) ? true : undefined), 10_000, 'the slow re-rendering to end');
        expect(await page.evaluate(() => (window as unknown as { renders: number }).renders)).toBe(18);
        // The last reading comes after a quiet moment and a least gap between readings.
        await new Promise((resolve) => setTimeout(resolve, 3_000));
        const analyses = (await measuresIn(page)).counts['newslens:analyse'] ?? 0;
        // The first reading, at most one after the fast burst (it never went quiet) and one per slow render.
        expect(analyses).toBeGreaterThanOrEqual(2);
        expect(analyses).toBeLessThanOrEqual(1 + 1 + 3);
        // Quiet now: no further reading comes.
        await new Promise((resolve) => setTimeout(resolve, 2_500));
        expect((await measuresIn(page)).counts['newslens:analyse']).toBe(analyses);
        await expectReportMarked(page, done(await settledState(started().control, page, ['done'], SETTLE_MS)));
        await expectQuickSteps(page);
        await expectUntouched(page);
      } finally {
        await page.close();
      }
    }, TEST_TIMEOUT);

    it('an article inside an iframe: the top page is judged alone (the content script runs in the top frame only), nothing marked anywhere', async () => {
      const { page } = await visit('frames-article.html', ['not-article']);
      try {
        expect(await readHighlights(page, 'body')).toEqual({});
        const inFrame = await page.evaluate(() => {
          const frame = document.getElementById('story-frame') as HTMLIFrameElement;
          const scope = frame.contentWindow as unknown as { CSS: { highlights: Map<string, unknown> }; document: Document };
          return { highlights: scope.CSS.highlights.size, paragraphs: scope.document.querySelectorAll('p').length };
        });
        expect(inFrame).toEqual({ highlights: 0, paragraphs: 7 });
        await expectQuickSteps(page);
        await expectUntouched(page);
      } finally {
        await page.close();
      }
    }, TEST_TIMEOUT);

    it('an article with 60 iframes woven through it (some throwing their own errors): read and marked', async () => {
      const { page, state } = await visit('many-frames.html', ['done']);
      try {
        expect(await page.evaluate(() => document.querySelectorAll('iframe').length)).toBe(60);
        const read = done(state);
        expect(read.report.text).not.toContain('advert');
        expect(read.report.text).not.toContain('Sponsored');
        await expectReportMarked(page, read);
        await expectQuickSteps(page);
        // Besides the frames' own errors: the harness's recorder (an init script, which the driver runs in
        // every frame) is refused in the sandboxed srcdoc frames, and Chromium says so on the console.
        await expectUntouched(page, /newslens-fixture: a frame of its own|^console: Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/);
      } finally {
        await page.close();
      }
    }, TEST_TIMEOUT);

    it('open, closed and declarative shadow roots: the slotted story is marked; text only in shadow roots is neither read nor marked', async () => {
      const { page, state } = await visit('shadow-roots.html', ['done']);
      try {
        const read = done(state);
        expect(read.report.text).toContain(story(3).paragraphs[0]!.slice(0, 60));
        for (const shadowName of ['Declan Shade', 'Clara Hidden', 'Oscar Open']) expect(read.report.text).not.toContain(shadowName);
        await expectReportMarked(page, read);
        await expectQuickSteps(page);
        await expectUntouched(page);
      } finally {
        await page.close();
      }
    }, TEST_TIMEOUT);

    it('contenteditable editors, a textarea and inputs inside the story: never read, never marked', async () => {
      const { page, state } = await visit('editors.html', ['done']);
      try {
        const read = done(state);
        expect(read.report.text).toContain(story(4).paragraphs[0]!.slice(0, 60));
        expect(read.report.text).not.toContain('Edith Editor');
        expect(read.report.text).not.toContain('Fiona Field');
        await expectReportMarked(page, read);
        await expectQuickSteps(page);
        await expectUntouched(page);
      } finally {
        await page.close();
      }
    }, TEST_TIMEOUT);

    it('a Hebrew article, right to left: read as Hebrew, no pack, nothing found or marked, nothing broken', async () => {
      const { page, state } = await visit('rtl-hebrew.html', ['done']);
      try {
        const read = done(state);
        expect(read.report.lang).toBe('he');
        expect(read.report.title).toBe('העירייה פותחת ספרייה ציבורית חדשה במרכז העיר');
        expect(read.report.text).toContain('"הספרייה תהיה פתוחה לכולם ובחינם"');
        // No pack for Hebrew: the background's analysis finds no quotes, claims or facts in it.
        expect(read.report.quotes).toEqual([]);
        expect(await readHighlights(page, 'body')).toEqual({});
        await expectQuickSteps(page);
        await expectUntouched(page);
      } finally {
        await page.close();
      }
    }, TEST_TIMEOUT);

    it('an English story laid out right to left with Arabic and Hebrew names, bidi marks and isolates: marked as reported', async () => {
      const { page, state } = await visit('rtl-mixed.html', ['done']);
      try {
        const read = done(state);
        expect(read.report.lang).toBe('en');
        expect(read.report.text).toContain('ليلى حداد');
        await expectReportMarked(page, read);
        const quotes = drawnMarks(await readHighlights(page, 'body')).quote.join(' ');
        expect(quotes).toContain('The new square will be open to everyone');
        await expectQuickSteps(page);
        await expectUntouched(page);
      } finally {
        await page.close();
      }
    }, TEST_TIMEOUT);

    it('a strict Content-Security-Policy: marks drawn, and the hover card opens, styled', async () => {
      const { page, state } = await visit('csp-strict.html', ['done']);
      try {
        await expectReportMarked(page, done(state));
        await page.focus();
        const point = await pointOnHighlight(page, 'newslens-light-quote');
        if (!point) throw new Error('no quote highlight to point at');
        await page.mouseMove(point.x, point.y);
        const text = await poll(async () => (await cardText(page)) ?? undefined, 5_000, 'the hover card');
        expect(text).toContain('Quoted statement');
        // Styled by the card's constructed style sheet, which the page's style-src 'none' does not stop.
        const style = await page.evaluate(() => {
          const card = document.querySelector('newslens-card')?.shadowRoot?.querySelector('.card');
          const computed = card ? getComputedStyle(card) : null;
          return computed ? { position: computed.position, radius: computed.borderTopLeftRadius } : null;
        });
        expect(style).toEqual({ position: 'fixed', radius: '8px' });
        await expectQuickSteps(page);
        await expectUntouched(page);
      } finally {
        await page.close();
      }
    }, TEST_TIMEOUT);

    it('broken built-ins (Array, Node, Element, Document, JSON, Promise, MutationObserver, highlights): read and marked all the same', async () => {
      const { page, state } = await visit('overrides.html', ['done']);
      try {
        // Nothing may run in the page while its built-ins are broken: a key press puts them back first.
        await page.press('Shift');
        await poll(async () => ((await page.evaluate(() => (window as unknown as { builtinsRestored?: boolean }).builtinsRestored)) ? true : undefined), 5_000, 'the page to restore its built-ins');
        expect(await page.evaluate(() => (window as unknown as { builtinsBroken: number }).builtinsBroken)).toBeGreaterThan(40);
        await expectReportMarked(page, done(state));
        await expectQuickSteps(page);
        await expectUntouched(page);
      } finally {
        await page.close();
      }
    }, TEST_TIMEOUT);

    it('a page whose own scripts throw, reject and log errors all along: read and marked, no error added', async () => {
      const { page, state } = await visit('throwing.html', ['done']);
      try {
        await poll(async () => (page.errors.some((error) => error.includes('thrown in tick 5')) ? true : undefined), 5_000, 'the page’s last error');
        // The listeners catch the page's errors, or an empty list of the others would prove nothing.
        expect(page.errors.join('\n')).toContain('newslens-fixture: thrown while parsing');
        expect(page.errors.join('\n')).toContain('newslens-fixture: rejected in tick 3');
        await expectReportMarked(page, done(state));
        await expectQuickSteps(page);
        await expectUntouched(page, /newslens-fixture: |undefinedFunctionOfThePage/);
      } finally {
        await page.close();
      }
    }, TEST_TIMEOUT);
  });
}
