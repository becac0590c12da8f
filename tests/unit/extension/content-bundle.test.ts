// The content script carries no language pack: packs reach a page one at a time from the background
// (src/extension/packs.ts). Checked on the content script's module graph, so no build is needed.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

it('the content script imports no language pack and no module that registers them all', async () => {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../../../src/extension/content.ts', import.meta.url))],
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs.some((input) => input.endsWith('src/core/languages/registry.ts'))).toBe(true);
  expect(inputs.filter((input) => /src\/core\/languages\/(index|[a-z]{2}\/index)\.ts$/.test(input) || input.endsWith('src/extension/packs.ts'))).toEqual([]);
});
