// A hand-written report for the interface tests: every kind of item, a speaker named in two forms,
// a quote without speaker, claims of every status, repeated names, and page text that tries to be HTML
// or a Markdown link.
import type { Report } from '../../../src/core/report';
import type { TabState } from '../../../src/extension/messages';

export const HOSTILE_HTML = '<img src=x onerror=alert(1)>';
export const HOSTILE_LINK = '[x](javascript:alert(1))';

export const report: Report = {
  isArticle: true,
  lang: 'de',
  title: 'Valtronik legt Werk in Dresden auf Eis',
  text: '…',
  byline: 'Anna Berger',
  published: '2024-03-14T17:42:00+01:00',
  siteName: 'Tagesblick',
  wordCount: 812,
  quotes: [
    { text: 'Wir können kein Werk bauen, dessen Auslastung wir heute nicht seriös planen können', speaker: 'Katrin Albers', frame: 'sagte' },
    { text: 'Das ist nicht hinnehmbar', speaker: 'Jens Müller', frame: 'sagte' },
    { text: 'Eine Pause ist keine Absage', speaker: 'Albers', frame: 'fügte' },
    { text: `Man hört ${HOSTILE_HTML} überall`, speaker: null },
    { text: 'Wir prüfen alles', speaker: 'Katrin Albers' },
  ],
  claims: [
    { text: 'Der Umsatz sei um 15 Prozent zurückgegangen', status: 'attributed', speaker: null, reasons: ['reported speech: Konjunktiv "sei"'] },
    { text: `Das Werk soll angeblich nie gebaut werden ${HOSTILE_LINK}`, status: 'unsupported', speaker: 'Jens Müller', reasons: ['hedge: angeblich', 'anonymous source: Insider'] },
    { text: 'Laut Jahresbericht sank der Gewinn', status: 'supported', speaker: null, reasons: ['named document: Jahresbericht'] },
  ],
  facts: [
    { kind: 'money', text: '12,5 Milliarden Euro', value: 12_500_000_000, unit: 'EUR', context: 'Das Projekt mit 12,5 Milliarden Euro galt als groß.' },
    { kind: 'date', text: 'am Donnerstag', resolved: '2024-03-14', context: 'Das teilte das Unternehmen am Donnerstag mit.' },
    { kind: 'person', text: 'Katrin Albers' },
    { kind: 'percent', text: '15 Prozent', value: 15, context: 'Der Umsatz sei um 15 Prozent zurückgegangen.' },
    { kind: 'person', text: 'Katrin Albers' },
    { kind: 'organization', text: 'IG Metall' },
    { kind: 'place', text: 'Dresden' },
    { kind: 'source', text: 'Handelsblatt' },
    { kind: 'number', text: 'drei Jahre', value: 3, unit: 'years', context: 'Wir haben drei Jahre verloren.' },
  ],
};

export const verdict = { isArticle: true, confidence: 0.97, reasons: ['schema.org type NewsArticle'] };

export const URL_OF_PAGE = 'https://www.tagesblick.example/wirtschaft/valtronik';

export const doneState: Extract<TabState, { phase: 'done' }> = {
  phase: 'done',
  url: URL_OF_PAGE,
  verdict,
  forced: false,
  report,
  blocks: 12,
  millis: 40,
  highlighted: { quote: 5, unsupported: 1, attributed: 1 },
};
