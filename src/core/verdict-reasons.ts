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

/** The reason as an English sentence (the verdict's `reasons`). */
export function verdictReasonText(reason: VerdictReason): string {
  const [a = '', b = ''] = reason.values ?? [];
  switch (reason.code) {
    case 'schema-type':
      return `schema.org type ${a}`;
    case 'og-type':
      return `Open Graph type ${a}`;
    case 'article-body':
      return 'the page marks its article body (itemprop="articleBody")';
    case 'one-article-element':
      return 'one <article> element';
    case 'teaser-cards':
      return `${a} <article> elements (teaser cards)`;
    case 'readerable':
      return 'enough long text blocks to read (Readability)';
    case 'not-readerable':
      return 'too little continuous text (Readability)';
    case 'prose':
      return `${a} paragraphs of prose`;
    case 'one-place':
      return 'most of the prose stands in one place';
    case 'one-headline':
      return 'one headline (<h1>)';
    case 'published-date':
      return 'a publication date';
    case 'dateline':
      return 'a date next to the headline';
    case 'no-date':
      return 'no publication date';
    case 'author':
      return 'an author';
    case 'comments':
      return 'a reader comment section';
    case 'article-address':
      return 'the address looks like an article';
    case 'linked-headlines':
      return `${a} linked headlines (a listing)`;
    case 'read-more':
      return `${a} "read more" links`;
    case 'many-dates':
      return `${a} dates on the page (a list of items)`;
    case 'shop':
      return 'shop markup (prices, cart)';
    case 'prices':
      return `${a} prices in the text`;
    case 'documentation':
      return `${a} section headings for ${b} paragraphs (documentation)`;
    case 'media-player':
      return 'a media player with little text';
    case 'form':
      return `a form with ${a} fields`;
    case 'site-root':
      return 'the address is the site root';
    case 'listing-address':
      return 'the address looks like a listing';
    case 'too-large':
      return `the page is too large to read without slowing it down (${a} elements)`;
  }
}

/** The interface message of a reason (`schema-type` → `evidenceSchemaType`) and its substitutions. */
export function verdictReasonMessage(reason: VerdictReason): { key: string; substitutions: string[] } {
  const key = `evidence${reason.code.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase())}`;
  return { key, substitutions: reason.values ?? [] };
}

const CODES: ReadonlySet<string> = new Set<VerdictReasonCode>([
  'schema-type', 'og-type', 'article-body', 'one-article-element', 'teaser-cards', 'readerable', 'not-readerable', 'prose',
  'one-place', 'one-headline', 'published-date', 'dateline', 'no-date', 'author', 'comments', 'article-address',
  'linked-headlines', 'read-more', 'many-dates', 'shop', 'prices', 'documentation', 'media-player', 'form', 'site-root',
  'listing-address', 'too-large',
]);

/** Whether a value is a well-formed VerdictReason (for messages from other contexts). */
export function isVerdictReason(value: unknown): value is VerdictReason {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { code, values } = value as { code?: unknown; values?: unknown };
  return typeof code === 'string' && CODES.has(code) && (values === undefined || (Array.isArray(values) && values.length <= 2 && values.every((item) => typeof item === 'string' && item.length <= 200)));
}
