// Scripts for the benchmark's pages: our page code and the anchors (Readability, mark.js), bundled by
// esbuild into one IIFE each, for evaluating in a page or in an isolated world.
import { build, type BuildOptions } from 'esbuild';

/** A script for a page (an IIFE for Chromium), bundled by esbuild from an entry file or from source text. */
export async function bundleForPage(entry: Pick<BuildOptions, 'entryPoints' | 'stdin'>, what: string): Promise<string> {
  const result = await build({ ...entry, bundle: true, format: 'iife', platform: 'browser', target: 'chrome116', minify: true, write: false, logLevel: 'silent' });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error(`esbuild produced no bundle for ${what}`);
  return code;
}
