// The popup's line to one tab's content script: finds the tab, asks for its state, injects the content
// script on demand into tabs that were open before the extension was installed, and asks for analysis.
import browser from 'webextension-polyfill';
import contentScriptFile from './content.ts?script&iife';
import type { ItemRef, Request, RevealResult, TabState } from './messages';
import { restrictionOf, type Notice } from './restricted';
import { HIGHLIGHTS_CSS_FILE } from './build-files';

export type TabView =
  | { kind: 'restricted'; reason: Notice; url: string | undefined }
  | { kind: 'state'; tabId: number; state: TabState }
  | { kind: 'error'; message: Notice };

/** The tab the popup is about: `?tabId=N` when the popup page is opened in a tab of its own, else the active tab. */
export async function targetTab(search = location.search): Promise<browser.Tabs.Tab | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return browser.tabs.get(fromQuery);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

async function ask(tabId: number, request: Request): Promise<TabState> {
  return (await browser.tabs.sendMessage(tabId, request)) as TabState;
}

/** Asks the tab for its state, injecting the content script first if nobody answers. */
export async function tabState(tab: Pick<browser.Tabs.Tab, 'id' | 'url'>): Promise<TabView> {
  const restriction = restrictionOf(tab.url);
  if (restriction && tab.url !== undefined) return { kind: 'restricted', reason: restriction, url: tab.url };
  const tabId = tab.id;
  if (tabId === undefined) return { kind: 'error', message: { key: 'tabUnreachable' } };
  try {
    return { kind: 'state', tabId, state: await ask(tabId, { type: 'newslens:get-state' }) };
  } catch {
    // No content script: the page was open before Newslens was installed or enabled.
  }
  try {
    // The style sheet the manifest gives every page along with the content script: the highlights' colours.
    await browser.scripting.insertCSS({ target: { tabId }, files: [HIGHLIGHTS_CSS_FILE] });
    await browser.scripting.executeScript({ target: { tabId }, files: [contentScriptFile] });
  } catch (error) {
    const reason = restrictionOf(tab.url) ?? { key: 'restrictedRefused', substitutions: [(error as Error).message] };
    return { kind: 'restricted', reason, url: tab.url };
  }
  try {
    return { kind: 'state', tabId, state: await ask(tabId, { type: 'newslens:get-state' }) };
  } catch (error) {
    return { kind: 'error', message: { key: 'startFailed', substitutions: [(error as Error).message] } };
  }
}

export function analyseAnyway(tabId: number): Promise<TabState> {
  return ask(tabId, { type: 'newslens:analyse-anyway' });
}

/** Reads and annotates the tab now: for annotation on request, or a site the reader switched off. */
export function annotateNow(tabId: number): Promise<TabState> {
  return ask(tabId, { type: 'newslens:annotate' });
}

/** Scrolls the tab to one item of its report and flashes it. */
export async function reveal(tabId: number, item: ItemRef): Promise<RevealResult> {
  const answer = (await browser.tabs.sendMessage(tabId, { type: 'newslens:reveal', item } satisfies Request)) as RevealResult | undefined;
  return { ok: answer?.ok === true };
}
