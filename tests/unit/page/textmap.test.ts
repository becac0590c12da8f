// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { collectBlocks } from '../../../src/page/blocks';
import { boundsForSpan, domPoint, memoLiveLength, rangeForSpan } from '../../../src/page/textmap';
import { MAX_ARTICLE_CHARS } from '../../../src/page/budget';

function container(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

describe('collectBlocks', () => {
  it('makes one block per paragraph, heading, list item and block quote, in order', () => {
    const root = container(`
      <h2>Zwischentitel</h2>
      <p>Erster   Absatz
         mit <b>fettem</b> Wort.</p>
      <ul><li>Punkt eins</li><li>Punkt <i>zwei</i></li></ul>
      <blockquote><p>Ein Zitat.</p></blockquote>
      <pre>code  stays</pre>`);
    const blocks = collectBlocks(root);
    expect(blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Zwischentitel'],
      ['paragraph', 'Erster Absatz mit fettem Wort.'],
      ['list-item', 'Punkt eins'],
      ['list-item', 'Punkt zwei'],
      ['quote', 'Ein Zitat.'],
      ['preformatted', 'code stays'],
    ]);
  });

  it('keeps a long caption (a photo story’s text) as its own block', () => {
    const caption = 'Die Baustelle im Dresdner Norden am Donnerstagmorgen: Seit Monaten ruhen hier die Arbeiten, die Bagger sind abgezogen.';
    const root = container(`<p>Text.</p><figure><img alt=""><figcaption>${caption}</figcaption></figure>`);
    expect(collectBlocks(root).map((block) => block.text)).toEqual(['Text.', caption]);
  });

  it('leaves out scripts, short captions, hidden and aria-hidden content, and controls', () => {
    const root = container(`
      <p>Sichtbar.<script>var x = 1;</script></p>
      <figure><img alt="x"><figcaption>Foto: Agentur</figcaption></figure>
      <p hidden>Versteckt.</p>
      <p aria-hidden="true">Auch versteckt.</p>
      <p style="display: none">Nicht angezeigt.</p>
      <p>Text <button>Teilen</button> weiter.</p>`);
    expect(collectBlocks(root).map((block) => block.text)).toEqual(['Sichtbar.', 'Text weiter.']);
  });

  it('never reads an editor: contenteditable regions (not their contenteditable="false" islands), design mode, form fields', () => {
    const root = container(`
      <p>Erster Absatz.</p>
      <div contenteditable="true"><p>„Entwurf im Editor“, sagte Edith.</p><p contenteditable="false">Feste Insel.</p></div>
      <div contenteditable="plaintext-only">„Reiner Text“, sagte Edith.</div>
      <p>Text <span contenteditable>„getippt“</span> weiter.</p>
      <p contenteditable="FALSE">Nicht editierbar.</p>
      <textarea>„Leserbrief“, sagte Fiona.</textarea><input value="„Betreff“">
      <p>Letzter Absatz.</p>`);
    expect(collectBlocks(root).map((block) => block.text)).toEqual(['Erster Absatz.', 'Feste Insel.', 'Text weiter.', 'Nicht editierbar.', 'Letzter Absatz.']);
    // In design mode the whole document is an editor, but for its contenteditable="false" islands.
    document.designMode = 'on';
    try {
      expect(collectBlocks(root).map((block) => block.text)).toEqual(['Feste Insel.', 'Nicht editierbar.']);
    } finally {
      document.designMode = 'off';
    }
  });

  it('reads a line break as a space', () => {
    const root = container('<p>Zeile eins<br>Zeile zwei</p>');
    expect(collectBlocks(root).map((block) => block.text)).toEqual(['Zeile eins Zeile zwei']);
  });

  it('survives a very deep tree without recursion', () => {
    const root = container('');
    let parent: HTMLElement = root;
    for (let i = 0; i < 2_000; i++) {
      const child = document.createElement('span');
      parent.appendChild(child);
      parent = child;
    }
    parent.textContent = 'Ganz tief.';
    expect(collectBlocks(root).map((block) => block.text)).toEqual(['Ganz tief.']);
  });

  it('stops at its character budget', () => {
    const root = container(Array.from({ length: 100 }, (_, i) => `<p>Absatz Nummer ${i} mit etwas Text.</p>`).join(''));
    const blocks = collectBlocks(root, { maxChars: 200 });
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.length).toBeLessThan(20);
  });
});

describe('collectBlocks on enormous text', () => {
  it('keeps its character budget inside one huge text node, and the text it keeps still maps to the page', () => {
    const sentence = 'Ein Satz von genau vierzig Zeichen Text. ';
    const root = container(`<p>${sentence.repeat(1000)}</p><p>Danach.</p>`);
    const [block, ...rest] = collectBlocks(root, { maxChars: 1000 });
    expect(rest).toEqual([]);
    expect(block!.text.length).toBeLessThanOrEqual(1000);
    expect(block!.text.length).toBeGreaterThan(990);
    expect(rangeForSpan(block!, 0, block!.text.length)!.toString()).toBe(block!.text);
  });

  it('reads at most MAX_ARTICLE_CHARS by default (a 5 MB paragraph is not read whole)', () => {
    const root = container('<p></p>');
    root.firstElementChild!.textContent = 'Wort '.repeat(Math.ceil((2 * MAX_ARTICLE_CHARS) / 5));
    const blocks = collectBlocks(root);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(blocks[0]!.text.length).toBeGreaterThan(MAX_ARTICLE_CHARS - 10);
  });
});

describe('collectBlocks white space', () => {
  it.each([
    ['single spaces stay', '<p>Ein Satz mit Wörtern.</p>', 'Ein Satz mit Wörtern.'],
    ['runs collapse', '<p>Ein  Satz\n\tmit   Lücken.</p>', 'Ein Satz mit Lücken.'],
    ['a no-break space reads as a space', '<p>Ein\u00A0Satz.</p>', 'Ein Satz.'],
    ['zero-width characters read as a space', '<p>Ein\u200BSatz\uFEFF.</p>', 'Ein Satz .'],
    ['spaces at a node’s ends join the next node’s', '<p>Ein <b> Satz </b> mit.</p>', 'Ein Satz mit.'],
    ['no space opens a block', '<p> \n Ein Satz.</p>', 'Ein Satz.'],
  ])('%s', (_name, html, text) => {
    const [block] = collectBlocks(container(html));
    expect(block!.text).toBe(text);
    // Every character still maps to its own character in the page, a space to white space.
    for (let i = 0; i < block!.text.length; i++) {
      const found = rangeForSpan(block!, i, i + 1)!.toString();
      if (block!.text[i] === ' ') expect(found).toMatch(/^[\s\u200B\uFEFF]$/);
      else expect(found).toBe(block!.text[i]);
    }
  });

  it('does not end a block cut by its budget with the space before the cut', () => {
    // The budget falls right after the space following "Ein".
    const [block] = collectBlocks(container('<p>Ein Satz.</p>'), { maxChars: 4 });
    expect(block!.text).toBe('Ein');
    expect(block!.runs.at(-1)).toMatchObject({ start: 0, length: 3 });
  });
});

describe('rangeForSpan', () => {
  it('maps spans of collapsed text back to the live text nodes', () => {
    const root = container('<p>Musk  sagte, er sei <em>‚offen   für Ideen‘</em>.\n</p>');
    const [block] = collectBlocks(root);
    expect(block!.text).toBe('Musk sagte, er sei ‚offen für Ideen‘.');
    const phrase = 'offen für Ideen';
    const start = block!.text.indexOf(phrase);
    const range = rangeForSpan(block!, start, start + phrase.length);
    expect(range).not.toBeNull();
    // The range covers the page's own characters, including the white space collapsing removed.
    expect(range!.toString()).toBe('offen   für Ideen');
    expect(range!.startContainer.parentElement!.tagName).toBe('EM');
  });

  it('spans several text nodes', () => {
    const root = container('<p>Der <a href="#">CEO von Twitter</a>, Elon Musk, hat gedroht.</p>');
    const [block] = collectBlocks(root);
    const start = block!.text.indexOf('Twitter');
    const end = block!.text.indexOf('Musk') + 'Musk'.length;
    expect(rangeForSpan(block!, start, end)!.toString()).toBe('Twitter</a>, Elon Musk'.replace('</a>', ''));
  });

  it('maps every single character to itself', () => {
    const root = container('<p> Ein\u00A0Satz  mit <b>vielen</b>\n\tLücken. </p>');
    const [block] = collectBlocks(root);
    for (let i = 0; i < block!.text.length; i++) {
      const range = rangeForSpan(block!, i, i + 1)!;
      const ch = block!.text[i]!;
      if (ch === ' ') expect(range.toString()).toMatch(/^\s$/);
      else expect(range.toString()).toBe(ch);
    }
  });

  it('refuses empty, reversed and out-of-bounds spans', () => {
    const root = container('<p>Kurz.</p>');
    const [block] = collectBlocks(root);
    expect(rangeForSpan(block!, 2, 2)).toBeNull();
    expect(rangeForSpan(block!, 3, 1)).toBeNull();
    expect(rangeForSpan(block!, 0, 99)).toBeNull();
    expect(rangeForSpan(block!, -1, 2)).toBeNull();
  });

  it('gives null once the text has left the page', () => {
    const root = container('<p>Gleich weg.</p>');
    const [block] = collectBlocks(root);
    root.remove();
    expect(rangeForSpan(block!, 0, 5)).toBeNull();
  });

  it('gives null for a span past the end of a text node that lost text', () => {
    const root = container('<p>Ein langer Satz.</p>');
    const [block] = collectBlocks(root);
    (root.querySelector('p')!.firstChild as Text).data = 'Ein';
    expect(boundsForSpan(block!, 0, 3)).not.toBeNull();
    expect(boundsForSpan(block!, 4, 10)).toBeNull();
  });

  it('reads each text node from the page once with a memoised length, and answers as the live reading does', () => {
    const root = container('<p>Erster Satz. <b>Zweiter</b> Satz.</p>');
    const [block] = collectBlocks(root);
    const spans: Array<[number, number]> = [[0, 6], [7, 12], [13, 20], [21, 26], [0, block!.text.length]];
    const live = spans.map(([start, end]) => boundsForSpan(block!, start, end));
    const dataReads = vi.spyOn(CharacterData.prototype, 'data', 'get');
    const memo = memoLiveLength();
    const memoised = spans.map(([start, end]) => boundsForSpan(block!, start, end, memo));
    const reads = dataReads.mock.calls.length;
    dataReads.mockRestore();
    expect(memoised).toEqual(live);
    expect(live.every((bounds) => bounds !== null)).toBe(true);
    // Three text nodes (`Erster Satz. `, `Zweiter`, ` Satz.`), each read once for ten boundary points.
    expect(reads).toBe(3);
    root.remove();
    // A memo is made for one drawing: a fresh one sees that the nodes have left the page.
    expect(boundsForSpan(block!, 0, 6, memoLiveLength())).toBeNull();
  });

  it('places end points after the last character', () => {
    const root = container('<p>Abc</p>');
    const [block] = collectBlocks(root);
    expect(domPoint(block!, 3, true)).toMatchObject({ offset: 3 });
    expect(domPoint(block!, 0, true)).toBeNull();
  });
});
