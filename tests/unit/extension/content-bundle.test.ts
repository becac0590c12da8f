// The content script carries no language pack, nor the cross-language names every pack includes: packs
// reach a page one at a time from the background (src/extension/packs.ts). Checked on the content
// script's module graph, so no build is needed.
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

it('the content script imports no language pack and no module that registers them all', async () => {
  const inputs = await contentInputs();
  expect(inputs.some((input) => input.endsWith('src/core/languages/registry.ts'))).toBe(true);
  expect(inputs.filter((input) => /src\/core\/languages\/(index|[a-z]{2}\/index)\.ts$/.test(input) || input.endsWith('src/extension/packs.ts'))).toEqual([]);
});

it('the content script carries no gazetteer or given names: they come with the pack', async () => {
  const inputs = await contentInputs();
  // The entity finder is there, the name lists it reads are not.
  expect(inputs.some((input) => input.endsWith('src/core/entities/gazetteer.ts'))).toBe(true);
  expect(inputs.filter((input) => input.endsWith('src/core/languages/names.ts'))).toEqual([]);
});

it('the content script leaves the page-marking code to the module it imports on articles', async () => {
  const inputs = await contentInputs();
  expect(inputs.some((input) => input.endsWith('src/extension/annotate-module-file.ts'))).toBe(true);
  expect(inputs.filter((input) => input.includes('src/page/annotate/') && !input.endsWith('categories.ts'))).toEqual([]);
});
