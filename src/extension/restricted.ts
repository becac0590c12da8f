// Pages no extension may read: the browsers' own pages and their add-on stores. The popup says so
// plainly, in the reader's language, instead of failing.

const READABLE_SCHEMES = new Set(['http:', 'https:']);

/** Hosts where browsers block content scripts whatever the permissions. */
const PROTECTED_HOSTS: ReadonlyArray<{ host: string; path?: string; browser: string }> = [
  { host: 'chromewebstore.google.com', browser: 'Chrome' },
  { host: 'chrome.google.com', path: '/webstore', browser: 'Chrome' },
  { host: 'microsoftedge.microsoft.com', path: '/addons', browser: 'Edge' },
  { host: 'addons.mozilla.org', browser: 'Firefox' },
  { host: 'accounts.firefox.com', browser: 'Firefox' },
  { host: 'support.mozilla.org', browser: 'Firefox' },
];

/** A sentence of the interface: its message in _locales/ and the words that go into it. */
export interface Notice {
  key: string;
  substitutions?: string[];
}

/** Why the extension cannot read `url`, or null when it can. */
export function restrictionOf(url: string | undefined): Notice | null {
  if (!url) return { key: 'restrictedNotGranted' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { key: 'restrictedNoAddress' };
  }
  if (!READABLE_SCHEMES.has(parsed.protocol)) return { key: 'restrictedBrowserPage', substitutions: [parsed.protocol.replace(/:$/, '')] };
  const protectedHost = PROTECTED_HOSTS.find((entry) => parsed.hostname === entry.host && (!entry.path || parsed.pathname.startsWith(entry.path)));
  if (protectedHost) return { key: 'restrictedStore', substitutions: [protectedHost.browser] };
  return null;
}
