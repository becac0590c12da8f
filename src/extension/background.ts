// The background: reads the copies of pages the content scripts send it with Readability and analyses
// the articles (both off the pages' main threads, the analysis with every language's pack at hand),
// keeps the toolbar badge in step with what each tab's content script found, and routes the keyboard
// commands. It keeps no page data: each page is read, each article analysed, and both forgotten.
import browser from 'webextension-polyfill';
import { analyzeArticle } from '../core/analyze';
import type { AnalyseResult, ButtonState, Request } from './messages';
import { errorMessage, isAnalyseRequest, isReadRequest, isRequest, isStateChangedRequest } from './messages';
import { readAwayFromPage, type ReadResult } from './reading-service';
// Registers the packs of every language the analysis knows.
import '../core/languages';

const BADGE_COLOUR = '#1b6b80';

/** What the badge says for a tab: the number of flagged (unsupported or attributed) claims on an article, nothing elsewhere. */
export function badgeText(state: ButtonState): string {
  return state.article ? String(state.article.flagged) : '';
}

async function showBadge(tabId: number, state: ButtonState): Promise<void> {
  const text = badgeText(state);
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
  const title = state.article ? `Newslens: article — ${state.article.title ?? ''}`.trim() : 'Newslens';
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
 * Analyses the article a content script sent: the request must be well-formed (bounded, blocks of known
 * kinds) and come from a content script of this extension. Never rejects: a failure is an answer too.
 */
export function analyse(message: unknown, sender: browser.Runtime.MessageSender): Promise<AnalyseResult> {
  if (!isAnalyseRequest(message)) return Promise.resolve({ ok: false, error: 'not a valid analysis request' });
  if (!isOwnContentScript(sender)) return Promise.resolve({ ok: false, error: 'not sent by a content script of this extension' });
  try {
    const started = performance.now();
    const report = analyzeArticle(message.input, { verdict: message.verdict });
    return Promise.resolve({ ok: true, report, millis: performance.now() - started });
  } catch (error) {
    return Promise.resolve({ ok: false, error: errorMessage(error) });
  }
}

/** Readability's reading of a content script's copy of its page, off the page's main thread (see reading-service.ts). */
export function read(message: unknown, sender: browser.Runtime.MessageSender): Promise<ReadResult> {
  if (!isReadRequest(message)) return Promise.resolve({ ok: false, error: 'not a valid reading request' });
  if (!isOwnContentScript(sender)) return Promise.resolve({ ok: false, error: 'not sent by a content script of this extension' });
  return readAwayFromPage(message);
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
  if (message.type === 'newslens:analyse') return analyse(message, sender);
  if (message.type === 'newslens:read') return read(message, sender);
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
