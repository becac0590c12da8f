// Small text helpers shared by the analysis and the page layer: white space and word counting.
import { isLetterOrDigit } from './chars';

/** Collapses every run of white space (including no-break and zero-width spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u200B-\u200D\u2060\uFEFF]+/g, ' ').trim();
}

/**
 * Words as a reader counts them: runs of letters or digits, inner apostrophes and hyphens kept (the
 * matches of `[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*`, flag u). Counted in one pass: the expression
 * would make a match object per word.
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    // ASCII (most of a Latin-script text) is told here; only a surrogate needs the whole code point.
    if (code < 0x80) {
      if (((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
        if (!inWord) count++;
        inWord = true;
      } else if (code !== 0x27 && code !== 0x2d) inWord = false;
      else inWord &&= isLetterOrDigit(text.codePointAt(i + 1) ?? 0);
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff) code = text.codePointAt(i)!;
    if (isLetterOrDigit(code)) {
      if (!inWord) count++;
      inWord = true;
      if (code > 0xffff) i++;
    } else {
      // An apostrophe or hyphen between two letters or digits goes on with the word.
      inWord &&= (code === 0x27 || code === 0x2019 || code === 0x2d) && isLetterOrDigit(text.codePointAt(i + 1) ?? 0);
    }
  }
  return count;
}
