import { describe, expect, it } from 'vitest';
import { findMarkSpans } from '../../../../src/core/analysis/quote-marks';

/** The outermost quoted words of a text. */
function quoted(text: string): string[] {
  return findMarkSpans(text).filter((span) => span.depth === 0).map((span) => text.slice(span.start, span.end));
}

describe('findMarkSpans: every convention', () => {
  it.each([
    ['German low-high', 'Er sagte: „Wir bleiben.“ Dann ging er.', ['Wir bleiben.']],
    ['German chevrons', 'Sie schrieb: »Das reicht.« Punkt.', ['Das reicht.']],
    ['German single', 'Er sei ‚offen für Ideen‘.', ['offen für Ideen']],
    ['Swiss and French guillemets', 'Il a dit : « Nous restons » hier.', [' Nous restons ']],
    ['English double', 'She said, “We stay,” and left.', ['We stay,']],
    ['straight double', 'He said "we stay" and left.', ['we stay']],
    ['English single', 'It was ‘a mistake’, he said.', ['a mistake']],
    ['CJK corner brackets', '他说「我们留下」。', ['我们留下']],
    ['misused opening apostrophe', 'Die Daten ermöglichen es,’jeden Aspekt zu verfolgen‘, so ihre Erklärung.', ['jeden Aspekt zu verfolgen']],
    ['low opening closed by a typewriter mark', 'Die Rufe „Nieder mit ihm", die man hörte, und „Freiheit", die folgten.', ['Nieder mit ihm', 'Freiheit']],
    ['typewriter marks inside low-high marks', 'Er sagte: „Das "neue" Gesetz ist gut.“ Dann ging er.', ['Das "neue" Gesetz ist gut.']],
    ['a curly opening closed by a typewriter mark', 'The mayor called the plan “a real step forward." Then she left.', ['a real step forward.']],
    ['a stray typewriter mark before curly ones', '"Dana laughed it off: “Only once.” But Kelly pressed on.', ['Only once.']],
    ['a curly opening closed by a single mark', 'Kim wrote: “Let’s go. We can do this.’ Kim was at the rally. She starred in “Sunrise.”', ['Let’s go. We can do this.', 'Sunrise.']],
    ['a curly quotation over paragraphs stays open', 'He said: “We stay. And we fight to the end', ['We stay. And we fight to the end']],
    ['two quotations interrupted by a frame', '„Wir bleiben“, sagte sie, „bis zum Ende.“', ['Wir bleiben', 'bis zum Ende.']],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});

describe('findMarkSpans: what is not a quotation', () => {
  it.each([
    ['apostrophes inside words', 'Musk’s company didn’t say, and it’s fine.'],
    ['a possessive apostrophe after s', 'The players’ union met.'],
    ['a lone closing mark', 'Er sagte“ nichts.'],
  ])('%s', (_name, text) => {
    expect(quoted(text)).toEqual([]);
  });
});

describe('findMarkSpans: nesting and bad input', () => {
  it('keeps a nested quotation inside its outer one', () => {
    const text = '„Er rief ‚Halt‘ und lief“, sagte sie.';
    const spans = findMarkSpans(text);
    expect(spans.map((span) => [text.slice(span.start, span.end), span.depth])).toEqual([
      ['Er rief ‚Halt‘ und lief', 0],
      ['Halt', 1],
    ]);
  });

  it('runs a quotation that never closes to the end of the text', () => {
    const text = 'Sie sagte: „Wir bleiben hier, bis alles geklärt ist';
    const [span] = findMarkSpans(text);
    expect(span).toMatchObject({ close: -1, end: text.length });
  });

  it('stays linear on a long run of unbalanced marks', () => {
    const text = '„a “ b ” c " d \' e ‚ f ‘ '.repeat(20_000);
    const spans = findMarkSpans(text);
    expect(spans.length).toBeGreaterThan(0);
  });
});
