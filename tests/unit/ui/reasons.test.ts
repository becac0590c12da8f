// A claim's reasons in the reader's language: the English interface messages say exactly what the
// analysis's English words say, German has every message, and the popup's renderer prefers `why`.
import { describe, expect, it } from 'vitest';
import de from '../../../_locales/de/messages.json';
import { reasonMessage, reasonText, type Reason } from '../../../src/core/analysis/reasons';
import { englishText, formatMessage, type MessageKey } from '../../../src/ui/messages-en';
import { claimReasons } from '../../../src/ui/reasons';

const REASONS: Reason[] = [
  { code: 'hedge', cue: 'Berichten zufolge' },
  { code: 'hedge', cue: 'angeblich', speaker: 'Spiegel' },
  { code: 'anonymous', cue: 'aus Regierungskreisen' },
  { code: 'unnamed-speaker', cue: 'Aides to Clinton' },
  { code: 'evidence-missing', cue: 'keine Beweise' },
  { code: 'evidence-named', cue: 'laut einer Studie' },
  { code: 'reported-subjunctive', marker: 'habe' },
  { code: 'reported-subjunctive', marker: 'habe', speaker: 'Elon Musk' },
  { code: 'reported-clause', cue: 'sagte', marker: 'dass' },
  { code: 'reported-clause', cue: 'said', marker: 'that', speaker: 'the company' },
  // A noun or adjective that takes the clause, with no verb before it.
  { code: 'reported-clause', cue: '', marker: 'bekannt … dass' },
  { code: 'source-named', marker: 'laut' },
  { code: 'source-named', marker: 'laut', speaker: 'Polizei' },
  // The source inside the cue's own words (a compound): named once.
  { code: 'source-named', marker: 'Nach Polizeiangaben', speaker: 'Polizei' },
  { code: 'reported', marker: ':' },
  { code: 'reported', marker: ':', speaker: 'Merkel' },
  { code: 'check-worthy', cue: 'illegal' },
  { code: 'check-worthy-figure' },
  { code: 'quote-without-evidence' },
  { code: 'quote-without-evidence', speaker: 'Jens Müller' },
  { code: 'quoted-statement' },
  { code: 'quoted-statement', speaker: 'Jens Müller' },
];

describe('reasons in the interface languages', () => {
  it.each(REASONS.map((reason) => [reasonText(reason), reason] as const))('English: %s', (text, reason) => {
    const { key, substitutions } = reasonMessage(reason);
    expect(englishText(key as MessageKey, substitutions)).toBe(text);
  });

  it.each(REASONS.map((reason) => [reasonMessage(reason).key, reason] as const))('German has %s, with every part of the reason in it', (key, reason) => {
    const entry = (de as Record<string, { message: string }>)[key];
    expect(entry, key).toBeDefined();
    const text = formatMessage(entry!, reasonMessage(reason).substitutions);
    for (const part of [reason.cue, reason.marker, reason.speaker]) if (part) expect(text).toContain(part);
    expect(text).not.toMatch(/\$\d/);
  });

  it.each([
    [{ code: 'reported-clause', cue: '', marker: 'bekannt … dass' } as Reason, 'reported speech: "bekannt … dass"'],
    [{ code: 'source-named', marker: 'Nach Polizeiangaben', speaker: 'Polizei' } as Reason, 'source named: "Nach Polizeiangaben"'],
    [{ code: 'source-named', marker: 'Laut', speaker: 'Polizei' } as Reason, 'source named: "Laut Polizei"'],
  ])('words %j as %s', (reason, text) => {
    expect(reasonText(reason)).toBe(text);
  });

  it('renders `why` through the messages, and falls back to the English `reasons` without it', () => {
    const translate = (key: MessageKey, substitutions?: string | readonly string[]) => `[${key}|${[substitutions ?? []].flat().join('|')}]`;
    expect(claimReasons({ reasons: ['hedge: "x" — no named source'], why: [{ code: 'hedge', cue: 'x' }] }, translate)).toEqual(['[reasonHedge|x]']);
    expect(claimReasons({ reasons: ['from an older report'] }, translate)).toEqual(['from an older report']);
  });
});
