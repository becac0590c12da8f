// What the robustness suite (robustness.ts) reads from a hostile page and from the extension: the content
// script's state asked through an extension page, the User Timing measures the content script leaves in
// the page, the highlights' ranges checked for where they lie, and the stories the fixture pages show
// (tests/fixtures/hostile/story.js, run here in a sandbox so the test and the pages share one source).
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { poll, sendToTab, StopPolling } from '../../src/tools/browsers';
import type { Tab, WebTab } from '../../src/tools/browsers';
import type { TabState } from '../../src/extension/messages';

/** Sends `message` to the content script of `page` from the extension page `control`, as the popup does. */
export const send = sendToTab;

export type Phase = TabState['phase'];

/**
 * Waits until the content script of `page` is in one of `phases` (and `accept` agrees) and returns that
 * state. Fails at once on `failed`, with the content script's error, unless `failed` is wanted.
 */
export function settledState(control: Tab, page: WebTab, phases: readonly Phase[], timeoutMs: number, accept: (state: TabState) => boolean = () => true): Promise<TabState> {
  let last: TabState | undefined;
  return poll(
    async () => {
      last = (await send(control, page, { type: 'newslens:get-state' })) as TabState;
      if (phases.includes(last.phase) && accept(last)) return last;
      if (last.phase === 'failed') throw new StopPolling(`the content script of ${page.url} failed: ${last.error}`);
      return undefined;
    },
    timeoutMs,
    `the content script of ${page.url} to reach ${phases.join(' or ')} (last: ${last?.phase ?? 'no answer'})`,
  );
}

export interface Measures {
  /** How many measures of each `newslens:` step the page's timeline holds. */
  counts: Record<string, number>;
  /** The longest step on the page’s main thread, in milliseconds (the waits for the background left out). */
  longest: number;
}

/** The content script's User Timing measures (`newslens:detect`, `…:extract`, `…:analyse`, `…:highlight`) in the page. */
export function measuresIn(page: Tab): Promise<Measures> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    let longest = 0;
    for (const entry of performance.getEntriesByType('measure')) {
      if (!entry.name.startsWith('newslens:')) continue;
      counts[entry.name] = (counts[entry.name] ?? 0) + 1;
      // Waits for the background (its reading and its analysis) are not work on the page's main thread.
      if (entry.name !== 'newslens:analyse' && entry.name !== 'newslens:read') longest = Math.max(longest, entry.duration);
    }
    return { counts, longest: Math.round(longest) };
  });
}

/**
 * Every Newslens highlight range that lies where it must not: in a node no longer in the page, in a
 * shadow root, in a form field or an editor. Empty when all is well. Also returns how many ranges there
 * are, so that an empty list is not mistaken for proof on a page with no marks at all.
 */
export function misplacedRanges(page: Tab): Promise<{ ranges: number; misplaced: string[] }> {
  return page.evaluate(() => {
    const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<AbstractRange>> } }).CSS.highlights;
    const misplaced: string[] = [];
    let ranges = 0;
    for (const [name, highlight] of registry ?? new Map<string, Set<AbstractRange>>()) {
      if (!name.startsWith('newslens-')) continue;
      for (const range of highlight) {
        ranges++;
        const text = (range.startContainer.textContent ?? '').slice(range.startOffset, range.startOffset + 40);
        for (const node of [range.startContainer, range.endContainer]) {
          const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
          if (!node.isConnected) misplaced.push(`${name}: detached: ${text}`);
          else if (node.getRootNode() !== document) misplaced.push(`${name}: in a shadow root: ${text}`);
          else if (element?.closest('textarea, input, select, [contenteditable]:not([contenteditable="false"])')) misplaced.push(`${name}: in a form field or editor: ${text}`);
        }
      }
    }
    return { ranges, misplaced };
  });
}

/** One story of tests/fixtures/hostile/story.js. */
export interface Story {
  title: string;
  paragraphs: string[];
}

const STORY_SOURCE = readFileSync(new URL('../fixtures/hostile/story.js', import.meta.url), 'utf8');

/** story(n) of the fixture pages' story.js, computed here exactly as the pages compute it. */
export function story(n: number): Story {
  const sandbox: { window: { story?: (n: number) => Story } } = { window: {} };
  runInNewContext(STORY_SOURCE, sandbox);
  const make = sandbox.window.story;
  if (!make) throw new Error('story.js defines no story()');
  // Through JSON: the sandbox's arrays are of another realm, which toEqual would tell apart.
  return JSON.parse(JSON.stringify(make(n))) as Story;
}

/**
 * What the test harness itself causes: the recorder is an init script for every frame, and Chromium
 * refuses it in a sandboxed frame without `allow-scripts` (frames-article.html has one), saying so on the
 * console when the frame loads, before or after the listener is attached. Neither the page's nor ours.
 */
const HARNESS_ERRORS = /Blocked script execution in '[^']*' because the document's frame is sandboxed and the 'allow-scripts' permission is not set/;

/** Keeps only the errors that are neither the page's own (`known` matches those exactly) nor the harness's. */
export function foreignErrors(errors: readonly string[], known: RegExp | null): string[] {
  return errors.filter((error) => !HARNESS_ERRORS.test(error) && !(known?.test(error) ?? false));
}
