// The browser and fixture server a suite started in its beforeAll, for its tests: an error that points to
// the beforeAll's own failure when they are missing, instead of a TypeError in each test.
import type { ExtensionBrowser } from '../../src/tools/browsers';
import type { StaticServer } from '../../src/tools/serve';

export function startedOrThrow(browser: ExtensionBrowser | undefined, server: StaticServer | undefined): { browser: ExtensionBrowser; server: StaticServer } {
  if (!browser || !server) throw new Error('the browser did not start (see the beforeAll error)');
  return { browser, server };
}
