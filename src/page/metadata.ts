// The page's own statements about itself: <html lang>, <title>, Open Graph and article meta tags,
// schema.org JSON-LD, the canonical URL. Read once, cheaply, without touching the page.
import { readJsonLd, type JsonLdSummary } from './jsonld';

export interface PageMetadata {
  url: string | null;
  declaredLang: string | null;
  documentTitle: string | null;
  ogType: string | null;
  ogTitle: string | null;
  siteName: string | null;
  author: string | null;
  published: string | null;
  /** The page's summary of itself (Open Graph, meta or Twitter description), which sites often take from the standfirst. */
  description: string | null;
  jsonLd: JsonLdSummary;
}

/** The page's <meta> values by lower-cased property, name, itemprop or http-equiv; the first one wins. */
type MetaTags = Map<string, string>;

function metaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  // One pass over the <meta> elements: far cheaper than a selector query per key.
  for (const element of Array.from(doc.getElementsByTagName('meta'))) {
    const content = element.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function first(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key);
    if (value) return value;
  }
  return null;
}

function pageUrl(doc: Document, tags: MetaTags): string | null {
  const canonical = doc.querySelector('link[rel="canonical" i]')?.getAttribute('href') ?? first(tags, 'og:url');
  const candidates = [canonical, doc.location?.href ?? null, doc.URL];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate, doc.baseURI);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // not a URL; try the next one
    }
  }
  return null;
}

export function readMetadata(doc: Document): PageMetadata {
  const jsonLd = readJsonLd(doc);
  const tags = metaTags(doc);
  const langAttr = doc.documentElement?.getAttribute('lang') || doc.documentElement?.getAttribute('xml:lang');
  return {
    url: pageUrl(doc, tags),
    declaredLang: langAttr?.trim() || first(tags, 'content-language', 'og:locale', 'language', 'dc.language') || jsonLd.article?.inLanguage || null,
    documentTitle: doc.title?.trim() || null,
    ogType: first(tags, 'og:type')?.toLowerCase() ?? null,
    ogTitle: first(tags, 'og:title', 'twitter:title'),
    siteName: first(tags, 'og:site_name', 'application-name') ?? jsonLd.article?.publisher ?? null,
    author: jsonLd.article?.author ?? first(tags, 'author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author'),
    published: jsonLd.article?.datePublished ?? first(tags, 'article:published_time', 'datePublished', 'date', 'dc.date', 'pubdate', 'publish-date', 'parsely-pub-date', 'sailthru.date') ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
    description: first(tags, 'og:description', 'description', 'twitter:description', 'dc.description'),
    jsonLd,
  };
}
