// Article detection: is this page one continuous text (report, feature, interview, opinion, blog post,
// press release) rather than a home page, listing, shop, form, gallery or app? Cheap by design: it reads
// metadata and measures paragraphs with a few selector queries, and never changes the page, so a page
// that is not an article costs almost nothing.
import type { Verdict } from '../core/report';
import type { PageMetadata } from './metadata';
import { ARTICLE_TYPES } from './jsonld';

export interface DetectionFeatures {
  jsonLdArticleType: string | null;
  jsonLdOtherTypes: string[];
  ogType: string | null;
  markedArticleBody: boolean;
  articleElements: number;
  /** Readability's readerable score: sum of sqrt(length − 140) over visible text blocks of 140+ characters. */
  readerableScore: number;
  /** Characters in paragraphs that read as prose (long, few links). */
  proseChars: number;
  proseParagraphs: number;
  /** Headings that are links: the teasers of home pages and listings. */
  linkedHeadings: number;
  /** Buttons, links or markup that sell: add to cart, prices. */
  shopSignals: number;
  /** Form fields other than a search box. */
  formFields: number;
  /** The URL path is the site's root. */
  rootPath: boolean;
  /** The URL path looks like a listing: tag, category, search, archive or pagination. */
  listingPath: boolean;
  /** The URL path carries a date or a long slug, as article URLs do. */
  articlePath: boolean;
}

const NON_ARTICLE_TYPES: Readonly<Record<string, number>> = {
  // A product or offer page is a shop page whatever text it has.
  Product: -4, Offer: -2, AggregateOffer: -2, IndividualProduct: -4, ProductGroup: -4,
  // Collections of other pages.
  CollectionPage: -2.5, SearchResultsPage: -3, ItemList: -1.5, ProfilePage: -2,
  Event: -1.5, JobPosting: -2, FAQPage: -1, QAPage: -1, Recipe: -1, VideoObject: -0.5,
};

const MIN_PROSE_CHARS = 80;
const MAX_PARAGRAPHS_READ = 1500;

const SHOP_TEXT = /(?:in den warenkorb|zum warenkorb|add to (?:cart|basket|bag)|jetzt kaufen|buy now|sofort kaufen|in den einkaufswagen|ajouter au panier|añadir al carrito|aggiungi al carrello|in winkelwagen)/i;

function readerable(doc: Document): number {
  // Readability's isProbablyReaderable, measured to the end instead of stopping at the first pass.
  const nodes = new Set<Element>(Array.from(doc.querySelectorAll('p, pre, article')).slice(0, MAX_PARAGRAPHS_READ));
  for (const br of Array.from(doc.querySelectorAll('div > br')).slice(0, MAX_PARAGRAPHS_READ)) {
    if (br.parentElement) nodes.add(br.parentElement);
  }
  let score = 0;
  for (const node of nodes) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') continue;
    const match = `${node.className} ${node.id}`;
    if (/-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i.test(match) && !/and|article|body|column|content|main|shadow/i.test(match)) continue;
    if (node.matches('li p')) continue;
    const length = (node.textContent ?? '').trim().length;
    if (length < 140) continue;
    score += Math.sqrt(length - 140);
  }
  return score;
}

function proseMeasure(doc: Document): { chars: number; paragraphs: number } {
  let chars = 0;
  let paragraphs = 0;
  const nodes = doc.querySelectorAll('p');
  const count = Math.min(nodes.length, MAX_PARAGRAPHS_READ);
  for (let i = 0; i < count; i++) {
    const p = nodes[i] as Element;
    const text = p.textContent ?? '';
    if (text.length < MIN_PROSE_CHARS) continue;
    let linkChars = 0;
    for (const a of Array.from(p.getElementsByTagName('a'))) linkChars += (a.textContent ?? '').length;
    if (linkChars / text.length > 0.4) continue;
    const trimmed = text.trim();
    // Prose has sentences: a full stop, question or exclamation mark, or a colon somewhere.
    if (!/[.!?:…]/.test(trimmed)) continue;
    chars += trimmed.length;
    paragraphs++;
  }
  return { chars, paragraphs };
}

function pathSignals(url: string | null): Pick<DetectionFeatures, 'rootPath' | 'listingPath' | 'articlePath'> {
  if (!url) return { rootPath: false, listingPath: false, articlePath: false };
  let path = '';
  let search = '';
  try {
    const parsed = new URL(url);
    path = decodeURIComponent(parsed.pathname).toLowerCase();
    search = parsed.search.toLowerCase();
  } catch {
    return { rootPath: false, listingPath: false, articlePath: false };
  }
  const rootPath = /^\/(?:index\.\w+|home|start|[a-z]{2}(?:-[a-z]{2})?)?\/?$/.test(path) && !/[?&](?:p|id|article)=/.test(search);
  const listingPath = /\/(?:tag|tags|category|categories|kategorie|rubrik|thema|themen|topics?|search|suche|archiv|archive|page|seite|author|autor)(?:\/|$)/.test(path) || /[?&](?:s|q|query|search|page)=/.test(search);
  const lastSegment = path.split('/').filter(Boolean).pop() ?? '';
  const articlePath = /\/(?:19|20)\d\d\/(?:[01]?\d)\//.test(path) || lastSegment.split(/[-_]/).length >= 4 || /\d{5,}/.test(lastSegment);
  return { rootPath, listingPath, articlePath };
}

export function detectionFeatures(doc: Document, metadata: PageMetadata): DetectionFeatures {
  const types = metadata.jsonLd.types;
  const prose = proseMeasure(doc);
  let shopSignals = doc.querySelectorAll('[itemprop="price"], [itemtype*="schema.org/Product" i], [data-price], .price, .product-price').length > 0 ? 1 : 0;
  for (const control of Array.from(doc.querySelectorAll('button, input[type="submit"], a[class*="cart" i], a[class*="basket" i]')).slice(0, 300)) {
    const label = control.textContent || control.getAttribute('value') || control.getAttribute('aria-label') || '';
    if (SHOP_TEXT.test(label)) {
      shopSignals++;
      break;
    }
  }
  const formFields = doc.querySelectorAll('form input:not([type="hidden"]):not([type="search"]):not([type="submit"]):not([name="q"]):not([name="s"]), form textarea, form select').length;
  return {
    jsonLdArticleType: metadata.jsonLd.article?.type ?? null,
    jsonLdOtherTypes: types.filter((type) => !ARTICLE_TYPES.has(type)),
    ogType: metadata.ogType,
    markedArticleBody: doc.querySelector('[itemprop="articleBody"]') !== null,
    articleElements: doc.getElementsByTagName('article').length,
    readerableScore: readerable(doc),
    proseChars: prose.chars,
    proseParagraphs: prose.paragraphs,
    linkedHeadings: doc.querySelectorAll('h1 a[href], h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3').length,
    shopSignals,
    formFields,
    ...pathSignals(metadata.url),
  };
}

interface Evidence {
  weight: number;
  reason: string;
}

/** Weighs the features into a verdict; every piece of evidence that counted is named. */
export function judge(features: DetectionFeatures): Verdict {
  const evidence: Evidence[] = [];
  const add = (weight: number, reason: string): void => {
    evidence.push({ weight, reason });
  };

  if (features.jsonLdArticleType) add(2.5, `schema.org type ${features.jsonLdArticleType}`);
  for (const type of new Set(features.jsonLdOtherTypes)) {
    const weight = NON_ARTICLE_TYPES[type];
    if (weight) add(weight, `schema.org type ${type}`);
  }
  const og = features.ogType;
  if (og === 'article' || og === 'blog' || og === 'news' || og?.startsWith('article')) add(1.5, `Open Graph type ${og}`);
  else if (og === 'product' || og === 'og:product' || og?.startsWith('product')) add(-4, `Open Graph type ${og}`);
  else if (og?.startsWith('video') || og?.startsWith('music') || og === 'profile' || og === 'book') add(-1.5, `Open Graph type ${og}`);
  else if (og === 'website') add(-0.5, 'Open Graph type website');

  if (features.markedArticleBody) add(1.5, 'the page marks its article body (itemprop="articleBody")');
  if (features.articleElements === 1) add(0.5, 'one <article> element');
  else if (features.articleElements >= 5) add(-1.5, `${features.articleElements} <article> elements (teaser cards)`);

  if (features.readerableScore > 20) add(1, 'enough long text blocks to read (Readability)');
  else add(-3, 'too little continuous text (Readability)');
  if (features.proseChars >= 3000) add(1.5, `${features.proseParagraphs} paragraphs of prose`);
  else if (features.proseChars >= 1200) add(0.75, `${features.proseParagraphs} paragraphs of prose`);
  else if (features.proseChars < 500) add(-1.5, 'little prose in paragraphs');

  if (features.linkedHeadings >= 8 && features.linkedHeadings * 2 > features.proseParagraphs) {
    add(-2.5, `${features.linkedHeadings} linked headlines (a listing)`);
  }
  if (features.shopSignals > 0) add(-1.5 * Math.min(features.shopSignals, 2), 'shop markup (prices, cart)');
  if (features.formFields >= 6) add(-1.5, `a form with ${features.formFields} fields`);
  if (features.rootPath) add(-2.5, 'the address is the site root');
  if (features.listingPath) add(-1.5, 'the address looks like a listing');
  if (features.articlePath) add(0.5, 'the address looks like an article');

  const score = evidence.reduce((sum, item) => sum + item.weight, 0);
  const isArticle = score > 0;
  const confidence = 1 / (1 + Math.exp(-Math.abs(score) / 1.5));
  const reasons = evidence
    .filter((item) => (isArticle ? item.weight > 0 : item.weight < 0))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .map((item) => item.reason);
  return { isArticle, confidence: Math.round(confidence * 100) / 100, reasons };
}

export function detectArticle(doc: Document, metadata: PageMetadata): { verdict: Verdict; features: DetectionFeatures } {
  const features = detectionFeatures(doc, metadata);
  return { verdict: judge(features), features };
}
