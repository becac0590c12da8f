// @vitest-environment jsdom
// The page's marks (src/page/annotate) on a small article in jsdom, with a stand-in for the CSS Custom
// Highlight API: which ranges are drawn under which names, the card's text, stepping, revealing, the
// settings applied, and the page left as it was.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Annotator, type AnnotatorOptions } from '../../../../src/page/annotate/annotator';
import { ENGLISH_CARD_LABELS } from '../../../../src/page/annotate/card';
import { annotationTargets, liveRange } from '../../../../src/page/annotate/targets';
import { highlightName, luminance, styleVariant, CURRENT_HIGHLIGHT, FLASH_HIGHLIGHT } from '../../../../src/page/annotate/styles';
import { HighlightPainter } from '../../../../src/page/annotate/painter';
import { article, installHighlightApi, removeHighlightApi, report, stubLayout, type FakeHighlight } from './fixture';

const ALL = { quote: true, unsupported: true, attributed: true };

function options(change: Partial<AnnotatorOptions> = {}): AnnotatorOptions {
  return { categories: { ...ALL }, scheme: 'standard', labels: ENGLISH_CARD_LABELS, ...change };
}

/** The text a drawn range covers (drawn ranges are static: a live Range of the same bounds reads it). */
function textOf(range: AbstractRange): string {
  return liveRange(range)?.toString() ?? '(gone)';
}

/** The text each drawn highlight covers, by name. */
function drawn(registry: Map<string, FakeHighlight>): Record<string, string[]> {
  return Object.fromEntries([...registry].map(([name, highlight]) => [name, highlight.ranges.map(textOf)]));
}

function cardText(): string | null {
  const card = document.querySelector('newslens-card')?.shadowRoot?.querySelector('.card') as HTMLElement | null;
  return card && !card.hidden ? card.textContent : null;
}

let registry: Map<string, FakeHighlight>;
beforeEach(() => {
  registry = installHighlightApi();
  stubLayout();
});
afterEach(() => {
  removeHighlightApi();
  document.documentElement.querySelector('newslens-card')?.remove();
  vi.useRealTimers();
});

describe('annotationTargets', () => {
  it('takes every quote and every unsupported or attributed claim, in reading order; supported claims are not marked', () => {
    const { blocks } = article();
    const targets = annotationTargets(report(blocks), blocks);
    expect(targets.map((target) => [target.category, target.ranges.map(textOf)])).toEqual([
      ['quote', ['Wir bleiben']],
      ['unsupported', ['Berichten zufolge soll das Werk schließen.']],
      ['attributed', ['Der Konzern habe die Zahlen geprüft']],
      ['quote', ['Das ist erst der Anfang', 'der Geschichte']],
    ]);
  });

  it('draws static ranges, which the page does not have to keep up to date; a live one is made on demand, and not for text that has gone', () => {
    const { blocks } = article();
    const [first] = annotationTargets(report(blocks), blocks);
    const range = first!.ranges[0]!;
    expect(range).toBeInstanceOf(StaticRange);
    expect(liveRange(range)).toBeInstanceOf(Range);
    (range.startContainer as Text).data = 'W';
    expect(liveRange(range)).toBeNull();
  });

  it('skips spans that no longer fit the page (out of bounds, a block that is gone)', () => {
    const { blocks } = article();
    const broken = report(blocks);
    broken.quotes[0]!.span = { block: 0, start: 5, end: 9999 };
    broken.claims[0]!.span = { block: 42, start: 0, end: 3 };
    expect(annotationTargets(broken, blocks).map((target) => target.ranges.map(textOf))).toEqual([['Der Konzern habe die Zahlen geprüft'], ['Das ist erst der Anfang', 'der Geschichte']]);
  });
});

describe('styles', () => {
  it.each([
    ['rgb(0, 0, 0)', 0],
    ['rgb(255, 255, 255)', 1],
    ['rgba(255, 255, 255, 0.5)', 1],
    ['transparent', null],
    ['#ffffff', null],
  ])('luminance(%s) = %s', (colour, expected) => {
    const value = luminance(colour);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 5);
  });

  it('picks the dark variant for light text, the light one otherwise, and contrast when the reader chose it', () => {
    const light = document.createElement('p');
    light.style.color = 'rgb(240, 240, 240)';
    const dark = document.createElement('p');
    dark.style.color = 'rgb(20, 20, 20)';
    document.body.replaceChildren(light, dark);
    expect(styleVariant('standard', light)).toBe('dark');
    expect(styleVariant('standard', dark)).toBe('light');
    expect(styleVariant('standard', null)).toBe('light');
    expect(styleVariant('high-contrast', dark)).toBe('contrast');
    expect(highlightName('unsupported', 'contrast')).toBe('newslens-contrast-unsupported');
  });
});

describe('HighlightPainter', () => {
  it('draws under a name, replaces, deletes, and clears only its own names', () => {
    const { blocks } = article();
    registry.set('the-page-own', { ranges: [], priority: 0 });
    const painter = new HighlightPainter(window);
    expect(painter.available).toBe(true);
    const range = document.createRange();
    range.selectNodeContents(blocks[0]!.runs[0]!.node);
    painter.set('newslens-light-quote', [range], 3);
    expect(registry.get('newslens-light-quote')).toMatchObject({ priority: 3 });
    painter.set('newslens-light-quote', []);
    expect(registry.has('newslens-light-quote')).toBe(false);
    painter.set('newslens-light-quote', [range]);
    painter.clear();
    expect([...registry.keys()]).toEqual(['the-page-own']);
  });

  it('says so where the browser has no Highlight API, and draws nothing', () => {
    removeHighlightApi();
    const painter = new HighlightPainter(window);
    expect(painter.available).toBe(false);
    expect(() => painter.set('newslens-light-quote', [document.createRange()])).not.toThrow();
  });
});

describe('Annotator', () => {
  it('draws each category under its name, and counts what it drew', () => {
    const { blocks } = article();
    const annotator = new Annotator(document, options());
    expect(annotator.show(report(blocks), blocks)).toEqual({ quote: 2, unsupported: 1, attributed: 1 });
    expect(drawn(registry)).toEqual({
      'newslens-light-quote': ['Wir bleiben', 'Das ist erst der Anfang', 'der Geschichte'],
      'newslens-light-unsupported': ['Berichten zufolge soll das Werk schließen.'],
      'newslens-light-attributed': ['Der Konzern habe die Zahlen geprüft'],
    });
    // A claim paints above the quote it may sit in.
    expect(registry.get('newslens-light-unsupported')!.priority).toBeGreaterThan(registry.get('newslens-light-quote')!.priority);
  });

  it('counts while it draws exactly what counts() counts afterwards, with a category switched off too', () => {
    const { blocks } = article();
    for (const categories of [ALL, { ...ALL, quote: false }, { quote: false, unsupported: false, attributed: false }]) {
      const annotator = new Annotator(document, options({ categories }));
      const shown = annotator.show(report(blocks), blocks);
      expect(shown).toEqual(annotator.counts());
      expect(shown.quote).toBe(categories.quote ? 2 : 0);
      annotator.clear();
    }
  });

  it('reads the text colour while getting ready (prepare), not in the task that draws the marks; draws nothing until then', () => {
    const { blocks } = article();
    const annotator = new Annotator(document, options());
    const style = vi.spyOn(window, 'getComputedStyle').mockReturnValue({ color: 'rgb(240, 240, 240)' } as CSSStyleDeclaration);
    annotator.prepare(blocks);
    expect(style).toHaveBeenCalledTimes(1);
    expect(registry.size).toBe(0);
    annotator.show(report(blocks), blocks);
    expect(style).toHaveBeenCalledTimes(1);
    // Light text: a dark page, whatever the system's theme says.
    expect(Object.keys(drawn(registry)).sort()).toEqual(['newslens-dark-attributed', 'newslens-dark-quote', 'newslens-dark-unsupported']);
    // Other blocks than those prepared for: the colour is read when drawing.
    const again = article();
    annotator.show(report(again.blocks), again.blocks);
    expect(style).toHaveBeenCalledTimes(2);
    style.mockRestore();
  });

  it('applies new settings at once: a category switched off disappears, the scheme changes the names', () => {
    const { blocks } = article();
    const annotator = new Annotator(document, options());
    annotator.show(report(blocks), blocks);
    expect(annotator.update(options({ categories: { ...ALL, attributed: false }, scheme: 'high-contrast' }))).toEqual({ quote: 2, unsupported: 1, attributed: 0 });
    expect(Object.keys(drawn(registry)).sort()).toEqual(['newslens-contrast-quote', 'newslens-contrast-unsupported']);
  });

  it('leaves no trace when cleared: no highlight, no card, no change to the article', () => {
    const { root, blocks } = article();
    const before = root.innerHTML;
    const annotator = new Annotator(document, options());
    annotator.show(report(blocks), blocks);
    annotator.step(1);
    expect(document.querySelector('newslens-card')).not.toBeNull();
    annotator.clear();
    expect(registry.size).toBe(0);
    expect(document.querySelector('newslens-card')).toBeNull();
    expect(root.innerHTML).toBe(before);
    expect(annotator.counts()).toEqual({ quote: 0, unsupported: 0, attributed: 0 });
  });

  it('steps through the highlights in reading order, wrapping around, with a card that says where it is', () => {
    const { blocks } = article();
    const annotator = new Annotator(document, options());
    annotator.show(report(blocks), blocks);
    window.scrollBy = vi.fn();
    expect(annotator.step(1)).toBe(true);
    expect(drawn(registry)[CURRENT_HIGHLIGHT]).toEqual(['Wir bleiben']);
    expect(cardText()).toBe('Quoted statement1 of 4SpeakerAnna BergerIntroduced bysagte×');
    annotator.step(-1);
    expect(drawn(registry)[CURRENT_HIGHLIGHT]).toEqual(['Das ist erst der Anfang', 'der Geschichte']);
    expect(cardText()).toContain('4 of 4');
    annotator.step(-1);
    expect(drawn(registry)[CURRENT_HIGHLIGHT]).toEqual(['Der Konzern habe die Zahlen geprüft']);
    annotator.step(1);
    annotator.step(1);
    expect(cardText()).toContain('1 of 4');
  });

  it('steps only through the categories shown', () => {
    const { blocks } = article();
    const annotator = new Annotator(document, options({ categories: { quote: false, unsupported: true, attributed: false } }));
    annotator.show(report(blocks), blocks);
    annotator.step(1);
    expect(cardText()).toBe('Unsupported claim1 of 1SpeakerSpeaker not namedWhyhedge: "Berichten zufolge" — no named source×');
  });

  it('closes the card on Escape and on its close button', () => {
    const { blocks } = article();
    const annotator = new Annotator(document, options());
    annotator.show(report(blocks), blocks);
    annotator.step(1);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(cardText()).toBeNull();
    expect(registry.has(CURRENT_HIGHLIGHT)).toBe(false);
    annotator.step(1);
    (document.querySelector('newslens-card')!.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    expect(cardText()).toBeNull();
  });

  it('reveals any item of the report, a fact included: flashes it, then lets the flash fade', () => {
    vi.useFakeTimers();
    const { blocks } = article();
    const annotator = new Annotator(document, options());
    annotator.show(report(blocks), blocks);
    expect(annotator.reveal({ kind: 'fact', index: 0 })).toBe(true);
    expect(drawn(registry)[FLASH_HIGHLIGHT]).toEqual(['44 Milliarden Euro']);
    vi.advanceTimersByTime(2000);
    expect(registry.has(FLASH_HIGHLIGHT)).toBe(false);
    expect(annotator.reveal({ kind: 'claim', index: 1 })).toBe(true);
    expect(cardText()).toContain('Attributed claim');
    expect(annotator.reveal({ kind: 'quote', index: 99 })).toBe(false);
  });

  it('puts page text into the card as text, never as markup', () => {
    const { blocks } = article();
    const hostile = report(blocks);
    hostile.quotes[0]!.speaker = '<img src=x onerror="globalThis.pwned=1">';
    hostile.quotes[0]!.frame = '</script><b>bold</b>';
    const annotator = new Annotator(document, options());
    annotator.show(hostile, blocks);
    annotator.step(1);
    const card = document.querySelector('newslens-card')!.shadowRoot!;
    expect(card.querySelector('img, b, script')).toBeNull();
    expect(cardText()).toContain('<img src=x onerror="globalThis.pwned=1">');
    expect(cardText()).toContain('</script><b>bold</b>');
  });

  it('opens the card for what lies under the pointer, claim before the quote around it, and closes it when the pointer leaves', async () => {
    vi.useFakeTimers();
    const { blocks } = article();
    const annotator = new Annotator(document, options());
    annotator.show(report(blocks), blocks);
    // The listeners are registered a moment after the marks are drawn, out of that task.
    vi.advanceTimersByTime(1);
    const claimText = blocks[0]!.runs[0]!.node;
    const at = claimText.data.indexOf('zufolge');
    const caret = document as unknown as { caretPositionFromPoint?: unknown };
    let point: { offsetNode: Node; offset: number } | null = { offsetNode: claimText, offset: at };
    caret.caretPositionFromPoint = () => point;
    const move = (x: number, y: number) => document.dispatchEvent(Object.assign(new MouseEvent('pointermove', { clientX: x, clientY: y }), { pointerId: 1 }));
    move(50, 30);
    vi.advanceTimersByTime(20);
    await vi.runOnlyPendingTimersAsync();
    expect(cardText()).toContain('Unsupported claim');
    point = null;
    move(500, 500);
    await vi.runAllTimersAsync();
    expect(cardText()).toBeNull();
    delete caret.caretPositionFromPoint;
  });

  it('where the browser has no Highlight API, draws nothing and shows a revealed item as the selection instead', () => {
    removeHighlightApi();
    const { blocks } = article();
    window.scrollBy = vi.fn();
    const annotator = new Annotator(document, options());
    expect(annotator.canPaint).toBe(false);
    expect(annotator.show(report(blocks), blocks)).toEqual({ quote: 0, unsupported: 0, attributed: 0 });
    expect(annotator.reveal({ kind: 'fact', index: 0 })).toBe(true);
    expect(document.getSelection()?.toString()).toBe('44 Milliarden Euro');
    annotator.step(1);
    expect(document.getSelection()?.toString()).toBe('Wir bleiben');
  });

  it('says a claim’s structured reasons through the labels (the reader’s language), its English words without them', () => {
    const { blocks } = article();
    const withWhy = report(blocks);
    withWhy.claims[0]!.why = [{ code: 'hedge', cue: 'Berichten zufolge' }];
    const labels = { ...ENGLISH_CARD_LABELS, unsupported: 'Unbelegte Behauptung', reason: (reason: { code: string; cue?: string }) => `Vorbehalt: „${reason.cue}“ (${reason.code})` };
    const annotator = new Annotator(document, options({ labels, categories: { quote: false, unsupported: true, attributed: true } }));
    annotator.show(withWhy, blocks);
    annotator.step(1);
    expect(cardText()).toContain('Vorbehalt: „Berichten zufolge“ (hedge)');
    annotator.step(1);
    expect(cardText()).toContain('reported speech: Konjunktiv "habe"');
  });
});
