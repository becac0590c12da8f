// What the end-to-end engine tests share: an article made of paragraphs in one language, analysed with
// every language pack registered, and the report's items as plain rows to compare with a table.
import { expect } from 'vitest';
import '../../../../src/core/languages';
import { analyzeArticle } from '../../../../src/core/analyze';
import type { Fact, Report } from '../../../../src/core/report';

/** A function that analyses paragraphs as an article declared in `lang` (published 2024-03-14 unless given). */
export function analyserFor(lang: string): (paragraphs: string[], published?: string | null) => Report {
  return (paragraphs, published = '2024-03-14') =>
    analyzeArticle({
      blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
      title: null,
      byline: null,
      published,
      siteName: null,
      declaredLang: lang,
    });
}

export const quotesOf = (report: Report) => report.quotes.map((quote) => [quote.text, quote.speaker]);
export const claimsOf = (report: Report) => report.claims.map((claim) => [claim.status, claim.speaker, claim.text]);
export const factsOf = (report: Report, kind: Fact['kind']) =>
  report.facts.filter((fact) => fact.kind === kind).map((fact) => [fact.text, fact.value ?? fact.resolved ?? null, fact.unit ?? null]);

/** Bad input still gives a report with the three lists. */
export function expectWellFormed(report: Report): void {
  expect(Array.isArray(report.quotes) && Array.isArray(report.claims) && Array.isArray(report.facts)).toBe(true);
}
