// Cases the per-language engine tests found wrong at first, kept here so they stay fixed.
import { describe, expect, it } from 'vitest';
import { analyserFor, quotesOf as quotes } from './report-helpers';
import type { Report } from '../../../../src/core/report';

const analyse = (lang: string, paragraphs: string[]): Report => analyserFor(lang)(paragraphs);

describe('engine regressions', () => {
  it('closes French guillemets written with their inner no-break spaces before a comma', () => {
    const report = analyse('fr', ['Le ministre Paul Martin a visité l’usine lundi.', '«\u00A0Nous allons garder l’usine ouverte\u00A0», a déclaré le ministre Paul Martin.']);
    expect(quotes(report)).toEqual([['Nous allons garder l’usine ouverte', 'Paul Martin']]);
  });

  it('gives a subjectless verb of saying (a dropped pronoun) the person named before', () => {
    const report = analyse('es', ['La alcaldesa Rosa Vidal habló con los trabajadores de la fábrica.', '«No vamos a ceder ante nadie», dijo.']);
    expect(quotes(report)).toEqual([['No vamos a ceder ante nadie', 'Rosa Vidal']]);
  });

  it('keeps a one-word quotation that its frame follows directly', () => {
    const report = analyse('it', ['«Restiamo», ha detto Sara Conti, «fino alla fine delle trattative».']);
    expect(quotes(report)).toEqual([['Restiamo', 'Sara Conti'], ['fino alla fine delle trattative', 'Sara Conti']]);
  });

  it('lets a quotation without a frame go on with the previous speaker of its paragraph', () => {
    const report = analyse('en', ['Ann Grey spoke to the press. “We will not give in,” she said. “The company has to pay.”']);
    expect(quotes(report)).toEqual([['We will not give in', 'Ann Grey'], ['The company has to pay.', 'Ann Grey']]);
  });

  it('does not read “charges a fee” as a claim verb', () => {
    const report = analyse('en', ['The company charges a fee for the so-called “blue ticks” on its platform.']);
    expect(report.claims).toEqual([]);
    expect(report.quotes).toEqual([]);
  });

  it.each([
    ['a vague group asserting', 'Privately, analysts agreed the tax plan was still top-heavy.'],
    ['officials with an adverb', 'But administration officials have effectively ruled that out.'],
    ['reports without a source', 'The super PAC replaced its planned ads with new ones, the reports show.'],
    ['aides of a named person', 'Aides to the senator say she is shifting her tack toward her rival.'],
    ['a question by someone', 'Then someone asked how the governor could inspire young voters.'],
  ])('flags anonymous sourcing as unsupported: %s', (_name, text) => {
    const report = analyse('en', [text]);
    expect(report.claims.length).toBeGreaterThan(0);
    expect(report.claims.every((claim) => claim.status === 'unsupported')).toBe(true);
    expect(report.claims[0]!.reasons.join(' ')).toMatch(/anonymous source|hedge/);
  });

  it('keeps a named speaker attributed and reads the United States as no verb', () => {
    const report = analyse('en', ['Senator Jane Doe said the bill would pass before the summer recess in the United States.']);
    expect(report.claims.map((claim) => [claim.status, claim.speaker])).toEqual([['attributed', 'Jane Doe']]);
  });

  it('does not take the object of "familiar with" for the speaker', () => {
    const report = analyse('en', ['People familiar with the matter said the deal would close in May.']);
    expect(report.claims.map((claim) => [claim.status, claim.speaker])).toEqual([['unsupported', 'People']]);
  });
});
