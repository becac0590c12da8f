// The light tree (src/page/text-tree.ts) that Readability's container is rebuilt as on the page: it must
// read as the DOM reads for everything the block walk asks, and a list that makes no tree makes none.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { LightElement, LightText, textsUnder } from '../../../src/page/text-tree';
import { collectBlocks } from '../../../src/page/blocks';
import { readingFromSerialized, type SerializedNode } from '../../../src/page/serialized-reading';
import type { ReadableClone } from '../../../src/page/clone-map';

describe('LightElement', () => {
  it('reads tag names in upper case and attribute names in any case, the first of a repeated one winning', () => {
    const element = new LightElement('p', ['Hidden', '', 'aria-hidden', 'true', 'hidden', 'second']);
    expect(element.tagName).toBe('P');
    expect(element.hasAttribute('HIDDEN')).toBe(true);
    expect(element.getAttribute('hidden')).toBe('');
    expect(element.getAttribute('aria-hidden')).toBe('true');
    expect(element.getAttribute('style')).toBeNull();
    expect(element.hasAttribute('style')).toBe(false);
  });

  it('links children as the DOM does and gives the text under it in order', () => {
    const root = new LightElement('div');
    const first = root.appendChild(new LightElement('p'));
    first.appendChild(new LightText('Eins, '));
    const em = first.appendChild(new LightElement('em'));
    em.appendChild(new LightText('zwei'));
    root.appendChild(new LightText(' drei'));
    expect(root.firstChild).toBe(first);
    expect(first.nextSibling?.nodeType).toBe(3);
    expect(em.parentElement).toBe(first);
    expect(root.textContent).toBe('Eins, zwei drei');
    expect(textsUnder(root).map((text) => text.data)).toEqual(['Eins, ', 'zwei', ' drei']);
    expect(textsUnder(em).map((text) => text.data)).toEqual(['zwei']);
  });

  it('walks a tree far deeper than the call stack allows', () => {
    const root = new LightElement('div');
    let at = root;
    for (let depth = 0; depth < 100_000; depth++) at = at.appendChild(new LightElement('span'));
    at.appendChild(new LightText('tief'));
    expect(textsUnder(root).map((text) => text.data)).toEqual(['tief']);
  });

  it('gives the same blocks as the same markup in a DOM', () => {
    const markup = '<div><h2>Titel</h2><p>Ein <b>fetter</b> Satz.</p><p hidden>Versteckt.</p><ul><li>Eins</li><li>Zwei</li></ul><blockquote><p>Zitat.</p></blockquote><figure><figcaption>Foto: dpa</figcaption></figure></div>';
    const dom = new JSDOM(markup).window.document.body.firstElementChild as Element;
    const pairs = new Map<LightText, Text>();
    const light = lightCopy(dom, pairs);
    const fromLight = collectBlocks(light, { toLive: (node) => pairs.get(node as LightText) });
    const fromDom = collectBlocks(dom);
    expect(fromLight).toEqual(fromDom);
    expect(fromLight.map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Titel'],
      ['paragraph', 'Ein fetter Satz.'],
      ['list-item', 'Eins'],
      ['list-item', 'Zwei'],
      ['quote', 'Zitat.'],
    ]);
  });
});

/** A light copy of a DOM element, as the serialized reading rebuilds one, each light text paired with its DOM text. */
function lightCopy(element: Element, pairs: Map<LightText, Text>): LightElement {
  const copy = new LightElement(element.tagName, Array.from(element.attributes).flatMap((attribute) => [attribute.name, attribute.value]));
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) copy.appendChild(lightCopy(child as Element, pairs));
    else if (child.nodeType === 3) pairs.set(copy.appendChild(new LightText((child as Text).data)), child as Text);
  }
  return copy;
}

describe('a container rebuilt from the list that came back', () => {
  const noClone: ReadableClone = { clone: null as unknown as Document, toLive: () => undefined, liveText: () => undefined };
  const reading = (content: SerializedNode[]) =>
    readingFromSerialized({ title: null, byline: null, publishedTime: null, siteName: null, lang: null, content, texts: content.filter((node) => node.length === 2).map(() => null), furniture: [] }, noClone);

  it('is a tree of the listed nodes', () => {
    const content = reading([[-1, 'DIV', []], [0, 'P', ['class', 'lead']], [1, 'Text'], [0, 'Mehr']]).content;
    expect(content?.tagName).toBe('DIV');
    expect(content?.firstChild && (content.firstChild as LightElement).getAttribute('class')).toBe('lead');
    expect(content?.textContent).toBe('TextMehr');
  });

  it('is none when a node hangs from a text, or a second node claims to be the root', () => {
    expect(reading([[-1, 'DIV', []], [0, 'Text'], [1, 'P', []]]).content).toBeNull();
    expect(reading([[-1, 'DIV', []], [-1, 'DIV', []]]).content).toBeNull();
    expect(reading([[-1, 'Text']]).content).toBeNull();
  });
});
