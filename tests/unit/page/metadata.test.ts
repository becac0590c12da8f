// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../../src/page/jsonld';
import { readMetadata } from '../../../src/page/metadata';

function page(head: string, attributes = ''): Document {
  return new DOMParser().parseFromString(`<!doctype html><html ${attributes}><head>${head}</head><body><p>x</p></body></html>`, 'text/html');
}
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

describe('readJsonLd', () => {
  it.each<[string, string, string | null, string[]]>([
    ['a plain NewsArticle', ld('{"@context":"https://schema.org","@type":"NewsArticle","headline":"Titel","author":{"@type":"Person","name":"Anna Berger"},"datePublished":"2024-03-14"}'), 'NewsArticle', ['NewsArticle']],
    ['an article inside @graph', ld('{"@graph":[{"@type":"WebSite"},{"@type":["BlogPosting"],"headline":"Post"}]}'), 'BlogPosting', ['WebSite', 'BlogPosting']],
    ['an article as a WebPage’s mainEntity', ld('{"@type":"WebPage","mainEntity":{"@type":"ReportageNewsArticle","headline":"R"}}'), 'ReportageNewsArticle', ['WebPage', 'ReportageNewsArticle']],
    ['full schema.org URLs as types', ld('{"@type":"http://schema.org/Article","name":"A"}'), 'Article', ['Article']],
    ['a JSON array of entities', ld('[{"@type":"Organization"},{"@type":"Product","name":"Mühle"}]'), null, ['Organization', 'Product']],
    ['NewsArticles listed in an ItemList are not the page’s article', ld('{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","headline":"Teaser"}]}'), null, ['ItemList']],
    ['broken JSON next to good JSON', ld('{"@type": "NewsArticle",') + ld('{"@type":"Product"}'), null, ['Product']],
    ['JSON wrapped in CDATA', ld('<![CDATA[{"@type":"NewsArticle","headline":"C"}]]>'), 'NewsArticle', ['NewsArticle']],
    ['JSON wrapped in an HTML comment', ld('<!-- {"@type":"BlogPosting","headline":"K"} -->'), 'BlogPosting', ['BlogPosting']],
    ['https schema.org URLs and stray spaces', ld('{"@type":["https://schema.org/NewsArticle "," WebPage"]}'), 'NewsArticle', ['NewsArticle', 'WebPage']],
    ['no JSON-LD at all', '', null, []],
  ])('%s', (_label, head, articleType, types) => {
    const summary = readJsonLd(page(head));
    expect(summary.article?.type ?? null).toBe(articleType);
    expect(summary.types).toEqual(types);
  });

  it('reads the article’s fields, names from objects and lists', () => {
    const summary = readJsonLd(page(ld('{"@type":"NewsArticle","headline":" Titel ","author":[{"name":"A. Berger"},{"name":"B. Klein"}],"datePublished":"2024-03-14T17:42:00+01:00","publisher":{"@type":"Organization","name":"Tagesblick"},"inLanguage":"de-DE"}')));
    expect(summary.article).toEqual({ type: 'NewsArticle', headline: 'Titel', author: 'A. Berger, B. Klein', datePublished: '2024-03-14T17:42:00+01:00', publisher: 'Tagesblick', inLanguage: 'de-DE' });
  });
});

describe('readMetadata', () => {
  it('reads Open Graph, article and author tags, case-insensitively', () => {
    const meta = readMetadata(page('<title> Seite </title><meta property="OG:TYPE" content="Article"><meta property="og:title" content="Titel"><meta property="og:site_name" content="Tagesblick"><meta name="author" content="Anna Berger"><meta property="article:published_time" content="2024-03-14"><link rel="canonical" href="https://tagesblick.example/a/1">', 'lang="de-DE"'));
    expect(meta).toMatchObject({ declaredLang: 'de-DE', documentTitle: 'Seite', ogType: 'article', ogTitle: 'Titel', siteName: 'Tagesblick', author: 'Anna Berger', published: '2024-03-14', url: 'https://tagesblick.example/a/1' });
  });

  it('falls back to og:locale and <time datetime> when the page says nothing else', () => {
    const doc = page('<meta property="og:locale" content="fr_FR">');
    doc.body.innerHTML = '<time datetime="2021-05-01">1 mai</time>';
    expect(readMetadata(doc)).toMatchObject({ declaredLang: 'fr_FR', published: '2021-05-01', ogType: null, author: null });
  });

  it('ignores a canonical address that is not a web address, and falls back to the document’s own', () => {
    const doc = page('<link rel="canonical" href="javascript:alert(1)">');
    expect(readMetadata(doc).url).toBe(doc.URL);
  });
});
