// Small text helpers shared by the analysis and the page layer: white space and word counting.

/** Collapses every run of white space (including no-break and zero-width spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u200B-\u200D\u2060\uFEFF]+/g, ' ').trim();
}

/** Words as a reader counts them: runs of letters or digits, inner apostrophes and hyphens kept. */
export function countWords(text: string): number {
  let count = 0;
  const pattern = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
  while (pattern.exec(text)) count++;
  return count;
}
