import { describe, expect, it } from 'vitest';
import { analyzeArticle, blocksFromPlainText } from '../../../src/core/analyze';
import { collapseWhitespace, countWords } from '../../../src/core/text';
import '../../../src/core/languages';

describe('blocksFromPlainText', () => {
  it('splits paragraphs at blank lines and joins wrapped lines', () => {
    const blocks = blocksFromPlainText('\uFEFFErster Absatz,\nüber zwei Zeilen.\n\n  \nZweiter Absatz.\r\n\r\nDritter.');
    expect(blocks.map((block) => block.text)).toEqual(['Erster Absatz, über zwei Zeilen.', 'Zweiter Absatz.', 'Dritter.']);
    expect(blocks.every((block) => block.kind === 'paragraph')).toBe(true);
  });

  it('gives no blocks for white space only', () => {
    expect(blocksFromPlainText(' \n\n \t\n')).toEqual([]);
  });
});

describe('analyzeArticle', () => {
  const input = {
    blocks: [
      { kind: 'paragraph' as const, text: 'Der Konzern hat am Dienstag angekündigt, dass er die Plattform nicht mehr unterstützen wird.' },
      { kind: 'paragraph' as const, text: 'Das sei eine Entscheidung, die sich schon länger abgezeichnet habe, sagte eine Sprecherin.' },
    ],
    title: 'Konzern zieht sich zurück',
    byline: 'Anna Berger',
    published: '2024-03-14',
    siteName: 'Tagesblick',
    declaredLang: 'de-DE',
  };

  it('fills the report contract', () => {
    const report = analyzeArticle(input);
    expect(report).toMatchObject({
      isArticle: true,
      lang: 'de',
      title: 'Konzern zieht sich zurück',
      byline: 'Anna Berger',
      published: '2024-03-14',
      siteName: 'Tagesblick',
    });
    expect(report.text).toBe(`${input.blocks[0]!.text}\n\n${input.blocks[1]!.text}`);
    expect(report.wordCount).toBe(countWords(report.text));
    expect(report.quotes).toEqual([]);
    expect(report.claims.map((claim) => [claim.text, claim.status, claim.speaker])).toEqual([
      ['dass er die Plattform nicht mehr unterstützen wird', 'attributed', 'Der Konzern'],
      ['Das sei eine Entscheidung, die sich schon länger abgezeichnet habe', 'attributed', 'eine Sprecherin'],
    ]);
    expect(report.facts.filter((fact) => fact.kind === 'date').map((fact) => fact.resolved)).toEqual(['2024-03-12']);
  });

  it('takes the page verdict when there is one', () => {
    const report = analyzeArticle(input, { verdict: { isArticle: false, confidence: 0.9, reasons: ['shop markup'] } });
    expect(report.isArticle).toBe(false);
    expect(report.verdict?.reasons).toEqual(['shop markup']);
  });

  it('copes with an empty article', () => {
    const report = analyzeArticle({ ...input, blocks: [], title: null, declaredLang: null });
    expect(report.text).toBe('');
    expect(report.wordCount).toBe(0);
    expect(report.lang).toBeNull();
  });
});

describe('text helpers', () => {
  it('collapses every kind of white space', () => {
    expect(collapseWhitespace(' a\u00A0\u200B b\n\tc ')).toBe('a b c');
  });
  it.each([
    ['Twitter-Daten sind’s nicht', 3],
    ['44 Milliarden US-Dollar', 3],
    ['— – …', 0],
    ['don’t stop', 2],
  ])('counts words in %s', (text, count) => {
    expect(countWords(text)).toBe(count);
  });
});
