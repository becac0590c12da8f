// Analyses one file for the command line: an HTML page through detection, extraction and analysis (the
// browser's path, on jsdom), or a plain-text article body straight into the analysis.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Report } from '../core/report';
import { analyzeArticle, blocksFromPlainText } from '../core/analyze';
import { analyzePage } from '../page/analyze-page';
import { decodeHtml, decodeText } from './decode';
import { loadHtml } from './load-dom';
// The command line analyses every language: all packs are registered.
import '../core/languages';

export class InputError extends Error {}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

export async function analyzeFile(path: string): Promise<Report> {
  const extension = extname(path).toLowerCase();
  if (!HTML_EXTENSIONS.has(extension) && extension !== '.txt') {
    throw new InputError(`unsupported file type "${extension || '(none)'}": give a saved page (.html, .htm) or an article body (.txt)`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new InputError(`cannot read ${path}: ${why}`);
  }
  if (extension === '.txt') {
    const { text } = decodeText(bytes);
    return analyzeArticle({ blocks: blocksFromPlainText(text), title: null, byline: null, published: null, siteName: null, declaredLang: null });
  }
  const { text } = decodeHtml(bytes);
  const page = loadHtml(text, path);
  try {
    return analyzePage(page.document).report;
  } finally {
    page.close();
  }
}
