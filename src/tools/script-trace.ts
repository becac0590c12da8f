// The cost of the extension's scripts before any of their code runs: compiling a file and running its
// top level, read from a Chromium DevTools trace (categories devtools.timeline and v8). A script cannot
// measure this itself, and every page pays it for the content script, so the benchmark reports it
// beside the script's own User Timing measures.

/** One event of the trace, as the DevTools protocol's Tracing.dataCollected delivers it. */
export interface TraceEvent {
  name: string;
  ph?: string;
  /** Start, microseconds. */
  ts?: number;
  /** Duration, microseconds. */
  dur?: number;
  pid?: number;
  tid?: number;
  args?: { data?: { url?: string }; fileName?: string };
}

/** The trace categories the events below come from. */
export const SCRIPT_TRACE_CATEGORIES: readonly string[] = ['devtools.timeline', 'v8'];

export interface ScriptEvaluation {
  /** The file's address. */
  url: string;
  /** Compiling and running its top level on the page's main thread, ms. */
  ms: number;
  /** Of which compiling, ms. */
  compileMs: number;
}

/**
 * The evaluations of files under `origin` (an extension's) in the trace, one per file, summed when a
 * file ran more than once. A classic script (the content script) is one EvaluateScript task that holds
 * its v8.compile; an ES module (imported at run time) is compiled (v8.compileModule, after a parse on a
 * background thread that is not counted) and then evaluated (v8.evaluateModule), which names no file:
 * it belongs to the module compiled last on the same thread.
 */
export function scriptEvaluations(events: readonly TraceEvent[], origin: string): ScriptEvaluation[] {
  const byUrl = new Map<string, ScriptEvaluation>();
  const add = (url: string | undefined, ms: number, compileMs: number) => {
    if (!url?.startsWith(`${origin}/`)) return;
    const entry = byUrl.get(url) ?? { url, ms: 0, compileMs: 0 };
    entry.ms += ms;
    entry.compileMs += compileMs;
    byUrl.set(url, entry);
  };
  const lastModule = new Map<string, string | undefined>();
  const inOrder = events.filter((event) => event.ph === undefined || event.ph === 'X').sort((a, b) => (a.ts ?? 0) - (b.ts ?? 0));
  for (const event of inOrder) {
    const ms = (event.dur ?? 0) / 1000;
    const url = event.args?.data?.url ?? event.args?.fileName;
    const thread = `${event.pid ?? ''}:${event.tid ?? ''}`;
    if (event.name === 'EvaluateScript') add(url, ms, 0);
    else if (event.name === 'v8.compile') add(url, 0, ms);
    else if (event.name === 'v8.compileModule') {
      add(url, ms, ms);
      lastModule.set(thread, url);
    } else if (event.name === 'v8.evaluateModule') add(lastModule.get(thread), ms, 0);
  }
  return [...byUrl.values()];
}
