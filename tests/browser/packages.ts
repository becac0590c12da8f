// The release packages in a real browser, run once per browser by chromium.test.ts and firefox.test.ts:
// the archive `npm run package` writes for that browser (dist/newslens-<target>-<version>.zip, packaged
// here first when it is missing or older than the build) is unpacked into a folder of its own and
// loaded into the browser, and it must annotate the seed page of ../shared (7 quotes, marks drawn) or,
// on a fresh clone, the German fixture article. In Firefox, `web-ext lint` on the package reports no
// error and no warning beyond the known ones listed below.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doneStateOf as doneState, launch } from '../../src/tools/browsers';
import type { BrowserName, ExtensionBrowser } from '../../src/tools/browsers';
import { serveDirectory, type StaticServer } from '../../src/tools/serve';
import { archivePath, packageVersion, PROJECT_ROOT, type ReleaseTarget } from '../../src/tools/release';
import { drawnMarks, expectedMarks, readHighlights } from '../../src/tools/page-marks';

const TARGETS: Record<BrowserName, ReleaseTarget> = { chromium: 'chrome', firefox: 'firefox' };
const SEED_PAGE = join(PROJECT_ROOT, '../shared/corpus/seed/docs/article.html');
const FIXTURE_PAGE = join(PROJECT_ROOT, 'tests/fixtures/pages/de-news-article.html');
const TEST_TIMEOUT = 90_000;

/**
 * What `web-ext lint` warns about in the Firefox package and is known and judged: code of libraries the
 * extension bundles, and the content script's import of its own module for articles. Any other warning
 * (or any error) fails the test.
 */
const KNOWN_LINT_WARNINGS: ReadonlyArray<{ code: string; file: RegExp; why: string }> = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^assets\/jsxRuntime\.module-[\w-]+\.js$/, why: 'Preact’s support for dangerouslySetInnerHTML, which no component of ours uses' },
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^src\/extension\/content\.js$/, why: 'import(runtime.getURL(article module)) of the extension’s own file' },
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^src\/extension\/article-module\.js$/, why: 'Readability’s innerHTML on its detached clone of the page (twice), when the background cannot read it' },
  // The bundler puts the background's reading code in a chunk of its own or in the background's.
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^assets\/(?:serialized-reading|background\.ts)-[\w-]+\.js$/, why: 'Readability’s innerHTML (twice), in the background page, on the inert document parsed from a copy of the page (no script runs there)' },
];

/** The archive of `target`, packaged now when it is missing or older than the build it should hold. */
function archiveFor(target: ReleaseTarget): string {
  const archive = join(PROJECT_ROOT, archivePath(target, packageVersion()));
  const built = join(PROJECT_ROOT, 'dist', target, 'manifest.json');
  if (!existsSync(built)) throw new Error(`No build at ${dirname(built)}: run \`npm run build\` first (npm test does).`);
  if (!existsSync(archive) || statSync(archive).mtimeMs < statSync(built).mtimeMs) {
    const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), join(PROJECT_ROOT, 'src/tools/package.ts')], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`src/tools/package.ts failed:\n${run.stderr}${run.stdout}`);
  }
  return archive;
}

/** Unpacks `archive` into `into` (fflate, no unzip binary needed) and returns `into`. */
function unpack(archive: string, into: string): string {
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(archive)))) {
    if (name.endsWith('/')) continue;
    const path = join(into, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
  return into;
}

export function packagesSuite(name: BrowserName): void {
  const target = TARGETS[name];
  describe.sequential(`the release package, in ${name === 'chromium' ? 'Chromium' : 'Firefox ESR'}`, () => {
    const scratch = mkdtempSync(join(tmpdir(), 'newslens-package-'));
    const seed = existsSync(SEED_PAGE);
    let unpacked = '';
    let server: StaticServer | undefined;
    let browser: ExtensionBrowser | undefined;

    beforeAll(async () => {
      unpacked = unpack(archiveFor(target), join(scratch, target));
      server = await serveDirectory(dirname(seed ? SEED_PAGE : FIXTURE_PAGE));
      browser = await launch(name, { extensionDir: unpacked, headless: process.env.NEWSLENS_HEADED !== '1' });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      rmSync(scratch, { recursive: true, force: true });
    }, 120_000);

    it('holds the build of package.json’s version', () => {
      const manifest = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8')) as { version: string };
      expect(manifest.version).toBe(packageVersion());
      for (const file of ['src/extension/content.js', 'src/extension/article-module.js', 'src/ui/popup/index.html', '_locales/de/messages.json']) {
        expect(existsSync(join(unpacked, file)), file).toBe(true);
      }
    });

    it(`installs and annotates ${seed ? 'the seed page (7 quotes)' : 'the German fixture article'}`, async () => {
      if (!browser || !server) throw new Error('the browser did not start (see the beforeAll error)');
      const page = await browser.openPage(new URL(seed ? 'article.html' : 'de-news-article.html', server.url).href);
      const control = await browser.openPopup(page);
      try {
        const { report } = await doneState(control, page);
        if (seed) expect(report.quotes).toHaveLength(7);
        else expect(report.quotes.length).toBeGreaterThan(2);
        const marks = drawnMarks(await readHighlights(page, 'body'));
        expect(marks.quote.length).toBeGreaterThan(0);
        expect(marks).toEqual(expectedMarks(report));
      } finally {
        await control.close();
        await page.close();
      }
    }, TEST_TIMEOUT);

    if (name === 'firefox') {
      it('passes web-ext lint: no error, no warning beyond the known ones', () => {
        const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/web-ext/bin/web-ext.js'), 'lint', '--source-dir', unpacked, '--self-hosted', '--output', 'json', '--no-config-discovery'], {
          cwd: PROJECT_ROOT,
          encoding: 'utf8',
        });
        const result = JSON.parse(run.stdout) as { errors: Array<{ code: string; file?: string }>; warnings: Array<{ code: string; file?: string; message: string }> };
        expect(result.errors).toEqual([]);
        const unknown = result.warnings.filter((warning) => !KNOWN_LINT_WARNINGS.some((known) => known.code === warning.code && known.file.test(warning.file ?? '')));
        expect(unknown.map((warning) => `${warning.code} ${warning.file ?? ''}: ${warning.message}`)).toEqual([]);
      }, TEST_TIMEOUT);
    }
  });
}
