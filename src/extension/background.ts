// The background: keeps the toolbar badge in step with what each tab's content script found. It holds
// no page data of its own.
import browser from 'webextension-polyfill';
import type { TabState } from './messages';
import { isRequest } from './messages';

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

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isRequest(message) || message.type !== 'newslens:state-changed') return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  showBadge(tabId, message.state).catch(() => {
    // The tab may have closed meanwhile.
  });
  return undefined;
});
