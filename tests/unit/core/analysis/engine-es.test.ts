// The Spanish engine end to end on paragraphs written for these tests: «…» and “…”, the dialogue
// dash (—…—dijo), frames before and after, `ella`/`él` resolved to the person named before, hedges
// (`supuestamente`, `habría …`), anonymous sources, missing evidence, named studies, and the facts.
import { describe, expect, it } from 'vitest';
import { analyserFor, claimsOf as claims, expectWellFormed, factsOf as facts, quotesOf as quotes } from './report-helpers';

const analyse = analyserFor('es');

describe('Spanish quotations and their speakers', () => {
  it.each([
    ['angle marks, verb, role and name after', ['«Vamos a mantener abierta la fábrica», dijo la portavoz Ana García durante una visita a Sevilla.'], [['Vamos a mantener abierta la fábrica', 'Ana García']]],
    ['English marks, verb and name after', ['“No vamos a ceder”, dijo Ana García.'], [['No vamos a ceder', 'Ana García']]],
    ['a colon frame', ['El líder del sindicato, Luis Navarro, fue tajante: «La oferta es demasiado baja para nuestros afiliados».'], [['La oferta es demasiado baja para nuestros afiliados', 'Luis Navarro']]],
    ['“ella” resolved to the minister named before', ['La ministra Carmen Ruiz visitó las obras. «Los trabajos terminarán en junio», aseguró ella.'], [['Los trabajos terminarán en junio', 'Carmen Ruiz']]],
    ['a verb without subject after an apposition', ['El fundador de la empresa, Javier Torres, estaba furioso. “Nos han copiado todos los planos”, escribió en las redes sociales.'], [['Nos han copiado todos los planos', 'Javier Torres']]],
    ['interrupted by its frame', ['«Nos quedamos», dijo Marta Gil, «hasta el final de las negociaciones».'], [['Nos quedamos', 'Marta Gil'], ['hasta el final de las negociaciones', 'Marta Gil']]],
    ['dialogue dash with role and name', ['—No vamos a ceder —afirmó la alcaldesa Rosa Vidal.'], [['No vamos a ceder', 'Rosa Vidal']]],
    ['dialogue dash with “él” resolved to the mayor named before', ['El alcalde Pedro Sánchez Mora llegó tarde a la reunión.', '—No vamos a ceder —dijo él.'], [['No vamos a ceder', 'Pedro Sánchez Mora']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotes(analyse(paragraphs))).toEqual(expected);
  });

  it.each([
    ['a so-called law', 'La llamada «ley mordaza» sigue en vigor.'],
    ['the title of a documentary', 'El documental «Los olvidados» se estrenó el domingo.'],
    ['a scare quote without speech', 'La «reforma» nunca llegó.'],
  ])('no statement: %s', (_name, text) => {
    expect(analyse([text]).quotes).toEqual([]);
  });
});

describe('Spanish claims', () => {
  it('reads the clause before a closing frame as reported, but not a subordinate clause', () => {
    const report = analyse(['El puente está cerrado desde el lunes, dijo un portavoz.', 'Cuando llegó el tren a la estación, dijo el ministro.']);
    expect(claims(report)).toEqual([['attributed', 'un portavoz', 'El puente está cerrado desde el lunes']]);
  });

  it.each([
    ['supuestamente', 'El alcalde supuestamente recibió sobornos de una constructora.', 'hedge: "supuestamente" — no named source'],
    ['conditional of rumour', 'El ministro habría ocultado documentos a la comisión.', 'hedge: "habría ocultado" — no named source'],
  ])('a hedge (%s) makes the sentence unsupported, with the cue as reason', (_name, text, reason) => {
    const report = analyse([text]);
    expect(claims(report)).toEqual([['unsupported', null, text]]);
    expect(report.claims[0]!.reasons).toEqual([reason]);
  });

  it('flags anonymous sources as unsupported', () => {
    const report = analyse(['Según fuentes cercanas a la investigación, la ley se aprobará en otoño.']);
    expect(claims(report)).toEqual([['unsupported', 'fuentes cercanas a la investigación', 'la ley se aprobará en otoño']]);
    expect(report.claims[0]!.reasons).toEqual(['anonymous source: "Según fuentes"', 'anonymous source: "fuentes cercanas"']);
  });

  it('reports an anonymous source with a body after it as written, and names no source', () => {
    const report = analyse(['El Gobierno prepara una reforma fiscal, según fuentes cercanas al Ejecutivo.']);
    expect(claims(report)).toEqual([['unsupported', 'fuentes cercanas al Ejecutivo', 'El Gobierno prepara una reforma fiscal']]);
    expect(report.claims[0]!.reasons).toEqual(['anonymous source: "según fuentes"', 'anonymous source: "fuentes cercanas"']);
  });

  it('marks a claim unsupported when the same sentence says evidence is missing', () => {
    const report = analyse(['El inversor Pablo Herrera afirmó que la empresa había vendido datos de clientes, sin aportar pruebas.']);
    expect(claims(report)).toEqual([['unsupported', 'Pablo Herrera', 'que la empresa había vendido datos de clientes, sin aportar pruebas']]);
    expect(report.claims[0]!.reasons[0]).toBe('the article says evidence is missing: "sin aportar pruebas"');
  });

  it('marks the claim before a sentence saying evidence is missing', () => {
    const report = analyse(['El inversor Pablo Herrera afirmó que la empresa había vendido datos de clientes.', 'Herrera no aportó ninguna prueba.']);
    expect(report.claims[0]).toMatchObject({ status: 'unsupported', speaker: 'Pablo Herrera', text: 'que la empresa había vendido datos de clientes' });
    expect(report.claims[0]!.reasons[0]).toBe('the article says evidence is missing: "no aportó ninguna prueba"');
  });

  it.each([
    ['afirmó que', 'En junio, Lucía Romero afirmó que el grupo había incumplido claramente sus objetivos.', 'Lucía Romero', 'que el grupo había incumplido claramente sus objetivos'],
    ['dijo que', 'El ministro Juan Ortega dijo que la ley se votará en mayo.', 'Juan Ortega', 'que la ley se votará en mayo'],
  ])('reads reported speech with a named speaker as attributed (%s)', (_name, text, speaker, claim) => {
    const report = analyse([text]);
    expect(claims(report)).toEqual([['attributed', speaker, claim]]);
    expect(report.claims[0]!.reasons.join(' ')).toContain(`attributed to ${speaker}`);
  });

  it('reads a named study with a figure as supported', () => {
    const report = analyse(['Según un estudio de la Universidad de Granada, el 40 % de los adolescentes duerme menos de siete horas.']);
    expect(report.claims.map((claim) => claim.status)).toEqual(['supported']);
    expect(report.claims[0]!.reasons).toContain('evidence named: "Según un estudio"');
    expect(facts(report, 'source')).toEqual([['Universidad de Granada', null, null]]);
    expect(facts(report, 'percent')).toEqual([['40 %', 40, null]]);
  });

  it('finds nothing in plain narration', () => {
    expect(analyse(['Hacía sol. El tren salió a su hora y llegó a Granada por la noche.']).claims).toEqual([]);
  });

  it("does not flag a hedge that stands inside someone else's quotation", () => {
    const report = analyse(['«Supuestamente todo va bien», dijo Eva Ramos en tono de burla sobre los planes del ayuntamiento.']);
    expect(quotes(report)).toEqual([['Supuestamente todo va bien', 'Eva Ramos']]);
    expect(report.claims.filter((claim) => claim.status === 'unsupported')).toEqual([]);
  });
});

describe('Spanish negated verbs of saying', () => {
  // The speaker of a negated verb does not say what its clause holds; a negation inside the clause is the clause's own.
  it.each([
    ["no confirmó que", "El ministro no confirmó que las negociaciones hubieran fracasado el viernes.", []],
    ["a negation inside the clause", "El ministro dijo que no asistiría a la reunión del viernes.", [["attributed", "El ministro", "que no asistiría a la reunión del viernes"]]],
  ] as Array<[string, string, string[][]]>)('%s', (_name, text, expected) => {
    expect(claims(analyse([text]))).toEqual(expected);
  });
});

describe('Spanish facts', () => {
  const report = analyse(['El grupo Telefónica invirtió 3 millones de dólares en Bilbao el 25 de abril de 2023, un aumento del 15 % respecto al año pasado.']);

  it('reads money with its scale and currency', () => {
    expect(facts(report, 'money')).toEqual([['3 millones de dólares', 3_000_000, 'USD']]);
    expect(facts(analyse(['La alcaldesa Rosa Martínez anunció un presupuesto de 2,5 millones de euros.']), 'money'))
      .toEqual([['2,5 millones de euros', 2_500_000, 'EUR']]);
  });

  it('reads percentages', () => {
    expect(facts(report, 'percent')).toEqual([['15 %', 15, null]]);
  });

  it('resolves absolute and relative dates against the published date', () => {
    expect(report.facts.filter((fact) => fact.kind === 'date').map((fact) => [fact.text, fact.resolved])).toEqual([
      ['el 25 de abril de 2023', '2023-04-25'],
      ['año pasado', '2023'],
    ]);
    const week = analyse(['La alcaldesa Rosa Martínez anunció la semana pasada un nuevo presupuesto.']);
    expect(week.facts.filter((fact) => fact.kind === 'date').map((fact) => [fact.text, fact.resolved])).toEqual([['la semana pasada', '2024-03-04']]);
  });

  it('names the people, organisations and places', () => {
    expect(facts(report, 'organization')).toEqual([['Telefónica', null, null]]);
    expect(facts(report, 'place')).toEqual([['Bilbao', null, null]]);
    expect(facts(analyse(['La alcaldesa Rosa Martínez anunció un nuevo presupuesto.']), 'person')).toEqual([['Rosa Martínez', null, null]]);
  });
});

describe('Spanish bad input', () => {
  it.each([
    ['unbalanced marks', ['«Dijo «no» y «sí', '» « » “ ” — — \' " ']],
    ['a 200 KB paragraph', ['La palabra «cita», dijo él, es así. '.repeat(5800)]],
    ['no punctuation', ['este es un texto sin ningún signo de puntuación y sin mayúsculas dijo el ministro']],
    ['a dash left open', ['—No vamos a ceder dijo el alcalde y se fue sin cerrar la frase']],
    ['emoji, zero-width and no-break spaces', ['😀 Él\u200Bdijo:\u00A0«Hola\u202F&amp; adiós» 👍🏽\uFEFF']],
  ])('%s: a report, no exception', (_name, paragraphs) => {
    const report = analyse(paragraphs);
    expectWellFormed(report);
  });
});
