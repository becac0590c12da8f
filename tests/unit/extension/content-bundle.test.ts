// What the content script carries: detection, but no analysis and no language pack (the background
// analyses: src/extension/background.ts), and extraction and the marks only as a module it imports on
// articles. Checked on the module graphs of the two entries, so no build is needed.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

/** The source files the bundle of an entry of src/extension is made of. */
async function inputsOf(entry: 'content.ts' | 'article-module.ts'): Promise<string[]> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`../../../src/extension/${entry}`, import.meta.url))],
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    logLevel: 'silent',
  });
  // The files that put code in the bundle (an import whose code is all shaken out puts none).
  return Object.entries(Object.values(result.metafile.outputs)[0]?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => file);
}

it('the content script carries no analysis and no language pack: the background analyses', async () => {
  const inputs = await inputsOf('content.ts');
  // Detection is there, the analysis is not (its reasons' message keys aside).
  expect(inputs.some((input) => input.endsWith('src/page/detect.ts'))).toBe(true);
  const analysis = inputs.filter((input) => /src\/core\/(analysis|entities|facts|langid|languages)\//.test(input) && !input.endsWith('src/core/analysis/reasons.ts'));
  expect(analysis).toEqual([]);
  expect(inputs.filter((input) => input.endsWith('src/core/analyze.ts'))).toEqual([]);
});

it('the content script leaves extraction, Readability and the marks to the module it imports on articles', async () => {
  const inputs = await inputsOf('content.ts');
  expect(inputs.some((input) => input.endsWith('src/extension/build-files.ts'))).toBe(true);
  expect(inputs.filter((input) => input.includes('src/page/annotate/') && !input.endsWith('categories.ts'))).toEqual([]);
  const extraction = ['src/page/extract.ts', 'src/page/reading-scope.ts', 'src/page/textmap.ts', 'src/page/readability-reading.ts', '@mozilla/readability/Readability.js'];
  expect(inputs.filter((input) => extraction.some((file) => input.endsWith(file)))).toEqual([]);
  // Detection asks Readability for its first gate only.
  expect(inputs.some((input) => input.endsWith('@mozilla/readability/Readability-readerable.js'))).toBe(true);
});

it('the article module holds extraction, Readability and the marks, and no analysis', async () => {
  const inputs = await inputsOf('article-module.ts');
  for (const file of ['src/page/extract.ts', 'src/page/textmap.ts', '@mozilla/readability/Readability.js', 'src/page/annotate/annotator.ts']) {
    expect(inputs.some((input) => input.endsWith(file)), file).toBe(true);
  }
  // The marks' cards name a claim's reason through the analysis's message keys (reasons.ts), nothing more of it.
  expect(inputs.filter((input) => /src\/core\/(analysis|entities|facts|langid|languages)\//.test(input) && !input.endsWith('src/core/analysis/reasons.ts'))).toEqual([]);
});
