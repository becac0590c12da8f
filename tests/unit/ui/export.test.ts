// The exports: Markdown with every item and nothing a page could turn into a link or HTML, JSON that
// reads back whole, and a safe file name.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/core/report';
import { escapeMarkdown, exportFileName, toJson, toMarkdown } from '../../../src/ui/popup/export';
import { HOSTILE_HTML, HOSTILE_LINK, report, URL_OF_PAGE } from './sample-report';

const now = new Date('2026-01-02T03:04:05Z');

describe('toMarkdown', () => {
  const markdown = toMarkdown(report, URL_OF_PAGE, { now });

  it('starts with the title, the page address and the time of export', () => {
    expect(markdown.split('\n')[0]).toBe('# Newslens: Valtronik legt Werk in Dresden auf Eis');
    expect(markdown).toContain(`- Page: <${URL_OF_PAGE}>`);
    expect(markdown).toContain('- Exported: 2026-01-02T03:04:05.000Z');
    expect(markdown).toContain('- Site: Tagesblick');
  });

  it('contains every quote under its speaker, every claim with status, speaker and reasons, every fact', () => {
    expect(markdown).toContain('### Katrin Albers (3)');
    expect(markdown).toContain('### Speaker not named (1)');
    for (const quote of report.quotes.filter((q) => !q.text.includes('<'))) expect(markdown).toContain(`“${quote.text}”`);
    expect(markdown).toContain('(Introduced by: sagte)');
    expect(markdown).toContain('### Unsupported (1)');
    expect(markdown).toContain('### Supported (1)');
    expect(markdown).toContain('— Speaker: Jens Müller');
    expect(markdown).toContain('  - Why: hedge: angeblich');
    expect(markdown).toContain('  - Why: anonymous source: Insider');
    expect(markdown).toContain('Laut Jahresbericht sank der Gewinn');
    expect(markdown).toContain('- 12,5 Milliarden Euro — Money: 12500000000 EUR — “Das Projekt mit 12,5 Milliarden Euro galt als groß.”');
    expect(markdown).toContain('- am Donnerstag — 2024-03-14 — ');
    expect(markdown).toContain('- Katrin Albers (2×)');
    for (const name of ['IG Metall', 'Dresden', 'Handelsblatt', 'drei Jahre', '15 Prozent']) expect(markdown).toContain(name);
  });

  it('makes page text inert: no HTML tag, link or image survives', () => {
    expect(markdown).not.toContain(HOSTILE_HTML);
    expect(markdown).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(markdown).not.toContain(HOSTILE_LINK);
    expect(markdown).toContain('\\[x\\](javascript:alert(1))');
    // No unescaped < or [ anywhere outside the page address.
    const withoutAddress = markdown.replace(`<${URL_OF_PAGE}>`, '');
    expect(withoutAddress).not.toMatch(/(^|[^\\])[<[]/m);
  });

  it('uses the labels it is given', () => {
    const german = toMarkdown(report, URL_OF_PAGE, { now, label: (key) => `«${key}»` });
    expect(german).toContain('## «sectionQuotes» (5)');
  });

  it('escapes a hostile page address and a missing title', () => {
    const bare: Report = { ...report, title: null, quotes: [], claims: [], facts: [] };
    const markdown = toMarkdown(bare, 'javascript:alert(1)//<b>', { now });
    expect(markdown).toContain('# Newslens: Untitled');
    expect(markdown).toContain('- Page: javascript:alert(1)//\\<b\\>');
    expect(markdown).not.toContain('## Quotes');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['*bold* _em_ `code`', '\\*bold\\* \\_em\\_ \\`code\\`'],
    ['![img](x)', '\\!\\[img\\](x)'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['> not a quote', '\\> not a quote'],
    ['a | b', 'a \\| b'],
    ['&lt;b&gt;', '\\&lt;b\\&gt;'],
    ['see https://evil.example and www.evil.example or me@evil.example', 'see https\\://evil.example and www\\.evil.example or me\\@evil.example'],
    ['two\nlines', 'two lines'],
    ['back\\slash', 'back\\\\slash'],
    ['US-Dollar 3.5', 'US-Dollar 3.5'],
  ])('%j → %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});

describe('toJson', () => {
  it('reads back with the address, title, time of export and every item', () => {
    const data = JSON.parse(toJson(report, URL_OF_PAGE, { now })) as Record<string, unknown> & { quotes: unknown[]; claims: unknown[]; facts: unknown[] };
    expect(data.url).toBe(URL_OF_PAGE);
    expect(data.title).toBe(report.title);
    expect(data.exportedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(data.quotes).toEqual(report.quotes.map(({ text, speaker, frame }) => JSON.parse(JSON.stringify({ text, speaker, frame }))));
    expect(data.claims).toEqual(report.claims);
    expect(data.facts).toEqual(report.facts);
  });

  it('leaves out the offsets into the page', () => {
    const withSpans: Report = { ...report, quotes: [{ text: 'a', speaker: null, span: { block: 0, start: 0, end: 1 } }] };
    expect(toJson(withSpans, URL_OF_PAGE)).not.toContain('"span"');
  });
});

describe('exportFileName', () => {
  it('names the file after the site and the publication date', () => {
    expect(exportFileName(report, URL_OF_PAGE, 'json', now)).toBe('newslens-tagesblick.example-2024-03-14.json');
  });
  it('falls back to the site name and the export date, in safe characters only', () => {
    const odd: Report = { ...report, siteName: 'Le Monde / Über "Alles"', published: 'gestern' };
    const name = exportFileName(odd, 'about:blank', 'json', now);
    expect(name).toBe('newslens-le-monde-uber-alles-2026-01-02.json');
    expect(name).toMatch(/^[a-z0-9.-]+$/);
    expect(exportFileName({ ...odd, siteName: null }, '', 'md', now)).toBe('newslens-page-2026-01-02.md');
  });
});
