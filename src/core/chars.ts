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
