// Short blocks that Readability sometimes keeps inside an article container but that are page furniture:
// image credits, share prompts, tag lists, "read more" pointers. Matched on the whole (short) block only,
// so a sentence that merely mentions a photo stays.
import type { PageBlock } from './blocks';
import { LETTERS } from '../core/lexicon';

/** Longest block that can be furniture; anything longer is prose. */
const MAX_FURNITURE_CHARS = 160;

/**
 * A pattern of furniture, with what a block must show before the pattern is tried on it. Each pattern
 * costs its compilation the first time it runs (about 0.1 ms in a content script's first run, more than
 * matching it on every block of an article), and most blocks are prose that opens with none of the words
 * a pattern starts with: the guard lets the page pay only for the patterns a block could match. A guard
 * may admit blocks its pattern rejects, never the reverse (tests/unit/page/boilerplate.test.ts checks it).
 */
export interface FurnitureRule {
  pattern: RegExp;
  /** Prefixes of the block's opening (see openingOf) that the pattern can match after. */
  opens?: readonly string[];
  /** Or: text one of which the block must contain (lower case). */
  contains?: readonly string[];
  /** Or: text one of which the block must end with (lower case, before a closing bracket or full stop). */
  closes?: readonly string[];
}

/**
 * An upper-case Latin letter, and a letter of a name (with the dots, apostrophes and hyphens names
 * hold), written out rather than as Unicode properties: V8 builds the whole Unicode table for a pattern
 * with \p{Lu} when it first compiles it, some 1 to 2 ms of the page's time. Latin Extended-A alternates
 * upper and lower case and is taken whole.
 */
const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u017F';
const NAME = `[${UPPER}][${LETTERS}.'’-]+`;

/** Openings of a block that holds a date or a time first ("14.03.2024", "5 min read"): digits read as 0. */
const NUMERIC_OPENINGS = ['0', '.', ',', ':', '/', '-'];
const MONTHS = ['jan', 'feb', 'mär', 'mar', 'apr', 'mai', 'may', 'jun', 'jul', 'aug', 'sep', 'okt', 'oct', 'nov', 'dez', 'dec'];

export const FURNITURE_RULES: readonly FurnitureRule[] = [
  // Image credits: "Foto: dpa", "Bild: Shutterstock", "Image by: …", "Photo: Reuters", "© …".
  {
    pattern: /^(?:foto|fotos|bild|bilder|grafik|image(?: by)?|photo(?:graph)?s?|picture|credit|quelle|source)\s*(?:by)?\s*:/i,
    opens: ['foto', 'bild', 'grafik', 'image', 'photo', 'picture', 'credit', 'quelle', 'source'],
  },
  { pattern: /^(?:photo(?:graph)?s?|image|picture|foto|bild)\s+(?:by|von|courtesy(?: of)?)\b.{0,80}$/i, opens: ['photo', 'image', 'picture', 'foto', 'bild'] },
  { pattern: /^(?:©|\(c\)|copyright\b)/i, opens: ['©', '(', 'copyright'] },
  // Share bars and prompts.
  { pattern: /^(?:teilen|share|share this|share on|artikel teilen|jetzt teilen|diesen artikel teilen)\b.{0,80}$/i, opens: ['teilen', 'share', 'artikel', 'jetzt', 'diesen'] },
  // Tag lists.
  {
    pattern: /^(?:tags|schlagwörter|schlagworte|themen|markiert|stichwörter|keywords|filed under|topics)\s*:/i,
    opens: ['tags', 'schlagw', 'themen', 'markiert', 'stichw', 'keywords', 'filed', 'topics'],
  },
  // Ad labels standing alone.
  {
    pattern: /^(?:anzeige|werbung|advertisement|advertising|sponsored|publicité|publicidad|anuncio|pubblicità|advertentie)$/i,
    opens: ['anzeige', 'werbung', 'advert', 'sponsored', 'public', 'anuncio', 'pubblicit'],
  },
  // Datelines and reading times: "Aktualisiert: 19:05 Uhr", "Veröffentlicht am 20. April 2023 · Redaktion", "5 min read".
  // The keyword must be followed by the date itself, so "Updated figures show …" stays prose.
  {
    pattern: /^(?:aktualisiert|veröffentlicht|erschienen|stand|updated|published|posted|last updated)(?:\s*:|\s+(?:am|on|at|vom|um))?\s+(?:\d|(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|mon|die|mit|don|fre|sam|son|tue|wed|thu|fri|sat|sun)[a-zä]*\b).{0,100}$/i,
    opens: ['aktualisiert', 'veröffentlicht', 'erschienen', 'stand', 'updated', 'published', 'posted', 'last'],
  },
  { pattern: /^(?:lesezeit|reading time)\s*:?\s*(?:ca\.\s*)?\d/i, opens: ['lesezeit', 'reading'] },
  // A date or time standing alone: "14.03.2024, 17:42 Uhr", "March 3, 2024".
  { pattern: /^[\d.,:/\s-]*(?:\d{1,2}[.:]\d{2}\s*(?:uhr|h|am|pm)?)?\s*$/i, opens: NUMERIC_OPENINGS },
  {
    pattern: /^(?:\d{1,2}\.\s*)?(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)[a-zä]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?:[,\s]+\d{1,2}[.:]\d{2}\s*(?:uhr|h|am|pm)?)?$/i,
    opens: ['0', ...MONTHS],
  },
  { pattern: /^\d+\s*(?:min\.?|minuten?|minutes?)\s*(?:read|lesezeit|lesen)?$/i, opens: ['0'] },
  // Pointers to other pages: "Read more: Looted colonial art", "Lesen Sie auch: …".
  {
    pattern: /^(?:mehr zum thema|lesen sie (?:auch|mehr)|auch interessant|das könnte sie auch interessieren|weiterlesen|read more|read also|also read|related|see also|mehr dazu|zum thema|more on this)\s*(?:[:|›»]\s*.{0,140})?$/i,
    opens: ['mehr', 'lesen', 'auch', 'das', 'weiterlesen', 'read', 'also', 'related', 'see', 'zum', 'more'],
  },
  // Date labels of press-release pages, with the category after them or nothing: "News date : 04/21/2022
  // Category : Press Releases", "Release Date:".
  {
    pattern: /^(?:news date|release date|press release date|publication date|date of release|datum der veröffentlichung)\s*:\s*(?:[\d./-]+\s*(?:(?:category|kategorie)\s*:.{0,60})?)?$/i,
    opens: ['news', 'release', 'press', 'publication', 'date', 'datum'],
  },
  // An author's note that ends in a call to follow them: "… Life Adventurer. You can keep up with me on Twitter: @name".
  {
    pattern: /(?:^|[.!?]\s+)(?:(?:you can )?(?:keep up with|follow|find) (?:me|him|her|them|us) on|folgen sie (?:mir|ihm|ihr|uns) auf) (?:twitter|x|instagram|facebook|linkedin|threads|mastodon|bluesky|tiktok)(?:\s*(?:,|and|&|or|und|oder)\s*(?:twitter|x|instagram|facebook|linkedin|threads|mastodon|bluesky|tiktok))*\s*(?::?\s*@[\w.]+)?\s*[.!]?$/i,
    contains: ['keep up with', 'follow', 'find', 'folgen sie'],
  },
  // Pointers to more information: "Weitere Informationen:", "Noch mehr Infos für dich", "Weitere Infos
  // unter www.…", "Lesen Sie auch die folgenden Beiträge:". A heading without a sentence's end, or a
  // pointer to an address; "Weitere Informationen zu den Tätern gab die Polizei nicht." stays.
  {
    pattern: /^(?:(?:weitere|mehr|noch mehr|alle) (?:infos?|informationen)\b[^.!?]{0,60}|lesen sie (?:auch|hier|mehr)\b[^.!?]{0,60})$|^(?:weitere|mehr) (?:infos?|informationen)(?: hierzu| dazu)? (?:unter|auf|bei|gibt es|finden sie|findest du)\b.{0,120}$/i,
    opens: ['weitere', 'mehr', 'noch', 'alle', 'lesen'],
  },
  // Labels of widgets and embeds: "Externer Inhalt", "Aktuelle Ausgabe", "Häufig gestellte Fragen",
  // "Dieses Skript als PDF herunterladen", "Zum Vergrößern auf das Bild klicken".
  {
    pattern: /^(?:externer inhalt|aktuelle ausgabe|häufig gestellte fragen|zum vergrößern(?: auf das bild)?(?: klicken)?|(?:(?:dieses|diesen|den|das) (?:skript|artikel|beitrag|text|dokument) )?als pdf (?:herunterladen|downloaden))\s*[.!:]?$/i,
    opens: ['externer', 'aktuelle', 'häufig', 'zum', 'dieses', 'diesen', 'den', 'das', 'als'],
  },
  // A byline standing alone: "VON Sina Giebel", "By Anna Smith" (every word after it a capitalised name).
  { pattern: new RegExp(`^(?:[Vv][Oo][Nn]|[Bb][Yy])\\s+${NAME}(?:\\s+${NAME}){0,3}$`), opens: ['von', 'by'] },
  // An agency's picture credit with the photographer: "AFP / MARCO BERTORELLO", "FEI/Christophe Taniere".
  { pattern: new RegExp(`^[${UPPER}]{2,6}\\s*/\\s*${NAME}(?:\\s+${NAME}){0,3}$`), contains: ['/'] },
  // Categories: "Category : Press Releases".
  { pattern: /^(?:category|categories|kategorie|kategorien|rubrik|ressort|posted in|filed in)\s*:/i, opens: ['categor', 'kategorie', 'rubrik', 'ressort', 'posted', 'filed'] },
  // Calls to follow, subscribe or sign up.
  {
    pattern: /^(?:follow (?:us|me|the \w+)|you can (?:keep up with|follow) (?:me|us)|subscribe (?:now|to|for)|sign up (?:for|to)|abonnieren sie|folgen sie (?:uns|\w+ auf)|jetzt abonnieren|newsletter abonnieren|do you want to be informed)\b/i,
    opens: ['follow', 'you', 'subscribe', 'sign', 'abonnieren', 'folgen', 'jetzt', 'newsletter', 'do'],
  },
  // Prompts about the article itself: "War der Artikel nützlich?", "Artikel gefallen? Vergiss nicht zu teilen!".
  {
    pattern: /^(?:war (?:der|dieser) (?:artikel|beitrag) (?:hilfreich|nützlich)|(?:hat|gefällt) (?:dir|ihnen) (?:der|dieser|unser) .{0,40}\?|artikel gefallen\?|möchten sie (?:den|diesen) (?:artikel|beitrag) teilen|(?:den|diesen) (?:artikel|beitrag) .{0,30}teilen|was this (?:article|post|page) helpful|did you (?:like|enjoy) this)/i,
    opens: ['war', 'hat', 'gefällt', 'artikel', 'möchten', 'den', 'diesen', 'was', 'did'],
  },
  // Widget labels: comment status, rating prompts, loaders, back links.
  {
    pattern: /^(?:kommentare (?:sind )?geschlossen|comments (?:are )?closed|\(?noch keine bewertungen\)?|no comments yet|lade weitere inhalte|mehr laden|load more|zurück zur (?:liste|übersicht|listenansicht|startseite)|back to (?:top|list|overview)|nach oben|quellen (?:ausblenden|einblenden|anzeigen))\b/i,
    opens: ['kommentare', 'comments', '(', 'noch', 'no', 'lade', 'mehr', 'load', 'zurück', 'back', 'nach', 'quellen'],
  },
  // Skip links for keyboards and screen readers, which some pages leave visible in the article's container.
  {
    pattern: /^(?:zum inhalt springen|direkt zum inhalt|zum hauptinhalt(?: springen)?|skip to (?:the )?(?:main )?content|jump to (?:main )?content|aller au contenu(?: principal)?|saltar al contenido(?: principal)?|vai al contenuto(?: principale)?|naar (?:de )?(?:hoofd)?inhoud(?: springen|gaan)?)$/i,
    opens: ['zum', 'direkt', 'skip', 'jump', 'aller', 'saltar', 'vai', 'naar'],
  },
  // Bylines with a date: "Erstellt am Dienstag 6. Mai 2014".
  { pattern: /^(?:erstellt|geschrieben|verfasst|geposted|gepostet) (?:am|von)\b.*\d/i, opens: ['erstellt', 'geschrieben', 'verfasst', 'gepost'] },
  // Sponsorship and affiliate disclosures.
  {
    pattern: /(?:enthält (?:werbung|affiliate)|affiliate[- ]links?|provisions-?links|bei den (?:verlinkungen|links) handelt es sich um|(?:contains|may contain) affiliate)/i,
    contains: ['werbung', 'affiliate', 'provision', 'handelt es sich um'],
  },
  // Picture agency credits standing alone: "Augusta National/Getty Images", "(Foto: Getty)".
  {
    pattern: /^[^.!?]{0,60}[/(:]\s*(?:getty(?: images)?|dpa|reuters|afp|ap|imago(?: images)?|shutterstock|istock(?:photo)?|picture alliance|keystone|epa)\)?\.?$/i,
    closes: ['getty', 'images', 'dpa', 'reuters', 'afp', 'ap', 'imago', 'shutterstock', 'istock', 'istockphoto', 'picture alliance', 'keystone', 'epa'],
  },
  // Appeals for the reader's money that sites set inside the article: "Support independent journalism",
  // "Unterstützen Sie unabhängigen Journalismus", "Apoya el periodismo incómodo", and the promise of a
  // subscription that ends when one likes ("Cancel anytime", "Jederzeit kündbar", "Cancela cuando
  // quieras"). An article about journalism's funding words it otherwise or at more length.
  {
    pattern: /^(?:support (?:our|independent|quality|local) (?:\w+ )?journalism|unterstützen sie (?:unseren|unabhängigen|guten|kritischen) journalismus|jetzt unterstützen|soutenez (?:notre|le) journalisme|apoya (?:el|nuestro) periodismo|sostieni (?:il )?(?:nostro )?giornalismo|steun (?:onze |onafhankelijke )*journalistiek)\b(?:\s+[\w\u00C0-\u024F-]+){0,2}\s*(?:[.!]|\s[–—:-]\s.{0,80})?$|(?:cancel (?:at )?any ?time|jederzeit kündbar|résiliable à tout moment|sans engagement|cancela cuando quieras|disdici quando vuoi|(?:dagelijks|maandelijks) opzegbaar)\s*[.!]?$/i,
    contains: ['journalism', 'unterstützen', 'journalisme', 'periodismo', 'giornalismo', 'journalistiek', 'cancel', 'kündbar', 'résiliable', 'sans engagement', 'cuando quieras', 'quando vuoi', 'opzegbaar'],
  },
  // A picture's caption that ends in its credit ("Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO
  // BERTORELLO", "… | © Augusta National/Getty Images", "(© FEI/Christophe Taniere)"), or that tells how to
  // enlarge the picture ("… Zum Vergrößern auf das Bild klicken. CC-BY-SA 2.0").
  { pattern: /©[^©]{2,60}$|\bzum vergrößern (?:auf das bild )?klicken\b/i, contains: ['©', 'zum vergrößern'] },
  // The same kinds of furniture in French, Spanish, Italian and Dutch, the languages after German and
  // English. Pointers to other pages: "À lire aussi » …", "Lea también: …", "Leggi anche", "Lees ook:".
  // A "contains" guard, because French writes the pointer with and without its accent ("A lire aussi").
  {
    pattern: /^(?:[àa] lire (?:aussi|également)|lire aussi|(?:[àa] )?voir aussi|sur le même sujet|lea también|lee también|le puede interesar|te puede interesar|ver también|leggi anche|potrebbe interessarti|vedi anche|lees ook|zie ook|ook interessant)\s*(?:[:|›»]\s*.{0,140})?$/i,
    contains: ['lire aussi', 'lire également', 'voir aussi', 'même sujet', 'también', 'puede interesar', 'leggi anche', 'interessarti', 'vedi anche', 'lees ook', 'zie ook', 'ook interessant'],
  },
  // Share prompts: "Partager sur Facebook", "Compartir en Twitter", "Condividi su WhatsApp", "Delen via e-mail",
  // "Partager cet article". Only the verb, a place to share on or the article itself may follow: "Delen van
  // het land…" (parts of the country) is prose.
  {
    pattern: /^(?:partager|partagez|compartir|comparte|condividi|delen|deel)(?:\s+(?:(?:sur|en|su|op|via)\s+[^\s.!?]+|cet article|l['’]article|este artículo|esta noticia|l['’]articolo|(?:dit|het) artikel))*\s*(?::\s*.{0,80})?$/i,
    opens: ['partage', 'compartir', 'comparte', 'condividi', 'delen', 'deel'],
  },
  // Tag lists and categories: "Mots-clés : …", "Etiquetas: …", "Parole chiave: …", "Trefwoorden: …".
  {
    pattern: /^(?:mots[- ]clés|étiquettes|etiquetas|palabras clave|temas|parole chiave|argomenti|trefwoorden|rubrique|catégories?|categorías?|categori[ae]|categorie)\s*:/i,
    opens: ['mots', 'étiquettes', 'etiquetas', 'palabras', 'temas', 'parole', 'argomenti', 'trefwoorden', 'rubrique', 'catégorie', 'categor'],
  },
  // Image credits: "Crédit photo : AFP", "Crédito: EFE", "Fotografía: …", "Immagine: …", "Beeld: ANP".
  {
    pattern: /^(?:crédits?(?: photos?)?|crédito(?: de la foto)?|fotografía|immagine|beeld)\s*:/i,
    opens: ['crédit', 'fotograf', 'immagine', 'beeld'],
  },
  // Datelines: "Publié le 12 mars 2024 à 10h30", "Mis à jour le mardi 12 mars", "Actualizado: 12/03/2024",
  // "Pubblicato il 12 marzo 2024", "Gepubliceerd op 12 maart 2024". The date itself must follow, after a
  // weekday at most, so "Publié en 1995, le roman…" stays prose.
  {
    pattern: /^(?:publié|mis à jour|modifié|actualisé|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)(?:\s*:|\s+(?:le|el|il|op|à|a las|alle|om))?\s+(?:(?:lun|mar|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|dom|gio|sab|maa|din|woe|don|vri|zat|zon)[a-zàâéèêëìíîïóòôúùûüçñ]*\.?,?\s+)?\d.{0,100}$/i,
    opens: ['publi', 'mis', 'modifi', 'actualis', 'actualiz', 'pubblicato', 'aggiornato', 'gepubliceerd', 'bijgewerkt'],
  },
  // Reading times: "Temps de lecture : 4 min", "Tiempo de lectura: 3 minutos", "Leestijd 2 minuten".
  { pattern: /^(?:temps de lecture|tiempo de lectura|tempo di lettura|leestijd)\s*:?\s*(?:env\.?\s*|aprox\.?\s*|circa\s*|ca\.\s*)?\d/i, opens: ['temps', 'tiempo', 'tempo', 'leestijd'] },
  { pattern: /^\d+\s*(?:min\.?|minutes?|minutos?|minuti|minuten)\s*(?:de lecture|de lectura|di lettura|leestijd|lezen)$/i, opens: ['0'] },
  // Calls to follow, subscribe or sign up: "Suivez-nous sur …", "Suscríbete a …", "Seguici su …", "Volg ons op …".
  {
    pattern: /^(?:suivez-nous|abonnez-vous|inscrivez-vous|síguenos|suscríbete|suscríbase|seguici|iscriviti|abbonati|volg ons|abonneer je|schrijf je in)(?:\s|[,:!.]|$)/i,
    opens: ['suivez', 'abonnez', 'inscrivez', 'síguenos', 'suscríb', 'seguici', 'iscriviti', 'abbonati', 'volg', 'abonneer', 'schrijf'],
  },
  // Widget labels: comment status, loaders, back links.
  {
    pattern: /^(?:commentaires fermés|aucun commentaire|charger plus|voir plus|comentarios cerrados|sin comentarios|cargar más|ver más|commenti chiusi|nessun commento|carica altri|mostra altro|reacties gesloten|geen reacties|meer laden|toon meer|retour en haut(?: de (?:la )?page)?|volver arriba|torna su|terug naar boven)\s*[.!]?$/i,
    opens: ['commentaires', 'aucun', 'charger', 'voir', 'comentarios', 'sin', 'cargar', 'ver', 'commenti', 'nessun', 'carica', 'mostra', 'reacties', 'geen', 'meer', 'toon', 'retour', 'volver', 'torna', 'terug'],
  },
  // Rights notices: "Tous droits réservés", "Todos los derechos reservados", "Riproduzione riservata".
  {
    pattern: /(?:tous droits réservés|reproduction interdite|todos los derechos reservados|prohibida su reproducción|tutti i diritti riservati|riproduzione riservata|alle rechten voorbehouden)/i,
    contains: ['droits réservés', 'reproduction interdite', 'derechos reservados', 'prohibida su reproducción', 'diritti riservati', 'riproduzione riservata', 'rechten voorbehouden'],
  },
];

/**
 * A server's error message printed into the page ("Warning: mysql_connect(): … in /var/www/… on line 12"),
 * which a broken PHP site puts above its content: never prose, and often longer than furniture.
 */
export const SERVER_ERROR: FurnitureRule = {
  pattern: /^(?:(?:php )?(?:warning|notice|deprecated|fatal error|parse error|strict standards))\s*:\s.{0,400}\son line \d+\.?$/i,
  opens: ['php', 'warning', 'notice', 'deprecated', 'fatal', 'parse', 'strict'],
};

/**
 * A site's notices around its articles, which run to a few sentences and so past MAX_FURNITURE_CHARS:
 * rights ("© 2022 … This article is the copyrighted property of …", "Alle Rechte vorbehalten"), consent
 * banners ("Wir respektieren deine Privatsphäre und …"), calls to follow the site or get its app ("Follow
 * The Gleaner on Twitter and Instagram @…", "For the latest stories … download the Nationnews apps"),
 * calls to write in ("We want to hear what you think about this article"), and disclaimers about
 * contributors ("… is not responsible for the opinions …"). Anchored at the block's start where prose
 * could say the same words later on.
 */
export const SITE_NOTICES: FurnitureRule = {
  pattern: /(?:all rights reserved|alle rechte vorbehalten|copyrighted property of|reproduction (?:without|is) (?:permission|prohibited)|nachdruck (?:nur|verboten)|wir respektieren (?:deine|ihre) privatsphäre|we (?:value|respect) your privacy)|^(?:follow|folgen sie) [^.!?]{1,40}? (?:on|auf) (?:twitter|x|instagram|facebook|linkedin|threads|tiktok)\b|^for the latest [^.!?]{0,60}\bdownload (?:the|our) [^.!?]{0,40}\bapps?\b|^we want to hear what you think\b|\b(?:is|are) not responsible for the opinions\b|übernimmt keine (?:verantwortung|haftung) für (?:den inhalt|die inhalte|kommentare)/i,
  contains: ['rights reserved', 'rechte vorbehalten', 'copyrighted', 'reproduction', 'nachdruck', 'privatsphäre', 'privacy', 'follow', 'folgen sie', 'download', 'hear what you think', 'not responsible', 'keine verantwortung', 'keine haftung'],
};

/** Longest site notice looked for. */
const MAX_NOTICE_CHARS = 320;

/** Longest server error message looked for. */
const MAX_SERVER_ERROR_CHARS = 500;

/**
 * How a block opens, for the guards: its first word in lower case (Latin letters, as the patterns' words
 * are), or else its first character, a digit read as 0.
 */
export function openingOf(lowerText: string): string {
  // A loop over characters rather than a regular expression, which would cost its compilation.
  let end = 0;
  while (end < lowerText.length && isLatinLetter(lowerText.charAt(end))) end++;
  if (end > 0) return lowerText.slice(0, end);
  const first = lowerText.charAt(0);
  return first >= '0' && first <= '9' ? '0' : first;
}

function isLatinLetter(char: string): boolean {
  return (char >= 'a' && char <= 'z') || (char >= 'ß' && char <= 'ÿ' && char !== '÷');
}

/** The text without the closing brackets, full stops and spaces at its end. */
function withoutClosing(text: string): string {
  let end = text.length;
  while (end > 0 && ' \t\n).'.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** A block's text as the guards read it, worked out once per block. */
export interface GuardView {
  lower: string;
  opening: string;
}

export function viewOf(text: string): GuardView {
  const lower = text.toLowerCase();
  return { lower, opening: openingOf(lower) };
}

/** The guards' view of a block short enough for any pattern here (a server error is the longest), else null. */
function shortBlockView(text: string): GuardView | null {
  return text.length <= MAX_SERVER_ERROR_CHARS ? viewOf(text) : null;
}

/** Whether `rule`'s guard lets its pattern be tried on the block (a rule without a guard is always tried). */
export function guardAdmits(rule: FurnitureRule, view: GuardView): boolean {
  if (rule.opens) return rule.opens.some((prefix) => view.opening.startsWith(prefix));
  if (rule.contains) return rule.contains.some((part) => view.lower.includes(part));
  if (rule.closes) {
    const end = withoutClosing(view.lower);
    return rule.closes.some((part) => end.endsWith(part));
  }
  return true;
}

function matches(rule: FurnitureRule, text: string, view: GuardView): boolean {
  return guardAdmits(rule, view) && rule.pattern.test(text);
}

/**
 * Rules by their guard, for a block to find the few it could match without asking each rule: those
 * guarded by an opening are filed under every prefix they name, and a block's opening is looked up at
 * each prefix length there is (a dozen lookups instead of hundreds of prefix tests: a page of short
 * blocks, a settings page or a list, has hundreds of blocks). The other rules are asked one by one.
 */
interface RuleIndex {
  byPrefix: Map<string, FurnitureRule[]>;
  /** The prefix lengths filed, shortest first. */
  lengths: number[];
  others: FurnitureRule[];
}

function indexRules(rules: readonly FurnitureRule[]): RuleIndex {
  const byPrefix = new Map<string, FurnitureRule[]>();
  const others: FurnitureRule[] = [];
  for (const rule of rules) {
    if (!rule.opens) {
      others.push(rule);
      continue;
    }
    for (const prefix of new Set(rule.opens)) {
      const filed = byPrefix.get(prefix);
      if (filed) filed.push(rule);
      else byPrefix.set(prefix, [rule]);
    }
  }
  const lengths = [...new Set([...byPrefix.keys()].map((prefix) => prefix.length))].sort((a, b) => a - b);
  return { byPrefix, lengths, others };
}

/** Whether a rule of `index` whose guard admits the block matches it (as `rules.some(matches)` would say). */
function anyMatches(index: RuleIndex, text: string, view: GuardView): boolean {
  for (const length of index.lengths) {
    if (length > view.opening.length) break;
    const filed = index.byPrefix.get(view.opening.slice(0, length));
    if (filed?.some((rule) => rule.pattern.test(text))) return true;
  }
  return index.others.some((rule) => matches(rule, text, view));
}

const FURNITURE_INDEX = indexRules(FURNITURE_RULES);

export function isBoilerplateBlock(block: PageBlock): boolean {
  return isBoilerplateText(block.text, shortBlockView(block.text));
}

function isBoilerplateText(text: string, view: GuardView | null): boolean {
  if (!view) return false;
  if (matches(SERVER_ERROR, text, view)) return true;
  if (text.length <= MAX_NOTICE_CHARS && matches(SITE_NOTICES, text, view)) return true;
  if (text.length > MAX_FURNITURE_CHARS) return false;
  return anyMatches(FURNITURE_INDEX, text, view);
}

/**
 * Headings that open a box of links to other pages ("Weitere Artikel", "Schon gelesen?", "You may also
 * like", "Sur le même sujet", "Noticias relacionadas"). The heading goes, and so do the teasers right after it.
 */
export const RELATED_HEADINGS: readonly FurnitureRule[] = [
  {
    pattern: /^(?:weitere (?:artikel|beiträge|nachrichten|themen|meldungen)|weiterführende (?:links|artikel|beiträge)|schon gelesen|auch interessant|das könnte (?:sie|dich) (?:auch )?interessieren|beiträge zum thema|mehr zum thema|mehr (?:infos|informationen) für (?:dich|sie)|verwandte (?:artikel|beiträge|themen)|ähnliche (?:artikel|beiträge)|meistgelesen|aktuelle ausgabe|related(?: articles| posts| stories| content| coverage)?|more (?:stories|from [^.!?]{1,40}|on this(?: topic)?)|you (?:may|might) also like|read next|recommended(?: for you)?|most (?:popular|read))\s*[:?!]?$/i,
    opens: ['weitere', 'weiterführende', 'schon', 'auch', 'das', 'beiträge', 'mehr', 'verwandte', 'ähnliche', 'meistgelesen', 'aktuelle', 'related', 'more', 'you', 'read', 'recommended', 'most'],
  },
  // French, Spanish, Italian, Dutch.
  {
    pattern: /^(?:(?:[àa] )?lire aussi|sur le même (?:sujet|thème)|articles? (?:liés|similaires|recommandés)|dans la même rubrique|les plus lus|(?:noticias|artículos|notas) relacionad[oa]s|(?:lo )?más (?:leíd[oa]s?|vist[oa]s?)|(?:también )?te puede interesar|(?:articoli|notizie) correlat[ie]|(?:i )?più lett[ie]|potrebbe interessarti|gerelateerde (?:artikelen|berichten)|meest gelezen|lees ook|ook interessant)\s*[:?!]?$/i,
    // Words inside the heading, not its opening: "à", "a", "i" and "lo" open too many blocks of prose.
    contains: ['lire aussi', 'même sujet', 'même thème', 'liés', 'similaires', 'recommandés', 'même rubrique', 'plus lus', 'relacionad', 'más leíd', 'más visto', 'puede interesar', 'correlat', 'più lett', 'interessarti', 'gerelateerde', 'meest gelezen', 'lees ook', 'ook interessant'],
  },
];

const RELATED_INDEX = indexRules(RELATED_HEADINGS);

/** A teaser is short: a linked headline or a one-line summary, not a paragraph of the article. */
const MAX_TEASER_CHARS = 160;

/** Drops furniture blocks, and the teaser boxes that follow a "more on this" heading. */
export function withoutBoilerplate<T extends PageBlock>(blocks: readonly T[]): T[] {
  const kept: T[] = [];
  let inRelatedBox = false;
  for (const block of blocks) {
    const view = shortBlockView(block.text);
    if (view && block.text.length <= MAX_FURNITURE_CHARS && anyMatches(RELATED_INDEX, block.text, view)) {
      inRelatedBox = true;
      continue;
    }
    if (inRelatedBox) {
      if (block.kind === 'list-item' || (block.kind !== 'heading' && block.text.length <= MAX_TEASER_CHARS)) continue;
      inRelatedBox = false;
    }
    if (!isBoilerplateText(block.text, view)) kept.push(block);
  }
  return kept;
}
