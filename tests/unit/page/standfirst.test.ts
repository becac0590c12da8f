import { afterAll, describe, expect, it } from 'vitest';
import { loadHtml, type LoadedPage } from '../../../src/cli/load-dom';
import { collectBlocks } from '../../../src/page/blocks';
import { withStandfirst } from '../../../src/page/standfirst';
import { extractArticle } from '../../../src/page/extract';
import { readMetadata } from '../../../src/page/metadata';

const opened: LoadedPage[] = [];
afterAll(() => opened.forEach((page) => page.close()));

const TITLE = 'Stadtrat beschließt neuen Radweg am Fluss';
const BODY = '<p>Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau eines neuen Radwegs beschlossen.</p><p>Die Arbeiten sollen im Frühjahr beginnen und rund zwei Jahre dauern.</p>';
const LEAD = 'Nach jahrelangem Streit ist die Entscheidung gefallen: Radfahrer bekommen eine eigene Trasse.';

/** A page whose article header (`header`) stands before the body, in the shape news sites give it. */
function page(header: string, options: { h1?: string; body?: string } = {}): LoadedPage {
  const loaded = loadHtml(
    `<!doctype html><html lang="de"><head><title>${TITLE} | Stadtanzeiger</title></head><body>
      <header class="site"><a href="/">Stadtanzeiger</a></header>
      <main><div class="article-header"><h1>${options.h1 ?? TITLE}</h1>${header}</div>
      <div class="article-body" id="body">${options.body ?? BODY}</div></main></body></html>`,
    '/tmp/standfirst.html',
  );
  opened.push(loaded);
  return loaded;
}

function withLead(loaded: LoadedPage, title: string | null = TITLE) {
  const doc = loaded.document;
  const body = collectBlocks(doc.getElementById('body') as Element);
  return { body, blocks: withStandfirst(doc, body, title) };
}

describe('withStandfirst', () => {
  it.each([
    ['a paragraph named lead', `<p class="lead">${LEAD}</p>`],
    ['a teaser text', `<div class="teaser-text"><p>${LEAD}</p></div>`],
    ['an abstract in BEM style', `<div class="contentHeader__abstract">${LEAD}</div>`],
    ['an excerpt in camel case', `<p class="articleExcerpt">${LEAD}</p>`],
    ['a sub-title set as a heading', `<h2 class="article-subtitle">${LEAD}</h2>`],
    ['itemprop description', `<p itemprop="description">${LEAD}</p>`],
    ['a German Vorspann after a dateline', `<p class="meta">Berlin, 14.03.2024 – Von Anna Beispiel</p><p class="vorspann">${LEAD}</p>`],
  ])('puts %s before the body', (_name, header) => {
    const { body, blocks } = withLead(page(header));
    expect(blocks).toHaveLength(body.length + 1);
    expect(blocks[0]?.text).toBe(LEAD);
    expect(blocks[0]?.kind).toBe('paragraph');
    expect(blocks.slice(1)).toEqual(body);
  });

  it('maps the standfirst to the live text it was read from', () => {
    const loaded = page(`<p class="lead">${LEAD}</p>`);
    const { blocks } = withLead(loaded);
    expect(blocks[0]?.runs[0]?.node).toBe(loaded.document.querySelector('p.lead')?.firstChild);
  });

  it.each([
    ['no element named as a lead', `<p>${LEAD}</p>`],
    ['a lead image caption', `<figcaption class="caption lead-asset__caption">${LEAD}</figcaption>`],
    ['a caption named lead outside a figure', `<div class="lead-image-caption">${LEAD}</div>`],
    ['a lead that is a link to another story', `<a href="/other" class="teaser">${LEAD}</a>`],
    ['a lead made mostly of links', `<p class="intro"><a href="/a">Nach jahrelangem Streit ist die Entscheidung</a> gefallen.</p>`],
    ['a label too short for a lead', `<p class="lead">Exklusiv</p>`],
    ['a lead hidden from readers', `<p class="lead" hidden>${LEAD}</p>`],
    ['a lead hidden by its inline style', `<p class="lead" style="display: none">${LEAD}</p>`],
    ['a lead far below the headline', `<p>${'Ein anderer Text, der mit dem Artikel nichts zu tun hat. '.repeat(12)}</p><p class="lead">${LEAD}</p>`],
  ])('adds nothing for %s', (_name, header) => {
    const { body, blocks } = withLead(page(header));
    expect(blocks).toEqual(body);
  });

  it('adds nothing when the headline is the site name, not the title', () => {
    const { body, blocks } = withLead(page(`<p class="lead">${LEAD}</p>`, { h1: 'Stadtanzeiger Online' }));
    expect(blocks).toEqual(body);
  });

  it('adds nothing when the body already holds the lead', () => {
    const loaded = loadHtml(
      `<!doctype html><html><body><h1>${TITLE}</h1><div id="body"><p class="lead">${LEAD}</p>${BODY}</div></body></html>`,
      '/tmp/inside.html',
    );
    opened.push(loaded);
    const { body, blocks } = withLead(loaded);
    expect(body[0]?.text).toBe(LEAD);
    expect(blocks).toEqual(body);
  });

  it('adds nothing that stands after the body, even when the body sits in an element the walk skips', () => {
    const loaded = loadHtml(
      `<!doctype html><html><body><h1>${TITLE}</h1><figure><div id="body">${BODY}</div></figure><p class="lead">${LEAD}</p></body></html>`,
      '/tmp/after.html',
    );
    opened.push(loaded);
    const { body, blocks } = withLead(loaded);
    expect(blocks).toEqual(body);
  });

  it('adds nothing to a page without a headline or without a body', () => {
    const loaded = loadHtml(`<!doctype html><html><body><p class="lead">${LEAD}</p><div id="body">${BODY}</div></body></html>`, '/tmp/no-h1.html');
    opened.push(loaded);
    const { body, blocks } = withLead(loaded);
    expect(blocks).toEqual(body);
    expect(withStandfirst(loaded.document, [], TITLE)).toEqual([]);
  });

  it('takes the lead when the page names no title', () => {
    const { body, blocks } = withLead(page(`<p class="lead">${LEAD}</p>`), null);
    expect(blocks).toHaveLength(body.length + 1);
  });
});

describe('withStandfirst, a lead the site does not name but describes the page with', () => {
  const withDescription = (header: string, description: string | null) => {
    const loaded = page(header);
    const body = collectBlocks(loaded.document.getElementById('body') as Element);
    return { body, blocks: withStandfirst(loaded.document, body, TITLE, description) };
  };

  it.each([
    ['the whole lead', LEAD],
    ['the lead cut with an ellipsis', `${LEAD.slice(0, 70)}…`],
    ['the lead cut with three dots and other spacing', `${LEAD.slice(0, 70).replace(/ /g, '  ')}...`],
  ])('puts an unnamed paragraph that opens with the description before the body: %s', (_how, description) => {
    const { body, blocks } = withDescription(`<p>${LEAD}</p>`, description);
    expect(blocks.map((block) => block.text)).toEqual([LEAD, ...body.map((block) => block.text)]);
  });

  it('takes the innermost element that holds the lead, not a wrapper with a byline', () => {
    const { body, blocks } = withDescription(`<div class="top"><div><p>${LEAD}</p></div><p>Von Anna Beispiel</p></div>`, LEAD);
    expect(blocks.map((block) => block.text)).toEqual([LEAD, ...body.map((block) => block.text)]);
  });

  it.each([
    ['a description that is not the lead', `<p>${LEAD}</p>`, 'Alles über den neuen Radweg am Fluss und die Entscheidung des Stadtrats.'],
    ['a description too short to tell', `<p>${LEAD}</p>`, 'Radweg'],
    ['no description', `<p>${LEAD}</p>`, null],
    ['a description the body starts with', '', 'Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau eines neuen Radwegs beschlossen.'],
  ])('adds nothing for %s', (_how, header, description) => {
    const { body, blocks } = withDescription(header, description);
    expect(blocks).toEqual(body);
  });
});

describe('extraction with a standfirst outside the body Readability keeps', () => {
  const paragraphs = Array.from({ length: 8 }, (_, i) => `<p>Absatz ${i + 1}: Der Stadtrat hat lange über den Radweg am Fluss gestritten, und die Anwohner haben sich mit vielen Briefen und Versammlungen daran beteiligt, bevor die Entscheidung fiel.</p>`).join('');
  const loaded = page(`<p class="article-lead">${LEAD}</p>`, { body: paragraphs });
  const extraction = extractArticle(loaded.document, readMetadata(loaded.document));

  it('reads the lead first, then the body', () => {
    expect(extraction.blocks[0]?.text).toBe(LEAD);
    expect(extraction.blocks[1]?.text).toMatch(/^Absatz 1:/);
    expect(extraction.blocks.filter((block) => block.text === LEAD)).toHaveLength(1);
  });

  it('reads an unnamed lead that the og:description of the page repeats', () => {
    const described = loadHtml(
      `<!doctype html><html lang="de"><head><title>${TITLE}</title><meta property="og:description" content="${LEAD.slice(0, 80)}..."></head><body>
        <main><div class="kopf"><h1>${TITLE}</h1><div><p>${LEAD}</p></div></div><div class="text">${paragraphs}</div></main></body></html>`,
      '/tmp/described.html',
    );
    opened.push(described);
    const blocks = extractArticle(described.document, readMetadata(described.document)).blocks;
    expect(blocks[0]?.text).toBe(LEAD);
    expect(blocks[1]?.text).toMatch(/^Absatz 1:/);
  });
});
