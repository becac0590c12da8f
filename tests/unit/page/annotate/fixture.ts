// A small article in jsdom with its blocks mapped, a report that points into it, and a stand-in for the
// CSS Custom Highlight API (jsdom has none), for the tests of src/page/annotate.
import { collectBlocks, type PageBlock } from '../../../../src/page/blocks';
import type { Report } from '../../../../src/core/report';

export function article(): { root: HTMLElement; blocks: PageBlock[] } {
  const root = document.createElement('article');
  root.innerHTML = [
    '<p>„Wir bleiben“, sagte Anna Berger. Berichten zufolge soll das Werk schließen.</p>',
    '<p>Der Konzern habe die Zahlen geprüft, sagte ein Sprecher. Es geht um 44 Milliarden Euro.</p>',
    '<p>„Das ist erst der Anfang</p>',
    '<p>der Geschichte“, fügte sie hinzu.</p>',
  ].join('');
  document.body.replaceChildren(root);
  return { root, blocks: collectBlocks(root) };
}

/** The spans of `needle` in block `block` of `blocks`. */
export function spanOf(blocks: readonly PageBlock[], block: number, needle: string): { block: number; start: number; end: number } {
  const text = blocks[block]?.text ?? '';
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" is not in block ${block}: ${text}`);
  return { block, start, end: start + needle.length };
}

export function report(blocks: readonly PageBlock[]): Pick<Report, 'quotes' | 'claims' | 'facts'> {
  return {
    quotes: [
      { text: 'Wir bleiben', speaker: 'Anna Berger', frame: 'sagte', span: spanOf(blocks, 0, 'Wir bleiben') },
      {
        text: 'Das ist erst der Anfang der Geschichte',
        speaker: 'Anna Berger',
        frame: 'fügte … hinzu',
        span: spanOf(blocks, 2, 'Das ist erst der Anfang'),
        spans: [spanOf(blocks, 2, 'Das ist erst der Anfang'), spanOf(blocks, 3, 'der Geschichte')],
      },
    ],
    claims: [
      { text: 'Berichten zufolge soll das Werk schließen.', status: 'unsupported', speaker: null, reasons: ['hedge: "Berichten zufolge" — no named source'], span: spanOf(blocks, 0, 'Berichten zufolge soll das Werk schließen.') },
      { text: 'Der Konzern habe die Zahlen geprüft', status: 'attributed', speaker: 'ein Sprecher', reasons: ['reported speech: Konjunktiv "habe"'], span: spanOf(blocks, 1, 'Der Konzern habe die Zahlen geprüft') },
      { text: 'Es geht um 44 Milliarden Euro.', status: 'supported', speaker: null, reasons: ['a named document'], span: spanOf(blocks, 1, 'Es geht um 44 Milliarden Euro.') },
    ],
    facts: [{ kind: 'money', text: '44 Milliarden Euro', value: 44e9, unit: 'EUR', span: spanOf(blocks, 1, '44 Milliarden Euro') }],
  };
}

export interface FakeHighlight {
  ranges: AbstractRange[];
  priority: number;
}

/** Installs a highlight registry on jsdom's window; returns it. */
export function installHighlightApi(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  const scope = window as unknown as { CSS?: unknown; Highlight?: unknown };
  scope.CSS = { highlights: registry };
  scope.Highlight = class {
    ranges: AbstractRange[];
    priority = 0;
    constructor(...ranges: AbstractRange[]) {
      this.ranges = ranges;
    }
  };
  return registry;
}

export function removeHighlightApi(): void {
  const scope = window as unknown as { CSS?: unknown; Highlight?: unknown };
  delete scope.CSS;
  delete scope.Highlight;
}

/** jsdom lays nothing out: give every range one box, at the place the test says. */
export function stubLayout(box = { left: 10, top: 20, right: 200, bottom: 40 }): void {
  const rect = { ...box, x: box.left, y: box.top, width: box.right - box.left, height: box.bottom - box.top, toJSON: () => box } as DOMRect;
  Range.prototype.getClientRects = function () {
    return [rect] as unknown as DOMRectList;
  };
  Range.prototype.getBoundingClientRect = () => rect;
}
