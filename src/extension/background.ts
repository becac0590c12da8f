// The background: keeps the toolbar badge in step with what each tab's content script found, and hands
// a content script the language pack of its article when it asks. It holds no page data of its own.
import browser from 'webextension-polyfill';
import type { PackLoadResult, TabState } from './messages';
import { isLoadPackRequest, isRequest } from './messages';
import { PACKS } from './packs';

const BADGE_COLOUR = '#1b6b80';

async function showBadge(tabId: number, state: TabState): Promise<void> {
  const onArticle = state.phase === 'done' && state.report.isArticle;
  const claims = state.phase === 'done' ? state.report.claims.filter((claim) => claim.status !== 'supported').length : 0;
  // Article pages get a mark (or, once there are flagged claims, their number); other pages nothing.
  const text = onArticle ? (claims > 0 ? String(claims) : '✓') : '';
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

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isRequest(message)) return undefined;
  if (message.type === 'newslens:load-pack') return loadPack(message, sender);
  if (message.type !== 'newslens:state-changed') return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  showBadge(tabId, message.state).catch(() => {
    // The tab may have closed meanwhile.
  });
  return undefined;
});
