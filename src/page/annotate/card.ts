// The small card that explains a highlight: its category, speaker, frame, status and the reasons, in a
// shadow root of its own so that the page's styles cannot reach it and its styles cannot reach the page.
// Everything in it is set as text, never as HTML. It is a live region, so a screen reader reads what
// a sighted reader sees when the keyboard moves to a highlight.
import { reasonText } from '../../core/analysis/reasons';
import type { Reason } from '../../core/report';
import type { AnnotationTarget } from './targets';

/** The card's words in the reader's interface language (the content script fills them from the browser's i18n). */
export interface CardLabels {
  quote: string;
  unsupported: string;
  attributed: string;
  speaker: string;
  unknownSpeaker: string;
  frame: string;
  why: string;
  close: string;
  /** "2 of 14": the position of the highlight the keyboard is on. */
  position(index: number, count: number): string;
  /** One reason of a claim's status, in words (`hedge: "Berichten zufolge" — no named source`). */
  reason(reason: Reason): string;
}

export const ENGLISH_CARD_LABELS: CardLabels = {
  quote: 'Quoted statement',
  unsupported: 'Unsupported claim',
  attributed: 'Attributed claim',
  speaker: 'Speaker',
  unknownSpeaker: 'Speaker not named',
  frame: 'Introduced by',
  why: 'Why',
  close: 'Close',
  position: (index, count) => `${index} of ${count}`,
  reason: reasonText,
};

const CARD_CSS = `
:host { all: initial; }

.card { position: fixed; top: 0; left: 0; box-sizing: border-box; max-width: min(360px, calc(100vw - 16px)); padding: 10px 12px; border-radius: 8px;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1c2329; background: #fff;
  border: 1px solid #c9d2d8; box-shadow: 0 6px 24px rgba(0,0,0,.18); overflow-wrap: anywhere; z-index: 2147483647; }
.card[hidden] { display: none; }
section + section { margin-top: 8px; padding-top: 8px; border-top: 1px solid #dfe5e9; }
.kind { margin: 0 28px 4px 0; font-weight: 600; display: flex; gap: 6px; align-items: center; }
.swatch { width: 14px; height: 10px; border-radius: 2px; flex: none; border-bottom: 2px solid; }
.quote .swatch { background: rgba(0,114,178,.2); border-color: #0072b2; }
.unsupported .swatch { background: rgba(213,94,0,.2); border: 0; border-bottom: 2px dashed #d55e00; }
.attributed .swatch { border-bottom: 2px dotted #7b3294; }
.position { margin-left: auto; font-weight: 400; color: #5b6770; }
dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; }
dt { color: #5b6770; } dd { margin: 0; }
.why { margin: 4px 0 0; color: #5b6770; } ul { margin: 2px 0 0; padding-left: 18px; }
button { position: absolute; top: 6px; right: 6px; width: 24px; height: 24px; border: 0; border-radius: 4px; background: transparent;
  color: inherit; font: inherit; font-size: 16px; line-height: 1; cursor: pointer; }
button:focus-visible { outline: 2px solid #1b6b80; }
@media (prefers-color-scheme: dark) {
  .card { color: #e8edf0; background: #1b1f23; border-color: #3b444c; }
  section + section { border-color: #343b42; } dt, .why, .position { color: #a3b0b9; }
}`;

/** Gap between the highlight and the card, and between the card and the window's edge. */
const GAP = 8;

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export class Card {
  private host: HTMLElement | null = null;
  private box: HTMLElement | null = null;
  /** The targets the card shows now, or null when it is closed. */
  shown: readonly AnnotationTarget[] | null = null;

  constructor(
    private readonly doc: Document,
    private labels: CardLabels,
    private readonly onClose: () => void = () => undefined,
  ) {}

  setLabels(labels: CardLabels): void {
    this.labels = labels;
  }

  /** Whether `node` (an event's target) is the card itself. */
  contains(node: unknown): boolean {
    return node !== null && node === this.host;
  }

  /**
   * Shows the card for the targets at one place of the text, next to `anchor` (a client rectangle of the
   * highlight). `position` is the keyboard's place among all highlights, when the keyboard brought it up.
   */
  show(targets: readonly AnnotationTarget[], anchor: DOMRect, position?: { index: number; count: number }): void {
    const box = this.ensure();
    const doc = this.doc;
    const sections = targets.map((target, i) => {
      const section = element(doc, 'section', undefined, target.category);
      const kind = element(doc, 'p', undefined, 'kind');
      kind.append(element(doc, 'span', undefined, 'swatch'), element(doc, 'span', this.labels[target.category]));
      if (i === 0 && position) kind.append(element(doc, 'span', this.labels.position(position.index, position.count), 'position'));
      const rows = element(doc, 'dl');
      const speaker = target.quote?.speaker ?? target.claim?.speaker ?? null;
      rows.append(element(doc, 'dt', this.labels.speaker), element(doc, 'dd', speaker ?? this.labels.unknownSpeaker));
      if (target.quote?.frame) rows.append(element(doc, 'dt', this.labels.frame), element(doc, 'dd', target.quote.frame));
      section.append(kind, rows);
      const claim = target.claim;
      // The structured reasons in the reader's language where the report has them, else its English words.
      const reasons = claim?.why?.length ? claim.why.map((reason) => this.labels.reason(reason)) : (claim?.reasons ?? []);
      if (reasons.length > 0) {
        const list = element(doc, 'ul');
        for (const reason of reasons) list.append(element(doc, 'li', reason));
        section.append(element(doc, 'p', this.labels.why, 'why'), list);
      }
      return section;
    });
    const close = element(doc, 'button', '×');
    close.type = 'button';
    close.setAttribute('aria-label', this.labels.close);
    close.addEventListener('click', () => this.hide());
    box.replaceChildren(...sections, close);
    box.hidden = false;
    this.shown = targets;
    this.place(box, anchor);
  }

  /** Places the open card next to `anchor` again (the page scrolled). */
  move(anchor: DOMRect): void {
    if (this.box && this.shown) this.place(this.box, anchor);
  }

  hide(): void {
    if (!this.box || this.shown === null) return;
    this.box.hidden = true;
    this.box.replaceChildren();
    this.shown = null;
    this.onClose();
  }

  /** Removes the card's host from the document (when Newslens is switched off on the page). */
  remove(): void {
    this.hide();
    this.host?.remove();
    this.host = null;
    this.box = null;
  }

  /** Below the highlight when it fits, else above it; always inside the window. */
  private place(box: HTMLElement, anchor: DOMRect): void {
    const view = this.doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    const height = view?.innerHeight ?? 768;
    const size = box.getBoundingClientRect();
    const left = Math.max(GAP, Math.min(anchor.left, width - size.width - GAP));
    const below = anchor.bottom + GAP;
    const top = below + size.height <= height - GAP ? below : Math.max(GAP, anchor.top - size.height - GAP);
    // A transform, not left/top: moving a box by transform is no layout shift, so the card following its
    // highlight never counts against the page's Cumulative Layout Shift.
    box.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  /**
   * The host is made on first use and placed after the page's body, as a child of the root element:
   * outside the page's content, fixed in place, so it takes no room and moves nothing.
   */
  private ensure(): HTMLElement {
    if (this.box && this.host?.isConnected) return this.box;
    const doc = this.doc;
    const host = doc.createElement('newslens-card');
    host.style.setProperty('all', 'initial');
    host.style.setProperty('position', 'fixed');
    host.style.setProperty('top', '0');
    host.style.setProperty('left', '0');
    host.style.setProperty('width', '0');
    host.style.setProperty('height', '0');
    host.style.setProperty('z-index', '2147483647');
    const root = host.attachShadow({ mode: 'open' });
    // A constructed style sheet is not subject to the page's Content-Security-Policy; a <style> element
    // is the fallback where constructed sheets cannot be adopted.
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CARD_CSS);
      root.adoptedStyleSheets = [sheet];
    } catch {
      root.append(element(doc, 'style', CARD_CSS));
    }
    const box = element(doc, 'div', undefined, 'card');
    box.setAttribute('role', 'status');
    box.setAttribute('aria-live', 'polite');
    box.hidden = true;
    root.append(box);
    doc.documentElement.append(host);
    this.host = host;
    this.box = box;
    return box;
  }
}
