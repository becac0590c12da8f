// The release version and the names of the release archives, in one place for the build
// (vite.config.ts stamps the version into each manifest), `npm run package` (src/tools/package.ts names
// the archives) and the test that installs the archives (tests/browser/packages.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type ReleaseTarget = 'chrome' | 'firefox';

/** The project's root folder (this file lives in src/tools/). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * package.json's version: the one number `npm version` bumps, the manifests carry and the archives are
 * named by.
 */
export function packageVersion(root: string = PROJECT_ROOT): string {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown };
  // Browsers take one to four dot-separated whole numbers: npm's pre-release and build suffixes would
  // make the manifest invalid, so they are refused here rather than by the browser at install.
  if (typeof version !== 'string' || !/^\d+(\.\d+){0,3}$/.test(version)) {
    throw new Error(`package.json's version "${String(version)}" is not a browser extension version (1 to 4 dot-separated numbers)`);
  }
  return version;
}

/** `dist/newslens-<target>-<version>.zip`, relative to the project root. */
export function archivePath(target: ReleaseTarget, version: string): string {
  return join('dist', `newslens-${target}-${version}.zip`);
}
