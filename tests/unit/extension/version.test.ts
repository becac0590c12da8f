// One version for a release: package.json's. The build stamps it into both browsers' manifests
// (vite.config.ts manifestFor), `npm run package` names the archives by it, and manifest.json at the
// root, which a reader may look at first, must not say otherwise.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { manifestFor } from '../../../vite.config';
import { archivePath, packageVersion, PROJECT_ROOT } from '../../../src/tools/release';

const read = (file: string) => JSON.parse(readFileSync(join(PROJECT_ROOT, file), 'utf8')) as { version: string };

describe('the release version', () => {
  it('is package.json’s, and manifest.json says the same', () => {
    expect(packageVersion()).toBe(read('package.json').version);
    expect(read('manifest.json').version).toBe(packageVersion());
  });

  it.each(['chrome', 'firefox'] as const)('is stamped into the %s manifest by the build', (target) => {
    expect((manifestFor(target) as { version: string }).version).toBe(packageVersion());
  });

  it('names the archives', () => {
    expect(archivePath('chrome', '1.2.3')).toBe(join('dist', 'newslens-chrome-1.2.3.zip'));
    expect(archivePath('firefox', '1.2.3')).toBe(join('dist', 'newslens-firefox-1.2.3.zip'));
  });

  describe('refuses what a browser would not install', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newslens-version-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each([['1.0.0-beta.1'], ['1.0.0+build'], ['1.2.3.4.5'], ['v1.0'], [''], [7]])('version %j', (version) => {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ version }));
      expect(() => packageVersion(dir)).toThrow(/not a browser extension version/);
    });

    it.each([['1'], ['0.1.0'], ['2024.3.14.2']])('but takes %s', (version) => {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ version }));
      expect(packageVersion(dir)).toBe(version);
    });
  });
});
