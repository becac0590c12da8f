// The article verdict's evidence in the reader's language: every code has an English sentence the
// interface message repeats word for word, German has every message with every value in it, the
// detector fills `why` and `reasons` alike, and the popup shows `why` translated.
import { describe, expect, it, vi } from 'vitest';
import de from '../../../_locales/de/messages.json';
import { isVerdictReason, verdictReasonMessage, verdictReasonText, type VerdictReason, type VerdictReasonCode } from '../../../src/core/verdict-reasons';
import { englishText, formatMessage, type MessageKey } from '../../../src/ui/messages-en';
import { judge, type DetectionFeatures } from '../../../src/page/detect';

const REASONS: VerdictReason[] = (
  [
    ['schema-type', 'NewsArticle'], ['og-type', 'article'], ['article-body'], ['one-article-element'], ['teaser-cards', '12'],
    ['readerable'], ['not-readerable'], ['prose', '9'], ['one-place'], ['one-headline'], ['published-date'], ['dateline'],
    ['no-date'], ['author'], ['comments'], ['article-address'], ['linked-headlines', '14'], ['read-more', '5'], ['many-dates', '11'],
    ['shop'], ['prices', '7'], ['documentation', '31', '13'], ['media-player'], ['form', '24'], ['site-root'], ['listing-address'],
    ['too-large', '250,000'],
  ] as Array<[VerdictReasonCode, ...string[]]>
).map(([code, ...values]) => (values.length ? { code, values } : { code }));

describe('verdict reasons in the interface languages', () => {
  it.each(REASONS.map((reason) => [verdictReasonText(reason), reason] as const))('English: %s', (text, reason) => {
    const { key, substitutions } = verdictReasonMessage(reason);
    expect(englishText(key as MessageKey, substitutions)).toBe(text);
  });

  it.each(REASONS.map((reason) => [verdictReasonMessage(reason).key, reason] as const))('German has %s, with its values in it', (key, reason) => {
    const entry = (de as Record<string, { message: string }>)[key];
    expect(entry, key).toBeDefined();
    const text = formatMessage(entry!, verdictReasonMessage(reason).substitutions);
    for (const value of reason.values ?? []) expect(text).toContain(value);
    expect(text).not.toBe(verdictReasonText(reason));
  });

  it('accepts well-formed reasons only', () => {
    for (const reason of REASONS) expect(isVerdictReason(reason)).toBe(true);
    expect(isVerdictReason({ code: 'made-up' })).toBe(false);
    expect(isVerdictReason({ code: 'prose', values: [9] })).toBe(false);
    expect(isVerdictReason({ code: 'prose', values: ['1', '2', '3'] })).toBe(false);
    expect(isVerdictReason(['prose'])).toBe(false);
    expect(isVerdictReason(null)).toBe(false);
  });
});

describe('the detector’s verdict', () => {
  const shop: DetectionFeatures = {
    jsonLdArticleType: null, jsonLdOtherTypes: ['Product'], ogType: 'product', markedArticleBody: false, articleElements: 0, readerable: false,
    proseChars: 300, proseParagraphs: 2, topContainerChars: 300, topContainerShare: 1, hasPublishedDate: false, dateNearHeadline: false,
    hasAuthor: false, h1Count: 1, priceMentions: 9, dateMentions: 0, readMoreLinks: 0, subHeadings: 2, players: 0, hasComments: false,
    linkedHeadings: 0, shopSignals: 1, shopButtons: true, formFields: 0, rootPath: false, listingPath: false, articlePath: false,
  };

  it('gives each reason as data and as the English sentence, in the same order', () => {
    const verdict = judge(shop);
    expect(verdict.isArticle).toBe(false);
    expect(verdict.why?.map((reason) => reason.code)).toEqual(['schema-type', 'og-type', 'not-readerable', 'shop', 'prices', 'no-date']);
    expect(verdict.reasons).toEqual(verdict.why?.map(verdictReasonText));
    expect(verdict.reasons[0]).toBe('schema.org type Product');
  });
});

/** The browser's i18n answering in German from _locales/de, for modules imported after this call. */
function germanInterface(): void {
  vi.resetModules();
  const german = de as Record<string, { message: string }>;
  vi.doMock('webextension-polyfill', () => ({
    default: { i18n: { getMessage: (key: string, substitutions?: string[]) => (german[key] ? formatMessage(german[key]!, substitutions) : ''), getUILanguage: () => 'de' } },
  }));
}

describe('the popup’s German texts', () => {
  it('shows `why` through the messages, and the English `reasons` of a verdict without it', async () => {
    germanInterface();
    const { verdictReasons } = await import('../../../src/ui/popup/VerdictReasons');
    expect(verdictReasons({ reasons: ['schema.org type NewsArticle', '9 paragraphs of prose'], why: [{ code: 'schema-type', values: ['NewsArticle'] }, { code: 'prose', values: ['9'] }] })).toEqual([
      'schema.org-Typ NewsArticle',
      '9 Absätze Fließtext',
    ]);
    expect(verdictReasons({ reasons: ['an old reason'] })).toEqual(['an old reason']);
    vi.doUnmock('webextension-polyfill');
  });

  it('explains a failed reading in German, the error’s own words beneath', async () => {
    germanInterface();
    const { t } = await import('../../../src/ui/i18n');
    expect(t('failureAnalysisTimeout', '30')).toBe('Die Analyse dauerte länger als 30 Sekunden, deshalb hat Newslens sie abgebrochen. Laden Sie die Seite neu, um es noch einmal zu versuchen.');
    expect(t('failureTechnical', 'the analysis took too long')).toBe('Technische Angabe (englisch): the analysis took too long');
    vi.doUnmock('webextension-polyfill');
  });
});
