// Reads and writes the reader's settings in the browser's storage: `storage.sync` where the browser
// has it (so they follow the reader between machines), `storage.local` where it does not or refuses
// (sync switched off by policy). Every open tab hears a change at once through onSettingsChanged.
import browser from 'webextension-polyfill';
import { normaliseSettings, SETTINGS_KEY, type Settings } from './settings';

export { SETTINGS_KEY };

type Area = browser.Storage.StorageArea;

function areas(): Area[] {
  const storage = browser.storage as Partial<typeof browser.storage> | undefined;
  return [storage?.sync, storage?.local].filter((area): area is Area => area !== undefined);
}

/** The stored settings, normalised; the defaults when nothing is stored or storage cannot be read. */
export async function loadSettings(): Promise<Settings> {
  for (const area of areas()) {
    try {
      const stored = await area.get(SETTINGS_KEY);
      return normaliseSettings(stored[SETTINGS_KEY]);
    } catch {
      // This area is unavailable (sync disabled by policy, for instance): try the next.
    }
  }
  return normaliseSettings(undefined);
}

/** Stores `settings` (normalised first) and returns what was stored. */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const clean = normaliseSettings(settings);
  let lastError: unknown = new Error('this browser has no extension storage');
  for (const area of areas()) {
    try {
      await area.set({ [SETTINGS_KEY]: clean });
      return clean;
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

/** Loads, changes and stores the settings in one step. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return saveSettings(change(await loadSettings()));
}

/** Calls `listener` with the new settings whenever they change in any tab or page; returns the unsubscribe. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handle = (changes: Record<string, browser.Storage.StorageChange>, areaName: string): void => {
    if ((areaName !== 'sync' && areaName !== 'local') || !(SETTINGS_KEY in changes)) return;
    listener(normaliseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
