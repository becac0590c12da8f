import { describe, expect, it } from 'vitest';
import { extensionReport, summarise, type ExtensionPageResult } from '../../../src/tools/bench-extension';

/** A page result with nothing measured, to fill in per case. */
function result(fields: Partial<ExtensionPageResult>): ExtensionPageResult {
  return {
    set: 's', name: 'p', outcome: 'unknown', detectMs: null, scriptMs: null, moduleMs: null, toMarksMs: null, workMs: null, analysisMs: null, highlightMs: null,
    longestStepMs: null, longestStep: null, longTasksMs: [], readerableMs: null, readerableColdMs: null, parseMs: null, parseColdMs: null, markJsMs: null, markJsMarks: 0, ranges: 0,
    heapBytes: null, heldKiB: null, ...fields,
  };
}

describe('the extension bench summary: memory the content script holds', () => {
  const results = [
    result({ outcome: 'not-article', detectMs: 2, heldKiB: 300 }),
    result({ outcome: 'not-article', detectMs: 3, heldKiB: 500 }),
    result({ outcome: 'not-article', detectMs: 4, heldKiB: null }),
    result({ outcome: 'done', toMarksMs: 90, workMs: 20, heldKiB: 800 }),
    result({ outcome: 'done', toMarksMs: 95, workMs: 22, heldKiB: 1000 }),
    result({ outcome: 'done', toMarksMs: 99, workMs: 24, heldKiB: 1200 }),
    // Not marked (no time to marks): not an article page's figure either.
    result({ outcome: 'failed', heldKiB: 9999 }),
  ];

  it('takes the median over rejected pages and over marked pages apart, leaving out pages it could not weigh', () => {
    const summary = summarise('all', results);
    expect(summary.heldRejectedMedianKiB).toBe(400);
    expect(summary.heldMarkedMedianKiB).toBe(1000);
  });

  it('prints both medians in the table', () => {
    const table = extensionReport([summarise('all', results)], null);
    const [header, , row] = table.split('\n').slice(1);
    const cells = (line: string | undefined) => (line ?? '').trim().split(/\s{2,}/);
    const at = (name: string) => cells(header).indexOf(name);
    expect(at('held rej KiB')).toBeGreaterThan(0);
    expect(cells(row)[at('held rej KiB')]).toBe('400');
    expect(cells(row)[at('held art KiB')]).toBe('1000');
  });

  it('says when nothing could be weighed', () => {
    expect(summarise('all', [result({ outcome: 'not-article', detectMs: 1 })]).heldRejectedMedianKiB).toBeNull();
  });
});

describe('the extension bench report, per browser', () => {
  const results = [
    result({ outcome: 'not-article', detectMs: 2, readerableMs: 0.5 }),
    result({ outcome: 'done', toMarksMs: 90, workMs: 20, parseMs: 10, highlightMs: 1, markJsMs: 12, ranges: 4 }),
  ];

  it('names the browser in the heading and the budget line', () => {
    const chromium = extensionReport([summarise('all', results)], 1000);
    const firefox = extensionReport([summarise('all', results)], 1000, 'firefox');
    expect(chromium).toContain('in Chromium:');
    expect(chromium).not.toContain('Firefox ESR');
    expect(firefox).toContain('in Firefox ESR:');
    expect(firefox.split('\n')[0]).toContain('The extension at work in Firefox ESR');
  });

  it('leaves out of the budget line what was not measured, instead of a dash passed off as a figure', () => {
    const firefox = extensionReport([summarise('all', results)], 1000, 'firefox');
    const budgets = firefox.split('\n').find((line) => line.startsWith('Budgets')) ?? '';
    expect(budgets).toContain('reject a non-article in under 1 ms median: 2.00 ms, NOT met;');
    expect(budgets).not.toContain('compile and start');
    expect(budgets).not.toContain('as a content script meets it');
    expect(budgets).toContain('highlighting 10× faster than mark.js: 12.00×, met');
  });

  it('keeps the cold anchors in the budget line where they were measured', () => {
    const measured = [result({ ...results[0], scriptMs: 4, readerableColdMs: 1.5 }), result({ ...results[1], parseColdMs: 40 })];
    const budgets = extensionReport([summarise('all', measured)], 1000).split('\n').find((line) => line.startsWith('Budgets')) ?? '';
    expect(budgets).toContain('(6.00 ms with the content script\'s own compile and start; Readability\'s isProbablyReaderable alone takes 1.50 ms');
    expect(budgets).toContain('0.50× against parse() as a content script meets it, a first run like ours, met;');
  });
});
