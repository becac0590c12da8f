// Page furniture inside an article container: ad slots, share bars, tag lists, kickers, datelines,
// author boxes, related-story asides. Readability keeps some of these; the block walk skips an element
// when its role, landmark tag, class or id names it as furniture.

/** Landmark and sectioning tags that never hold article prose inside an article container. */
const FURNITURE_TAGS: ReadonlySet<string> = new Set(['ASIDE', 'NAV', 'FOOTER', 'FORM', 'DIALOG']);

const FURNITURE_ROLES: ReadonlySet<string> = new Set(['complementary', 'navigation', 'banner', 'contentinfo', 'dialog', 'alertdialog', 'search', 'toolbar', 'menu']);

/**
 * Class and id words (split at `-`, `_`, spaces and camel case) that name furniture. Whole words only:
 * `ad` matches `ad-inline` but not `read` or `header`.
 */
const FURNITURE_WORDS: ReadonlySet<string> = new Set([
  // advertising
  'ad', 'ads', 'adslot', 'adunit', 'advert', 'advertisement', 'advertising', 'anzeige', 'werbung', 'sponsor', 'sponsored', 'promo', 'outbrain', 'taboola',
  // links to elsewhere
  'teaser', 'teasers', 'related', 'recommended', 'recommendations', 'readmore', 'newsletter', 'subscribe', 'paywall', 'signup',
  // sharing and tagging
  'share', 'sharing', 'sharebar', 'social', 'tags', 'taglist', 'keywords', 'schlagworte', 'breadcrumb', 'breadcrumbs',
  // article meta lines
  'kicker', 'dateline', 'byline', 'updated', 'readingtime', 'lesezeit', 'credit', 'credits', 'copyright',
  // reader comments and consent banners
  'comments', 'comment', 'disqus', 'cookie', 'cookies', 'consent', 'gdpr',
]);

const AD_LABEL = /^(?:anzeige|werbung|advertisement|advertising|sponsored|publicité|publicidad|anuncio|pubblicità|advertentie)$/i;

/** The words of an element's class and id, split at `-`, `_`, spaces and camel case, in lower case. */
export function classWords(element: Element): string[] {
  const names = `${element.getAttribute('class') ?? ''} ${element.id}`;
  if (!names.trim()) return [];
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s\-_]+/)
    .filter(Boolean);
}

/** Words that mark a wrapper of the main text, as in Readability's `okMaybeItsACandidate`: `sharebar-content-container` wraps the article. */
const CONTENT_WORDS: ReadonlySet<string> = new Set(['content', 'article', 'body', 'main', 'story', 'text', 'entry', 'post', 'column']);

/** Furniture is small: an element holding more prose than this is a wrapper whatever its name. */
const MAX_FURNITURE_TEXT = 1500;

export function isFurnitureElement(element: Element): boolean {
  if (FURNITURE_TAGS.has(element.tagName.toUpperCase())) return true;
  const role = element.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role.toLowerCase())) return true;
  const label = element.getAttribute('aria-label');
  if (label && AD_LABEL.test(label.trim())) return true;
  const nameWords = classWords(element);
  if (nameWords.length === 0) return false;
  if (nameWords.some((word) => CONTENT_WORDS.has(word))) return false;
  let named = false;
  // "reading-time" and "read-more" are two words each; join neighbours to catch them.
  for (let i = 0; i < nameWords.length && !named; i++) {
    const word = nameWords[i] as string;
    const next = nameWords[i + 1];
    named = FURNITURE_WORDS.has(word) || (next !== undefined && FURNITURE_WORDS.has(word + next));
  }
  return named && (element.textContent ?? '').length <= MAX_FURNITURE_TEXT;
}
