// Pages no extension may read: the browsers' own pages and their add-on stores. The popup says so
// plainly instead of failing.

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

/** Why the extension cannot read `url`, or null when it can. */
export function restrictionOf(url: string | undefined): string | null {
  if (!url) return 'Newslens may read this tab once you click its button in the toolbar.';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'This tab has no web address an extension can read.';
  }
  if (!READABLE_SCHEMES.has(parsed.protocol)) {
    const name = parsed.protocol.replace(/:$/, '');
    return `This is a browser page (${name}:). Browsers do not let extensions read their own pages.`;
  }
  const protectedHost = PROTECTED_HOSTS.find((entry) => parsed.hostname === entry.host && (!entry.path || parsed.pathname.startsWith(entry.path)));
  if (protectedHost) return `${protectedHost.browser} does not let extensions read its add-on store and account pages.`;
  return null;
}
