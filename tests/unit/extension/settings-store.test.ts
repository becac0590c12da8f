// Storing the settings, with the browser's storage mocked (webextension-polyfill throws outside an
// extension): sync first, local where sync is refused, and a listener told of every change.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const api = vi.hoisted(() => ({
  storage: {
    sync: { get: vi.fn(), set: vi.fn() } as { get: ReturnType<typeof vi.fn>; set: ReturnType<typeof vi.fn> } | undefined,
    local: { get: vi.fn(), set: vi.fn() },
    onChanged: { addListener: vi.fn(), removeListener: vi.fn() },
  },
}));
vi.mock('webextension-polyfill', () => ({ default: api }));

const { loadSettings, onSettingsChanged, saveSettings, SETTINGS_KEY, updateSettings } = await import('../../../src/extension/settings-store');
const { defaultSettings } = await import('../../../src/extension/settings');

const sync = { get: vi.fn(), set: vi.fn() };

beforeEach(() => {
  vi.resetAllMocks();
  api.storage.sync = sync;
});

describe('loadSettings', () => {
  it('reads sync storage and normalises what it finds', async () => {
    sync.get.mockResolvedValue({ [SETTINGS_KEY]: { scheme: 'high-contrast', autoAnnotate: 'garbage' } });
    expect(await loadSettings()).toEqual({ ...defaultSettings(), scheme: 'high-contrast' });
    expect(sync.get).toHaveBeenCalledWith(SETTINGS_KEY);
    expect(api.storage.local.get).not.toHaveBeenCalled();
  });

  it('gives the defaults when nothing is stored', async () => {
    sync.get.mockResolvedValue({});
    expect(await loadSettings()).toEqual(defaultSettings());
  });

  it('falls back to local storage when sync throws', async () => {
    sync.get.mockRejectedValue(new Error('sync disabled by policy'));
    api.storage.local.get.mockResolvedValue({ [SETTINGS_KEY]: { disabledSites: ['a.example'] } });
    expect((await loadSettings()).disabledSites).toEqual(['a.example']);
  });

  it('uses local storage where the browser has no sync', async () => {
    api.storage.sync = undefined;
    api.storage.local.get.mockResolvedValue({ [SETTINGS_KEY]: { autoAnnotate: false } });
    expect((await loadSettings()).autoAnnotate).toBe(false);
  });

  it('gives the defaults when no storage can be read', async () => {
    sync.get.mockRejectedValue(new Error('no'));
    api.storage.local.get.mockRejectedValue(new Error('no either'));
    expect(await loadSettings()).toEqual(defaultSettings());
  });
});

describe('saveSettings and updateSettings', () => {
  it('writes normalised settings to sync storage', async () => {
    sync.set.mockResolvedValue(undefined);
    const saved = await saveSettings({ ...defaultSettings(), disabledSites: ['b.example', 'a.example', 'bad host'] });
    expect(saved.disabledSites).toEqual(['a.example', 'b.example']);
    expect(sync.set).toHaveBeenCalledWith({ [SETTINGS_KEY]: saved });
    expect(api.storage.local.set).not.toHaveBeenCalled();
  });

  it('writes to local storage when sync throws, and throws when neither takes it', async () => {
    sync.set.mockRejectedValue(new Error('quota'));
    api.storage.local.set.mockResolvedValue(undefined);
    await saveSettings(defaultSettings());
    expect(api.storage.local.set).toHaveBeenCalledWith({ [SETTINGS_KEY]: defaultSettings() });
    api.storage.local.set.mockRejectedValue(new Error('local full'));
    await expect(saveSettings(defaultSettings())).rejects.toThrow('local full');
  });

  it('changes what is stored in one step', async () => {
    sync.get.mockResolvedValue({ [SETTINGS_KEY]: { disabledSites: ['a.example'] } });
    sync.set.mockResolvedValue(undefined);
    const saved = await updateSettings((current) => ({ ...current, disabledSites: [...current.disabledSites, 'c.example'] }));
    expect(saved.disabledSites).toEqual(['a.example', 'c.example']);
    expect(sync.set).toHaveBeenCalledWith({ [SETTINGS_KEY]: saved });
  });
});

describe('onSettingsChanged', () => {
  it('tells the listener the new settings of a change in sync or local storage, and nothing else', () => {
    const listener = vi.fn();
    const stop = onSettingsChanged(listener);
    const handle = api.storage.onChanged.addListener.mock.calls[0]?.[0] as (changes: Record<string, unknown>, area: string) => void;
    handle({ [SETTINGS_KEY]: { newValue: { scheme: 'high-contrast' } } }, 'sync');
    handle({ [SETTINGS_KEY]: { newValue: { autoAnnotate: false } } }, 'local');
    handle({ [SETTINGS_KEY]: { newValue: { autoAnnotate: false } } }, 'managed');
    handle({ other: { newValue: 1 } }, 'sync');
    expect(listener.mock.calls).toEqual([[{ ...defaultSettings(), scheme: 'high-contrast' }], [{ ...defaultSettings(), autoAnnotate: false }]]);
    stop();
    expect(api.storage.onChanged.removeListener).toHaveBeenCalledWith(handle);
  });

  it('gives the defaults when the settings were removed', () => {
    const listener = vi.fn();
    onSettingsChanged(listener);
    const handle = api.storage.onChanged.addListener.mock.calls[0]?.[0] as (changes: Record<string, unknown>, area: string) => void;
    handle({ [SETTINGS_KEY]: { oldValue: { scheme: 'high-contrast' } } }, 'sync');
    expect(listener).toHaveBeenCalledWith(defaultSettings());
  });
});
