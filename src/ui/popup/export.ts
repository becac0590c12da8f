// The report of one page as Markdown (to paste into notes) and as JSON (to keep or process), with the
// page's address, its title and the time of export. Pure: no DOM, no browser API. Page text is escaped
// for Markdown so that nothing an article says can turn into a link, an image or HTML where it is pasted.
import type { Claim, Fact, Quote, Report } from '../../core/report';
import { siteOf } from '../../extension/settings';
import { englishText, type MessageKey, type Translate } from '../messages-en';
import { claimReasons } from '../reasons';
import { groupClaims, groupFacts, groupQuotes, type Indexed, type Tally } from './group';

export interface ExportOptions {
  /** The time of export (tests pass a fixed one). */
  now?: Date;
  /** The interface texts for the labels; English by default. */
  label?: Translate;
}

const STATUS_LABEL = { unsupported: 'statusUnsupported', attributed: 'statusAttributed', supported: 'statusSupported' } as const satisfies Record<Claim['status'], MessageKey>;
const FIGURE_LABEL: Partial<Record<Fact['kind'], MessageKey>> = { money: 'factMoney', percent: 'factPercent', number: 'factNumber' };

/**
 * Page text made inert in Markdown, on one line: every character that could start emphasis, code, a
 * link, an image, HTML, an entity or a table cell is backslash-escaped; so are the `:` of `://`, the dot
 * of `www.` and the `@` that GitHub-flavoured Markdown would turn into links by themselves; and so is
 * whatever would make the start of a list item a heading, quote or nested list.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~&!{}]/g, '\\$&')
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/@/g, '\\@')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** The page address as a link when it is a plain web address, else as escaped text. */
function pageLink(url: string): string {
  return /^https?:\/\/[^\s<>]+$/i.test(url) ? `<${url}>` : escapeMarkdown(url);
}

function quoteLine({ item }: Indexed<Quote>, label: Translate): string {
  const frame = item.frame?.trim() ? ` (${label('cardFrame')}: ${escapeMarkdown(item.frame)})` : '';
  return `- “${escapeMarkdown(item.text)}”${frame}`;
}

function claimLines({ item }: Indexed<Claim>, label: Translate): string[] {
  const speaker = item.speaker?.trim() ? ` — ${label('cardSpeaker')}: ${escapeMarkdown(item.speaker)}` : '';
  return [`- ${escapeMarkdown(item.text)}${speaker}`, ...claimReasons(item, label).map((reason) => `  - ${label('cardWhy')}: ${escapeMarkdown(reason)}`)];
}

function figureLine({ item }: Indexed<Fact>, label: Translate): string {
  const parts = [escapeMarkdown(item.text)];
  const kind = FIGURE_LABEL[item.kind];
  if (item.value !== undefined) parts.push(`${kind ? `${label(kind)}: ` : ''}${item.value}${item.unit ? ` ${escapeMarkdown(item.unit)}` : ''}`);
  if (item.context?.trim()) parts.push(`“${escapeMarkdown(item.context)}”`);
  return `- ${parts.join(' — ')}`;
}

function dateLine({ item }: Indexed<Fact>): string {
  const parts = [escapeMarkdown(item.text)];
  if (item.resolved) parts.push(escapeMarkdown(item.resolved));
  if (item.context?.trim()) parts.push(`“${escapeMarkdown(item.context)}”`);
  return `- ${parts.join(' — ')}`;
}

function tallyLine(entry: Tally, label: Translate): string {
  return `- ${escapeMarkdown(entry.text)}${entry.count > 1 ? ` (${label('mentions', String(entry.count))})` : ''}`;
}

function section(lines: string[], heading: string, body: string[]): void {
  if (body.length === 0) return;
  lines.push('', heading, '', ...body);
}

export function toMarkdown(report: Report, url: string, options: ExportOptions = {}): string {
  const label = options.label ?? englishText;
  const now = options.now ?? new Date();
  const lines = [`# ${label('exportHeading', escapeMarkdown(report.title ?? label('untitled')))}`, ''];
  lines.push(`- ${label('exportPage')}: ${pageLink(url)}`);
  if (report.siteName) lines.push(`- ${label('fieldSite')}: ${escapeMarkdown(report.siteName)}`);
  if (report.byline) lines.push(`- ${label('fieldBy')}: ${escapeMarkdown(report.byline)}`);
  if (report.published) lines.push(`- ${label('fieldPublished')}: ${escapeMarkdown(report.published)}`);
  if (report.lang) lines.push(`- ${label('fieldLanguage')}: ${escapeMarkdown(report.lang)}`);
  lines.push(`- ${label('exportedAt')}: ${now.toISOString()}`);

  if (report.quotes.length > 0) {
    lines.push('', `## ${label('sectionQuotes')} (${report.quotes.length})`);
    for (const group of groupQuotes(report.quotes)) {
      const speaker = group.speaker ? escapeMarkdown(group.speaker) : label('unknownSpeaker');
      section(lines, `### ${speaker} (${group.quotes.length})`, group.quotes.map((quote) => quoteLine(quote, label)));
    }
  }
  if (report.claims.length > 0) {
    lines.push('', `## ${label('sectionClaims')} (${report.claims.length})`);
    for (const group of groupClaims(report.claims)) {
      section(lines, `### ${label(STATUS_LABEL[group.status])} (${group.claims.length})`, group.claims.flatMap((claim) => claimLines(claim, label)));
    }
  }
  if (report.facts.length > 0) {
    const facts = groupFacts(report.facts);
    lines.push('', `## ${label('sectionFacts')} (${report.facts.length})`);
    section(lines, `### ${label('factFigures')} (${facts.figures.length})`, facts.figures.map((fact) => figureLine(fact, label)));
    section(lines, `### ${label('factDates')} (${facts.dates.length})`, facts.dates.map(dateLine));
    const tallies: Array<[MessageKey, Tally[]]> = [
      ['factPeople', facts.people],
      ['factOrganizations', facts.organizations],
      ['factPlaces', facts.places],
      ['factSources', facts.sources],
    ];
    for (const [key, entries] of tallies) section(lines, `### ${label(key)} (${entries.length})`, entries.map((entry) => tallyLine(entry, label)));
  }
  return `${lines.join('\n')}\n`;
}

/** The report as it is exported: what a reader or a script needs, without offsets into the page. */
export function toJson(report: Report, url: string, options: Pick<ExportOptions, 'now'> = {}): string {
  const data = {
    generator: 'Newslens',
    url,
    title: report.title,
    exportedAt: (options.now ?? new Date()).toISOString(),
    site: report.siteName,
    byline: report.byline,
    published: report.published,
    language: report.lang,
    isArticle: report.isArticle,
    quotes: report.quotes.map(({ text, speaker, frame }) => ({ text, speaker, frame })),
    claims: report.claims.map(({ text, status, speaker, reasons }) => ({ text, status, speaker, reasons })),
    facts: report.facts.map(({ kind, text, value, unit, resolved, context }) => ({ kind, text, value, unit, resolved, context })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60);
}

/** `newslens-SITE-DATE.json`: the page's site and its publication date (else the export date), safe characters only. */
export function exportFileName(report: Report, url: string, extension: 'json' | 'md', now = new Date()): string {
  const site = slug(siteOf(url) ?? report.siteName ?? '') || 'page';
  const published = report.published?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  const date = published ?? now.toISOString().slice(0, 10);
  return `newslens-${site}-${date}.${extension}`;
}
