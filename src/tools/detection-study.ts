// Development tool: shows how article detection decides on a labelled corpus set, page by page, so its
// evidence and weights can be studied. Reads the corpus where it lies (../shared/corpus by default);
// nothing is copied.
//
//   npx tsx src/tools/detection-study.ts [--dump FILE.json] SET...
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { decodeHtml } from '../cli/decode';
import { loadHtml } from '../cli/load-dom';
import { detectPage } from '../page/read-page';
import { judge, type DetectionFeatures } from '../page/detect';

const args = process.argv.slice(2);
const dumpAt = args.indexOf('--dump');
const dumpFile = dumpAt >= 0 ? args.splice(dumpAt, 2)[1] : undefined;
const corpus = process.env.CORPUS ?? new URL('../../../shared/corpus', import.meta.url).pathname;

interface Row {
  set: string;
  name: string;
  kind: string | undefined;
  gold: boolean;
  features: DetectionFeatures;
  millis: number;
}

const rows: Row[] = [];
for (const set of args) {
  const goldDir = join(corpus, set, 'gold');
  const docsDir = join(corpus, set, 'docs');
  if (!existsSync(goldDir)) {
    console.error(`no corpus set ${set} at ${goldDir}`);
    continue;
  }
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as { isArticle?: boolean; kind?: string };
    if (typeof gold.isArticle !== 'boolean') continue;
    const name = basename(file, '.json');
    const html = ['.html', '.htm'].map((ext) => join(docsDir, name + ext)).find(existsSync);
    if (!html) continue;
    const page = loadHtml(decodeHtml(readFileSync(html)).text, html);
    const started = performance.now();
    const detection = detectPage(page.document, { complete: true });
    const millis = performance.now() - started;
    page.close();
    if (detection.features) rows.push({ set, name, kind: gold.kind, gold: gold.isArticle, features: detection.features, millis });
    else console.log(`TOO LARGE ${set}/${name}: ${detection.verdict.reasons.join('; ')}`);
  }
}

let wrong = 0;
for (const row of rows) {
  const verdict = judge(row.features);
  if (verdict.isArticle === row.gold) continue;
  wrong++;
  console.log(`${row.gold ? 'MISSED ARTICLE' : 'FALSE ARTICLE '} ${row.set}/${row.name} (${row.kind ?? '-'}) conf ${verdict.confidence}: ${verdict.reasons.join('; ')}`);
  console.log(`   ${JSON.stringify(row.features)}`);
}
const positives = rows.filter((row) => row.gold);
const negatives = rows.filter((row) => !row.gold);
const found = positives.filter((row) => judge(row.features).isArticle).length;
const rejected = negatives.filter((row) => !judge(row.features).isArticle).length;
console.log(`\n${rows.length} pages, ${wrong} wrong; articles found ${found}/${positives.length}; non-articles rejected ${rejected}/${negatives.length}`);
if (dumpFile) writeFileSync(dumpFile, JSON.stringify(rows));
