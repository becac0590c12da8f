// What the content script carries: detection, extraction and the marks, but no analysis and no language
// pack (the background analyses: src/extension/background.ts), and the marking code only as a module it
// imports on articles. Checked on the content script's module graph, so no build is needed.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

/** The source files the content script's bundle is made of. */
async function contentInputs(): Promise<string[]> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../../../src/extension/content.ts', import.meta.url))],
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

it('the content script carries no analysis and no language pack: the background analyses', async () => {
  const inputs = await contentInputs();
  // Detection and extraction are there, the analysis is not (its reasons' message keys aside).
  expect(inputs.some((input) => input.endsWith('src/page/detect.ts'))).toBe(true);
  expect(inputs.some((input) => input.endsWith('src/page/extract.ts'))).toBe(true);
  const analysis = inputs.filter((input) => /src\/core\/(analysis|entities|facts|langid|languages)\//.test(input) && !input.endsWith('src/core/analysis/reasons.ts'));
  expect(analysis).toEqual([]);
  expect(inputs.filter((input) => input.endsWith('src/core/analyze.ts'))).toEqual([]);
});

it('the content script leaves the page-marking code to the module it imports on articles', async () => {
  const inputs = await contentInputs();
  expect(inputs.some((input) => input.endsWith('src/extension/annotate-module-file.ts'))).toBe(true);
  expect(inputs.filter((input) => input.includes('src/page/annotate/') && !input.endsWith('categories.ts'))).toEqual([]);
});
