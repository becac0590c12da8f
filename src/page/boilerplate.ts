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
  // Rights notices: "This article is the copyrighted property of …", "Alle Rechte vorbehalten".
  /(?:all rights reserved|alle rechte vorbehalten|copyrighted property of|reproduction (?:without|is) (?:permission|prohibited)|nachdruck (?:nur|verboten))/i,
];

export function isBoilerplateBlock(block: PageBlock): boolean {
  if (block.text.length > MAX_FURNITURE_CHARS) return false;
  return FURNITURE.some((pattern) => pattern.test(block.text));
}
