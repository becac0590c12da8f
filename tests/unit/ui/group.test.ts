// How the popup orders a report for reading: quotes by speaker, claims by status, facts by kind.
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../src/core/report';
import { clip, countReport, groupClaims, groupFacts, groupQuotes, valueWithUnit } from '../../../src/ui/popup/group';
import { report } from './sample-report';

const quote = (speaker: string | null, text = 'x'): Quote => ({ text, speaker });

describe('groupQuotes', () => {
  it('joins a short name to the one fuller name it ends, most quoted first, unknown speakers last', () => {
    const groups = groupQuotes(report.quotes);
    expect(groups.map((group) => [group.speaker, group.quotes.map((entry) => entry.index)])).toEqual([
      ['Katrin Albers', [0, 2, 4]],
      ['Jens Müller', [1]],
      [null, [3]],
    ]);
  });

  it('keeps a short name apart when two fuller names end with it', () => {
    const groups = groupQuotes([quote('Anna Berger'), quote('Tom Berger'), quote('Berger')]);
    expect(groups.map((group) => group.speaker)).toEqual(['Anna Berger', 'Tom Berger', 'Berger']);
  });

  it('takes the longest of nested names and ignores case and spacing differences', () => {
    const groups = groupQuotes([quote('Musk'), quote('Reeve Musk'), quote('Elon Reeve Musk'), quote(' elon  reeve musk ')]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.speaker).toBe('Elon Reeve Musk');
    expect(groups[0]?.quotes.map((entry) => entry.index)).toEqual([0, 1, 2, 3]);
  });

  it('keeps first-quoted order among equal counts, and an empty speaker is unknown', () => {
    expect(groupQuotes([quote('B'), quote('A'), quote(''), quote('A'), quote('B')]).map((group) => group.speaker)).toEqual(['B', 'A', null]);
    expect(groupQuotes([])).toEqual([]);
  });
});

describe('groupClaims', () => {
  it('orders unsupported, attributed, supported and keeps each claim’s index', () => {
    expect(groupClaims(report.claims).map((group) => [group.status, group.claims.map((entry) => entry.index)])).toEqual([
      ['unsupported', [1]],
      ['attributed', [0]],
      ['supported', [2]],
    ]);
  });
  it('leaves out statuses without claims', () => {
    expect(groupClaims([{ text: 'a', status: 'supported', speaker: null, reasons: [] }]).map((group) => group.status)).toEqual(['supported']);
  });
});

describe('groupFacts', () => {
  const groups = groupFacts(report.facts);
  it('puts money, percentages and numbers together as figures, in the article’s order', () => {
    expect(groups.figures.map((entry) => entry.index)).toEqual([0, 3, 8]);
    expect(groups.dates.map((entry) => entry.item.resolved)).toEqual(['2024-03-14']);
  });
  it('counts each name once, pointing at its first occurrence', () => {
    expect(groups.people).toEqual([{ text: 'Katrin Albers', count: 2, index: 2 }]);
    expect(groups.organizations).toEqual([{ text: 'IG Metall', count: 1, index: 5 }]);
    expect(groups.places).toEqual([{ text: 'Dresden', count: 1, index: 6 }]);
    expect(groups.sources).toEqual([{ text: 'Handelsblatt', count: 1, index: 7 }]);
  });
});

describe('helpers', () => {
  it('counts what the report holds', () => {
    expect(countReport(report)).toEqual({ quotes: 5, unsupported: 1, attributed: 1, supported: 1, facts: 9 });
  });
  it('clips long text at a word with an ellipsis and leaves short text alone', () => {
    expect(clip('short text')).toBe('short text');
    const long = 'word '.repeat(100);
    const clipped = clip(long, 50);
    expect(clipped.length).toBeLessThanOrEqual(51);
    expect(clipped).toMatch(/word…$/);
  });
  it('shows a value with its unit', () => {
    expect(valueWithUnit({ kind: 'money', text: '', value: 44_000_000_000, unit: 'USD' }, 'en')).toBe('44,000,000,000 USD');
    expect(valueWithUnit({ kind: 'percent', text: '', value: 80 }, 'en')).toBe('80 %');
    expect(valueWithUnit({ kind: 'person', text: 'x' })).toBeNull();
  });
});
