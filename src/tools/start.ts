// `npm start [-- --firefox]`: builds the extension and shows it at work on the sample German article
// (tests/fixtures/pages/de-news-article.html, served over HTTP) in the system's Chromium, or Firefox ESR.
// With a display the browser opens in a window and this runs until it is closed. Without one it runs
// headless, saves out/<browser>-page.png (the annotated article), out/<browser>-card.png (a hover card
// open) and out/<browser>-popup.png, prints what the popup shows, and exits.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserMissingError, launch, popupText, requireExecutable, waitForView } from './browsers';
import type { BrowserName, ExtensionBrowser } from './browsers';
import { cardText, pointOnHighlight } from './page-marks';
import { serveDirectory } from './serve';
import type { StaticServer } from './serve';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = 'de-news-article.html';
const LABELS: Record<BrowserName, string> = { chromium: 'Chromium', firefox: 'Firefox ESR' };

function usage(): never {
  console.error('usage: npm start [-- --firefox]   (Chromium unless --firefox)');
  process.exit(2);
}

function parseArgs(argv: readonly string[]): BrowserName {
  let name: BrowserName = 'chromium';
  for (const arg of argv) {
    if (arg === '--firefox') name = 'firefox';
    else if (arg === '--chromium') name = 'chromium';
    else usage();
  }
  return name;
}

function build(): void {
  console.log('> npm run build');
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`}).`);
}

async function showHeadless(browser: ExtensionBrowser, pageUrl: string): Promise<void> {
  const outDir = join(ROOT, 'out');
  mkdirSync(outDir, { recursive: true });
  const page = await browser.openPage(pageUrl);
  const popup = await browser.openPopup(page);
  await waitForView(popup, ['done', 'not-article']);
  const pageShot = join(outDir, `${browser.name}-page.png`);
  const cardShot = join(outDir, `${browser.name}-card.png`);
  const popupShot = join(outDir, `${browser.name}-popup.png`);
  await popup.screenshot(popupShot);
  // The article with its marks in view, then with the pointer on an unsupported claim and its card open.
  await page.focus();
  const point = (await pointOnHighlight(page, 'newslens-light-unsupported')) ?? (await pointOnHighlight(page, 'newslens-light-quote'));
  await page.screenshot(pageShot);
  let card: string | null = null;
  if (point) {
    await page.mouseMove(point.x, point.y);
    for (let tries = 0; tries < 20 && card === null; tries++) {
      await new Promise((done) => setTimeout(done, 100));
      card = await cardText(page);
    }
    await page.screenshot(cardShot);
  }
  const badge = await browser.badgeText(page);
  const text = await popupText(popup);
  console.log(`\nThe Newslens popup in ${LABELS[browser.name]} for ${pageUrl}:\n`);
  console.log(text.replace(/^/gm, '  │ '));
  console.log(`\nToolbar badge: ${badge === '' ? '(none)' : badge}`);
  console.log(`Hover card: ${card ?? '(none: nothing marked on the page)'}`);
  console.log(`Screenshots: ${pageShot}\n             ${card === null ? '' : `${cardShot}\n             `}${popupShot}`);
  for (const error of [...page.errors, ...popup.errors]) console.warn(`warning: ${error}`);
}

async function showHeaded(browser: ExtensionBrowser, pageUrl: string): Promise<void> {
  const page = await browser.openPage(pageUrl);
  console.log(`\n${LABELS[browser.name]} shows ${pageUrl} with Newslens loaded.`);
  console.log(
    browser.name === 'chromium'
      ? 'Open the popup from the toolbar (the puzzle-piece menu → Newslens; pin it to keep it in view).'
      : 'Open the popup from the toolbar (the extensions button → Newslens).',
  );
  console.log(`The popup page for this tab, opened as a page of its own: ${browser.extensionOrigin}/src/ui/popup/index.html?tabId=${page.tabId}`);
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  await browser.closed();
}

/** Set by a signal: the exit code to leave with once the browser is closed (128 + the signal's number). */
let signalled: number | undefined;

async function main(): Promise<void> {
  const name = parseArgs(process.argv.slice(2));
  // Before the build: a missing browser is the likelier problem and the quicker one to report.
  await requireExecutable(name);
  build();
  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  let server: StaticServer | undefined;
  let launching: Promise<ExtensionBrowser> | undefined;
  let stopping: Promise<void> | undefined;
  // Once only, whoever asks first (a signal, the browser going away, an error): closing twice at the
  // same time would race to delete the same temporary profile.
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      // A browser still starting is waited for, so that it is closed too and leaves no profile behind.
      const browser = await launching?.catch(() => undefined);
      await browser?.close();
      await server?.close();
    })());
  // Close the browser and remove its temporary profile on Ctrl+C or a kill, then exit as killed.
  const codes: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const [signal, code] of Object.entries(codes)) {
    process.once(signal, () => {
      signalled = code;
      void stop().finally(() => process.exit(code));
    });
  }
  try {
    server = await serveDirectory(join(ROOT, 'tests/fixtures/pages'));
    const pageUrl = new URL(SAMPLE, server.url).href;
    console.log(`Serving tests/fixtures/pages at ${server.url}; starting ${LABELS[name]}${headless ? ' headless (no display)' : ''}…`);
    launching = launch(name, { extensionDir: join(ROOT, name === 'chromium' ? 'dist/chrome' : 'dist/firefox'), headless });
    const browser = await launching;
    if (headless) await showHeadless(browser, pageUrl);
    else await showHeaded(browser, pageUrl);
  } finally {
    await stop();
  }
}

main().then(
  () => process.exit(signalled ?? 0),
  (error: unknown) => {
    // Interrupted while the browser was busy: its errors are the interruption's, not worth showing.
    if (signalled !== undefined) process.exit(signalled);
    console.error(`\nnpm start: ${error instanceof BrowserMissingError ? '' : 'failed: '}${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
