// Short blocks that Readability sometimes keeps inside an article container but that are page furniture:
// image credits, share prompts, tag lists, "read more" pointers. Matched on the whole (short) block only,
// so a sentence that merely mentions a photo stays.
import type { PageBlock } from './blocks';

/** Longest block that can be furniture; anything longer is prose. */
const MAX_FURNITURE_CHARS = 160;

const FURNITURE: readonly RegExp[] = [
  // Image credits: "Foto: dpa", "Bild: Shutterstock", "Image by: …", "Photo: Reuters", "© …".
  /^(?:foto|fotos|bild|bilder|grafik|image(?: by)?|photo(?:graph)?|picture|credit|quelle|source)\s*(?:by)?\s*:/i,
  /^(?:©|\(c\)|copyright\b)/i,
  // Share bars and prompts.
  /^(?:teilen|share|share this|share on|artikel teilen|jetzt teilen|diesen artikel teilen)\b.{0,80}$/i,
  // Tag lists.
  /^(?:tags|schlagwörter|schlagworte|themen|markiert|stichwörter|keywords|filed under|topics)\s*:/i,
  // Pointers to other pages.
  /^(?:mehr zum thema|lesen sie auch|auch interessant|weiterlesen|read more|related|see also|mehr dazu)\s*:?$/i,
];

export function isBoilerplateBlock(block: PageBlock): boolean {
  if (block.text.length > MAX_FURNITURE_CHARS) return false;
  return FURNITURE.some((pattern) => pattern.test(block.text));
}
