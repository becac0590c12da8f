// The Italian engine end to end on paragraphs written for these tests: «…» and “…”, frames before
// and after (`ha detto il sindaco …`, `così il ministro …`), `lui`/`lei` resolved to the person named
// before, hedges (`avrebbe …`, `presumibilmente`), anonymous sources, missing evidence, named studies,
// and the facts.
import { describe, expect, it } from 'vitest';
import { analyserFor, claimsOf as claims, expectWellFormed, factsOf as facts, quotesOf as quotes } from './report-helpers';

const analyse = analyserFor('it');

describe('Italian quotations and their speakers', () => {
  it.each([
    ['caporali, verb, role and name after', ['«Manterremo aperta la fabbrica», ha detto il sindaco Marco Rossi durante una visita a Torino.'], [['Manterremo aperta la fabbrica', 'Marco Rossi']]],
    ['English marks, elided role noun before the name', ['“I prezzi continueranno a salire in autunno”, ha avvertito l’economista Anna Galli.'], [['I prezzi continueranno a salire in autunno', 'Anna Galli']]],
    ['straight apostrophe in the elided role noun', ['“I prezzi continueranno a salire in autunno”, ha detto l\'economista Anna Galli.'], [['I prezzi continueranno a salire in autunno', 'Anna Galli']]],
    ['a colon frame', ['Il segretario del sindacato, Paolo Greco, è stato chiaro: «L\'offerta è troppo bassa per i nostri iscritti».'], [['L\'offerta è troppo bassa per i nostri iscritti', 'Paolo Greco']]],
    ['the particle così', ['«I prezzi saliranno ancora», così il ministro Carlo Neri.'], [['I prezzi saliranno ancora', 'Carlo Neri']]],
    ['“lei” resolved to the minister named before', ['La ministra Giulia Ferri ha visitato il cantiere. «I lavori finiranno a giugno», ha assicurato lei.'], [['I lavori finiranno a giugno', 'Giulia Ferri']]],
    ['“lui” resolved to the mayor named before', ['Il sindaco Marco Rossi è arrivato in ritardo. «Non cederemo», ha detto lui.'], [['Non cederemo', 'Marco Rossi']]],
    ['“lui” after an apposition', ['Il fondatore dell\'azienda, Luca Bianchi, era furioso. «Hanno copiato tutti i nostri progetti», ha scritto lui sui social.'], [['Hanno copiato tutti i nostri progetti', 'Luca Bianchi']]],
    ['an apposition after a role with its club', ['«Non ci arrenderemo», ha detto il presidente dell’Inter, Marco Rossi.'], [['Non ci arrenderemo', 'Marco Rossi']]],
    ['interrupted by its frame', ['«Noi restiamo», ha detto Sara Conti, «fino alla fine delle trattative».'], [['Noi restiamo', 'Sara Conti'], ['fino alla fine delle trattative', 'Sara Conti']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotes(analyse(paragraphs))).toEqual(expected);
  });

  it.each([
    ['a so-called decree', 'Il cosiddetto «decreto sicurezza» è ancora in vigore.'],
    ['the title of a film', 'Il film «La grande bellezza» è stato trasmesso domenica sera.'],
    ['a scare quote without speech', 'La «riforma» non è mai arrivata.'],
  ])('no statement: %s', (_name, text) => {
    expect(analyse([text]).quotes).toEqual([]);
  });
});

describe('Italian claims', () => {
  it.each([
    ['condizionale: avrebbe', 'Il sindaco avrebbe ricevuto tangenti da un\'impresa edile.', ['hedge: "avrebbe ricevuto" — no named source']],
    ['presumibilmente', 'Il ministro ha presumibilmente nascosto documenti alla commissione.', ['hedge: "presumibilmente" — no named source']],
  ])('a hedge (%s) makes the sentence unsupported, with the cue as reason', (_name, text, reasons) => {
    const report = analyse([text]);
    expect(claims(report)).toEqual([['unsupported', null, text]]);
    expect(report.claims[0]!.reasons).toEqual(reasons);
  });

  // A hedge that is the source itself names no one: its speaker is as written, and no hedge reads as one over a named source.
  it('reads the clause before a closing secondo indiscrezioni as unsupported, with both hedges', () => {
    const report = analyse(['Il ministro avrebbe già firmato il decreto, secondo indiscrezioni.']);
    expect(claims(report)).toEqual([['unsupported', 'indiscrezioni', 'Il ministro avrebbe già firmato il decreto']]);
    expect(report.claims[0]!.reasons).toEqual(['hedge: "avrebbe già firmato" — no named source', 'hedge: "secondo indiscrezioni" — no named source']);
  });

  // The source after secondo runs to its comma (`secondo quanto riferito da` names who reported it).
  it.each([
    ['secondo fonti vicine', 'Secondo fonti vicine all\'inchiesta, la legge sarà approvata in autunno.', ['fonti vicine all\'inchiesta', 'la legge sarà approvata in autunno']],
    ['secondo quanto riferito da fonti vicine', 'Secondo quanto riferito da fonti vicine al governo, il bilancio sarà rivisto.', ['fonti vicine al governo', 'il bilancio sarà rivisto']],
  ])('flags anonymous sources as unsupported (%s)', (_name, text, [speaker, clause]) => {
    const report = analyse([text]);
    expect(claims(report)).toEqual([['unsupported', speaker, clause]]);
    expect(report.claims[0]!.reasons).toContain('anonymous source: "fonti vicine"');
    expect(report.claims[0]!.reasons.some((reason) => reason.startsWith('source named'))).toBe(false);
  });

  it('marks a claim unsupported when the same sentence says evidence is missing', () => {
    const report = analyse(['L\'investitore Paolo Marini ha affermato che la società aveva venduto i dati dei clienti, senza fornire prove.']);
    expect(claims(report)).toEqual([['unsupported', 'Paolo Marini', 'che la società aveva venduto i dati dei clienti, senza fornire prove']]);
    expect(report.claims[0]!.reasons[0]).toBe('the article says evidence is missing: "senza fornire prove"');
  });

  it('marks the claim before a sentence saying evidence is missing', () => {
    const report = analyse(['L\'investitore Paolo Marini ha affermato che la società aveva venduto i dati dei clienti.', 'Marini non ha fornito alcuna prova.']);
    expect(report.claims[0]).toMatchObject({ status: 'unsupported', speaker: 'Paolo Marini', text: 'che la società aveva venduto i dati dei clienti' });
    expect(report.claims[0]!.reasons[0]).toBe('the article says evidence is missing: "non ha fornito alcuna prova"');
  });

  it.each([
    ['ha detto che', 'A giugno Lucia Romano ha detto che il gruppo aveva mancato nettamente i suoi obiettivi.', 'Lucia Romano', 'che il gruppo aveva mancato nettamente i suoi obiettivi'],
    ['ha detto che, with a future', 'Il ministro Carlo Neri ha detto che la legge sarà votata a maggio.', 'Carlo Neri', 'che la legge sarà votata a maggio'],
  ])('reads reported speech with a named speaker as attributed (%s)', (_name, text, speaker, claim) => {
    const report = analyse([text]);
    expect(claims(report)).toEqual([['attributed', speaker, claim]]);
    expect(report.claims[0]!.reasons.join(' ')).toContain(`attributed to ${speaker}`);
  });

  it('reads a named study with a figure as supported', () => {
    const report = analyse(['Secondo uno studio dell\'Università di Padova, il 40 per cento degli adolescenti dorme meno di sette ore.']);
    expect(report.claims.map((claim) => claim.status)).toEqual(['supported']);
    expect(report.claims[0]!.reasons).toContain('evidence named: "Secondo uno studio"');
    expect(facts(report, 'source')).toEqual([['Università di Padova', null, null]]);
    expect(facts(report, 'percent')).toEqual([['40 per cento', 40, null]]);
  });

  it('finds nothing in plain narration', () => {
    expect(analyse(['Splendeva il sole. Il treno è partito in orario ed è arrivato a Padova in serata.']).claims).toEqual([]);
  });

  it("does not flag a hedge that stands inside someone else's quotation", () => {
    const report = analyse(['«Presumibilmente va tutto bene», ha detto Eva Russo in tono ironico sui piani del comune.']);
    expect(quotes(report)).toEqual([['Presumibilmente va tutto bene', 'Eva Russo']]);
    expect(report.claims.filter((claim) => claim.status === 'unsupported')).toEqual([]);
  });
});

describe('Italian negated verbs of saying', () => {
  // The speaker of a negated verb does not say what its clause holds; a negation inside the clause is the clause's own.
  it.each([
    ["non ha confermato che", "Il ministro non ha confermato che i negoziati sono falliti venerdì.", []],
    ["a negation inside the clause", "Il ministro ha detto che non parteciperà alla riunione di venerdì.", [["attributed", "Il ministro", "che non parteciperà alla riunione di venerdì"]]],
  ] as Array<[string, string, string[][]]>)('%s', (_name, text, expected) => {
    expect(claims(analyse([text]))).toEqual(expected);
  });
});

describe('Italian facts', () => {
  const report = analyse(['Il gruppo Fiat ha investito 2 miliardi di euro a Torino il 25 aprile 2023, con un aumento del 15% rispetto all\'anno scorso.']);

  it('reads money with its scale and currency', () => {
    expect(facts(report, 'money')).toEqual([['2 miliardi di euro', 2_000_000_000, 'EUR']]);
    expect(facts(analyse(['La sindaca Rosa Esposito ha annunciato un bilancio di 4,5 milioni di euro.']), 'money'))
      .toEqual([['4,5 milioni di euro', 4_500_000, 'EUR']]);
  });

  it('reads percentages', () => {
    expect(facts(report, 'percent')).toEqual([['15%', 15, null]]);
  });

  it('resolves absolute and relative dates against the published date', () => {
    expect(report.facts.filter((fact) => fact.kind === 'date').map((fact) => [fact.text, fact.resolved])).toEqual([
      ['il 25 aprile 2023', '2023-04-25'],
      ['anno scorso', '2023'],
    ]);
    const week = analyse(['La sindaca Rosa Esposito ha annunciato la settimana scorsa un nuovo bilancio.']);
    expect(week.facts.filter((fact) => fact.kind === 'date').map((fact) => [fact.text, fact.resolved])).toEqual([['la settimana scorsa', '2024-03-04']]);
  });

  it('names the people, organisations and places', () => {
    expect(facts(report, 'organization')).toEqual([['Fiat', null, null]]);
    expect(facts(report, 'place')).toEqual([['Torino', null, null]]);
    expect(facts(analyse(['La sindaca Rosa Esposito ha annunciato un nuovo bilancio.']), 'person')).toEqual([['Rosa Esposito', null, null]]);
  });
});

describe('Italian bad input', () => {
  it.each([
    ['unbalanced marks', ['«Ha detto «no» e «sì', '» « » “ ” ‘ ’ \' " ']],
    ['a 200 KB paragraph', ['La parola «citazione», ha detto lui, è così. '.repeat(4800)]],
    ['no punctuation', ['questo è un testo senza alcuna punteggiatura e senza maiuscole ha detto il ministro']],
    ['emoji, zero-width and no-break spaces', ['😀 Lui\u200Bha detto:\u00A0«Ciao\u202F&amp; arrivederci» 👍🏽\uFEFF']],
  ])('%s: a report, no exception', (_name, paragraphs) => {
    const report = analyse(paragraphs);
    expectWellFormed(report);
  });
});
