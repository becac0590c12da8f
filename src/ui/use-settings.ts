// The reader's settings as a Preact hook, shared by the popup and the options page: loaded once, kept
// current when another page changes them, and changed through one function that reports failure.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '../extension/settings';
import { loadSettings, onSettingsChanged, updateSettings } from '../extension/settings-store';

export interface SettingsHandle {
  /** Null until the stored settings are read. */
  settings: Settings | null;
  /** Stores `change(current)`; resolves to what was stored, or throws what storage threw. */
  change: (change: (current: Settings) => Settings) => Promise<Settings>;
}

export function useSettings(): SettingsHandle {
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => {
      if (live) setSettings(loaded);
    });
    const stop = onSettingsChanged((changed) => setSettings(changed));
    return () => {
      live = false;
      stop();
    };
  }, []);

  const change = useCallback(async (change: (current: Settings) => Settings) => {
    const stored = await updateSettings(change);
    setSettings(stored);
    return stored;
  }, []);

  return { settings, change };
}
