// Reading Newslens' marks back from a page, for the real-browser tests and `npm start`: the highlights registered with the
// CSS Custom Highlight API, the hover card in its shadow root, the layout of the article, and what the
// report says should be marked. Every function that runs in the page is self-contained.
import { poll, type Tab } from './browsers';
import type { Report, TextSpan } from '../core/report';

export interface MarkedRange {
  text: string;
  /** Whether the range lies inside the article body (the element the test names). */
  inside: boolean;
}

/** Per highlight name, the (white-space-normalised) text of each range and whether it lies in `bodySelector`. */
export function readHighlights(page: Tab, bodySelector: string): Promise<Record<string, MarkedRange[]>> {
  return page.evaluate((selector) => {
    const body = document.querySelector(selector);
    const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<AbstractRange>> } }).CSS.highlights;
    const out: Record<string, Array<{ text: string; inside: boolean }>> = {};
    if (!registry) return out;
    for (const [name, highlight] of registry) {
      out[name] = [...highlight].map((drawn) => {
        // Newslens draws StaticRanges: a live Range over the same bounds reads their text.
        const range = document.createRange();
        range.setStart(drawn.startContainer, drawn.startOffset);
        range.setEnd(drawn.endContainer, drawn.endOffset);
        return { text: range.toString().replace(/\s+/g, ' ').trim(), inside: body !== null && body.contains(range.commonAncestorContainer) };
      });
    }
    return out;
  }, bodySelector);
}

/** The text of one span of the report, as the highlight shows it (block texts are joined by blank lines in `report.text`). */
function spanText(report: Report, span: TextSpan): string {
  const block = report.text.split('\n\n')[span.block] ?? '';
  return block.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}

/** What the report says should be marked, per category: the texts of every quote's and flagged claim's spans, sorted. */
export function expectedMarks(report: Report): Record<'quote' | 'unsupported' | 'attributed', string[]> {
  const spans = (item: { span?: TextSpan; spans?: TextSpan[] }) => (item.spans?.length ? item.spans : item.span ? [item.span] : []);
  const quote = report.quotes.flatMap((item) => spans(item).map((span) => spanText(report, span)));
  const claims = (status: string) => report.claims.filter((claim) => claim.status === status).flatMap((item) => spans(item).map((span) => spanText(report, span)));
  return { quote: quote.sort(), unsupported: claims('unsupported').sort(), attributed: claims('attributed').sort() };
}

/** The texts drawn per category in the light variant (the fixture pages are light), sorted. */
export function drawnMarks(highlights: Record<string, MarkedRange[]>, variant = 'light'): Record<'quote' | 'unsupported' | 'attributed', string[]> {
  const texts = (category: string) => (highlights[`newslens-${variant}-${category}`] ?? []).map((range) => range.text).sort();
  return { quote: texts('quote'), unsupported: texts('unsupported'), attributed: texts('attributed') };
}

/** Scrolls the first range of highlight `name` to the middle of the window; returns a point on its first line. */
export function pointOnHighlight(page: Tab, name: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate(async (highlightName) => {
    const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<AbstractRange>> } }).CSS.highlights;
    const drawn = [...(registry.get(highlightName) ?? [])][0];
    if (!drawn) return null;
    const range = document.createRange();
    range.setStart(drawn.startContainer, drawn.startOffset);
    range.setEnd(drawn.endContainer, drawn.endOffset);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    // Not requestAnimationFrame: a tab in the background gets no frames.
    await new Promise((done) => setTimeout(done, 100));
    const box = range.getClientRects()[0];
    return box ? { x: box.left + Math.min(12, box.width / 2), y: box.top + box.height / 2 } : null;
  }, name);
}

/** The open card's text, or null when no card is open. */
export function cardText(page: Tab): Promise<string | null> {
  return page.evaluate(() => {
    const card = document.querySelector('newslens-card')?.shadowRoot?.querySelector('.card') as HTMLElement | null | undefined;
    return card && !card.hidden ? (card.innerText || card.textContent || '').replace(/\s+/g, ' ').trim() : null;
  });
}

/** Every element's box in the article body, to compare the layout before and after. */
export function layoutOf(page: Tab, bodySelector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const body = document.querySelector(selector);
    if (!body) return [];
    return [body, ...body.querySelectorAll('*')].map((element) => {
      const box = element.getBoundingClientRect();
      return `${element.nodeName} ${Math.round(box.left)},${Math.round(box.top + scrollY)} ${Math.round(box.width)}×${Math.round(box.height)}`;
    });
  }, bodySelector);
}

/**
 * Runs in the page before its own scripts: records every change inside the article body (`selector`)
 * in `window.__newslensArticleMutations`, and every other change in `window.__newslensOtherMutations`.
 */
export function articleRecorder(selector: string): string {
  return `(() => {
    const inArticle = [], other = [];
    Object.defineProperty(window, '__newslensArticleMutations', { value: inArticle });
    Object.defineProperty(window, '__newslensOtherMutations', { value: other });
    const start = () => {
      new MutationObserver((records) => {
        const body = document.querySelector(${JSON.stringify(selector)});
        for (const record of records) {
          const added = [...record.addedNodes].map((node) => node.nodeName).join(',');
          const line = record.type + ' on ' + record.target.nodeName + (added ? ' +' + added : '') + (record.attributeName ? ' [' + record.attributeName + ']' : '');
          (body && body.contains(record.target) ? inArticle : other).push(line);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
    else start();
  })();`;
}

export function recordedChanges(page: Tab): Promise<{ article: string[]; other: string[] }> {
  return page.evaluate(async () => {
    await new Promise((done) => setTimeout(done, 0));
    const scope = window as unknown as { __newslensArticleMutations?: string[]; __newslensOtherMutations?: string[] };
    return { article: [...(scope.__newslensArticleMutations ?? ['recorder missing'])], other: [...(scope.__newslensOtherMutations ?? ['recorder missing'])] };
  });
}

export interface PopupExports {
  /** What "Copy as Markdown" put on the clipboard. */
  markdown: string;
  /** The name and text of the file "Download JSON" offered. */
  name: string;
  json: string;
  /** The popup's word on the copy ("Copied"). */
  feedback: string;
}

/**
 * Clicks the popup's two export buttons and returns what they made: the clipboard and the download are
 * intercepted in the popup page (the file never lands in the test machine's downloads).
 */
export async function exportFromPopup(popup: Tab): Promise<PopupExports> {
  await popup.evaluate(() => {
    const scope = window as unknown as { __copied?: string; __download?: { name: string; blob?: Blob } };
    Object.defineProperty(navigator.clipboard, 'writeText', { value: async (text: string) => void (scope.__copied = text) });
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      scope.__download = { name: '', blob: blob as Blob };
      return create(blob);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (scope.__download) scope.__download.name = this.download;
    };
  });
  await popup.click('[data-testid=export-markdown]');
  await popup.click('[data-testid=export-json]');
  return poll(
    () =>
      popup.evaluate(async () => {
        const scope = window as unknown as { __copied?: string; __download?: { name: string; blob?: Blob } };
        if (!scope.__copied || !scope.__download?.blob) return undefined;
        return { markdown: scope.__copied, name: scope.__download.name, json: await scope.__download.blob.text(), feedback: document.querySelector('[data-testid=export-feedback]')?.textContent ?? '' };
      }),
    5_000,
    'both exports',
  );
}
