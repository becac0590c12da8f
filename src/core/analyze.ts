// The analysis seam: article blocks in, report out. Pure: no DOM, no browser API, so the same code runs
// in the extension's background and in the command line.
import type { ArticleInput } from './article';
import type { Report, Verdict } from './report';
import { analyzeBlocks } from './analysis';
import { packFor } from './languages/registry';
import { detectLanguage } from './langid/detect';
import { collapseWhitespace, countWords } from './text';

export interface AnalyzeOptions {
  /** The page-level verdict; a plain-text article is an article by definition. */
  verdict?: Verdict;
}

/** The language the analysis will read the article in: its text checked against the page's declared language. */
export function articleLanguage(input: ArticleInput): string | null {
  const text = input.blocks.map((block) => block.text).join('\n\n');
  return detectLanguage(text || input.title || '', input.declaredLang).lang;
}

export function analyzeArticle(input: ArticleInput, options: AnalyzeOptions = {}): Report {
  const text = input.blocks.map((block) => block.text).join('\n\n');
  const language = detectLanguage(text || input.title || '', input.declaredLang);
  const verdict = options.verdict;
  const pack = packFor(language.lang);
  // Pages judged not to be articles are not analysed: nothing is highlighted there.
  const findings = pack && (!verdict || verdict.isArticle)
    ? analyzeBlocks(input.blocks.map((block) => block.text), pack, input.published)
    : { quotes: [], claims: [], facts: [] };
  const report: Report = {
    isArticle: verdict ? verdict.isArticle : true,
    lang: language.lang,
    title: input.title,
    text,
    quotes: findings.quotes,
    claims: findings.claims,
    facts: findings.facts,
    byline: input.byline,
    published: input.published,
    siteName: input.siteName,
    wordCount: countWords(text),
  };
  if (verdict) report.verdict = verdict;
  return report;
}

/** Splits a plain-text article body into paragraph blocks: paragraphs are separated by blank lines. */
export function blocksFromPlainText(text: string): ArticleInput['blocks'] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n[ \t]*\r?\n/)
    .map(collapseWhitespace)
    .filter((part) => part.length > 0)
    .map((part) => ({ kind: 'paragraph' as const, text: part }));
}
