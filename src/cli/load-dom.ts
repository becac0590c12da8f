// A DOM for saved pages in Node: jsdom, with scripts, sub-resources and CSS error chatter off, so the
// page code in src/page runs on it exactly as on a live page.
import { JSDOM, VirtualConsole } from 'jsdom';
import { pathToFileURL } from 'node:url';

export interface LoadedPage {
  document: Document;
  close(): void;
}

export function loadHtml(html: string, filePath: string): LoadedPage {
  const dom = new JSDOM(html, {
    url: pathToFileURL(filePath).href,
    contentType: 'text/html',
    virtualConsole: new VirtualConsole(),
  });
  return { document: dom.window.document as unknown as Document, close: () => dom.window.close() };
}
