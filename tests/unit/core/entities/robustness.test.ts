import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../src/core/entities';
import { mentions, packs } from './helpers';

describe('findEntities: offsets, sources, robustness', () => {
  it('gives offsets into the right block, and text equal to that slice', () => {
    const blocks = ['Kurz notiert.', 'Gestern sprach Olaf Scholz in Bonn.'];
    const found = findEntities(blocks, packs.de!);
    expect(found).toEqual([
      { kind: 'person', text: 'Olaf Scholz', name: 'Olaf Scholz', block: 1, start: 15, end: 26 },
      { kind: 'place', text: 'Bonn', name: 'Bonn', block: 1, start: 30, end: 34 },
    ]);
    for (const m of found) expect(blocks[m.block]!.slice(m.start, m.end)).toBe(m.text);
  });

  it.each([
    ['https://example.org/report.pdf.', 'source:https://example.org/report.pdf=https://example.org/report.pdf'],
    ['see www.example.com/a?b=1 now', 'source:www.example.com/a?b=1=www.example.com/a?b=1'],
    ['see example.co.uk for more', 'source:example.co.uk=example.co.uk'],
  ])('finds the web address in %j', (text, expected) => {
    expect(mentions('en', text)).toEqual([expected]);
  });

  it('ignores an e-mail address and an abbreviation with full stops', () => {
    expect(mentions('de', 'Schreiben Sie an info@example.de, z.B. heute.')).toEqual([]);
  });

  it('never throws on odd input and tolerates a pack without lexicons', () => {
    const odd = ['', ' ', '\u0000', '„“', 'A', '---', '.'.repeat(50), 'É'.repeat(20)];
    expect(findEntities(odd, packs.de!)).toEqual([]);
    const bare = { code: 'xx', entities: undefined, speech: undefined, names: undefined } as unknown as Parameters<typeof findEntities>[1];
    // Without the pack's name lists the gazetteer knows no name: `Microsoft` alone at a sentence start
    // is then no evidence of one. With them, it is an organisation whatever the other lexicons.
    expect(findEntities(['Microsoft hired Jane Doe in Berlin.'], bare).map((m) => m.text)).toEqual(['Jane Doe', 'Berlin']);
    const namesOnly = { ...bare, names: packs.de!.names };
    expect(findEntities(['Microsoft hired Jane Doe in Berlin.'], namesOnly).map((m) => m.text)).toEqual(['Microsoft', 'Jane Doe', 'Berlin']);
  });

  it('handles a 200 KB paragraph in bounded time', () => {
    const sentence =
      'Der CEO von Twitter, Elon Musk, hat Microsoft in Berlin laut einer Studie der Universität Hamburg verklagt, Abc Def Ghi. ';
    const block = sentence.repeat(Math.ceil(200_000 / sentence.length));
    findEntities([sentence], packs.de!);
    const started = performance.now();
    const found = findEntities([block], packs.de!);
    const elapsed = performance.now() - started;
    expect(found.length).toBeGreaterThan(1000);
    // Well under 100 ms on a developer machine; the bound here leaves room for a loaded CI runner.
    expect(elapsed).toBeLessThan(1000);
  });

  it('stays bounded on long runs of capitalised words and dots', () => {
    for (const block of ['Abc '.repeat(50_000), 'A. '.repeat(60_000), 'Hans von '.repeat(20_000)]) {
      const started = performance.now();
      findEntities([block], packs.de!);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});
