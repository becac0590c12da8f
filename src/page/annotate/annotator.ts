// Newslens' marks in a live page: paints the report's quotes and flagged claims as highlights, opens the
// explaining card on hover and from the keyboard, scrolls to an item on request and flashes it, and
// removes every trace when switched off. It reads the page and never changes the page's own nodes.
import type { Report, TextSpan } from '../../core/report';
import type { MappedText } from '../textmap';
import { HIGHLIGHT_CATEGORIES, type ColourScheme, type HighlightCategory } from './categories';
import { Card, type CardLabels } from './card';
import { targetsAt } from './hit-test';
import { HighlightPainter, select } from './painter';
import { CURRENT_HIGHLIGHT, FLASH_HIGHLIGHT, highlightName, styleVariant, type StyleVariant } from './styles';
import { annotationTargets, liveRange, rangesForSpans, type AnnotationTarget } from './targets';

export interface AnnotatorOptions {
  categories: Record<HighlightCategory, boolean>;
  scheme: ColourScheme;
  labels: CardLabels;
}

export interface ItemLocation {
  kind: 'quote' | 'claim' | 'fact';
  index: number;
}

/** Paint order: a claim's underline above the quote it sits in; the keyboard's place and a flash above all. */
const PRIORITY: Record<HighlightCategory, number> = { quote: 1, attributed: 2, unsupported: 3 };
const CURRENT_PRIORITY = 4;
const FLASH_PRIORITY = 5;
const FLASH_MS = 1600;
/** How long the pointer may be off a highlight before its card closes (time to reach the card). */
const HOVER_CLOSE_MS = 300;

export class Annotator {
  private readonly painter: HighlightPainter;
  private readonly card: Card;
  private report: Pick<Report, 'quotes' | 'claims' | 'facts'> | null = null;
  private blocks: readonly MappedText[] = [];
  private targets: AnnotationTarget[] = [];
  private current = -1;
  private openedBy: 'pointer' | 'keyboard' | null = null;
  private anchor: Range | null = null;
  private pointer: { x: number; y: number } | null = null;
  private hoverFrame = 0;
  private followFrame = 0;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private listening = false;
  private listenTimer: ReturnType<typeof setTimeout> | undefined;
  /** The standard scheme's variant for the article being read, taken by prepare() from its text colour. */
  private preparedVariant: { blocks: readonly MappedText[]; variant: StyleVariant } | null = null;

  constructor(
    private readonly doc: Document,
    private options: AnnotatorOptions,
  ) {
    this.painter = new HighlightPainter(doc.defaultView as Window);
    this.card = new Card(doc, options.labels, () => {
      this.openedBy = null;
      this.anchor = null;
      this.painter.delete(CURRENT_HIGHLIGHT);
    });
  }

  /** Whether marks can be drawn in this browser (see painter.ts for the fallback). */
  get canPaint(): boolean {
    return this.painter.available;
  }

  /**
   * Gets ready to mark an article while its analysis is still being made elsewhere (the background): reads
   * the colour of its text (a style lookup the page would otherwise pay in the task that draws the marks)
   * and runs the path the report's items will take (spans to ranges to targets) once, on the article's
   * first character. Code runs several times slower the first time (it is compiled on first use); here
   * that first time falls in the wait for the analysis, not in the task that draws. Draws nothing.
   */
  prepare(blocks: readonly MappedText[]): void {
    const block = blocks.findIndex((candidate) => candidate.text.length > 0);
    if (block < 0) return;
    const span = { block, start: 0, end: 1 };
    const [probe] = annotationTargets({ quotes: [{ text: '', speaker: null, span }], claims: [{ text: '', status: 'unsupported', speaker: null, reasons: [], span }] }, blocks);
    this.preparedVariant = { blocks, variant: styleVariant('standard', probe?.ranges[0]?.startContainer.parentElement ?? null) };
  }

  /** Marks the report's items in the page; returns how many are drawn per category. */
  show(report: Pick<Report, 'quotes' | 'claims' | 'facts'>, blocks: readonly MappedText[]): Record<HighlightCategory, number> {
    this.report = report;
    this.blocks = blocks;
    this.targets = annotationTargets(report, blocks);
    this.current = -1;
    this.card.hide();
    // The listeners come a moment later, out of the task that draws the marks (registering a pointer
    // listener costs the browser some work): a card opened from the keyboard or the popup adds them at once.
    clearTimeout(this.listenTimer);
    this.listenTimer = setTimeout(() => this.listen(this.report !== null), 0);
    return this.paint();
  }

  /** New settings (categories, scheme, interface language): applied at once. */
  update(options: AnnotatorOptions): Record<HighlightCategory, number> {
    this.options = options;
    this.card.setLabels(options.labels);
    this.card.hide();
    return this.report ? this.paint() : this.counts();
  }

  /** Removes every highlight, the card and the listeners: the page is as it was. */
  clear(): void {
    this.painter.clear();
    this.card.remove();
    this.listen(false);
    clearTimeout(this.listenTimer);
    clearTimeout(this.flashTimer);
    clearTimeout(this.closeTimer);
    this.report = null;
    this.targets = [];
    this.blocks = [];
  }

  /** Per category, the highlights drawn now. */
  counts(): Record<HighlightCategory, number> {
    const counts = { quote: 0, unsupported: 0, attributed: 0 };
    if (this.painter.available && this.report) for (const target of this.visible()) counts[target.category]++;
    return counts;
  }

  /** Moves the keyboard's place to the next or previous highlight, scrolls to it and opens its card. */
  step(direction: 1 | -1): boolean {
    const visible = this.visible();
    if (visible.length === 0) return false;
    this.current = (((this.current + direction) % visible.length) + visible.length) % visible.length;
    const target = visible[this.current] as AnnotationTarget;
    const range = liveRange(target.ranges[0] as AbstractRange);
    // The page changed under this mark since it was drawn: the next reading redraws the marks.
    if (!range) return false;
    this.scrollTo(range);
    this.painter.set(CURRENT_HIGHLIGHT, target.ranges, CURRENT_PRIORITY);
    if (!this.painter.available) select(range);
    this.openCard([target], range, 'keyboard', { index: this.current + 1, count: visible.length });
    return true;
  }

  /** Scrolls to one item of the report (a quote, claim or fact) and flashes it; false when it is not in the page. */
  reveal(item: ItemLocation): boolean {
    if (!this.report) return false;
    const list = item.kind === 'quote' ? this.report.quotes : item.kind === 'claim' ? this.report.claims : this.report.facts;
    const found = list[item.index];
    if (!found) return false;
    const spans: TextSpan[] = 'spans' in found && found.spans?.length ? found.spans : found.span ? [found.span] : [];
    const ranges = rangesForSpans(spans, this.blocks);
    const first = ranges[0] ? liveRange(ranges[0]) : null;
    if (!first) return false;
    this.scrollTo(first);
    if (!this.painter.available) {
      select(first);
      return true;
    }
    this.painter.set(FLASH_HIGHLIGHT, ranges, FLASH_PRIORITY);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => this.painter.delete(FLASH_HIGHLIGHT), FLASH_MS);
    const target = this.visible().find((candidate) => candidate.kind === item.kind && candidate.index === item.index);
    if (target) this.openCard([target], first, 'keyboard');
    return true;
  }

  private visible(): AnnotationTarget[] {
    return this.targets.filter((target) => this.options.categories[target.category]);
  }

  private paint(): Record<HighlightCategory, number> {
    const prepared = this.options.scheme === 'standard' && this.preparedVariant?.blocks === this.blocks ? this.preparedVariant.variant : null;
    const variant = prepared ?? styleVariant(this.options.scheme, this.targets[0]?.ranges[0]?.startContainer.parentElement ?? null);
    this.painter.clear();
    // Counted here as counts() would (the visible targets, when they can be drawn): not another pass in the task that draws.
    const counts = { quote: 0, unsupported: 0, attributed: 0 };
    for (const category of HIGHLIGHT_CATEGORIES) {
      if (!this.options.categories[category]) continue;
      const targets = this.targets.filter((target) => target.category === category);
      this.painter.set(highlightName(category, variant), targets.flatMap((target) => target.ranges), PRIORITY[category]);
      if (this.painter.available) counts[category] = targets.length;
    }
    return counts;
  }

  private openCard(targets: AnnotationTarget[], anchor: Range, by: 'pointer' | 'keyboard', position?: { index: number; count: number }): void {
    clearTimeout(this.closeTimer);
    this.listen(true);
    const box = anchor.getClientRects()[0] ?? anchor.getBoundingClientRect();
    this.card.show(targets, box, position);
    this.openedBy = by;
    this.anchor = anchor;
  }

  private scrollTo(range: Range): void {
    const view = this.doc.defaultView;
    if (!view) return;
    const box = range.getBoundingClientRect();
    if (box.top >= 0 && box.bottom <= view.innerHeight) return;
    // No animation for readers who asked for less motion, nor in a tab out of sight, where a smooth
    // scroll would not advance until the tab is shown again.
    const still = (view.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false) || this.doc.visibilityState === 'hidden';
    view.scrollBy({ top: box.top - view.innerHeight / 3, behavior: still ? 'auto' : 'smooth' });
  }

  // Events. Listeners are passive and never stop the page's own handling.

  private readonly onPointerMove = (event: PointerEvent): void => {
    this.pointer = { x: event.clientX, y: event.clientY };
    if (this.card.contains(event.target)) {
      clearTimeout(this.closeTimer);
      return;
    }
    if (this.hoverFrame === 0) this.hoverFrame = requestAnimationFrame(this.hover);
  };

  private readonly hover = (): void => {
    this.hoverFrame = 0;
    if (!this.pointer) return;
    const hit = targetsAt(this.doc, this.visible(), this.pointer.x, this.pointer.y);
    if (hit) {
      const same = this.card.shown?.length === hit.targets.length && hit.targets.every((target, i) => this.card.shown?.[i] === target);
      clearTimeout(this.closeTimer);
      if (!same) {
        this.card.show(hit.targets, hit.box);
        this.openedBy = 'pointer';
        this.anchor = hit.range;
      }
      return;
    }
    if (this.openedBy === 'pointer') {
      clearTimeout(this.closeTimer);
      this.closeTimer = setTimeout(() => this.card.hide(), HOVER_CLOSE_MS);
    }
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.card.shown) this.card.hide();
  };

  /** Keeps an open card next to its highlight while the page scrolls; closes it once the highlight is out of sight. */
  private readonly onScroll = (): void => {
    if (this.card.shown && this.followFrame === 0) this.followFrame = requestAnimationFrame(this.follow);
  };

  private readonly follow = (): void => {
    this.followFrame = 0;
    const box = this.anchor?.getClientRects()[0];
    const view = this.doc.defaultView;
    if (box && view && box.bottom >= 0 && box.top <= view.innerHeight) this.card.move(box);
    else if (this.openedBy === 'pointer') this.card.hide();
  };

  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    const view = this.doc.defaultView;
    if (!view) return;
    const method = on ? 'addEventListener' : 'removeEventListener';
    this.doc[method]('pointermove', this.onPointerMove as EventListener, { passive: true, capture: true });
    this.doc[method]('keydown', this.onKeyDown as EventListener, { passive: true, capture: true });
    view[method]('scroll', this.onScroll, { passive: true, capture: true });
  }
}
