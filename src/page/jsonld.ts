// Reads the schema.org JSON-LD blocks of a page: the types it declares and the fields of its article
// entity. Pages put JSON-LD in many shapes (arrays, @graph, nested mainEntity, broken JSON); each is read
// defensively and a broken block is skipped, never thrown.

export interface JsonLdArticle {
  type: string;
  headline: string | null;
  author: string | null;
  datePublished: string | null;
  publisher: string | null;
  inLanguage: string | null;
}

export interface JsonLdSummary {
  /** Every @type met anywhere in the page's JSON-LD, in order. */
  types: string[];
  /** The first entity whose type is an article type. */
  article: JsonLdArticle | null;
}

/** schema.org types that denote one continuous text (Article and its subtypes, postings, reports). */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article', 'NewsArticle', 'AnalysisNewsArticle', 'AskPublicNewsArticle', 'BackgroundNewsArticle',
  'OpinionNewsArticle', 'ReportageNewsArticle', 'ReviewNewsArticle', 'SatiricalArticle', 'Report',
  'ScholarlyArticle', 'MedicalScholarlyArticle', 'TechArticle', 'BlogPosting', 'LiveBlogPosting',
  'SocialMediaPosting', 'AdvertiserContentArticle', 'Review', 'CriticReview',
]);

/** Budget: JSON-LD scripts bigger than this are skipped (some shops inline whole catalogues). */
const MAX_JSONLD_CHARS = 200_000;
const MAX_ENTITIES = 500;

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(asText).filter((part): part is string => Boolean(part));
    return parts.length ? parts.join(', ') : null;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return asText(record.name ?? record['@value'] ?? null);
  }
  return null;
}

/** A type as schema.org names it, whether written short (NewsArticle) or as its address. */
function shortType(type: string): string {
  for (const prefix of ['https://schema.org/', 'http://schema.org/']) if (type.startsWith(prefix)) return type.slice(prefix.length).trim();
  return type.trim();
}

function typesOf(entity: Record<string, unknown>): string[] {
  const raw = entity['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((type): type is string => typeof type === 'string').map(shortType);
}

function collectEntities(root: unknown, into: Record<string, unknown>[]): void {
  const stack: unknown[] = [root];
  while (stack.length > 0 && into.length < MAX_ENTITIES) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
    } else if (value && typeof value === 'object') {
      const entity = value as Record<string, unknown>;
      if ('@type' in entity) into.push(entity);
      // Article entities hide in @graph and in the mainEntity / mainEntityOfPage of a WebPage. Items of
      // an ItemList are not followed: a home page listing NewsArticles is a listing, not an article.
      for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
        if (key in entity) stack.push(entity[key]);
      }
    }
  }
}

/** Some CMSs wrap the JSON in CDATA or HTML comments. */
function unwrapped(source: string): string {
  // Looked for before the pattern runs: nearly no page needs it, and every page would compile it.
  if (!source.includes('<!') && !source.includes(']]>') && !source.includes('-->')) return source;
  return source.replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, '');
}

/** Whether `element` is a JSON-LD script (its type exactly application/ld+json, in any case, spaces around). */
export function isJsonLdScript(element: Element): boolean {
  return element.tagName.toUpperCase() === 'SCRIPT' && (element.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json';
}

export function readJsonLd(doc: Document): JsonLdSummary {
  const entities: Record<string, unknown>[] = [];
  // One selector query, so that the page's many other scripts are never handed to us one by one.
  for (const script of Array.from(doc.querySelectorAll('script[type*="ld+json" i]'))) {
    if (!isJsonLdScript(script)) continue;
    const source = script.textContent ?? '';
    if (source.length > MAX_JSONLD_CHARS) continue;
    try {
      collectEntities(JSON.parse(unwrapped(source)), entities);
    } catch {
      // Broken JSON-LD is common and harmless: the page's other evidence still counts.
    }
  }
  const types = entities.flatMap(typesOf);
  const articleEntity = entities.find((entity) => typesOf(entity).some((type) => ARTICLE_TYPES.has(type)));
  const article = articleEntity
    ? {
        type: typesOf(articleEntity).find((type) => ARTICLE_TYPES.has(type)) ?? 'Article',
        headline: asText(articleEntity.headline ?? articleEntity.name),
        author: asText(articleEntity.author ?? articleEntity.creator),
        datePublished: asText(articleEntity.datePublished ?? articleEntity.dateCreated),
        publisher: asText(articleEntity.publisher),
        inLanguage: asText(articleEntity.inLanguage),
      }
    : null;
  return { types, article };
}
