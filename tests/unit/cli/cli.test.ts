// The command line as a user runs it: real files, a real process, exit codes and output streams.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, existsSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const MAIN = join(ROOT, 'src/cli/main.ts');
const FIXTURES = join(ROOT, 'tests/fixtures/pages');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function analyze(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(TSX, [MAIN, ...args], { cwd: ROOT, maxBuffer: 20 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const work = mkdtempSync(join(tmpdir(), 'newslens-cli-'));
const body = join(work, 'body.txt');
writeFileSync(body, 'Der Konzern hat am Dienstag angekündigt, dass er die Plattform nicht mehr unterstützen wird.\n\nDas sei eine Entscheidung, die sich schon länger abgezeichnet habe, sagte eine Sprecherin der Firma am Abend.\n');

describe('npm run analyze', () => {
  it('prints the JSON report of one page, as ../shared/REPORT.md describes', async () => {
    const run = await analyze('--json', join(FIXTURES, 'de-news-article.html'));
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ isArticle: true, lang: 'de', title: 'Valtronik legt Milliardenprojekt in Dresden auf Eis' });
    expect(Array.isArray(report.quotes) && Array.isArray(report.claims) && Array.isArray(report.facts)).toBe(true);
    expect(report.text).toContain('Der Dresdner Halbleiterhersteller Valtronik');
    expect(report.text).not.toContain('Wir verwenden Cookies');
  });

  it('reads a .txt file as an article body', async () => {
    const run = await analyze('--json', body);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { isArticle: boolean; lang: string; text: string };
    expect(report.isArticle).toBe(true);
    expect(report.lang).toBe('de');
    expect(report.text.split('\n\n')).toHaveLength(2);
  });

  it('honours the page’s character set', async () => {
    const run = await analyze('--json', join(FIXTURES, 'iso-8859-1-article.html'));
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { text: string }).text).toMatch(/[äöüß]/);
  });

  it('writes one report per file with --out and prints a line each', async () => {
    const out = join(work, 'reports');
    const run = await analyze('--out', out, join(FIXTURES, 'de-news-article.html'), join(FIXTURES, 'de-product-page.html'), body);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(3);
    for (const name of ['de-news-article', 'de-product-page', 'body']) expect(existsSync(join(out, `${name}.json`))).toBe(true);
    expect((JSON.parse(readFileSync(join(out, 'de-product-page.json'), 'utf8')) as { isArticle: boolean }).isArticle).toBe(false);
  });

  it('reports unreadable files clearly, goes on with the rest, and exits non-zero at the end', async () => {
    const directory = join(work, 'a-directory.html');
    mkdirSync(directory, { recursive: true });
    const out = join(work, 'mixed');
    const run = await analyze('--out', out, join(work, 'missing.html'), directory, join(work, 'notes.pdf'), body);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('missing.html: no such file');
    expect(run.stderr).toContain('a-directory.html: it is a directory');
    expect(run.stderr).toContain('unsupported file type ".pdf"');
    expect(run.stderr).toContain('3 of 4 files failed');
    expect(existsSync(join(out, 'body.json'))).toBe(true);
  });

  it('prints a readable summary without --json', async () => {
    const page = join(work, 'sample.html');
    copyFileSync(join(FIXTURES, 'de-news-article.html'), page);
    const run = await analyze(page);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('sample.html: German article');
    expect(run.stdout).toContain('headline: Valtronik legt Milliardenprojekt in Dresden auf Eis');
    expect(run.stdout).toMatch(/body: \d+ words in \d+ blocks/);
  });

  it('explains its usage when called wrongly', async () => {
    const run = await analyze('--frobnicate');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: npm run analyze');
    expect((await analyze()).stderr).toContain('no files given');
  });
});
