// Where Readability is asked to look (src/page/reading-scope.ts) and the scoped copy it reads
// (src/page/clone-map.ts): the article's neighbourhood with its headline, without the site's footer and
// side boxes; the same reading as of the whole page; every copied text node mapped back to the live one.
import { Readability } from '@mozilla/readability';
import { afterAll, describe, expect, it } from 'vitest';
import { readingScope } from '../../../src/page/reading-scope';
import { cloneForReading, ID_ATTRIBUTE } from '../../../src/page/clone-map';
import { loadFixture } from './fixture-pages';
import { loadHtml, type LoadedPage } from '../../../src/cli/load-dom';

const opened: LoadedPage[] = [];
afterAll(() => opened.forEach((page) => page.close()));

function open(file: string): Document {
  const page = loadFixture(file);
  opened.push(page);
  return page.document;
}

function readabilityText(doc: Document, scope: Element | null): string {
  const { clone } = cloneForReading(doc, scope);
  const parsed = new Readability(clone).parse();
  return (parsed?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('readingScope', () => {
  it.each([
    ['de-news-article.html', ['.site-footer', '.sidebar']],
    ['en-news-article.html', ['.site-foot', '.rail']],
    ['en-blog-post.html', ['.site-footer', '.sidebar']],
  ])('%s: the article with its headline, not the site around it', (file, outside) => {
    const doc = open(file);
    const scope = readingScope(doc);
    expect(scope).not.toBeNull();
    expect(scope).not.toBe(doc.body);
    expect(scope?.contains(doc.querySelector('h1'))).toBe(true);
    for (const selector of outside) {
      const element = doc.querySelector(selector);
      expect(element, selector).not.toBeNull();
      expect(scope?.contains(element), selector).toBe(false);
    }
  });

  it.each([
    ['de-news-article.html'],
    ['en-news-article.html'],
    ['en-blog-post.html'],
    ['rtl-article.html'],
  ])('%s: Readability reads the same article in the scope as in the whole page', (file) => {
    const doc = open(file);
    const scoped = readabilityText(doc, readingScope(doc));
    expect(scoped.length).toBeGreaterThan(500);
    expect(scoped).toBe(readabilityText(doc, null));
  });

  describe('a post written in lines with <br>, no <p>, above a comment section written in <p>', () => {
    const line = (words: string) => `${words} Der Rezensent las das Buch an zwei Abenden und fand die zweite Hälfte deutlich stärker als die erste.`;
    const post = (lines: string[]) => `<div class="post-body" id="post"><b>Buchinfos:</b><br>Seiten: 448<br><br>${lines.join('<br>\n')}<br></div>`;
    const comments = `<div class="post-footer"><div class="discussion"><div class="thread"><div id="comments">${Array.from({ length: 6 }, (_, i) => `<p>Kommentar ${i + 1}: Ich freue mich über eure Kommentare, eine Antwort kann manchmal etwas länger dauern, aber sie kommt ganz bestimmt.</p>`).join('')}</div></div></div></div>`;
    const page = (body: string) => {
      const loaded = loadHtml(`<!doctype html><html lang="de"><body><header><h1>Rezension: Sehnsucht</h1></header><main>${body}</main>${comments}</body></html>`, '/fixtures/post.html');
      opened.push(loaded);
      return loaded.document;
    };

    it('takes the post into the scope, so Readability can read it', () => {
      const doc = page(post([line('Erstens:'), line('Zweitens:'), line('Drittens:'), line('Viertens:'), line('Fünftens:'), line('Zuletzt:')]));
      const scope = readingScope(doc);
      expect(scope === null || scope.contains(doc.getElementById('post'))).toBe(true);
      expect(readabilityText(doc, scope)).toContain('Fünftens: Der Rezensent las das Buch');
    });

    it('does not count lines of links as prose', () => {
      const links = Array.from({ length: 12 }, (_, i) => `<a href="/archiv/${i}">Ältere Beiträge aus dem Archiv, Folge ${i + 1}</a>`).join('<br>');
      const doc = page(`<div id="archive">${links}</div><div id="post"><p>${line('Kurz:')}</p></div>`);
      const scope = readingScope(doc);
      expect(scope?.contains(doc.getElementById('archive')) ?? false).toBe(false);
    });
  });

  it.each([['bad-empty.html'], ['bad-script-only.html']])('%s: no prose to place an article by: the whole page', (file) => {
    expect(readingScope(open(file))).toBeNull();
  });
});

describe('cloneForReading with a scope', () => {
  it('copies the head and the scope only, and maps every copied text node back to the live one', () => {
    const doc = open('de-news-article.html');
    const scope = readingScope(doc) as Element;
    const { clone, toLive } = cloneForReading(doc, scope);
    expect(clone.title).toBe(doc.title);
    expect(clone.documentElement.getAttribute('lang')).toBe(doc.documentElement.getAttribute('lang'));
    expect(clone.body.children).toHaveLength(1);
    expect(clone.querySelector('.site-footer')).toBeNull();
    const walker = clone.createTreeWalker(clone.body, 4);
    let mapped = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const live = toLive(node as Text);
      expect(live?.data).toBe((node as Text).data);
      expect(scope.contains(live ?? null)).toBe(true);
      mapped++;
    }
    expect(mapped).toBeGreaterThan(20);
  });

  it('made for reading away, names every text node by element and place, as the reading away does, without pairing them in order', () => {
    const doc = open('de-news-article.html');
    const scope = readingScope(doc) as Element;
    const copy = cloneForReading(doc, scope, { pairTexts: false });
    let named = 0;
    for (const element of Array.from(copy.clone.body.querySelectorAll(`[${ID_ATTRIBUTE}]`))) {
      const index = Number(element.getAttribute(ID_ATTRIBUTE));
      let place = 0;
      for (let child = element.firstChild; child; child = child.nextSibling) {
        if (child.nodeType !== 3 || (child as Text).data.length === 0) continue;
        const live = copy.liveText(index, place++);
        expect(live?.data).toBe((child as Text).data);
        expect(scope.contains(live ?? null)).toBe(true);
        named++;
      }
    }
    expect(named).toBeGreaterThan(20);
  });
});

describe('cloneForReading leaves the page’s code and styles alone', () => {
  const html = `<html><head><style>body { color: red }</style><title>T</title></head><body><main><article><h1>Titel</h1><style>.x { color: blue }</style><x-widget>Ein Widget</x-widget>${'<p>Ein Absatz mit genug Text, damit er als Prosa zählt und der Artikel gefunden wird, und noch etwas.</p>'.repeat(10)}</article></main><footer>Fuß</footer></body></html>`;

  it.each([
    ['with a scope', true],
    ['of the whole page', false],
  ])('%s: runs no custom element constructor of the page, copies no CSS, and still pairs every text node', (_name, scoped) => {
    const page = loadHtml(html, '/tmp/widget.html');
    opened.push(page);
    const doc = page.document;
    const view = doc.defaultView as unknown as { customElements: CustomElementRegistry; HTMLElement: typeof HTMLElement };
    let constructed = 0;
    view.customElements.define('x-widget', class extends view.HTMLElement {
      constructor() {
        super();
        constructed++;
      }
    });
    expect(constructed).toBe(1);
    const scope = scoped ? readingScope(doc) : null;
    if (scoped) expect(scope?.tagName).toBe('ARTICLE');
    const { clone, toLive } = cloneForReading(doc, scope);
    expect(constructed).toBe(1);
    // The whole page keeps its style sheets, emptied; a scoped copy keeps none of the head's.
    expect(Array.from(clone.getElementsByTagName('style')).map((style) => style.textContent)).toEqual(scoped ? [''] : ['', '']);
    const walker = clone.createTreeWalker(clone.body, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const live = toLive(node as Text);
      if ((node as Text).data) expect(live?.data).toBe((node as Text).data);
    }
    expect(doc.querySelector('article style')?.textContent).toBe('.x { color: blue }');
  });

  it('keeps of the head, in a scoped copy, what Readability reads there and drops the rest', () => {
    const page = loadHtml(
      html.replace(
        '<title>T</title>',
        '<title>T</title><base href="https://tagesblick.example/"><meta name="author" content="Anna Berger"><script>var tracking = 1;</script><script type="application/ld+json">{"@type":"NewsArticle"}</script><link rel="stylesheet" href="a.css"><noscript>Bitte JavaScript einschalten</noscript>',
      ),
      '/tmp/head.html',
    );
    opened.push(page);
    const { clone } = cloneForReading(page.document, readingScope(page.document));
    expect(Array.from(clone.head.children).map((element) => element.tagName)).toEqual(['TITLE', 'BASE', 'META', 'SCRIPT']);
    expect(clone.title).toBe('T');
    expect(clone.querySelector('script')?.getAttribute('type')).toBe('application/ld+json');
  });
});
