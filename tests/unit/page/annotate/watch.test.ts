// @vitest-environment jsdom
// watchText: a fresh reading after the article's text changes, debounced, within a budget, blind to
// Newslens' own card.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchText } from '../../../../src/page/annotate/watch';

/** Lets the MutationObserver deliver its records (a microtask), then runs the timers. */
async function settle(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('watchText', () => {
  it('reads again once the changes have been quiet for a moment, once for a burst of changes', async () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>Alt</p>';
    document.body.replaceChildren(root);
    const onChange = vi.fn();
    watchText(root, onChange, () => false, { quietMs: 500, minGapMs: 0 });
    for (let i = 0; i < 5; i++) {
      root.querySelector('p')!.textContent = `Neu ${i}`;
      await settle(100);
    }
    expect(onChange).not.toHaveBeenCalled();
    await settle(600);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stops after its budget of readings, however often the page changes', async () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const onChange = vi.fn();
    watchText(root, onChange, () => false, { quietMs: 10, minGapMs: 100, maxReadings: 3 });
    for (let i = 0; i < 20; i++) {
      root.append(document.createElement('span'));
      await settle(200);
    }
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it('keeps readings apart by at least the least gap', async () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const onChange = vi.fn();
    watchText(root, onChange, () => false, { quietMs: 10, minGapMs: 1000 });
    root.append('a');
    await settle(50);
    expect(onChange).toHaveBeenCalledTimes(1);
    root.append('b');
    await settle(500);
    expect(onChange).toHaveBeenCalledTimes(1);
    await settle(600);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('ignores changes inside what it is told to ignore, and nothing after it is stopped', async () => {
    const root = document.createElement('div');
    const own = document.createElement('newslens-card');
    root.append(own);
    document.body.replaceChildren(root);
    const onChange = vi.fn();
    const stop = watchText(root, onChange, (node) => node === own, { quietMs: 10 });
    own.append('card text');
    await settle(100);
    expect(onChange).not.toHaveBeenCalled();
    stop();
    root.append('page text');
    await settle(100);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('reads again while a page never goes quiet, no later than the longest wait after the first change', async () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const onChange = vi.fn();
    watchText(root, onChange, () => false, { quietMs: 600, minGapMs: 0, maxWaitMs: 1000 });
    // A change every 100 ms for 3.5 s: the quiet time never comes.
    for (let i = 0; i < 35; i++) {
      root.append('x');
      await settle(100);
    }
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(onChange.mock.calls.length).toBeLessThanOrEqual(4);
  });
});
