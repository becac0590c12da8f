import { afterAll, describe, expect, it } from 'vitest';
import { pages } from '../../fixtures/pages/expected';
import { detectPage } from '../../../src/page/read-page';
import { judge, pathSignals, type DetectionFeatures } from '../../../src/page/detect';
import { loadFixture } from './fixture-pages';
import { loadHtml, type LoadedPage } from '../../../src/cli/load-dom';

const opened: LoadedPage[] = [];
afterAll(() => opened.forEach((page) => page.close()));

describe('article detection on the fixture pages', () => {
  it.each(pages.map((page) => [page.file, page.isArticle] as const))('%s → article: %s', (file, isArticle) => {
    const page = loadFixture(file);
    opened.push(page);
    const { verdict } = detectPage(page.document);
    expect(verdict.isArticle).toBe(isArticle);
    expect(verdict.confidence).toBeGreaterThanOrEqual(0.5);
    expect(verdict.confidence).toBeLessThanOrEqual(1);
    expect(verdict.reasons.length).toBeGreaterThan(0);
  });

  it('names the schema.org type among its reasons', () => {
    const page = loadFixture('de-news-article.html');
    opened.push(page);
    expect(detectPage(page.document).verdict.reasons).toContain('schema.org type NewsArticle');
  });

  it('reads the page\'s text only where that could change the verdict, and decides as if it had read it all', () => {
    for (const fixture of pages) {
      const page = loadFixture(fixture.file);
      opened.push(page);
      const lazy = detectPage(page.document);
      const complete = detectPage(page.document, { complete: true });
      expect(lazy.verdict.isArticle, fixture.file).toBe(complete.verdict.isArticle);
      expect(complete.features?.dateMentions, fixture.file).not.toBeNull();
    }
    // A dated news article is decided by its markup and its text blocks: no date or price is counted,
    // and neither its links, headings, buttons, forms nor players are walked.
    const article = loadFixture('de-news-article.html');
    opened.push(article);
    const { features } = detectPage(article.document);
    const skipped = ['dateMentions', 'priceMentions', 'readMoreLinks', 'linkedHeadings', 'shopButtons', 'formFields', 'players'] as const;
    for (const key of skipped) expect(features?.[key], key).toBeNull();
    // Asked for everything, it measures everything.
    const complete = detectPage(article.document, { complete: true }).features;
    for (const key of [...skipped, 'readerable', 'markedArticleBody', 'hasAuthor', 'hasComments', 'dateNearHeadline'] as const) expect(complete?.[key], key).not.toBeNull();
  });

  it('counts the dates and prices a reader sees, not those in scripts, styles or noscript', () => {
    const page = loadHtml(`<!doctype html><html><head><title>t</title></head><body>
      <p>Am 2. April 2024 und am 3. April 2024 kostete es 12,99 €.</p>
      <script>var feed = ["01.01.2024", "02.01.2024", "03.01.2024", "04.01.2024", "5 €", "6 €", "7 €", "8 €"];</script>
      <style>.x::after { content: "09.01.2024 9 €"; }</style>
      <noscript>10.01.2024, 11.01.2024 und 12 €</noscript>
      <div><p>Zuletzt am 4. April 2024.<script>var more = "05.01.2024";</script></p></div></body></html>`, '/tmp/counted.html');
    opened.push(page);
    const { features } = detectPage(page.document, { complete: true });
    expect(features?.dateMentions).toBe(3);
    expect(features?.priceMentions).toBe(1);
  });

  it('finds a dateline in the text beside the headline, not in a script there', () => {
    const html = (dateline: string) => `<!doctype html><html><head><title>t</title></head><body>
      <header><h1>Musk droht Microsoft mit Klage</h1><script>var published = "14.03.2024";</script>${dateline}</header>
      <p>Der Unternehmer drohte dem Konzern mit einer Klage, wie er auf Twitter schrieb.</p></body></html>`;
    const undated = loadHtml(html(''), '/tmp/undated.html');
    const dated = loadHtml(html('<p><time>Berlin, 25.04.2022</time></p>'), '/tmp/dated.html');
    opened.push(undated, dated);
    expect(detectPage(undated.document, { complete: true }).features?.dateNearHeadline).toBe(false);
    expect(detectPage(dated.document, { complete: true }).features?.dateNearHeadline).toBe(true);
  });

  it('does not change the page', () => {
    const page = loadFixture('de-news-article.html');
    opened.push(page);
    const before = page.document.documentElement.outerHTML;
    detectPage(page.document);
    expect(page.document.documentElement.outerHTML).toBe(before);
  });
});

describe('judge (the weighing of evidence)', () => {
  // A plain page of continuous, dated prose with no markup of its own.
  const prose: DetectionFeatures = {
    jsonLdArticleType: null, jsonLdOtherTypes: [], ogType: null, markedArticleBody: false, articleElements: 0,
    readerable: true, proseChars: 3500, proseParagraphs: 12, topContainerChars: 3200, topContainerShare: 0.9,
    hasPublishedDate: false, dateNearHeadline: true, hasAuthor: false, h1Count: 1, priceMentions: 0, dateMentions: 1,
    readMoreLinks: 0, subHeadings: 1, players: 0, hasComments: false,
    linkedHeadings: 0, shopSignals: 0, shopButtons: false, formFields: 0, rootPath: false, listingPath: false, articlePath: false,
  };

  it.each<[string, Partial<DetectionFeatures>, boolean]>([
    ['plain prose without any markup', {}, true],
    ['schema.org NewsArticle with little text', { jsonLdArticleType: 'NewsArticle', readerable: true, proseChars: 900, proseParagraphs: 3 }, true],
    ['a product page with a long description', { jsonLdOtherTypes: ['Product'], ogType: 'product', shopSignals: 2 }, false],
    ['a home page full of linked headlines', { linkedHeadings: 30, proseParagraphs: 4, proseChars: 900, topContainerShare: 0.2, rootPath: true, ogType: 'website' }, false],
    ['a page with no continuous text', { readerable: false, proseChars: 0, proseParagraphs: 0 }, false],
    ['a search results page', { jsonLdOtherTypes: ['SearchResultsPage'], listingPath: true, linkedHeadings: 12, proseParagraphs: 2, proseChars: 300 }, false],
    ['documentation: many short sections, no date', { subHeadings: 14, proseParagraphs: 8, proseChars: 1500, readerable: false, topContainerShare: 0.4, dateNearHeadline: false }, false],
    ['a shop page that lists prices in its text', { priceMentions: 9, shopSignals: 1, dateNearHeadline: false }, false],
    ['a video page with a short description', { ogType: 'video.other', players: 1, proseChars: 900, proseParagraphs: 3, readerable: true, topContainerChars: 800, dateNearHeadline: false }, false],
    ['an undated essay with one long text', { dateNearHeadline: false, hasAuthor: true }, true],
    ['a listing whose dates and prices were counted', { dateMentions: 20, priceMentions: 6, dateNearHeadline: false, proseChars: 1300, topContainerShare: 0.4 }, false],
    ['the same page with the counts not taken', { dateMentions: null, priceMentions: null, dateNearHeadline: false, proseChars: 1300, topContainerShare: 0.4 }, true],
    // Not measured (null) counts neither way: the same signed, commented page with its readability unmeasured and measured false.
    ['readability not measured', { readerable: null, proseChars: 1300, topContainerShare: 0.4, dateNearHeadline: false, hasAuthor: true, hasComments: true, articlePath: true }, true],
    ['readability measured: no continuous text', { readerable: false, proseChars: 1300, topContainerShare: 0.4, dateNearHeadline: false, hasAuthor: true, hasComments: true, articlePath: true }, false],
    ['a selling button counts like selling markup', { shopButtons: true, shopSignals: 1, dateNearHeadline: false, proseChars: 1300 }, false],
  ])('%s → %s', (_label, change, expected) => {
    expect(judge({ ...prose, ...change }).isArticle).toBe(expected);
  });

  it('is surer the stronger the evidence', () => {
    const weak = judge({ ...prose, proseChars: 1300, proseParagraphs: 5, readerable: true, dateNearHeadline: false });
    const strong = judge({ ...prose, jsonLdArticleType: 'NewsArticle', ogType: 'article', markedArticleBody: true });
    expect(strong.confidence).toBeGreaterThan(weak.confidence);
  });
});

describe('what the address says (pathSignals)', () => {
  const root = { rootPath: true, listingPath: false, articlePath: false };
  const listing = { rootPath: false, listingPath: true, articlePath: false };
  const neither = { rootPath: false, listingPath: false, articlePath: false };
  it.each<[string, ReturnType<typeof pathSignals>]>([
    ['https://example.org/', root],
    ['https://example.org/index.html', root],
    ['https://example.org/de/', root],
    ['https://neubau.example.ch/de/index.html', root],
    ['https://example.org/en-gb/home', root],
    ['https://web.archive.org/web/20160401095740/http://www.example.de/', root],
    // A post addressed by its number on the root is an article, not the home page.
    ['https://blog.example.de/?p=2895', neither],
    ['https://example.org/tag/klima/', listing],
    ['https://example.org/suche?q=musk', listing],
    ['https://www.example.de/blog/', listing],
    ['https://www.example.de/presse', listing],
    ['https://www.example.de/presse/musk-droht-microsoft-mit-klage', { ...neither, articlePath: true }],
    ['https://www.example.de/blog/2024/03/musk-klage/', { ...neither, articlePath: true }],
    ['https://www.example.de/de/blogger/', neither],
    ['https://www.example.ch/de_ch/', root],
    ['https://twitter.com/FN_eV', neither],
    ['https://example.org/2024/3/', { ...neither, articlePath: true }],
    ['https://example.org/2024/23/x', neither],
    ['https://example.org/news/a_b-c', neither],
    ['https://example.org/news/a_b-c-d', { ...neither, articlePath: true }],
    ['https://example.org/item/123456', { ...neither, articlePath: true }],
    ['https://example.org/?page=2', { ...root, listingPath: true }],
    ['not an address', neither],
  ])('%s', (url, expected) => {
    expect(pathSignals(url)).toEqual(expected);
  });
});

describe('the size budget', () => {
  it('does not judge a page beyond its element budget, and says why', () => {
    const page = loadFixture('de-news-article.html');
    opened.push(page);
    const detection = detectPage(page.document, { maxElements: 50 });
    expect(detection.verdict.isArticle).toBe(false);
    expect(detection.features).toBeNull();
    expect(detection.verdict.reasons[0]).toMatch(/too large .* \(\d[\d,]* elements\)/);
    expect(detection.elementCount).toBeGreaterThan(50);
  });
});

describe('editors', () => {
  it('counts no prose inside a contenteditable editor (a post being written is not an article)', () => {
    const paragraph = (i: number) => `<p>Paragraph ${i} of a long post that someone is still writing, with sentences, commas and a full stop at the end of each one.</p>`;
    const body = Array.from({ length: 12 }, (_, i) => paragraph(i)).join('');
    const read = (html: string) => {
      const page = loadHtml(`<!DOCTYPE html><html lang="en"><head><title>Editor</title></head><body>${html}</body></html>`, 'editor.html');
      opened.push(page);
      return detectPage(page.document).features;
    };
    expect(read(`<main>${body}</main>`)?.proseParagraphs).toBe(12);
    expect(read(`<main contenteditable="true">${body}</main>`)?.proseParagraphs).toBe(0);
    expect(read(`<main contenteditable="true"><div contenteditable="FALSE">${body}</div></main>`)?.proseParagraphs).toBe(12);
  });
});
