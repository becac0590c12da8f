// The reader's settings: what they are, their defaults, how a stored value is checked, and how one
// site is switched off. Pure logic; src/extension/settings-store.ts reads and writes them.
import { HIGHLIGHT_CATEGORIES, isColourScheme, type ColourScheme, type HighlightCategory } from '../page/annotate/categories';

/** The one storage key the settings are kept under, as a whole object. */
export const SETTINGS_KEY = 'newslens:settings';

export interface Settings {
  /** Annotate every article on its own (true), or only when asked from the popup (false). */
  autoAnnotate: boolean;
  /** Which categories are highlighted in the page (the popup lists everything regardless). */
  categories: Record<HighlightCategory, boolean>;
  scheme: ColourScheme;
  /** Sites where Newslens does nothing at all: host names without a leading `www.`, sorted. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  autoAnnotate: true,
  categories: Object.freeze({ quote: true, unsupported: true, attributed: true }),
  scheme: 'standard',
  disabledSites: Object.freeze([]) as unknown as string[],
});

/** More sites than anyone switches off by hand; keeps a corrupted or hostile value from growing without end. */
const MAX_DISABLED_SITES = 1000;
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$|^\[[0-9a-f:.]+\]$/;

/** A fresh copy of the defaults (the frozen constant must never be handed out to be changed). */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories }, disabledSites: [] };
}

/**
 * Settings from whatever storage held: every field checked on its own, anything missing or malformed
 * replaced by its default, so an old or damaged stored value never breaks the extension.
 */
export function normaliseSettings(raw: unknown): Settings {
  const settings = defaultSettings();
  if (typeof raw !== 'object' || raw === null) return settings;
  const value = raw as Record<string, unknown>;
  if (typeof value.autoAnnotate === 'boolean') settings.autoAnnotate = value.autoAnnotate;
  if (isColourScheme(value.scheme)) settings.scheme = value.scheme;
  if (typeof value.categories === 'object' && value.categories !== null) {
    const categories = value.categories as Record<string, unknown>;
    for (const category of HIGHLIGHT_CATEGORIES) {
      if (typeof categories[category] === 'boolean') settings.categories[category] = categories[category];
    }
  }
  if (Array.isArray(value.disabledSites)) {
    const sites = new Set<string>();
    for (const site of value.disabledSites) {
      if (typeof site === 'string' && HOST.test(site) && sites.size < MAX_DISABLED_SITES) sites.add(site);
    }
    settings.disabledSites = [...sites].sort();
  }
  return settings;
}

/**
 * The site a page belongs to, as the per-site switch knows it: the host name in lower case without a
 * leading `www.` (so `www.spiegel.de` and `spiegel.de` are one site). Null for pages that are not
 * http(s), which Newslens never reads.
 */
export function siteOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
    return host.startsWith('www.') ? host.slice(4) : host || null;
  } catch {
    return null;
  }
}

export function isSiteEnabled(settings: Settings, url: string | undefined | null): boolean {
  const site = siteOf(url);
  return site !== null && !settings.disabledSites.includes(site);
}

/** The settings with `site` switched on or off. */
export function withSite(settings: Settings, site: string, enabled: boolean): Settings {
  const others = settings.disabledSites.filter((entry) => entry !== site);
  return normaliseSettings({ ...settings, disabledSites: enabled ? others : [...others, site] });
}

/** The settings with one highlight category switched on or off. */
export function withCategory(settings: Settings, category: HighlightCategory, shown: boolean): Settings {
  return { ...settings, categories: { ...settings.categories, [category]: shown } };
}
