// Character classes by code point, shared by the hand-written scanners: whether a character is a
// letter (`\p{L}`), or a letter or a digit (`[\p{L}\p{N}]`). A table of the basic plane, filled as
// characters are first met, answers without a regular expression.

const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
/** Code units below 0x10000: 0 not looked up yet, else 1, plus 2 for a letter and 4 for a number (made at the first need). */
let BMP: Uint8Array | undefined;

function classOf(code: number): number {
  const char = String.fromCodePoint(code);
  return 1 | (LETTER.test(char) ? 2 : 0) | (NUMBER.test(char) ? 4 : 0);
}

function known(code: number): number {
  if (code > 0xffff) return classOf(code);
  BMP ??= new Uint8Array(0x10000);
  return (BMP[code] ||= classOf(code));
}

/** Whether the code point `code` is a letter or a digit. */
export function isLetterOrDigit(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return (known(code) & 6) !== 0;
}

/** Whether the code point `code` is a letter. */
export function isLetter(code: number): boolean {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  return (known(code) & 2) !== 0;
}

/** The width in code units (1, or 2 outside the basic plane) of the character at `i` if `test` holds for it; 0 if not. */
export function letterWidth(text: string, i: number, test = isLetterOrDigit): number {
  const code = text.codePointAt(i);
  return code === undefined || !test(code) ? 0 : code > 0xffff ? 2 : 1;
}

const GLUED_FULL_STOP = /^\p{Ll}\p{Ll}\.\p{Lu}\p{Ll}$/u;

/**
 * Whether the full stop at `dot` is glued between a lower-case word and a capitalised one (`… der
 * Papst.Der Vatikan …`): a sentence's end whose space was lost where text nodes were joined. The
 * tokenizer and the sentence splitter both cut there.
 */
export function isGluedFullStop(text: string, dot: number): boolean {
  return text.charCodeAt(dot) === 0x2e && dot >= 2 && GLUED_FULL_STOP.test(text.slice(dot - 2, dot + 3));
}

/**
 * A name led by an Arabic article written in lower case (`al-Qaida`, `el-Baradei`, `az-Zawahiri`): it
 * counts as capitalised, as the name after the hyphen is. Not English `at-Large`.
 */
export const ARTICLE_LED_NAME = /^(?:al|el|as|ad|ar|az|ash|ul)-\p{Lu}/u;
