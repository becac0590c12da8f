import { afterAll, describe, expect, it } from 'vitest';
import { pages } from '../../fixtures/pages/expected';
import { analyzePage } from '../../../src/page/analyze-page';
import { rangeForSpan } from '../../../src/page/textmap';
import { loadFixture } from './fixture-pages';
import type { LoadedPage } from '../../../src/cli/load-dom';
import '../../../src/core/languages';

const opened: LoadedPage[] = [];
afterAll(() => opened.forEach((page) => page.close()));

function analyse(file: string) {
  const page = loadFixture(file);
  opened.push(page);
  return { page, ...analyzePage(page.document) };
}

const articles = pages.filter((page) => page.isArticle);

describe.each(articles.map((page) => [page.file, page] as const))('extraction of %s', (file, expected) => {
  const { page, extraction, report } = analyse(file);

  it('finds the headline, byline, date, site and language', () => {
    if (expected.headline) expect(report.title).toBe(expected.headline);
    if (expected.byline) expect(report.byline).toContain(expected.byline);
    if (expected.published) expect(report.published?.slice(0, 10)).toBe(expected.published);
    if (expected.siteName) expect(report.siteName).toBe(expected.siteName);
    expect(report.lang).toBe(expected.lang);
  });

  it('keeps every paragraph of the article body', () => {
    for (const sentence of expected.bodyMust) expect(report.text).toContain(sentence);
  });

  it('leaves out the page furniture', () => {
    for (const furniture of expected.bodyMustNot) expect(report.text).not.toContain(furniture);
  });

  it('returns the body as ordered blocks', () => {
    if (expected.paragraphs !== undefined) expect(extraction.blocks.length).toBe(expected.paragraphs);
    expect(report.text).toBe(extraction.blocks.map((block) => block.text).join('\n\n'));
  });

  it('maps every block back to the live page', () => {
    for (const block of extraction.blocks) {
      const range = rangeForSpan(block, 0, block.text.length);
      expect(range).not.toBeNull();
      // A line break (<br>) reads as a space in the block but has no character in the page: compare without spaces.
      const squeeze = (text: string) => text.replace(/\s+/g, '');
      expect(squeeze(range!.toString())).toBe(squeeze(block.text));
      expect(page.document.contains(range!.startContainer)).toBe(true);
    }
  });
});

describe('extraction reads the page without changing it', () => {
  it('leaves the DOM exactly as it was', () => {
    const page = loadFixture('de-news-article.html');
    opened.push(page);
    const before = page.document.documentElement.outerHTML;
    analyzePage(page.document);
    expect(page.document.documentElement.outerHTML).toBe(before);
  });
});

describe('pages without an article', () => {
  it.each(['bad-empty.html', 'bad-script-only.html'])('%s gives an empty, sane report', (file) => {
    const { report } = analyse(file);
    expect(report.isArticle).toBe(false);
    expect(report.quotes).toEqual([]);
    expect(typeof report.text).toBe('string');
  });

  it('gives up cleanly past the element budget', () => {
    const page = loadFixture('de-news-article.html');
    opened.push(page);
    const { extraction } = analyzePage(page.document, { maxElements: 10 });
    expect(extraction.blocks).toEqual([]);
    expect(extraction.method).toBe('too-large');
  });
});
