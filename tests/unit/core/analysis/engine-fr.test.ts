// The French engine end to end on paragraphs written for these tests: « … » with and without
// no-break spaces and “ … ”, incises before and after (`a déclaré le ministre …`, `a-t-elle précisé`),
// the conditionnel journalistique, anonymous sources, missing evidence, named studies, and the facts.
import { describe, expect, it } from 'vitest';
import { analyserFor, claimsOf as claims, expectWellFormed, factsOf as facts, quotesOf as quotes } from './report-helpers';

const analyse = analyserFor('fr');

const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('French quotations and their speakers', () => {
  it.each([
    ['guillemets, incise with role and name after', ['«Nous ne céderons pas», a déclaré le ministre Paul Martin lors d’une visite à Lyon.'], [['Nous ne céderons pas', 'Paul Martin']]],
    ['English marks, elided role noun before the name', ['“Les prix vont encore augmenter cet automne”, a prévenu l’économiste Anne Girard.'], [['Les prix vont encore augmenter cet automne', 'Anne Girard']]],
    ['a colon frame with no-break spaces', [`Le patron du syndicat, Marc Lefèvre, a été clair${NBSP}: «${NBSP}L’offre est beaucoup trop basse pour nos adhérents.${NBSP}»`], [['L’offre est beaucoup trop basse pour nos adhérents.', 'Marc Lefèvre']]],
    ['a colon frame with narrow no-break spaces', [`Le maire Jean Dupont a répondu${NNBSP}: «${NNBSP}Nous ne fermerons pas l’école.${NNBSP}»`], [['Nous ne fermerons pas l’école.', 'Jean Dupont']]],
    ['“a-t-elle précisé” resolved to the minister named before', ['La ministre Claire Dubois a visité le chantier. «Les travaux seront terminés en juin», a-t-elle précisé.'], [['Les travaux seront terminés en juin', 'Claire Dubois']]],
    ['“a-t-il lancé” resolved to the minister named before', ['Le ministre Paul Martin est arrivé à midi. «Nous ne céderons pas», a-t-il lancé.'], [['Nous ne céderons pas', 'Paul Martin']]],
    ['“dit-il” in the next paragraph', ['Le ministre Paul Martin est arrivé à midi.', '«Nous ne céderons pas», dit-il.'], [['Nous ne céderons pas', 'Paul Martin']]],
    ['“a-t-il écrit” after an apposition', ['Le fondateur de l’entreprise, Julien Moreau, était furieux. «Ils ont copié nos plans», a-t-il écrit sur les réseaux sociaux.'], [['Ils ont copié nos plans', 'Julien Moreau']]],
    ['an apposition after a role with its ministry', ['«Nous ne céderons pas», a déclaré le ministre de l’Intérieur, Paul Martin.'], [['Nous ne céderons pas', 'Paul Martin']]],
    ['an apposition after a role with its ministry and article', ['«Nous ne céderons pas», a déclaré le ministre de la Justice, Paul Martin.'], [['Nous ne céderons pas', 'Paul Martin']]],
    ['an apposition after a role with its company', ['«Nous restons», a déclaré le président d’Airbus, Paul Martin.'], [['Nous restons', 'Paul Martin']]],
    ['the role with its ministry and no name', ['«Nous ne céderons pas», a déclaré le ministre de l’Intérieur.'], [['Nous ne céderons pas', 'le ministre']]],
    ['interrupted by its frame, guillemets', ['«Nous restons», a dit Sophie Bernard, «jusqu’à la fin des négociations.»'], [['Nous restons', 'Sophie Bernard'], ['jusqu’à la fin des négociations.', 'Sophie Bernard']]],
    ['interrupted by its frame, English marks', ['“Nous restons”, a dit Sophie Bernard, “jusqu’à la fin des négociations.”'], [['Nous restons', 'Sophie Bernard'], ['jusqu’à la fin des négociations.', 'Sophie Bernard']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotes(analyse(paragraphs))).toEqual(expected);
  });

  it.each([
    ['the title of a film', 'Le film « Les Misérables » a été projeté dimanche soir.'],
    ['a so-called term', 'La plateforme fait payer les soi-disant « coches bleues » à ses utilisateurs.'],
    ['a slogan', 'Le slogan « Liberté pour tous » a été repris dans la rue.'],
    ['a scare quote without speech', 'La « réforme » n’est jamais venue.'],
  ])('no statement: %s', (_name, text) => {
    expect(analyse([text]).quotes).toEqual([]);
  });
});

describe('French claims', () => {
  it.each([
    ['conditionnel journalistique', 'Le maire aurait reçu des pots-de-vin d’une entreprise de travaux publics.', 'hedge: "aurait reçu" — no named source'],
    ['supposément', 'Le ministre a supposément caché des documents à la commission.', 'hedge: "supposément" — no named source'],
  ])('a hedge (%s) makes the sentence unsupported, with the cue as reason', (_name, text, reason) => {
    const report = analyse([text]);
    expect(claims(report)).toEqual([['unsupported', null, text]]);
    expect(report.claims[0]!.reasons).toEqual([reason]);
  });

  // The source after selon runs to its comma; the clause after it is the claim, the source its speaker.
  it.each([
    ['selon des sources proches', 'Selon des sources proches du dossier, la loi sera adoptée à l’automne.', ['des sources proches du dossier', 'la loi sera adoptée à l’automne'], 'anonymous source: "Selon des sources"'],
    ['d’après des sources proches', 'D’après des sources proches du gouvernement, le budget sera revu.', ['des sources proches du gouvernement', 'le budget sera revu'], 'anonymous source: "D’après des sources"'],
  ])('flags anonymous sources as unsupported (%s)', (_name, text, [speaker, clause], reason) => {
    const report = analyse([text]);
    expect(claims(report)).toEqual([['unsupported', speaker, clause]]);
    expect(report.claims[0]!.reasons).toEqual([reason, 'anonymous source: "des sources proches"']);
  });

  it('reads the clause before a closing selon as the claim of the source after it', () => {
    expect(claims(analyse(['Trois personnes ont été blessées dans l’accident, selon un porte-parole de la préfecture.']))).toEqual([
      ['attributed', 'un porte-parole de la préfecture', 'Trois personnes ont été blessées dans l’accident'],
    ]);
  });

  it('marks a claim unsupported when the same sentence says evidence is missing', () => {
    const report = analyse(['L’investisseur Paul Garnier a affirmé que la société avait vendu des données de clients, sans fournir de preuves.']);
    expect(claims(report)).toEqual([['unsupported', 'Paul Garnier', 'que la société avait vendu des données de clients, sans fournir de preuves']]);
    expect(report.claims[0]!.reasons[0]).toBe('the article says evidence is missing: "sans fournir de preuves"');
  });

  it('marks the claim before a sentence saying evidence is missing', () => {
    const report = analyse(['L’investisseur Paul Garnier a affirmé que la société avait vendu des données de clients.', 'Garnier n’a fourni aucune preuve.']);
    expect(report.claims[0]).toMatchObject({ status: 'unsupported', speaker: 'Paul Garnier', text: 'que la société avait vendu des données de clients' });
    expect(report.claims[0]!.reasons[0]).toBe('the article says evidence is missing: "n’a fourni aucune preuve"');
  });

  it.each([
    ['a affirmé que', 'En juin, Lucie Fontaine a affirmé que le groupe avait nettement manqué ses objectifs.', 'Lucie Fontaine', 'que le groupe avait nettement manqué ses objectifs'],
    ['a dit que, with a future in the past that is no hedge', 'Le ministre Paul Martin a dit que la loi serait votée en mai.', 'Paul Martin', 'que la loi serait votée en mai'],
    ['an inverted frame after the clause, in a compound tense', 'Le projet sera abandonné, a affirmé le ministre Jean Dupont.', 'Jean Dupont', 'Le projet sera abandonné'],
  ])('reads reported speech with a named speaker as attributed (%s)', (_name, text, speaker, claim) => {
    const report = analyse([text]);
    expect(claims(report)).toEqual([['attributed', speaker, claim]]);
    expect(report.claims[0]!.reasons.join(' ')).toContain(`attributed to ${speaker}`);
  });

  it('reads a named study with a figure as supported', () => {
    const report = analyse(['Selon une étude de l’Université de Lille, 40 % des adolescents dorment moins de sept heures.']);
    expect(claims(report)).toEqual([['supported', 'Université de Lille', '40 % des adolescents dorment moins de sept heures']]);
    expect(report.claims[0]!.reasons).toContain('evidence named: "Selon une étude"');
    expect(facts(report, 'source')).toEqual([['Université de Lille', null, null]]);
  });

  it('finds nothing in plain narration', () => {
    expect(analyse(['Le soleil brillait. Le train est parti à l’heure et il est arrivé à Lille dans la soirée.']).claims).toEqual([]);
  });

  it("does not flag a hedge that stands inside someone else's quotation", () => {
    const report = analyse(['«Apparemment tout va bien», a dit Ève Roux en se moquant des projets de la ville et de leurs conséquences.']);
    expect(quotes(report)).toEqual([['Apparemment tout va bien', 'Ève Roux']]);
    expect(report.claims.filter((claim) => claim.status === 'unsupported')).toEqual([]);
  });
});

describe('French negated verbs of saying', () => {
  // The speaker of a negated verb does not say what its clause holds; a negation inside the clause is the clause's own.
  it.each([
    ["n'a pas confirmé que", "Le ministre n'a pas confirmé que les négociations avaient échoué vendredi.", []],
    ["a negation inside the clause", "Le ministre a dit qu'il ne viendrait pas à la réunion.", [["attributed", "Le ministre", "qu'il ne viendrait pas à la réunion"]]],
  ] as Array<[string, string, string[][]]>)('%s', (_name, text, expected) => {
    expect(claims(analyse([text]))).toEqual(expected);
  });
});

describe('French facts', () => {
  const report = analyse(['Le groupe Renault a investi 12 millions d’euros à Douai le 25 avril 2023, soit une hausse de 15 % par rapport à l’année dernière.']);

  it('reads money with its scale and currency', () => {
    expect(facts(report, 'money')).toEqual([['12 millions d’euros', 12_000_000, 'EUR']]);
    expect(facts(analyse(["Le maire de Nantes, Jean Dupont, a annoncé la semaine dernière un budget de 3,5 milliards d'euros."]), 'money'))
      .toEqual([["3,5 milliards d'euros", 3_500_000_000, 'EUR']]);
  });

  it('reads percentages', () => {
    expect(facts(report, 'percent')).toEqual([['15 %', 15, null]]);
  });

  it('resolves absolute and relative dates against the published date', () => {
    expect(report.facts.filter((fact) => fact.kind === 'date').map((fact) => [fact.text, fact.resolved])).toEqual([
      ['le 25 avril 2023', '2023-04-25'],
      ['l’année dernière', '2023'],
    ]);
    const week = analyse(['Le maire de Nantes, Jean Dupont, a annoncé la semaine dernière un nouveau budget.']);
    expect(week.facts.filter((fact) => fact.kind === 'date').map((fact) => [fact.text, fact.resolved])).toEqual([['la semaine dernière', '2024-03-04']]);
  });

  it('names the people, organisations and places', () => {
    expect(facts(report, 'organization')).toEqual([['Renault', null, null]]);
    expect(facts(report, 'place')).toEqual([['Douai', null, null]]);
    expect(facts(analyse(['Le maire de Nantes, Jean Dupont, a annoncé un nouveau budget.']), 'person')).toEqual([['Jean Dupont', null, null]]);
  });
});

describe('French bad input', () => {
  it.each([
    ['unbalanced marks', ['« Il a dit « non » et « oui', '» « » “ ” ‹ › \' " ']],
    ['a 200 KB paragraph', ['Le mot « citation », a-t-il dit, est ainsi. '.repeat(4800)]],
    ['no punctuation', ['ceci est un texte sans aucune ponctuation et sans majuscules a dit le ministre']],
    ['emoji, zero-width and no-break spaces', [`😀 Il\u200Ba dit${NBSP}:${NNBSP}«${NNBSP}Bonjour &amp; au revoir${NBSP}» 👍🏽\uFEFF`]],
  ])('%s: a report, no exception', (_name, paragraphs) => {
    const report = analyse(paragraphs);
    expectWellFormed(report);
  });
});
