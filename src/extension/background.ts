// The background: keeps the toolbar badge in step with what each tab's content script found, and hands
// a content script the language pack of its article when it asks. It holds no page data of its own.
import browser from 'webextension-polyfill';
import type { PackLoadResult, Request, TabState } from './messages';
import { isLoadPackRequest, isRequest, isStateChangedRequest } from './messages';
import { PACKS } from './packs';

const BADGE_COLOUR = '#1b6b80';

/** What the badge says for a tab: the number of flagged (unsupported or attributed) claims on an article, nothing elsewhere. */
export function badgeText(state: TabState): string {
  if (state.phase !== 'done' || !state.report.isArticle) return '';
  return String(state.report.claims.filter((claim) => claim.status !== 'supported').length);
}

async function showBadge(tabId: number, state: TabState): Promise<void> {
  const onArticle = state.phase === 'done' && state.report.isArticle;
  const text = badgeText(state);
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
  const title = onArticle ? `Newslens: article — ${state.report.title ?? ''}`.trim() : 'Newslens';
  await browser.action.setTitle({ tabId, title });
}

/** Whether `sender` is a content script of this extension, in a tab (not another extension, not an extension page). */
export function isOwnContentScript(sender: browser.Runtime.MessageSender): boolean {
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || typeof tabId !== 'number' || tabId < 0) return false;
  // Content scripts run on http(s) pages only (manifest.json); an extension page open in a tab is not one.
  const url = sender.url ?? sender.tab?.url;
  return url === undefined || /^https?:/i.test(url);
}

/**
 * Answers a content script's request for a language pack with the pack itself, as plain data. The
 * language must be one of the fixed list; the pack comes from the fixed table, nothing else from the message.
 */
export function loadPack(message: unknown, sender: browser.Runtime.MessageSender): Promise<PackLoadResult> {
  if (!isLoadPackRequest(message)) return Promise.resolve({ ok: false, error: 'not a valid pack request' });
  if (!isOwnContentScript(sender)) return Promise.resolve({ ok: false, error: 'not sent by a content script of this extension' });
  return Promise.resolve({ ok: true, pack: PACKS[message.lang] });
}

/** The keyboard commands of manifest.json: step through the highlights of the active tab. */
const STEP_COMMANDS: Readonly<Record<string, 1 | -1>> = { 'next-highlight': 1, 'previous-highlight': -1 };

browser.commands?.onCommand.addListener((command: string) => {
  const direction = STEP_COMMANDS[command];
  if (!direction) return;
  void browser.tabs
    .query({ active: true, currentWindow: true })
    .then(([tab]) => (tab?.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, { type: 'newslens:step', direction } satisfies Request)))
    .catch(() => undefined); // no content script in that tab (a browser page): nothing to step through
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isRequest(message)) return undefined;
  if (message.type === 'newslens:load-pack') return loadPack(message, sender);
  if (message.type !== 'newslens:state-changed') return undefined;
  // Only a content script of ours reports its own tab's state, and only in the expected shape: the badge
  // and the button's title show what it says.
  const tabId = sender.tab?.id;
  if (!isStateChangedRequest(message) || !isOwnContentScript(sender) || tabId === undefined) return undefined;
  showBadge(tabId, message.state).catch(() => {
    // The tab may have closed meanwhile.
  });
  return undefined;
});
