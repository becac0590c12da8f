// The names Newslens registers its highlights under, and which variant of the colours suits a page.
// The colours themselves live in src/page/annotate/highlights.css, which the browser adds to every page
// as a content-script style sheet: its rules style only these names, so nothing of the page changes.
import type { ColourScheme, HighlightCategory } from './categories';

/** `light` and `dark` are the standard scheme on light and on dark pages; `contrast` is the high-contrast scheme. */
export type StyleVariant = 'light' | 'dark' | 'contrast';

export const FLASH_HIGHLIGHT = 'newslens-flash';
export const CURRENT_HIGHLIGHT = 'newslens-current';

export function highlightName(category: HighlightCategory, variant: StyleVariant): string {
  return `newslens-${variant}-${category}`;
}

/** Relative luminance (WCAG) of a computed CSS colour `rgb(a)(r, g, b…)`, or null for anything else. */
export function luminance(colour: string): number | null {
  // Parsed by hand: a regular expression here would be compiled on every page, in the task that draws the marks.
  if (!colour.startsWith('rgb')) return null;
  const parts: number[] = [];
  let number = '';
  for (let i = colour.indexOf('(') + 1; i > 0 && i < colour.length && parts.length < 3; i++) {
    const ch = colour[i] as string;
    if ((ch >= '0' && ch <= '9') || ch === '.') number += ch;
    else if (number) {
      parts.push(Number(number));
      number = '';
    }
  }
  if (parts.length < 3 || parts.some((part) => !Number.isFinite(part))) return null;
  const [r, g, b] = parts.map((part) => {
    const c = part / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The variant for a page: high contrast when the reader chose it; otherwise dark when the article's
 * text is light (the page is dark, whatever the system's theme says), light in every other case.
 */
export function styleVariant(scheme: ColourScheme, textElement: Element | null): StyleVariant {
  if (scheme === 'high-contrast') return 'contrast';
  const view = textElement?.ownerDocument.defaultView;
  if (!textElement || !view) return 'light';
  const text = luminance(view.getComputedStyle(textElement).color);
  return text !== null && text > 0.5 ? 'dark' : 'light';
}
