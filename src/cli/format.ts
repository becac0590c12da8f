// The command line's readable summary of a report, for a person at a terminal.
import type { Report } from '../core/report';

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  de: 'German', en: 'English', fr: 'French', es: 'Spanish', it: 'Italian', nl: 'Dutch', pt: 'Portuguese',
  cs: 'Czech', pl: 'Polish', sv: 'Swedish', da: 'Danish', ja: 'Japanese', zh: 'Chinese', ko: 'Korean',
  ar: 'Arabic', he: 'Hebrew', ru: 'Russian', el: 'Greek',
};

export function languageName(code: string | null): string {
  if (!code) return 'unknown-language';
  return LANGUAGE_NAMES[code] ?? code;
}

/** One line: what the file is. */
export function oneLine(name: string, report: Report): string {
  const what = report.isArticle ? `${languageName(report.lang)} article` : 'not an article';
  const title = report.title ? ` "${report.title}"` : '';
  return `${name}: ${what}${title}, ${report.wordCount} words, ${report.quotes.length} quotes, ${report.claims.length} claims, ${report.facts.length} facts`;
}

/** Several lines: everything a reader wants to know at a glance. */
export function summary(name: string, report: Report): string {
  const lines: string[] = [];
  const verdict = report.verdict;
  const confidence = verdict ? ` (confidence ${verdict.confidence.toFixed(2)})` : '';
  lines.push(`${name}: ${report.isArticle ? `${languageName(report.lang)} article` : 'not an article'}${confidence}`);
  if (verdict?.reasons.length) lines.push(`  why: ${verdict.reasons.join('; ')}`);
  if (report.title) lines.push(`  headline: ${report.title}`);
  const meta = [
    report.siteName && `site: ${report.siteName}`,
    report.byline && `by: ${report.byline}`,
    report.published && `published: ${report.published}`,
  ].filter(Boolean);
  if (meta.length) lines.push(`  ${meta.join(' · ')}`);
  const paragraphs = report.text ? report.text.split('\n\n').length : 0;
  lines.push(`  body: ${report.wordCount} words in ${paragraphs} blocks`);
  const firstBlock = report.text.split('\n\n')[0];
  if (firstBlock) lines.push(`  begins: ${firstBlock.length > 160 ? `${firstBlock.slice(0, 157)}…` : firstBlock}`);
  lines.push(`  quotes ${report.quotes.length} · claims ${report.claims.length} · facts ${report.facts.length}`);
  for (const quote of report.quotes) lines.push(`    “${quote.text}” — ${quote.speaker ?? 'unknown speaker'}`);
  for (const claim of report.claims) lines.push(`    [${claim.status}] ${claim.text} (${claim.reasons.join('; ')})`);
  for (const fact of report.facts) lines.push(`    ${fact.kind}: ${fact.text}${fact.value !== undefined ? ` = ${fact.value}${fact.unit ? ` ${fact.unit}` : ''}` : ''}`);
  return lines.join('\n');
}
