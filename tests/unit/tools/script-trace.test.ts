// The benchmark's reading of a Chromium trace: what the extension's files cost to compile and start, from
// events shaped as Chromium 156 writes them (devtools.timeline and v8 categories).
import { describe, expect, it } from 'vitest';
import { scriptEvaluations, type TraceEvent } from '../../../src/tools/script-trace';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const CONTENT = `${ORIGIN}/src/extension/content.js`;
const MODULE = `${ORIGIN}/src/extension/article-module.js`;
const PAGE = { pid: 7, tid: 1 };

/** A complete event ('X') of `ms` milliseconds at `atMs`. */
const event = (name: string, atMs: number, ms: number, args: TraceEvent['args'] = {}, thread = PAGE): TraceEvent => ({ name, ph: 'X', ts: atMs * 1000, dur: ms * 1000, ...thread, args });

describe('scriptEvaluations', () => {
  const cases: Array<{ what: string; events: TraceEvent[]; expected: Array<{ url: string; ms: number; compileMs: number }> }> = [
    {
      what: 'a classic script: the EvaluateScript task, with the compile inside it',
      events: [event('EvaluateScript', 10, 6.5, { data: { url: CONTENT } }), event('v8.compile', 10.1, 2.25, { data: { url: CONTENT } }), event('v8.run', 12.5, 4, { fileName: CONTENT })],
      expected: [{ url: CONTENT, ms: 6.5, compileMs: 2.25 }],
    },
    {
      what: 'a module: its compile, then the evaluation that follows it on the same thread',
      events: [event('v8.evaluateModule', 50, 2, {}), event('v8.compileModule', 49, 0.5, { data: { url: MODULE } })],
      expected: [{ url: MODULE, ms: 2.5, compileMs: 0.5 }],
    },
    {
      what: 'an evaluation on another thread belongs to the module compiled there, not to ours',
      events: [event('v8.compileModule', 49, 0.5, { data: { url: MODULE } }), event('v8.compileModule', 49.5, 1, { data: { url: 'https://page.example/app.js' } }, { pid: 8, tid: 1 }), event('v8.evaluateModule', 50, 3, {}, { pid: 8, tid: 1 })],
      expected: [{ url: MODULE, ms: 0.5, compileMs: 0.5 }],
    },
    {
      what: 'a file that ran twice is summed; pages’ own scripts and instant events are left out',
      events: [
        event('EvaluateScript', 10, 5, { data: { url: CONTENT } }),
        event('EvaluateScript', 90, 4, { data: { url: CONTENT } }),
        event('EvaluateScript', 20, 30, { data: { url: 'https://page.example/app.js' } }),
        { name: 'EvaluateScript', ph: 'I', ts: 95_000, ...PAGE, args: { data: { url: CONTENT } } },
      ],
      expected: [{ url: CONTENT, ms: 9, compileMs: 0 }],
    },
    {
      what: 'another extension’s files are not ours',
      events: [event('EvaluateScript', 10, 5, { data: { url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/content.js' } })],
      expected: [],
    },
  ];
  for (const { what, events, expected } of cases) {
    it(what, () => {
      expect(scriptEvaluations(events, ORIGIN)).toEqual(expected);
    });
  }
});
