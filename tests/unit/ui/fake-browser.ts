// A stand-in for webextension-polyfill in the interface tests (the real one throws outside an
// extension): i18n that answers nothing (so the English fallback shows), a runtime that can open the
// options page, and storage areas held in memory that tell their listeners about changes, as the
// browser's do. Use: vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).browser })).
import { vi } from 'vitest';

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, areaName: string) => void;

const listeners = new Set<Listener>();

function area(name: 'sync' | 'local') {
  const data = new Map<string, unknown>();
  return {
    data,
    get: vi.fn(async (key: string) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {})),
    set: vi.fn(async (items: Record<string, unknown>) => {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { oldValue: data.get(key), newValue: structuredClone(value) };
        data.set(key, structuredClone(value));
      }
      for (const listener of listeners) listener(changes, name);
    }),
  };
}

export const browser = {
  i18n: { getMessage: vi.fn((_key: string, _substitutions?: string[]) => ''), getUILanguage: vi.fn(() => 'en-US') },
  runtime: { openOptionsPage: vi.fn(async () => undefined) },
  storage: {
    sync: area('sync'),
    local: area('local'),
    onChanged: {
      addListener: vi.fn((listener: Listener) => void listeners.add(listener)),
      removeListener: vi.fn((listener: Listener) => void listeners.delete(listener)),
    },
  },
};

/** Empties storage and forgets calls; keeps the default behaviour of every fake. */
export function resetBrowser(): void {
  browser.storage.sync.data.clear();
  browser.storage.local.data.clear();
  for (const fn of [browser.storage.sync.get, browser.storage.sync.set, browser.storage.local.get, browser.storage.local.set, browser.runtime.openOptionsPage, browser.i18n.getMessage]) fn.mockClear();
  browser.i18n.getMessage.mockImplementation(() => '');
}

/**
 * Lets promises, Preact's rendering and its effects run: effects wait for the next animation frame,
 * which jsdom gives about every 16 ms, so each round waits a little longer than one frame.
 */
export async function settle(rounds = 4): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 20));
}
