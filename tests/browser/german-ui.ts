// The extension's interface in German, in the real browsers: started with a German interface (Debian's
// chromium-l10n and firefox-esr-l10n-de, which .ci/run installs), each picks _locales/de, and everything
// the popup says is German, the evidence behind the verdict included, which the detector hands over as
// data (`why`).
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import de from '../../_locales/de/messages.json';
import en from '../../_locales/en/messages.json';
import { formatMessage } from '../../src/ui/messages-en';
import { launch, waitForView } from '../../src/tools/browsers';
import type { BrowserName, ExtensionBrowser, Tab } from '../../src/tools/browsers';
import { serveDirectory, type StaticServer } from '../../src/tools/serve';
import { startedOrThrow } from './started';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TEST_TIMEOUT = 90_000;
const german = de as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const english = en as Record<string, { message: string }>;
/** The part of the extension API that says the interface language, under `browser` (Firefox) or `chrome`. */
interface I18n {
  i18n: { getUILanguage(): string };
}

/** A German interface text, as the browser's i18n would give it. */
const inGerman = (key: string, ...values: string[]): string => formatMessage(german[key]!, values);

/** A German interface text with a number of any value where its $1 stands. */
function germanWithNumber(key: string): RegExp {
  const [before = '', after = ''] = inGerman(key, '\u0000').split('\u0000');
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escape(before)}\\d+${escape(after)}$`);
}

export function germanInterfaceSuite(name: BrowserName): void {
  describe.sequential(`the interface in German (${name === 'chromium' ? 'Chromium' : 'Firefox ESR'} with a German interface)`, () => {
    let browser: ExtensionBrowser | undefined;
    let server: StaticServer | undefined;
    const tabs: Tab[] = [];

    beforeAll(async () => {
      server = await serveDirectory(join(ROOT, 'tests/fixtures/pages'));
      browser = await launch(name, { extensionDir: join(ROOT, name === 'chromium' ? 'dist/chrome' : 'dist/firefox'), headless: process.env.NEWSLENS_HEADED !== '1', locale: 'de' });
    }, 120_000);

    afterAll(async () => {
      for (const tab of tabs) await tab.close().catch(() => undefined);
      await browser?.close();
      await server?.close();
    }, 120_000);

    const started = (): { browser: ExtensionBrowser; server: StaticServer } => startedOrThrow(browser, server);

    async function popupOf(url: string): Promise<Tab> {
      const page = await started().browser.openPage(url);
      const popup = await started().browser.openPopup(page);
      tabs.push(page, popup);
      return popup;
    }

    it(
      'runs in German: the browser says so, and the popup follows',
      async () => {
        const popup = await popupOf(new URL('de-news-article.html', started().server.url).href);
        expect(await popup.evaluate(() => (globalThis as unknown as { browser?: I18n; chrome?: I18n }).browser?.i18n.getUILanguage() ?? (globalThis as unknown as { chrome: I18n }).chrome.i18n.getUILanguage())).toMatch(/^de/);
        const shown = await waitForView(popup, 'done');
        expect(shown.fields.verdict).toBe(inGerman('verdictArticle'));
        expect(shown.fields.verdict).not.toBe(english.verdictArticle!.message);
        expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^de/);
      },
      TEST_TIMEOUT,
    );

    it(
      'gives the evidence for an article in German',
      async () => {
        const popup = await popupOf(new URL('de-news-article.html', started().server.url).href);
        const shown = await waitForView(popup, 'done');
        expect(shown.reasons).toContain(inGerman('evidenceSchemaType', 'NewsArticle'));
        expect(shown.reasons).toContain(inGerman('evidenceReaderable'));
        expect(shown.reasons).toContain(inGerman('evidenceOneHeadline'));
        // None of them is left in English.
        expect(shown.reasons.filter((reason) => /paragraphs of prose|publication date|an author|the address/.test(reason))).toEqual([]);
      },
      TEST_TIMEOUT,
    );

    it(
      'gives the evidence against a home page in German',
      async () => {
        const popup = await popupOf(new URL('de-home-page.html', started().server.url).href);
        const shown = await waitForView(popup, 'not-article');
        expect(shown.reasons.length).toBeGreaterThan(0);
        expect(shown.reasons).toContain(inGerman('evidenceOgType', 'website'));
        expect(shown.reasons.some((reason) => germanWithNumber('evidenceTeaserCards').test(reason))).toBe(true);
        expect(shown.reasons.filter((reason) => /linked headlines|teaser cards|section headings/.test(reason))).toEqual([]);
      },
      TEST_TIMEOUT,
    );

    it(
      'says in German why it cannot read a tab it was not granted',
      async () => {
        // A page no content script runs in (a data: address): the popup cannot ask it anything.
        const popup = await popupOf('data:text/html,<p>Kein Artikel</p>');
        const shown = await waitForView(popup, 'restricted');
        expect(shown.text).toContain(inGerman('restrictedTitle'));
        // Without the tabs permission the popup does not see the address of a tab the reader has not
        // granted it (activeTab): it says what would let it read, in German.
        expect(shown.text).toContain(inGerman('restrictedNotGranted'));
        expect(shown.text).not.toContain(english.restrictedNotGranted!.message);
      },
      TEST_TIMEOUT,
    );
  });
}
