// Loads the hand-written fixture pages into jsdom the way the command line does (bytes → charset
// sniffing → DOM), for the page-layer tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeHtml } from '../../../src/cli/decode';
import { loadHtml, type LoadedPage } from '../../../src/cli/load-dom';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

/** Loads a fixture page; `url` stands in for the address it would have on the web. */
export function loadFixture(file: string): LoadedPage {
  const path = FIXTURES + file;
  return loadHtml(decodeHtml(readFileSync(path)).text, path);
}
