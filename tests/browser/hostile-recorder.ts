// Watching a hostile fixture page (tests/fixtures/hostile/) from the robustness suite: which changes to
// its DOM the page made itself and which it did not. Several of these pages change their own DOM all the
// time (endless scroll, a single-page app, a framework re-rendering), so a plain MutationObserver cannot
// tell the extension's changes from the page's. The recorder gives the page `__hostileOwn(fn)`: the
// records pending before `fn` runs are taken as "not the page's", the records made while it runs as the
// page's own. JavaScript runs one task at a time, so nothing else (the content script included) can change
// the DOM between the two takeRecords() calls. The recorder keeps its own references to everything it
// uses, because one page breaks Array, Node, JSON and Promise methods after it has started.
import type { Tab } from '../../src/tools/browsers';

/** Runs in the page before its own scripts; records from DOMContentLoaded on (the parser's work is the page's). */
export const HOSTILE_RECORDER = `(() => {
  const MO = MutationObserver;
  const apply = Reflect.apply;
  const observe = MO.prototype.observe;
  const take = MO.prototype.takeRecords;
  const listen = EventTarget.prototype.addEventListener;
  const others = [];
  const own = [];
  let observer = null;
  const describe = (record) => {
    let added = '';
    const nodes = record.addedNodes;
    for (let i = 0; i < nodes.length; i++) added += (i ? ',' : ' +') + nodes[i].nodeName;
    return record.type + ' on ' + record.target.nodeName + added + (record.attributeName ? ' [' + record.attributeName + ']' : '');
  };
  const store = (records, into) => {
    for (let i = 0; i < records.length; i++) into[into.length] = describe(records[i]);
  };
  const drain = (into) => {
    if (observer) store(apply(take, observer, []), into);
  };
  Object.defineProperty(window, '__hostileChanges', { value: { others, own } });
  Object.defineProperty(window, '__hostileOwn', {
    value: (fn) => {
      drain(others);
      try {
        return fn();
      } finally {
        drain(own);
      }
    },
  });
  const start = () => {
    observer = new MO((records) => store(records, others));
    apply(observe, observer, [document, { subtree: true, childList: true, attributes: true, characterData: true }]);
  };
  if (document.readyState === 'loading') apply(listen, document, ['DOMContentLoaded', start, { once: true }]);
  else start();
})();`;

export interface HostileChanges {
  /** Changes the page did not make: the extension's (only its card's host, `childList on HTML +NEWSLENS-CARD`, is allowed). */
  others: string[];
  /** Changes the page made itself, through __hostileOwn. */
  own: string[];
}

export function hostileChanges(page: Tab): Promise<HostileChanges> {
  return page.evaluate(async () => {
    // Let pending observer callbacks run first.
    await new Promise((done) => setTimeout(done, 0));
    const changes = (window as unknown as { __hostileChanges?: HostileChanges }).__hostileChanges;
    return changes ? { others: [...changes.others], own: [...changes.own] } : { others: ['recorder missing'], own: [] };
  });
}

/** The changes the page did not make, without the one the extension may make (its card's host under <html>). */
export function foreignChanges(changes: HostileChanges): string[] {
  return changes.others.filter((line) => line !== 'childList on HTML +NEWSLENS-CARD');
}
