// The Dutch engine end to end on paragraphs written for these tests: ‘…’, “…” and „…”, frames
// before and after (`zei minister …`, `aldus De Vries`), `hij`/`ze` resolved to the person named
// before, hedges (`naar verluidt`, `zou … hebben`), `ingewijden`, missing evidence, named research,
// and the facts.
import { describe, expect, it } from 'vitest';
import { analyserFor, claimsOf as claims, expectWellFormed, factsOf as facts, quotesOf as quotes } from './report-helpers';

const analyse = analyserFor('nl');

describe('Dutch quotations and their speakers', () => {
  it.each([
    ['single marks, verb, role and name after', ['‘We houden de fabriek open’, zei minister Jan de Vries tijdens een bezoek aan Utrecht.'], [['We houden de fabriek open', 'Jan de Vries']]],
    ['low-high marks, verb, role and name after', ['„We houden de fabriek open”, zei burgemeester Jan de Vries.'], [['We houden de fabriek open', 'Jan de Vries']]],
    ['verb and a name with a particle', ['‘We houden de fabriek open’, zei Jan de Vries.'], [['We houden de fabriek open', 'Jan de Vries']]],
    ['aldus with the short name of the person named before', ['Jan de Vries was kort. ‘We houden de fabriek open’, aldus De Vries.'], [['We houden de fabriek open', 'Jan de Vries']]],
    ['aldus with a role and a name', ['‘De prijzen blijven dit najaar stijgen’, aldus econoom Eva de Boer.'], [['De prijzen blijven dit najaar stijgen', 'Eva de Boer']]],
    ['a colon frame', ['Vakbondsvoorzitter Mark Visser was duidelijk: „Het bod is veel te laag voor onze leden.”'], [['Het bod is veel te laag voor onze leden.', 'Mark Visser']]],
    ['“hij” resolved to the person named before', ['Jan de Vries kwam te laat. ‘We geven niet toe’, zei hij.'], [['We geven niet toe', 'Jan de Vries']]],
    ['“ze” resolved to the minister named before', ['Minister Karin Jansen bezocht de bouwplaats. ‘De werkzaamheden zijn in juni klaar’, zei ze.'], [['De werkzaamheden zijn in juni klaar', 'Karin Jansen']]],
    ['English marks and “hij” after an apposition', ['De oprichter van het bedrijf, Pieter Bakker, was woedend. “Ze hebben al onze ontwerpen gekopieerd”, schreef hij online.'], [['Ze hebben al onze ontwerpen gekopieerd', 'Pieter Bakker']]],
    ['interrupted by its frame', ['‘We blijven’, zei Sanne Smit, ‘tot het einde van de onderhandelingen.’'], [['We blijven', 'Sanne Smit'], ['tot het einde van de onderhandelingen.', 'Sanne Smit']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotes(analyse(paragraphs))).toEqual(expected);
  });

  it.each([
    ['a so-called term', 'Het bedrijf rekent kosten voor de zogenaamde ‘blauwe vinkjes’ op zijn platform.'],
    ['a scare quote without speech', 'De ‘hervorming’ kwam er nooit.'],
  ])('no statement: %s', (_name, text) => {
    expect(analyse([text]).quotes).toEqual([]);
  });
});

describe('Dutch claims', () => {
  it('a hedge (naar verluidt) makes the sentence unsupported, with the cue as reason', () => {
    const text = 'De burgemeester heeft naar verluidt steekpenningen aangenomen van een bouwbedrijf.';
    const report = analyse([text]);
    expect(claims(report)).toEqual([['unsupported', null, text]]);
    expect(report.claims[0]!.reasons).toEqual(['hedge: "naar verluidt" — no named source']);
  });

  it('a hedge (zou … hebben) makes the sentence unsupported, with the cue as reason', () => {
    const text = 'De minister zou documenten voor de commissie hebben achtergehouden.';
    const report = analyse([text]);
    expect(claims(report)).toEqual([['unsupported', null, text]]);
    expect(report.claims[0]!.reasons).toEqual(['hedge: "zou documenten voor de commissie hebben" — no named source']);
  });

  it('reads the words before a closing aldus as the report of the one named after it', () => {
    const report = analyse(['De prijzen blijven dit najaar stijgen, aldus econoom Eva de Boer.']);
    expect(claims(report)).toEqual([['attributed', 'Eva de Boer', 'De prijzen blijven dit najaar stijgen']]);
    expect(report.claims[0]!.reasons).toEqual(['source named: "aldus Eva de Boer"']);
  });

  it('reads the words before a closing volgens as the report of the source after it', () => {
    expect(claims(analyse(['Drie mensen zijn gewond geraakt bij het ongeluk, volgens de politie.']))).toEqual([['attributed', 'de politie', 'Drie mensen zijn gewond geraakt bij het ongeluk']]);
  });

  it('flags insiders as an anonymous source', () => {
    const text = 'Volgens ingewijden wordt de wet in het najaar aangenomen.';
    const report = analyse([text]);
    expect(claims(report)).toEqual([['unsupported', null, text]]);
    expect(report.claims[0]!.reasons).toEqual(['anonymous source: "ingewijden"']);
  });

  it('marks a claim unsupported when the same sentence says evidence is missing', () => {
    const report = analyse(['Investeerder Paul Mulder beweerde dat het bedrijf klantgegevens had verkocht, zonder bewijs te leveren.']);
    expect(claims(report)).toEqual([['unsupported', 'Paul Mulder', 'dat het bedrijf klantgegevens had verkocht, zonder bewijs te leveren']]);
    expect(report.claims[0]!.reasons[0]).toBe('the article says evidence is missing: "zonder bewijs"');
  });

  it('marks the claim before a sentence saying evidence is missing', () => {
    const report = analyse(['Investeerder Paul Mulder beweerde dat het bedrijf klantgegevens had verkocht.', 'Mulder leverde daarvoor geen bewijs.']);
    expect(report.claims[0]).toMatchObject({ status: 'unsupported', speaker: 'Paul Mulder', text: 'dat het bedrijf klantgegevens had verkocht' });
    expect(report.claims[0]!.reasons[0]).toBe('the article says evidence is missing: "geen bewijs"');
  });

  it.each([
    ['zei dat, after an adverbial', 'In juni zei Lisa Brand dat de groep haar doelen duidelijk had gemist.', 'Lisa Brand', 'dat de groep haar doelen duidelijk had gemist'],
    // `wordt aangenomen` is the passive of adopting a law here, not the hedge "it is assumed".
    ['zei dat, with a law that is passed', 'Minister Jan de Vries zei dat de wet in mei wordt aangenomen.', 'Jan de Vries', 'dat de wet in mei wordt aangenomen'],
  ])('reads reported speech with a named speaker as attributed (%s)', (_name, text, speaker, claim) => {
    const report = analyse([text]);
    expect(claims(report)).toEqual([['attributed', speaker, claim]]);
    expect(report.claims[0]!.reasons.join(' ')).toContain(`attributed to ${speaker}`);
  });

  it.each([
    ['dat … meldt', 'Bij een brand in een loods in Zwolle is niemand gewond geraakt. Dat meldt de brandweer.', [['attributed', 'de brandweer', 'Bij een brand in een loods in Zwolle is niemand gewond geraakt.']]],
    ['dit … zegt with a name', 'De gemeente sluit het zwembad in de zomer. Dit zegt wethouder Karin de Boer.', [['attributed', 'Karin de Boer', 'De gemeente sluit het zwembad in de zomer.']]],
    ['dat as the subject of a sentence of its own', 'De trein reed op tijd. Dat zegt veel over de nieuwe dienstregeling.', []],
  ])('reads a sentence that refers back to the one before (%s)', (_name, text, expected) => {
    expect(claims(analyse([text]))).toEqual(expected);
  });

  it('still reads the impersonal “er wordt aangenomen dat” as a hedge', () => {
    const report = analyse(['Er wordt aangenomen dat de dader nog in het land is.']);
    expect(report.claims.map((claim) => [claim.status, claim.reasons])).toEqual([['unsupported', ['hedge: "wordt aangenomen" — no named source']]]);
  });

  it('reads named research with a figure as supported', () => {
    const report = analyse(['Volgens onderzoek van de Universiteit Leiden slaapt 40 procent van de tieners minder dan zeven uur.']);
    expect(report.claims.map((claim) => claim.status)).toEqual(['supported']);
    expect(report.claims[0]!.reasons).toContain('evidence named: "Volgens onderzoek"');
    expect(facts(report, 'source')).toEqual([['Universiteit Leiden', null, null]]);
    expect(facts(report, 'percent')).toEqual([['40 procent', 40, null]]);
  });

  it('finds nothing in plain narration', () => {
    expect(analyse(['De zon scheen. De trein vertrok op tijd en kwam \'s avonds aan in Leiden.']).claims).toEqual([]);
  });

  it("does not flag a hedge that stands inside someone else's quotation", () => {
    const report = analyse(['‘Naar verluidt is alles in orde’, zei Eva Dekker spottend over de plannen van de gemeente.']);
    expect(quotes(report)).toEqual([['Naar verluidt is alles in orde', 'Eva Dekker']]);
    expect(report.claims.filter((claim) => claim.status === 'unsupported')).toEqual([]);
  });
});

describe('Dutch negated verbs of saying', () => {
  // The speaker of a negated verb does not say what its clause holds; a negation inside the clause is the clause's own.
  it.each([
    ["bevestigde niet dat", "De minister bevestigde niet dat de onderhandelingen vrijdag waren mislukt.", []],
    ["a negation inside the clause", "De minister zei dat hij niet naar de vergadering zou komen.", [["attributed", "De minister", "dat hij niet naar de vergadering zou komen"]]],
  ] as Array<[string, string, string[][]]>)('%s', (_name, text, expected) => {
    expect(claims(analyse([text]))).toEqual(expected);
  });
});

describe('Dutch facts', () => {
  const report = analyse(['Het concern Philips investeerde 5 miljoen euro in Eindhoven op 25 april 2023, een stijging van 15 procent ten opzichte van vorig jaar.']);

  it('reads money with its scale and currency', () => {
    expect(facts(report, 'money')).toEqual([['5 miljoen euro', 5_000_000, 'EUR']]);
    expect(facts(analyse(['Burgemeester Rosa Meijer kondigde een begroting van 4,5 miljard euro aan.']), 'money'))
      .toEqual([['4,5 miljard euro', 4_500_000_000, 'EUR']]);
  });

  it('reads percentages', () => {
    expect(facts(report, 'percent')).toEqual([['15 procent', 15, null]]);
  });

  it('resolves absolute and relative dates against the published date', () => {
    expect(report.facts.filter((fact) => fact.kind === 'date').map((fact) => [fact.text, fact.resolved])).toEqual([
      ['op 25 april 2023', '2023-04-25'],
      ['vorig jaar', '2023'],
    ]);
    const week = analyse(['Burgemeester Rosa Meijer kondigde vorige week een nieuwe begroting aan.']);
    expect(week.facts.filter((fact) => fact.kind === 'date').map((fact) => [fact.text, fact.resolved])).toEqual([['vorige week', '2024-03-04']]);
  });

  it('still reads the full month name januari', () => {
    const january = analyse(['De wet geldt sinds 1 januari 2024.']);
    expect(january.facts.filter((fact) => fact.kind === 'date').map((fact) => fact.resolved)).toEqual(['2024-01-01']);
  });

  it('names the people, organisations and places', () => {
    expect(facts(report, 'organization')).toEqual([['Philips', null, null]]);
    expect(facts(report, 'place')).toEqual([['Eindhoven', null, null]]);
    expect(facts(analyse(['Burgemeester Rosa Meijer kondigde een nieuwe begroting aan.']), 'person')).toEqual([['Rosa Meijer', null, null]]);
  });
});

describe('Dutch bad input', () => {
  it.each([
    ['unbalanced marks', ['‘Hij zei „nee” en ‘ja', '’ ‘ „ ” “ \' " zo’n auto’s']],
    ['a 200 KB paragraph', ['Het woord ‘citaat’, zei hij, is zo. '.repeat(5800)]],
    ['no punctuation', ['dit is een tekst zonder enige interpunctie en zonder hoofdletters zei de minister']],
    ['emoji, zero-width and no-break spaces', ['😀 Hij\u200Bzei:\u00A0„Hallo\u202F&amp; tot ziens” 👍🏽\uFEFF']],
  ])('%s: a report, no exception', (_name, paragraphs) => {
    const report = analyse(paragraphs);
    expectWellFormed(report);
  });
});
