// Small text helpers shared by the analysis and the page layer: white space and word counting.
import { letterWidth, wordEnd } from './chars';

/** Collapses every run of white space (including no-break and zero-width spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u200B-\u200D\u2060\uFEFF]+/g, ' ').trim();
}

/** Words as a reader counts them: runs of letters or digits, inner apostrophes and hyphens kept. */
export function countWords(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (letterWidth(text, i)) {
      i = wordEnd(text, i, joinsWords) - 1;
      count++;
    }
  }
  return count;
}

/** `'`, `’` and `-` join the parts of one counted word (`don't`, `Baden-Württemberg`). */
const joinsWords = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2d;
