// Builds the extension for one browser per run: `vite build --mode chrome` → dist/chrome,
// `vite build --mode firefox` → dist/firefox. manifest.json at the root is the single source of the
// manifest; each browser's variant is derived from it here. The version is package.json's: manifest.json
// carries the same number only so that it reads as a whole (tests/unit/extension/version.test.ts).
import { defineConfig } from 'vite';
import { crx, type CrxPlugin, type ManifestV3Export } from '@crxjs/vite-plugin';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build as esbuild } from 'esbuild';
import { ARTICLE_MODULE_FILE, CONTENT_SCRIPT_FILE } from './src/extension/build-files.ts';
import { packageVersion } from './src/tools/release.ts';

type Target = 'chrome' | 'firefox';
type Manifest = Record<string, unknown> & { background: { service_worker: string; type?: string }; permissions: string[] };

export const GECKO_ID = 'newslens@newslens.org';

/** The manifest for one browser, from the single source at the root, with package.json's version. */
export function manifestFor(target: Target): ManifestV3Export {
  const base: Manifest = { ...(JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8')) as Manifest), version: packageVersion() };
  if (target === 'chrome') return base as unknown as ManifestV3Export;
  // Firefox has no background service worker in MV3: an event page with `background.scripts`, an
  // add-on id, and the data-collection declaration that Firefox 140+ asks of every new add-on.
  // Nor offscreen documents: its background page has a DOM of its own to read pages in (src/extension/reading-service.ts).
  const { minimum_chrome_version: _chromeOnly, ...rest } = base;
  return {
    ...rest,
    permissions: base.permissions.filter((permission) => permission !== 'offscreen'),
    background: { scripts: [base.background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android knows data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  } as unknown as ManifestV3Export;
}

/**
 * crxjs exposes the content script to every page as a web-accessible resource and also emits an unused
 * module copy of it. Neither is needed for a standalone script injected by the browser or by
 * scripting.executeScript, and a web-accessible file lets any page detect the extension: drop both.
 */
function tidyContentScript(target: Target): CrxPlugin {
  return {
    name: 'newslens:tidy-content-script',
    enforce: 'post',
    renderCrxManifest(manifest) {
      const resources = (manifest.web_accessible_resources ?? []).filter(
        (entry) => !entry.resources.every((resource) => resource === CONTENT_SCRIPT_FILE),
      );
      // The module for articles (extraction and marks), imported by the content script on articles.
      // Chrome serves it only under a per-session random address (use_dynamic_url), so a page cannot
      // probe for it; Firefox's moz-extension addresses are random per installation already.
      resources.push({
        resources: [ARTICLE_MODULE_FILE],
        matches: ['http://*/*', 'https://*/*'],
        ...(target === 'chrome' ? { use_dynamic_url: true } : {}),
      } as (typeof resources)[number]);
      manifest.web_accessible_resources = resources;
      return manifest;
    },
    generateBundle(_options, bundle) {
      const imported = new Set(Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [...file.imports, ...file.dynamicImports] : [])));
      for (const name of Object.keys(bundle)) {
        if (/^assets\/content\.ts-[\w-]+\.js$/.test(name) && !imported.has(name)) delete bundle[name];
      }
    },
  };
}

/**
 * Builds src/extension/article-module.ts as one self-contained ES module: the content script imports it
 * at run time, so it may not share chunks with the extension pages.
 */
function articleModule(target: Target): CrxPlugin {
  return {
    name: 'newslens:article-module',
    async generateBundle() {
      const result = await esbuild({
        entryPoints: ['src/extension/article-module.ts'],
        bundle: true,
        format: 'esm',
        minify: true,
        write: false,
        legalComments: 'none',
        target: target === 'firefox' ? 'firefox140' : 'chrome116',
      });
      const code = result.outputFiles[0]?.text;
      if (!code) throw new Error('esbuild wrote no article module');
      this.emitFile({ type: 'asset', fileName: ARTICLE_MODULE_FILE, source: code });
    },
  };
}

/**
 * webextension-polyfill rewritten as an ES module with a default export, for the build to use in place of
 * the package. The bundler's CommonJS interop copies every own property of a CommonJS module's export
 * onto a namespace object; where the browser has a native `browser` object (Firefox; Chrome 156 in content
 * scripts), the polyfill exports that object itself, and reading each property's descriptor instantiates
 * every API namespace on it: 1.1 to 1.9 ms of the content script's start on every page (Chromium traces,
 * median over 20 pages, three runs). The polyfill's own UMD header takes `module` and `exports` when they exist. Written to
 * node_modules/.cache and given as an alias, because crxjs builds the content script with the config's
 * `resolve` but without its plugins.
 */
function polyfillAsModule(): string {
  const require = createRequire(import.meta.url);
  const umd = readFileSync(require.resolve('webextension-polyfill'), 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
  const file = fileURLToPath(new URL('./node_modules/.cache/newslens/webextension-polyfill.mjs', import.meta.url));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `const module = { exports: {} };\nconst exports = module.exports;\n${umd}\nexport default module.exports;\n`);
  return file;
}

export default defineConfig(({ mode, command }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    // Only the build: the unit tests mock the package by its name.
    ...(command === 'build' ? { resolve: { alias: [{ find: /^webextension-polyfill$/, replacement: polyfillAsModule() }] } } : {}),
    plugins: [
      crx({
        manifest: manifestFor(target),
        browser: target,
        // The content script is one self-contained file: no loader, no dynamic import, nothing the page
        // could probe through web_accessible_resources.
        contentScripts: { standaloneFiles: ['src/extension/content.ts'] },
      }),
      tidyContentScript(target),
      articleModule(target),
    ],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: target === 'firefox' ? 'firefox140' : 'chrome116',
      minify: true,
      sourcemap: false,
      // Chrome's offscreen document, where the service worker has Readability read pages (no manifest entry names it).
      ...(target === 'chrome' ? { rollupOptions: { input: { offscreen: 'src/extension/offscreen.html' } } } : {}),
    },
    test: {
      include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/browser/**/*.test.ts'],
      environment: 'node',
      testTimeout: 20_000,
      hookTimeout: 120_000,
      fileParallelism: true,
    },
  };
});
