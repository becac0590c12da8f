// Chrome's offscreen document: a page of the extension with a DOM, which the background (a service
// worker, without one) asks to parse a copy of a page's HTML and read it with Readability
// (src/page/serialized-reading.ts). It runs nothing else and keeps nothing.
import browser from 'webextension-polyfill';
import { readSerialized } from '../page/serialized-reading';
import { OFFSCREEN_READ, isOffscreenReadRequest, type ReadResult } from './reading-service';
import { errorMessage } from './messages';

const parser = new DOMParser();

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Only the background of this extension asks (it has no tab); anything else is not for this page.
  if (sender.id !== browser.runtime.id || sender.tab !== undefined || (message as { type?: unknown })?.type !== OFFSCREEN_READ) return undefined;
  if (!isOffscreenReadRequest(message)) return Promise.resolve({ ok: false, error: 'not a valid reading request' } satisfies ReadResult);
  try {
    return Promise.resolve({ ok: true, reading: readSerialized(message.html, message.maxElements, parser) } satisfies ReadResult);
  } catch (error) {
    return Promise.resolve({ ok: false, error: errorMessage(error) } satisfies ReadResult);
  }
});
