// The kinds of marks Newslens draws in a page and the colour schemes it draws them in: the vocabulary
// that the page side, the settings and the interface share. Plain data, no DOM.

/** What a highlight marks: a quoted statement, or a claim by its support status. */
export type HighlightCategory = 'quote' | 'unsupported' | 'attributed';

export const HIGHLIGHT_CATEGORIES: readonly HighlightCategory[] = ['quote', 'unsupported', 'attributed'];

/**
 * How the marks look. `standard` picks a light or dark variant to suit the page it is drawn on;
 * `high-contrast` is for readers who need strong contrast, whatever the page.
 */
export type ColourScheme = 'standard' | 'high-contrast';

export const COLOUR_SCHEMES: readonly ColourScheme[] = ['standard', 'high-contrast'];

export function isHighlightCategory(value: unknown): value is HighlightCategory {
  return typeof value === 'string' && (HIGHLIGHT_CATEGORIES as readonly string[]).includes(value);
}

export function isColourScheme(value: unknown): value is ColourScheme {
  return typeof value === 'string' && (COLOUR_SCHEMES as readonly string[]).includes(value);
}
