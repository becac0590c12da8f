// Why a page is or is not an article, as data: a code with the values that go into its sentence. The
// verdict carries its evidence both ways, as claims do (./analysis/reasons.ts): `why` (this data, which
// the interface renders in the reader's language through _locales/) and `reasons` (the English sentences
// of verdictReasonText, for the command line and anyone reading the JSON).

export type VerdictReasonCode =
  /** A schema.org type in the page's JSON-LD: value, the type. */
  | 'schema-type'
  /** The Open Graph type: value, the type. */
  | 'og-type'
  | 'article-body'
  | 'one-article-element'
  /** Many <article> elements and no one place for the prose: value, how many. */
  | 'teaser-cards'
  | 'readerable'
  | 'not-readerable'
  /** value, how many paragraphs of prose. */
  | 'prose'
  | 'one-place'
  | 'one-headline'
  | 'published-date'
  | 'dateline'
  | 'no-date'
  | 'author'
  | 'comments'
  | 'article-address'
  /** value, how many linked headlines. */
  | 'linked-headlines'
  /** value, how many "read more" links. */
  | 'read-more'
  /** value, how many dates. */
  | 'many-dates'
  | 'shop'
  /** value, how many prices. */
  | 'prices'
  /** values, how many section headings and how many paragraphs. */
  | 'documentation'
  | 'media-player'
  /** value, how many form fields. */
  | 'form'
  | 'site-root'
  | 'listing-address'
  /** value, how many elements (already formatted). */
  | 'too-large';

export interface VerdictReason {
  code: VerdictReasonCode;
  /** The words and numbers its sentence needs, in order; none for most. */
  values?: string[];
}

/**
 * Each reason's English sentence (the verdict's `reasons`), from its values. Also the list of the codes
 * there are: a Record, so that the compiler wants one entry per code.
 */
const ENGLISH: Readonly<Record<VerdictReasonCode, (a: string, b: string) => string>> = {
  'schema-type': (a) => `schema.org type ${a}`,
  'og-type': (a) => `Open Graph type ${a}`,
  'article-body': () => 'the page marks its article body (itemprop="articleBody")',
  'one-article-element': () => 'one <article> element',
  'teaser-cards': (a) => `${a} <article> elements (teaser cards)`,
  readerable: () => 'enough long text blocks to read (Readability)',
  'not-readerable': () => 'too little continuous text (Readability)',
  prose: (a) => `${a} paragraphs of prose`,
  'one-place': () => 'most of the prose stands in one place',
  'one-headline': () => 'one headline (<h1>)',
  'published-date': () => 'a publication date',
  dateline: () => 'a date next to the headline',
  'no-date': () => 'no publication date',
  author: () => 'an author',
  comments: () => 'a reader comment section',
  'article-address': () => 'the address looks like an article',
  'linked-headlines': (a) => `${a} linked headlines (a listing)`,
  'read-more': (a) => `${a} "read more" links`,
  'many-dates': (a) => `${a} dates on the page (a list of items)`,
  shop: () => 'shop markup (prices, cart)',
  prices: (a) => `${a} prices in the text`,
  documentation: (a, b) => `${a} section headings for ${b} paragraphs (documentation)`,
  'media-player': () => 'a media player with little text',
  form: (a) => `a form with ${a} fields`,
  'site-root': () => 'the address is the site root',
  'listing-address': () => 'the address looks like a listing',
  'too-large': (a) => `the page is too large to read without slowing it down (${a} elements)`,
};

/** The reason as an English sentence (the verdict's `reasons`). */
export function verdictReasonText(reason: VerdictReason): string {
  const [a = '', b = ''] = reason.values ?? [];
  return ENGLISH[reason.code](a, b);
}

/** The interface message of a reason (`schema-type` → `evidenceSchemaType`) and its substitutions. */
export function verdictReasonMessage(reason: VerdictReason): { key: string; substitutions: string[] } {
  const key = `evidence${reason.code.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase())}`;
  return { key, substitutions: reason.values ?? [] };
}

/** Whether a value is a well-formed VerdictReason (for messages from other contexts). */
export function isVerdictReason(value: unknown): value is VerdictReason {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { code, values } = value as { code?: unknown; values?: unknown };
  return typeof code === 'string' && Object.hasOwn(ENGLISH, code) && (values === undefined || (Array.isArray(values) && values.length <= 2 && values.every((item) => typeof item === 'string' && item.length <= 200)));
}
