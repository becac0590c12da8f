// `npm run package` (which builds first): zips each built extension (dist/chrome, dist/firefox) into an
// installable archive named by package.json's version: dist/newslens-chrome-VERSION.zip for the Chrome
// Web Store or "Load unpacked", and dist/newslens-firefox-VERSION.zip for addons.mozilla.org or
// about:debugging. A build whose manifest carries another version is stale and is not packaged.
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { archivePath, packageVersion, PROJECT_ROOT } from './release';

const root = PROJECT_ROOT;
const version = packageVersion(root);

function addTree(dir: string, base: string, into: Zippable): number {
  let count = 0;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) count += addTree(path, base, into);
    else {
      // Fixed timestamps keep the archive byte-for-byte reproducible.
      into[relative(base, path)] = [readFileSync(path), { mtime: new Date('2020-01-01T00:00:00Z') }];
      count++;
    }
  }
  return count;
}

let failed = false;
for (const target of ['chrome', 'firefox'] as const) {
  const dir = join(root, 'dist', target);
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`package: ${dir} has no manifest.json; run npm run build first`);
    failed = true;
    continue;
  }
  const built = (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version?: string }).version;
  if (built !== version) {
    console.error(`package: ${relative(root, dir)} was built as version ${built ?? '(none)'}, package.json says ${version}; run npm run build first`);
    failed = true;
    continue;
  }
  const files: Zippable = {};
  const count = addTree(dir, dir, files);
  const archive = zipSync(files, { level: 9 });
  const out = join(root, archivePath(target, version));
  // Written aside and renamed into place, so that a reader (the package test of the other browser, run
  // in parallel) never sees half an archive.
  writeFileSync(`${out}.${process.pid}.tmp`, archive);
  renameSync(`${out}.${process.pid}.tmp`, out);
  console.log(`package: ${relative(root, out)} (${count} files, ${(archive.length / 1024).toFixed(1)} KiB)`);
}
process.exitCode = failed ? 1 : 0;
