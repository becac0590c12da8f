// One character class by code point, shared by the hand-written scanners: whether a character is a
// letter or a digit (`[\p{L}\p{N}]`). A table of the basic plane, filled as characters are first met,
// answers without a regular expression.

const LETTER = /[\p{L}\p{N}]/u;
/** Code units below 0x10000: 0 not looked up yet, 1 letter or digit, 2 neither (made at the first need). */
let BMP: Uint8Array | undefined;

/** Whether the code point `code` is a letter or a digit. */
export function isLetterOrDigit(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  if (code > 0xffff) return LETTER.test(String.fromCodePoint(code));
  BMP ??= new Uint8Array(0x10000);
  let known = BMP[code];
  if (!known) BMP[code] = known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** The width in code units (1, or 2 outside the basic plane) of the letter or digit at `i`; 0 if there is none. */
export function letterWidth(text: string, i: number): number {
  const code = text.codePointAt(i);
  return code === undefined || !isLetterOrDigit(code) ? 0 : code > 0xffff ? 2 : 1;
}

/**
 * Where the word that starts at `start` (on a letter or digit) ends: runs of letters and digits joined by
 * single characters for which `joins` holds, as the pattern `[\p{L}\p{N}]+(?:[…][\p{L}\p{N}]+)*` (flag
 * u) matches them. Scanned by hand: the match objects of the expression cost more than the scan.
 */
export function wordEnd(text: string, start: number, joins: (code: number) => boolean): number {
  let i = start;
  let width: number;
  for (;;) {
    while ((width = letterWidth(text, i))) i += width;
    if (!joins(text.charCodeAt(i)) || !(width = letterWidth(text, i + 1))) return i;
    i += 1 + width;
  }
}
