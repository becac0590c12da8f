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
  jsonLd: JsonLdSummary;
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const element = doc.querySelector(`meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

function pageUrl(doc: Document): string | null {
  const canonical = doc.querySelector('link[rel="canonical" i]')?.getAttribute('href') ?? meta(doc, 'og:url');
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
  const langAttr = doc.documentElement?.getAttribute('lang') || doc.documentElement?.getAttribute('xml:lang');
  return {
    url: pageUrl(doc),
    declaredLang: langAttr?.trim() || meta(doc, 'og:locale', 'content-language', 'language', 'dc.language') || doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') || jsonLd.article?.inLanguage || null,
    documentTitle: doc.title?.trim() || null,
    ogType: meta(doc, 'og:type')?.toLowerCase() ?? null,
    ogTitle: meta(doc, 'og:title', 'twitter:title'),
    siteName: meta(doc, 'og:site_name', 'application-name') ?? jsonLd.article?.publisher ?? null,
    author: jsonLd.article?.author ?? meta(doc, 'author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author'),
    published: jsonLd.article?.datePublished ?? meta(doc, 'article:published_time', 'datePublished', 'date', 'dc.date', 'pubdate', 'publish-date', 'parsely-pub-date', 'sailthru.date') ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
    jsonLd,
  };
}
