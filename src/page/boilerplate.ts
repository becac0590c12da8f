// Short blocks that Readability sometimes keeps inside an article container but that are page furniture:
// image credits, share prompts, tag lists, "read more" pointers. Matched on the whole (short) block only,
// so a sentence that merely mentions a photo stays.
import type { PageBlock } from './blocks';

/** Longest block that can be furniture; anything longer is prose. */
const MAX_FURNITURE_CHARS = 160;

const FURNITURE: readonly RegExp[] = [
  // Image credits: "Foto: dpa", "Bild: Shutterstock", "Image by: …", "Photo: Reuters", "© …".
  /^(?:foto|fotos|bild|bilder|grafik|image(?: by)?|photo(?:graph)?s?|picture|credit|quelle|source)\s*(?:by)?\s*:/i,
  /^(?:photo(?:graph)?s?|image|picture|foto|bild)\s+(?:by|von|courtesy(?: of)?)\b.{0,80}$/i,
  /^(?:©|\(c\)|copyright\b)/i,
  // Share bars and prompts.
  /^(?:teilen|share|share this|share on|artikel teilen|jetzt teilen|diesen artikel teilen)\b.{0,80}$/i,
  // Tag lists.
  /^(?:tags|schlagwörter|schlagworte|themen|markiert|stichwörter|keywords|filed under|topics)\s*:/i,
  // Ad labels standing alone.
  /^(?:anzeige|werbung|advertisement|advertising|sponsored|publicité|publicidad|anuncio|pubblicità|advertentie)$/i,
  // Datelines and reading times: "Aktualisiert: 19:05 Uhr", "Veröffentlicht am 20. April 2023 · Redaktion", "5 min read".
  // The keyword must be followed by the date itself, so "Updated figures show …" stays prose.
  /^(?:aktualisiert|veröffentlicht|erschienen|stand|updated|published|posted|last updated)(?:\s*:|\s+(?:am|on|at|vom|um))?\s+(?:\d|(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|mon|die|mit|don|fre|sam|son|tue|wed|thu|fri|sat|sun)[a-zä]*\b).{0,100}$/i,
  /^(?:lesezeit|reading time)\s*:?\s*(?:ca\.\s*)?\d/i,
  // A date or time standing alone: "14.03.2024, 17:42 Uhr", "March 3, 2024".
  /^[\d.,:/\s-]*(?:\d{1,2}[.:]\d{2}\s*(?:uhr|h|am|pm)?)?\s*$/i,
  /^(?:\d{1,2}\.\s*)?(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)[a-zä]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?:[,\s]+\d{1,2}[.:]\d{2}\s*(?:uhr|h|am|pm)?)?$/i,
  /^\d+\s*(?:min\.?|minuten?|minutes?)\s*(?:read|lesezeit|lesen)?$/i,
  // Pointers to other pages: "Read more: Looted colonial art", "Lesen Sie auch: …".
  /^(?:mehr zum thema|lesen sie (?:auch|mehr)|auch interessant|das könnte sie auch interessieren|weiterlesen|read more|read also|also read|related|see also|mehr dazu|zum thema|more on this)\s*(?:[:|›»]\s*.{0,140})?$/i,
  // Categories: "Category : Press Releases".
  /^(?:category|categories|kategorie|kategorien|rubrik|ressort|posted in|filed in)\s*:/i,
  // Calls to follow, subscribe or sign up.
  /^(?:follow (?:us|me|the \w+)|you can (?:keep up with|follow) (?:me|us)|subscribe (?:now|to|for)|sign up (?:for|to)|abonnieren sie|folgen sie (?:uns|\w+ auf)|jetzt abonnieren|newsletter abonnieren|do you want to be informed)\b/i,
  // Prompts about the article itself: "War der Artikel nützlich?", "Artikel gefallen? Vergiss nicht zu teilen!".
  /^(?:war (?:der|dieser) (?:artikel|beitrag) (?:hilfreich|nützlich)|(?:hat|gefällt) (?:dir|ihnen) (?:der|dieser|unser) .{0,40}\?|artikel gefallen\?|möchten sie (?:den|diesen) (?:artikel|beitrag) teilen|(?:den|diesen) (?:artikel|beitrag) .{0,30}teilen|was this (?:article|post|page) helpful|did you (?:like|enjoy) this)/i,
  // Widget labels: comment status, rating prompts, loaders, back links.
  /^(?:kommentare (?:sind )?geschlossen|comments (?:are )?closed|\(?noch keine bewertungen\)?|no comments yet|lade weitere inhalte|mehr laden|load more|zurück zur (?:liste|übersicht|listenansicht|startseite)|back to (?:top|list|overview)|nach oben|quellen (?:ausblenden|einblenden|anzeigen))\b/i,
  // Skip links for keyboards and screen readers, which some pages leave visible in the article's container.
  /^(?:zum inhalt springen|direkt zum inhalt|zum hauptinhalt(?: springen)?|skip to (?:the )?(?:main )?content|jump to (?:main )?content|aller au contenu(?: principal)?|saltar al contenido(?: principal)?|vai al contenuto(?: principale)?|naar (?:de )?(?:hoofd)?inhoud(?: springen|gaan)?)$/i,
  // Bylines with a date: "Erstellt am Dienstag 6. Mai 2014".
  /^(?:erstellt|geschrieben|verfasst|geposted|gepostet) (?:am|von)\b.*\d/i,
  // Sponsorship and affiliate disclosures.
  /(?:enthält (?:werbung|affiliate)|affiliate[- ]links?|provisions-?links|bei den (?:verlinkungen|links) handelt es sich um|(?:contains|may contain) affiliate)/i,
  // Picture agency credits standing alone: "Augusta National/Getty Images", "(Foto: Getty)".
  /^[^.!?]{0,60}[/(:]\s*(?:getty(?: images)?|dpa|reuters|afp|ap|imago(?: images)?|shutterstock|istock(?:photo)?|picture alliance|keystone|epa)\)?\.?$/i,
  // Consent banners.
  /(?:wir respektieren (?:deine|ihre) privatsphäre|we (?:value|respect) your privacy)/i,
  // Rights notices: "This article is the copyrighted property of …", "Alle Rechte vorbehalten".
  /(?:all rights reserved|alle rechte vorbehalten|copyrighted property of|reproduction (?:without|is) (?:permission|prohibited)|nachdruck (?:nur|verboten))/i,
];

/**
 * A server's error message printed into the page ("Warning: mysql_connect(): … in /var/www/… on line 12"),
 * which a broken PHP site puts above its content: never prose, and often longer than furniture.
 */
const SERVER_ERROR = /^(?:(?:php )?(?:warning|notice|deprecated|fatal error|parse error|strict standards))\s*:\s.{0,400}\son line \d+\.?$/i;

/** Longest server error message looked for. */
const MAX_SERVER_ERROR_CHARS = 500;

export function isBoilerplateBlock(block: PageBlock): boolean {
  if (block.text.length <= MAX_SERVER_ERROR_CHARS && SERVER_ERROR.test(block.text)) return true;
  if (block.text.length > MAX_FURNITURE_CHARS) return false;
  return FURNITURE.some((pattern) => pattern.test(block.text));
}

/**
 * Headings that open a box of links to other pages ("Weitere Artikel", "Schon gelesen?", "You may also
 * like"). The heading goes, and so do the teasers right after it.
 */
const RELATED_HEADING = /^(?:weitere (?:artikel|beiträge|nachrichten|themen|meldungen)|weiterführende (?:links|artikel|beiträge)|schon gelesen|auch interessant|das könnte (?:sie|dich) (?:auch )?interessieren|beiträge zum thema|mehr zum thema|mehr (?:infos|informationen) für (?:dich|sie)|verwandte (?:artikel|beiträge|themen)|ähnliche (?:artikel|beiträge)|meistgelesen|aktuelle ausgabe|related(?: articles| posts| stories| content| coverage)?|more (?:stories|from [^.!?]{1,40}|on this(?: topic)?)|you (?:may|might) also like|read next|recommended(?: for you)?|most (?:popular|read))\s*[:?!]?$/i;

/** A teaser is short: a linked headline or a one-line summary, not a paragraph of the article. */
const MAX_TEASER_CHARS = 160;

/** Drops furniture blocks, and the teaser boxes that follow a "more on this" heading. */
export function withoutBoilerplate<T extends PageBlock>(blocks: readonly T[]): T[] {
  const kept: T[] = [];
  let inRelatedBox = false;
  for (const block of blocks) {
    if (block.text.length <= MAX_FURNITURE_CHARS && RELATED_HEADING.test(block.text)) {
      inRelatedBox = true;
      continue;
    }
    if (inRelatedBox) {
      if (block.kind === 'list-item' || (block.kind !== 'heading' && block.text.length <= MAX_TEASER_CHARS)) continue;
      inRelatedBox = false;
    }
    if (!isBoilerplateBlock(block)) kept.push(block);
  }
  return kept;
}
