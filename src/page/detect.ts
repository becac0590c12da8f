// Article detection: is this page one continuous text (report, feature, interview, opinion, blog post,
// press release) rather than a home page, listing, shop, form, gallery or app? Cheap by design: it reads
// the metadata and measures the paragraphs, takes each further measurement only while it could still
// change the verdict, and never changes the page.
import type { Verdict } from '../core/report';
import { verdictReasonText, type VerdictReason, type VerdictReasonCode } from '../core/verdict-reasons';
import type { PageMetadata } from './metadata';
// The file, not the package's index: see ./readability-readerable.d.ts.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { ARTICLE_TYPES } from './jsonld';
import { editableTest } from './blocks';
import { isMostlyLinks, linkTextLength, proseByContainer, type ProseParagraph } from './prose';

/**
 * What detection measured. A null value was not measured: it could not have changed the verdict (see
 * LAZY_MEASUREMENTS), unless detection was asked for every measurement.
 */
export interface DetectionFeatures {
  jsonLdArticleType: string | null;
  jsonLdOtherTypes: string[];
  ogType: string | null;
  markedArticleBody: boolean | null;
  articleElements: number;
  /** Readability's own first gate (isProbablyReaderable): enough long, visible text blocks to read. */
  readerable: boolean | null;
  /** Characters in paragraphs that read as prose (long, few links). */
  proseChars: number;
  proseParagraphs: number;
  /** Prose characters in the one element that holds the most of them (parents count half of a child's). */
  topContainerChars: number;
  /** Share of all prose held by that element: high for one continuous text, low for teaser cards. */
  topContainerShare: number;
  /** The page states when it was published (metadata, JSON-LD or a <time> element). */
  hasPublishedDate: boolean;
  /** A date is written near the headline (datelines are not always marked up). */
  dateNearHeadline: boolean | null;
  /** The page names an author in markup (meta author, rel/itemprop author, a byline element). */
  hasAuthor: boolean | null;
  /** Number of <h1> elements. */
  h1Count: number;
  /** Amounts of money written in the page's text (prices of shops, rentals and offers). */
  priceMentions: number | null;
  /** Dates written in the page's text (a listing carries one per item). */
  dateMentions: number | null;
  /** "Read more" links (teasers of listings and blog indexes). */
  readMoreLinks: number | null;
  /** Sub-headings (h2, h3): documentation and product pages are heavily sectioned. */
  subHeadings: number;
  /** Embedded players (video, audio, YouTube or Vimeo frames). */
  players: number | null;
  /** The page has a reader-comment section. */
  hasComments: boolean | null;
  /** Headings that are links: the teasers of home pages and listings. */
  linkedHeadings: number | null;
  /** Markup that sells: price elements, schema.org Product or price microdata. */
  shopSignals: number;
  /** A button that sells: add to cart, buy now. */
  shopButtons: boolean | null;
  /** Form fields other than a search box. */
  formFields: number | null;
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
const MAX_LINKS_READ = 2000;

const SHOP_TEXT = /(?:in den warenkorb|zum warenkorb|add to (?:cart|basket|bag)|jetzt kaufen|buy now|sofort kaufen|in den einkaufswagen|ajouter au panier|añadir al carrito|aggiungi al carrello|in winkelwagen)/i;

interface Prose {
  chars: number;
  paragraphs: number;
  topContainerChars: number;
}

function proseMeasure(doc: Document): Prose {
  let chars = 0;
  const paragraphs: ProseParagraph[] = [];
  const editable = editableTest(doc);
  const nodes = doc.querySelectorAll('p');
  const count = Math.min(nodes.length, MAX_PARAGRAPHS_READ);
  for (let i = 0; i < count; i++) {
    const p = nodes[i] as Element;
    // A paragraph in an editor is being written, not published.
    if (editable?.(p)) continue;
    const text = p.textContent ?? '';
    if (text.length < MIN_PROSE_CHARS) continue;
    if (isMostlyLinks(linkTextLength(p), text.length)) continue;
    const trimmed = text.trim();
    // Prose has sentences: a full stop, question or exclamation mark, or a colon somewhere.
    if (!/[.!?:…]/.test(trimmed)) continue;
    chars += trimmed.length;
    paragraphs.push({ element: p, chars: trimmed.length });
  }
  let topContainerChars = 0;
  for (const value of proseByContainer(paragraphs).values()) topContainerChars = Math.max(topContainerChars, value);
  return { chars, paragraphs: paragraphs.length, topContainerChars };
}

const DATE_PATTERNS: readonly RegExp[] = [
  /\b\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}\b/, // 14.03.2024
  /\b(?:19|20)\d{2}-\d{2}-\d{2}\b/, // 2024-03-14
  /\b\d{1,2}\.?\s(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)[a-zä]*\.?\s(?:19|20)\d{2}\b/i, // 14. März 2024, 14 March 2024
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s(?:19|20)\d{2}\b/i, // March 14, 2024
  /\b\d{1,2}\/\d{1,2}\/(?:19|20)?\d{2}\b/, // 3/14/2024
];

/**
 * The visible text under `root`, read in document order until `max` characters: unlike textContent it
 * stops early (textContent of a large page's body builds megabytes) and skips script and style text.
 */
function boundedText(root: Element, max: number): string {
  const parts: string[] = [];
  let length = 0;
  // The text of code is found with one query, not by asking every text node for its parent: in Firefox
  // each question a content script asks a node crosses a wrapper, and a listing has thousands of nodes.
  const code = new Set<Node>();
  for (const element of Array.from(root.querySelectorAll('script, style, noscript, template'))) {
    for (let child = element.firstChild; child; child = child.nextSibling) if (child.nodeType === 3) code.add(child);
  }
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && length < max; node = walker.nextNode()) {
    if (code.has(node)) continue;
    const data = (node as Text).data;
    parts.push(data);
    length += data.length + 1;
  }
  return parts.join(' ').slice(0, max);
}

/** Neighbourhood of the headline searched for a dateline, in characters. */
const DATELINE_REACH = 4000;

/** Looks for a written date in the neighbourhood of the first <h1> (a dateline), reading little text. */
function dateNearHeadline(doc: Document): boolean {
  const h1 = doc.querySelector('h1');
  let scope: Element | null = h1?.parentElement ?? null;
  // Climb while the neighbourhood stays small: the dateline sits next to the headline, not in the footer.
  for (let level = 0; scope && level < 3; level++) {
    const text = boundedText(scope, DATELINE_REACH + 1);
    if (DATE_PATTERNS.some((pattern) => pattern.test(text.slice(0, DATELINE_REACH)))) return true;
    if (text.length > DATELINE_REACH) break;
    scope = scope.parentElement;
  }
  return false;
}

/** How much of the page's text the text counts read: bounds the work on enormous pages. */
const TEXT_SAMPLE = 60_000;

const PRICE = /(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|eur\b|euro\b|chf\b|usd\b|\$))/gi;
const READ_MORE = /^(?:weiterlesen|mehr lesen|mehr erfahren|read more|continue reading|lire la suite|leer más|leggi tutto|lees meer|mehr|more|»|…)\W*$/i;

function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) count++;
  return count;
}

/** The date patterns again, global, for counting (compiled once, not on every page). */
const DATE_PATTERNS_ALL: readonly RegExp[] = DATE_PATTERNS.map((pattern) => new RegExp(pattern.source, `${pattern.flags}g`));

function textMentions(doc: Document): { prices: number; dates: number } {
  const body = doc.body;
  if (!body) return { prices: 0, dates: 0 };
  const text = boundedText(body, TEXT_SAMPLE);
  let dates = 0;
  for (const pattern of DATE_PATTERNS_ALL) dates += countMatches(text, pattern);
  return { prices: countMatches(text, PRICE), dates };
}

/** Form fields a reader fills in (not hidden fields, search boxes or buttons). */
function countFormFields(doc: Document): number {
  let count = 0;
  for (const form of Array.from(doc.getElementsByTagName('form')).slice(0, 50)) {
    for (const field of Array.from(form.querySelectorAll('input, textarea, select'))) {
      const type = (field.getAttribute('type') ?? '').toLowerCase();
      const name = field.getAttribute('name') ?? '';
      if (field.tagName === 'INPUT' && (['hidden', 'search', 'submit'].includes(type) || name === 'q' || name === 's')) continue;
      count++;
    }
  }
  return count;
}

const MAX_HEADINGS_READ = 1000;

/** Headings that are links or hold one: the teasers of home pages and listings. */
function countLinkedHeadings(doc: Document): number {
  let count = 0;
  let read = 0;
  for (const tag of ['h1', 'h2', 'h3', 'h4']) {
    for (const heading of Array.from(doc.getElementsByTagName(tag))) {
      if (++read > MAX_HEADINGS_READ) return count;
      if (heading.getElementsByTagName('a').length > 0 || heading.closest('a[href]') !== null) count++;
    }
  }
  return count;
}

const MAX_CONTROLS_READ = 300;

/** A button or input that sells (add to cart, buy now), by its label. */
function hasShopButton(doc: Document): boolean {
  for (const tag of ['button', 'input']) {
    const controls = doc.getElementsByTagName(tag);
    for (let i = 0; i < Math.min(controls.length, MAX_CONTROLS_READ); i++) {
      const control = controls[i] as Element;
      const label = control.textContent || control.getAttribute('value') || control.getAttribute('aria-label') || '';
      if (label.length < 60 && SHOP_TEXT.test(label)) return true;
    }
  }
  return false;
}

/** Links that say "read more": the teasers of listings and blog indexes. */
function countReadMoreLinks(doc: Document): number {
  let count = 0;
  const links = doc.getElementsByTagName('a');
  for (let i = 0; i < Math.min(links.length, MAX_LINKS_READ); i++) {
    const text = links[i]?.textContent ?? '';
    if (text.length < 30 && READ_MORE.test(text.trim())) count++;
  }
  return count;
}

/** Video and audio elements, and frames of known players. */
function countPlayers(doc: Document): number {
  let players = doc.getElementsByTagName('video').length + doc.getElementsByTagName('audio').length;
  for (const frame of Array.from(doc.getElementsByTagName('iframe')).slice(0, 50)) {
    if (/youtube|youtu\.be|vimeo|dailymotion|soundcloud|spotify|podigee|player/i.test(frame.getAttribute('src') ?? frame.getAttribute('data-src') ?? '')) players++;
  }
  return players;
}

/** Folder names of a listing or an index: tag, category, search, archive, author pages, pagination. */
const LISTING_FOLDERS: ReadonlySet<string> = new Set(['tag', 'tags', 'category', 'categories', 'kategorie', 'rubrik', 'thema', 'themen', 'topic', 'topics', 'search', 'suche', 'archiv', 'archive', 'page', 'seite', 'author', 'autor']);

/** The index of a section ends in its name (/blog/, /presse/); its articles have a slug after it. */
const SECTION_INDEXES: ReadonlySet<string> = new Set(['blog', 'blogs', 'news', 'aktuelles', 'aktuell', 'nachrichten', 'presse', 'pressemitteilungen', 'press', 'magazin', 'magazine', 'artikel', 'articles']);

/** Query parameters of a search or a page of a listing. */
const LISTING_PARAMETERS = ['s', 'q', 'query', 'search', 'page'];

/** Query parameters that address one post on the root (/?p=2895). */
const POST_PARAMETERS = ['p', 'id', 'article'];

/** The last name of the root's address: its index file, a home page, or a language. */
function isRootName(segment: string): boolean {
  return (segment.startsWith('index.') && segment.length > 6) || segment === 'home' || segment === 'start' || isLanguageFolder(segment, false);
}

/**
 * A language or locale as a folder: de, en-gb, and as a folder also pt_br (as the last name, an underscore
 * is more often a user's handle: /FN_eV).
 */
function isLanguageFolder(segment: string, underscore = true): boolean {
  const letters = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (segment.charAt(i) < 'a' || segment.charAt(i) > 'z') return false;
    return true;
  };
  if (segment.length === 2) return letters(0, 2);
  return segment.length === 5 && (segment.charAt(2) === '-' || (underscore && segment.charAt(2) === '_')) && letters(0, 2) && letters(3, 5);
}

function isDigits(text: string, min: number, max: number): boolean {
  if (text.length < min || text.length > max) return false;
  for (const char of text) if (char < '0' || char > '9') return false;
  return true;
}

/** A year and a month as folders (/2024/03/), as dated article addresses have them. */
function hasDateFolders(segments: readonly string[]): boolean {
  // The month must be followed by a slash: segments[i + 2] exists (it is '' after a trailing slash).
  for (let i = 0; i + 2 < segments.length; i++) {
    const year = segments[i] as string;
    const month = segments[i + 1] as string;
    if (isDigits(year, 4, 4) && (year.startsWith('19') || year.startsWith('20')) && isDigits(month, 1, 2) && (month.length === 1 || month < '2')) return true;
  }
  return false;
}

/** A run of at least five digits, as an article's number in its address. */
function hasLongNumber(segment: string): boolean {
  let run = 0;
  for (const char of segment) {
    run = char >= '0' && char <= '9' ? run + 1 : 0;
    if (run >= 5) return true;
  }
  return false;
}

/**
 * What the address says: the site's root, a listing or section index, or an article's own address.
 * Read with string operations, not regular expressions: this runs on every page, where each pattern's
 * first use would cost its compilation.
 */
export function pathSignals(url: string | null): Pick<DetectionFeatures, 'rootPath' | 'listingPath' | 'articlePath'> {
  const none = { rootPath: false, listingPath: false, articlePath: false };
  if (!url) return none;
  let parsed: URL;
  let path: string;
  try {
    parsed = new URL(url);
    // An archived copy (web.archive.org/web/20160401095740/http://example.org/path): judge the original address.
    if (parsed.pathname.startsWith('/web/')) {
      const archived = /^\/web\/\d+[a-z_]*\/(https?:\/\/.+)$/i.exec(parsed.pathname);
      if (archived?.[1]) parsed = new URL(archived[1] + parsed.search);
    }
    path = decodeURIComponent(parsed.pathname).toLowerCase();
  } catch {
    return none;
  }
  const query = parsed.searchParams;
  // The segments after the first slash, the last one '' after a trailing slash. An address without a
  // hierarchy (an opaque path) is one segment.
  const segments = path.startsWith('/') ? path.split('/').slice(1) : [path];
  const named = segments.filter((segment) => segment !== '');
  const lastNamed = named[named.length - 1] ?? '';
  // The root, also under a language folder (/de/, /en-gb/index.html) as multilingual sites have it.
  const rootShape =
    path.startsWith('/') &&
    (named.length === 0 ||
      (named.length === 1 && (isRootName(named[0] as string) || (path.endsWith('/') && isLanguageFolder(named[0] as string)))) ||
      (named.length === 2 && isLanguageFolder(named[0] as string) && isRootName(named[1] as string)));
  const rootPath = rootShape && !POST_PARAMETERS.some((name) => query.has(name));
  const listingPath = named.some((segment) => LISTING_FOLDERS.has(segment)) || SECTION_INDEXES.has(lastNamed) || LISTING_PARAMETERS.some((name) => query.has(name));
  let separators = 0;
  for (const char of lastNamed) if (char === '-' || char === '_') separators++;
  const articlePath = hasDateFolders(segments) || separators >= 3 || hasLongNumber(lastNamed);
  return { rootPath, listingPath, articlePath };
}

/**
 * The measurements every page gets: the page's metadata and address, its prose, and element counts.
 * Each selector query is a walk over the whole page, so what can be asked in one query is. The rest
 * (LAZY_MEASUREMENTS) start as null.
 */
export function detectionFeatures(doc: Document, metadata: PageMetadata): DetectionFeatures {
  const types = metadata.jsonLd.types;
  const prose = proseMeasure(doc);
  return {
    priceMentions: null,
    dateMentions: null,
    readMoreLinks: null,
    subHeadings: doc.getElementsByTagName('h2').length + doc.getElementsByTagName('h3').length,
    players: null,
    hasComments: null,
    topContainerChars: prose.topContainerChars,
    topContainerShare: prose.chars > 0 ? prose.topContainerChars / prose.chars : 0,
    hasPublishedDate: Boolean(metadata.published),
    dateNearHeadline: null,
    hasAuthor: metadata.author ? true : null,
    h1Count: doc.getElementsByTagName('h1').length,
    jsonLdArticleType: metadata.jsonLd.article?.type ?? null,
    jsonLdOtherTypes: types.filter((type) => !ARTICLE_TYPES.has(type)),
    ogType: metadata.ogType,
    markedArticleBody: null,
    articleElements: doc.getElementsByTagName('article').length,
    readerable: null,
    proseChars: prose.chars,
    proseParagraphs: prose.paragraphs,
    linkedHeadings: null,
    shopSignals: doc.querySelector('.price, .product-price, [itemprop="price"], [itemtype$="schema.org/Product"]') !== null ? 1 : 0,
    shopButtons: null,
    formFields: null,
    ...pathSignals(metadata.url),
  };
}

/**
 * Share of the prose that one container must hold for the text to count as one piece. Above one half:
 * a grid of teaser cards gives their common grandparent exactly half of everything.
 */
const ONE_PLACE = 0.6;

interface Evidence {
  weight: number;
  reason: VerdictReason;
}

type AddEvidence = (weight: number, code: VerdictReasonCode, ...values: Array<string | number>) => void;

/**
 * Weighs the features into a verdict; every piece of evidence that counted is named. The weights are
 * round numbers, set by studying labelled pages of every kind (src/tools/detection-study.ts): what the
 * page says about itself counts most, then whether it holds one continuous dated text, and the marks of
 * shops, listings, documentation and media pages count against.
 */
function weigh(features: DetectionFeatures, add: AddEvidence): void {
  // What the page says it is.
  if (features.jsonLdArticleType) add(2.5, 'schema-type', features.jsonLdArticleType);
  for (const type of new Set(features.jsonLdOtherTypes)) {
    const weight = NON_ARTICLE_TYPES[type];
    if (weight) add(weight, 'schema-type', type);
  }
  const og = features.ogType;
  if (og === 'article' || og === 'blog' || og === 'news' || og?.startsWith('article')) add(1, 'og-type', og);
  else if (og === 'product' || og === 'og:product' || og?.startsWith('product')) add(-4, 'og-type', og);
  else if (og?.startsWith('video') || og?.startsWith('music') || og === 'profile' || og === 'book') add(-1.5, 'og-type', og);
  else if (og === 'website') add(-0.5, 'og-type', 'website');
  if (features.markedArticleBody) add(1.5, 'article-body');
  if (features.articleElements === 1) add(0.5, 'one-article-element');
  else if (features.articleElements >= 5 && features.topContainerShare < ONE_PLACE) add(-1.5, 'teaser-cards', features.articleElements);

  // One continuous text.
  if (features.readerable) add(2, 'readerable');
  else if (features.readerable === false) add(-3, 'not-readerable');
  if (features.proseChars >= 3000) add(1, 'prose', features.proseParagraphs);
  else if (features.proseChars >= 1200) add(0.5, 'prose', features.proseParagraphs);
  if (features.topContainerChars >= 800 && features.topContainerShare >= ONE_PLACE) add(0.5, 'one-place');
  if (features.h1Count === 1) add(0.5, 'one-headline');

  // A dated, signed piece.
  if (features.hasPublishedDate) add(0.75, 'published-date');
  else if (features.dateNearHeadline) add(0.75, 'dateline');
  else if (features.dateNearHeadline === false) add(-1, 'no-date');
  if (features.hasAuthor) add(0.5, 'author');
  if (features.hasComments) add(0.5, 'comments');
  if (features.articlePath) add(0.5, 'article-address');

  // Marks of other kinds of pages.
  const linkedHeadings = features.linkedHeadings ?? 0;
  if (linkedHeadings >= 8 && linkedHeadings * 2 > features.proseParagraphs && features.topContainerShare < ONE_PLACE) {
    add(-2, 'linked-headlines', linkedHeadings);
  }
  if (features.readMoreLinks !== null && features.readMoreLinks >= 3) add(-0.5, 'read-more', features.readMoreLinks);
  if (features.dateMentions !== null && features.dateMentions >= 8) add(-1, 'many-dates', features.dateMentions);
  const shopSignals = features.shopSignals + (features.shopButtons ? 1 : 0);
  if (shopSignals > 0) add(-1.5 * Math.min(shopSignals, 2), 'shop');
  if (features.priceMentions !== null && features.priceMentions >= 4) add(-1.5, 'prices', features.priceMentions);
  if (features.subHeadings >= 6 && features.subHeadings >= features.proseParagraphs * 0.5) add(-1.5, 'documentation', features.subHeadings, features.proseParagraphs);
  if (features.players !== null && features.players > 0 && features.proseChars < 2000) add(-1.5, 'media-player');
  if (features.formFields !== null && features.formFields >= 10) add(-1, 'form', features.formFields);
  if (features.rootPath) add(-2.5, 'site-root');
  if (features.listingPath) add(-1.5, 'listing-address');
}

/** The score alone: what the lazy measurements are decided on, many times per page, so nothing is kept. */
function scoreOf(features: DetectionFeatures): number {
  let score = 0;
  weigh(features, (weight) => {
    score += weight;
  });
  return score;
}

/** The verdict on the features, with the evidence that decided it, strongest first. */
export function judge(features: DetectionFeatures): Verdict {
  const evidence: Evidence[] = [];
  let score = 0;
  weigh(features, (weight, code, ...values) => {
    score += weight;
    evidence.push({ weight, reason: values.length > 0 ? { code, values: values.map(String) } : { code } });
  });
  const isArticle = score > 0;
  const confidence = 1 / (1 + Math.exp(-Math.abs(score) / 1.5));
  const why = evidence
    .filter((item) => (isArticle ? item.weight > 0 : item.weight < 0))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .map((item) => item.reason);
  return { isArticle, confidence: Math.round(confidence * 100) / 100, reasons: why.map(verdictReasonText), why };
}

/**
 * Measurements taken only when they could change the verdict: with each pending one at its most
 * favourable and at its least favourable value, the evidence so far either decides alone (most pages: a
 * dated article, a shop, a page without continuous text) or it does not, and only then is the next one
 * taken. Every rule of judge() is monotone in each of them, which makes the two extremes enough, so the
 * verdict is the one all measurements would give. Each walks the page or reads its text, and on a page
 * that is not an article this is most of detection's cost; the most decisive for their cost come first.
 */
interface LazyMeasurement {
  measure(doc: Document): Partial<DetectionFeatures>;
  best: Partial<DetectionFeatures>;
  worst: Partial<DetectionFeatures>;
}

/** A lazy measurement of one feature, with its most and least favourable values. */
function lazy<K extends keyof DetectionFeatures>(key: K, measure: (doc: Document) => DetectionFeatures[K], best: DetectionFeatures[K], worst: DetectionFeatures[K]): LazyMeasurement {
  const of = (value: DetectionFeatures[K]) => ({ [key]: value }) as Partial<DetectionFeatures>;
  return { measure: (doc) => of(measure(doc)), best: of(best), worst: of(worst) };
}

const LAZY_MEASUREMENTS: readonly LazyMeasurement[] = [
  lazy('readerable', (doc) => isProbablyReaderable(doc), true, false),
  lazy('markedArticleBody', (doc) => doc.querySelector('[itemprop="articleBody"]') !== null, true, false),
  // Only asked when the metadata named no author (detectionFeatures sets it then).
  lazy('hasAuthor', (doc) => doc.querySelector('.byline, .author, .autor, [rel="author"], [itemprop="author"]') !== null, true, false),
  lazy('hasComments', (doc) => doc.querySelector('#comments, #respond, #disqus_thread, .comments, .comment-list, .commentlist') !== null, true, false),
  lazy('players', countPlayers, 0, 1),
  lazy('formFields', countFormFields, 0, Number.POSITIVE_INFINITY),
  lazy('shopButtons', hasShopButton, false, true),
  lazy('linkedHeadings', countLinkedHeadings, 0, Number.POSITIVE_INFINITY),
  lazy('readMoreLinks', countReadMoreLinks, 0, Number.POSITIVE_INFINITY),
  // The two that read the page's text come last: they cost the most.
  lazy('dateNearHeadline', dateNearHeadline, true, false),
  {
    measure: (doc) => {
      const mentions = textMentions(doc);
      return { priceMentions: mentions.prices, dateMentions: mentions.dates };
    },
    best: { priceMentions: 0, dateMentions: 0 },
    worst: { priceMentions: Number.POSITIVE_INFINITY, dateMentions: Number.POSITIVE_INFINITY },
  },
];

export interface DetectArticleOptions {
  /** Take every measurement, even those that cannot change the verdict (for studying the evidence). */
  complete?: boolean;
}

export function detectArticle(doc: Document, metadata: PageMetadata, options: DetectArticleOptions = {}): { verdict: Verdict; features: DetectionFeatures } {
  let features = detectionFeatures(doc, metadata);
  // A measurement whose feature is already known (an author named in the metadata) is not taken again.
  const pending = LAZY_MEASUREMENTS.filter((lazy) => Object.keys(lazy.best).some((key) => features[key as keyof DetectionFeatures] === null));
  while (pending.length > 0) {
    if (!options.complete) {
      const best = scoreOf(Object.assign({}, features, ...pending.map((lazy) => lazy.best)) as DetectionFeatures) > 0;
      const worst = scoreOf(Object.assign({}, features, ...pending.map((lazy) => lazy.worst)) as DetectionFeatures) > 0;
      if (best === worst) break;
    }
    features = { ...features, ...(pending.shift() as LazyMeasurement).measure(doc) };
  }
  return { verdict: judge(features), features };
}
