// Readability's reading away from the page (src/page/serialized-reading.ts): the copy's HTML goes out,
// the kept container comes back as HTML with the names of its text nodes, and the extraction that
// follows is the one made on the page itself: the same blocks, mapped to the same live text nodes.
import { afterAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { pages } from '../../fixtures/pages/expected';
import { detectPage } from '../../../src/page/read-page';
import { extractionSteps, runThrough, type Extraction } from '../../../src/page/extract';
import { cloneForReading } from '../../../src/page/clone-map';
import { readingScope } from '../../../src/page/reading-scope';
import { readSerialized, readingFromSerialized, serializeForReading, type SerializedReading } from '../../../src/page/serialized-reading';
import { loadHtml, type LoadedPage } from '../../../src/cli/load-dom';
import { readWithReadability } from '../../../src/page/readability-reading';
import { loadFixture } from './fixture-pages';

const parser = new new JSDOM('').window.DOMParser() as unknown as DOMParser;
const opened: LoadedPage[] = [];
afterAll(() => opened.forEach((page) => page.close()));

function open(page: LoadedPage): Document {
  opened.push(page);
  return page.document;
}

/** The extraction with Readability's reading made away from the page (through JSON, as messaging does); `tamper` changes what comes back. */
function extractAway(doc: Document, tamper: (reading: SerializedReading) => SerializedReading = (reading) => reading): Extraction {
  // As the content script asks: the copy is made for reading away, its text not paired with the page's.
  const steps = extractionSteps(doc, detectPage(doc).metadata, { readAway: true });
  let answer;
  for (;;) {
    const next = steps.next(answer);
    if (next.done) return next.value;
    const sent = serializeForReading(next.value.copy.clone);
    const back = readSerialized(sent, next.value.maxElements, parser);
    answer = back ? readingFromSerialized(tamper(JSON.parse(JSON.stringify(back)) as SerializedReading), next.value.copy) : null;
  }
}

function extractHere(doc: Document): Extraction {
  return runThrough(extractionSteps(doc, detectPage(doc).metadata));
}

/** Meant to read away, but read here after all (no answer from the background): from the step's paired copy. */
function extractAwayThenHere(doc: Document): Extraction {
  const steps = extractionSteps(doc, detectPage(doc).metadata, { readAway: true });
  let answer;
  for (;;) {
    const next = steps.next(answer);
    if (next.done) return next.value;
    serializeForReading(next.value.copy.clone);
    const paired = next.value.pairedCopy();
    const reading = readWithReadability(paired.clone, next.value.maxElements);
    answer = reading && { ...reading, toLive: paired.toLive };
  }
}

/** An extraction as comparable data: metadata, and per block its text and the live nodes and offsets it maps to. */
function shape(extraction: Extraction, doc: Document) {
  const nodes = Array.from((function* () {
    const walker = doc.createTreeWalker(doc.body, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) yield node;
  })());
  return {
    title: extraction.title,
    byline: extraction.byline,
    published: extraction.published,
    method: extraction.method,
    blocks: extraction.blocks.map((block) => ({ kind: block.kind, text: block.text, runs: block.runs.map((run) => [run.start, run.length, nodes.indexOf(run.node), run.nodeOffset]) })),
  };
}

const articles = pages.filter((page) => page.isArticle);

describe.each(articles.map((page) => [page.file] as const))('Readability away from the page on %s', (file) => {
  it('gives the extraction made on the page: same metadata, same blocks, mapped to the same live text nodes', () => {
    const here = open(loadFixture(file));
    const away = open(loadFixture(file));
    const expected = shape(extractHere(here), here);
    expect(expected.blocks.length).toBeGreaterThan(3);
    expect(shape(extractAway(away), away)).toEqual(expected);
  });

  it('gives the same when the reading away fails and the page is read here from a paired copy', () => {
    const here = open(loadFixture(file));
    const fallback = open(loadFixture(file));
    expect(shape(extractAwayThenHere(fallback), fallback)).toEqual(shape(extractHere(here), here));
  });
});

describe('serialized reading', () => {
  it('keeps side-by-side text nodes apart (frameworks make them), so each is found again in the page', () => {
    const html = `<html><head><title>T</title></head><body><nav><a href="/">Home</a></nav><article><h1>Der Titel</h1>${'<p>Ein Absatz mit genug Text, damit Readability ihn als Artikel liest, und noch etwas mehr Text dazu.</p>'.repeat(6)}<p id="split"></p></article></body></html>`;
    const here = open(loadHtml(html, '/tmp/split.html'));
    const away = open(loadHtml(html, '/tmp/split.html'));
    for (const doc of [here, away]) {
      const split = doc.getElementById('split') as HTMLElement;
      for (const part of ['„Wir bleiben“, ', 'sagte sie, ', 'und das ist die ganze Geschichte dieses langen Absatzes.']) split.append(doc.createTextNode(part));
    }
    const expected = shape(extractHere(here), here);
    expect(expected.blocks.at(-1)?.runs).toHaveLength(3);
    expect(shape(extractAway(away), away)).toEqual(expected);
  });

  it('sends no script and no style sheet, but the JSON-LD that carries the metadata', () => {
    const doc = open(loadHtml('<html><head><style>p{}</style><script>var a = 1;</script><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><p>Text</p><script>track()</script></body></html>', '/tmp/s.html'));
    const sent = serializeForReading(cloneForReading(doc).clone);
    expect(sent).not.toMatch(/<style|var a|track\(\)/);
    expect(sent).toContain('application/ld+json');
    expect(sent.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('brings back a container that is not valid HTML (a <div> of table rows, as Readability makes of tables) as it is', () => {
    const rows = Array.from({ length: 8 }, (_, i) => `<tr><td>Wahlkreis ${i}</td><td>Abgeordnete Nummer ${i} mit einem längeren Namen</td></tr>`).join('');
    const html = `<html><head><title>T</title></head><body><article><h1>Die Liste</h1>${'<p>Ein Absatz mit genug Text, damit Readability ihn als Artikel liest, und noch etwas mehr Text dazu.</p>'.repeat(4)}<table><tbody>${rows}</tbody></table></article></body></html>`;
    const here = open(loadHtml(html, '/tmp/table.html'));
    const away = open(loadHtml(html, '/tmp/table.html'));
    const expected = shape(extractHere(here), here);
    expect(expected.blocks.some((block) => block.text === 'Wahlkreis 7')).toBe(true);
    expect(shape(extractAway(away), away)).toEqual(expected);
  });

  it('keeps an article that sits in a table cell (old layouts): the cell keeps its tag through the HTML sent away', () => {
    // Loose text and links in a <td>, as on sites laid out with tables: the reading scope is the cell.
    const story = Array.from({ length: 6 }, (_, i) => `Der Anwalt erzählt von seinem Schreiber, Absatz ${i}, <a href="javascript:void(0)">mit einer Notiz</a> und noch viel mehr Text, damit es ein langer Absatz wird.<br><br>`).join('');
    const paragraphs = `<p>${'Ein weiterer Absatz mit genug Text, damit Readability ihn als Artikel liest, und noch etwas mehr dazu. '.repeat(2)}</p>`.repeat(4);
    const html = `<html><head><title>T</title></head><body><center><table><tbody><tr><td><h2>Bartleby</h2>${story}${paragraphs}</td></tr></tbody></table></center></body></html>`;
    const here = open(loadHtml(html, '/tmp/cell.html'));
    const away = open(loadHtml(html, '/tmp/cell.html'));
    expect(readingScope(here)?.tagName).toBe('TD');
    const copy = cloneForReading(here, here.querySelector('td'));
    // Sent as a <div> that names its tag (a <td> under <body> would not survive parsing), and the copy
    // itself keeps its cell for a reading on the page.
    expect(serializeForReading(copy.clone)).toMatch(/<div[^>]*data-newslens-tag="td"/);
    expect(copy.clone.body.firstElementChild?.tagName).toBe('TD');
    const expected = shape(extractHere(here), here);
    expect(expected.blocks.some((block) => block.text.startsWith('Der Anwalt erzählt von seinem Schreiber, Absatz 0'))).toBe(true);
    expect(shape(extractAway(away), away)).toEqual(expected);
  });

  it('leaves out the furniture inside the container (tags, credits, an ad), judged away from the page as on it', () => {
    const paragraph = '<p>Ein Absatz mit genug Text, damit Readability ihn als Artikel liest, und noch etwas mehr Text dazu, mit Komma, und Punkt.</p>';
    const html = `<html><head><title>T</title></head><body><article><h1>Der Titel</h1>${paragraph.repeat(3)}<ul class="tag-list"><li>Politik</li><li>Berlin</li></ul>${paragraph.repeat(3)}<p class="credit">Foto: Agentur</p><div class="ad-slot"><p>Anzeige: Jetzt das neue Auto fahren und sparen, mit vielen Extras und noch mehr.</p></div>${paragraph.repeat(2)}</article></body></html>`;
    const furniture = ['Politik', 'Berlin', 'Foto: Agentur', 'Anzeige: Jetzt das neue Auto fahren und sparen, mit vielen Extras und noch mehr.'];
    const here = open(loadHtml(html, '/tmp/furniture.html'));
    const away = open(loadHtml(html, '/tmp/furniture.html'));
    const expected = shape(extractHere(here), here);
    expect(expected.blocks).toHaveLength(9);
    expect(expected.blocks.filter((block) => furniture.includes(block.text))).toEqual([]);
    // Readability keeps all four in its container: the reading that comes back names them as furniture.
    let sent: SerializedReading | undefined;
    expect(
      shape(
        extractAway(away, (reading) => {
          sent = reading;
          return reading;
        }),
        away,
      ),
    ).toEqual(expected);
    const texts = (sent?.content ?? []).filter((node) => node.length === 2).map((node) => node[1]);
    expect(sent?.furniture.map((i) => texts[i])).toEqual(furniture);
    // The page takes that judgement as it comes: told of no furniture, it keeps the tags and the ad (the
    // credit alone still goes, as boilerplate text).
    const trusting = open(loadHtml(html, '/tmp/furniture.html'));
    const kept = shape(extractAway(trusting, (reading) => ({ ...reading, furniture: [] })), trusting).blocks.map((block) => block.text);
    expect(furniture.filter((text) => kept.includes(text))).toEqual(furniture.filter((text) => text !== 'Foto: Agentur'));
  });

  it('finds the text by searching the copy when the names do not fit what came back', () => {
    const file = articles[0]!.file;
    const here = open(loadFixture(file));
    const away = open(loadFixture(file));
    const expected = shape(extractHere(here), here);
    expect(shape(extractAway(away, (reading) => ({ ...reading, texts: reading.texts.slice(1) })), away)).toEqual(expected);
  });
});
