// Recording the network requests of a browser run, for the privacy test (privacy.ts): what the driver
// saw (pages, extension pages and, in Chromium, the service worker) and what reached the fixture server,
// and the difference between a run with the extension and the same run without it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtensionBrowser } from '../../src/tools/browsers';

/** Schemes that go over the network. An extension reading its own files (chrome-extension:, moz-extension:), data: and blob: do not. */
const NETWORK_SCHEME = /^(https?|wss?|ftp):/i;

export function isNetworkRequest(url: string): boolean {
  return NETWORK_SCHEME.test(url);
}

/** The requests of one run: the driver's (network ones only) and the fixture server's. */
export interface RequestLog {
  driver: string[];
  server: string[];
}

/** Starts recording `browser`'s network requests into a fresh log; `stop` ends it. */
export function recordRequests(browser: ExtensionBrowser, log: RequestLog = { driver: [], server: [] }): { log: RequestLog; stop: () => void } {
  const stop = browser.onRequest((request) => {
    if (isNetworkRequest(request.url)) log.driver.push(request.from === 'service-worker' ? `[service worker] ${request.url}` : request.url);
  });
  return { log, stop };
}

/** What `seen` holds beyond `baseline`, counting repeats: a request made twice where the page alone makes it once is one too many. */
export function beyond(seen: readonly string[], baseline: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const entry of baseline) left.set(entry, (left.get(entry) ?? 0) + 1);
  const extra: string[] = [];
  for (const entry of seen) {
    const count = left.get(entry) ?? 0;
    if (count > 0) left.set(entry, count - 1);
    else extra.push(entry);
  }
  return extra;
}

/**
 * A browser extension that does nothing: a manifest, a toolbar button, an empty background and the
 * empty page the harness uses as its control page. The same harness with it loads pages exactly as a browser without Newslens
 * would, which gives the baseline of the pages' own requests.
 */
export function writeEmptyExtension(dir: string, popupPath: string, geckoId: string): string {
  mkdirSync(join(dir, popupPath, '..'), { recursive: true });
  writeFileSync(join(dir, popupPath), '<!doctype html><meta charset="utf-8"><title>empty</title>\n');
  // An empty background: Chromium's harness finds the extension by its service worker; Firefox runs `scripts`.
  writeFileSync(join(dir, 'background.js'), '// nothing\n');
  const manifest = {
    manifest_version: 3,
    name: 'Newslens test baseline',
    version: '1.0',
    action: { default_popup: popupPath },
    background: { service_worker: 'background.js', scripts: ['background.js'] },
    browser_specific_settings: { gecko: { id: geckoId } },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}
