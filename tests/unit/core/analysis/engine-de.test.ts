// The German engine end to end on paragraphs written for these tests: quotations in every convention,
// speakers through pronouns and descriptions, reported speech, hedges and missing evidence.
import { describe, expect, it } from 'vitest';
import { analyserFor, claimsOf, expectWellFormed, quotesOf as quotes } from './report-helpers';
import type { Report } from '../../../../src/core/report';

const analyse = analyserFor('de');
/** Each claim as [status, speaker, text, first reason]. */
const claimsWithReason = (report: Report) => report.claims.map((claim) => [claim.status, claim.speaker, claim.text, claim.reasons[0]]);

describe('German quotations and their speakers', () => {
  it.each([
    ['low-high marks, verb after', ['Die Ministerin Anna Berger besuchte das Werk. „Wir werden den Standort erhalten“, sagte Berger am Montag.'], [['Wir werden den Standort erhalten', 'Anna Berger']]],
    ['chevrons and a colon frame', ['Thomas Krause äußerte sich knapp: »Das Angebot ist schlicht zu niedrig für uns.«'], [['Das Angebot ist schlicht zu niedrig für uns.', 'Thomas Krause']]],
    ['dash speech with a pronoun', ['Der Gründer der Firma, Jonas Weber, war verärgert.', '– Sie haben unsere Pläne kopiert. Wir klagen – schrieb er im Netz.'], [['Sie haben unsere Pläne kopiert. Wir klagen', 'Jonas Weber']]],
    ['particle so', ['„Die Preise werden im Herbst weiter steigen“, so Claudia Roth vom Verband.'], [['Die Preise werden im Herbst weiter steigen', 'Claudia Roth']]],
    ['interrupted by its frame', ['„Wir bleiben“, sagte Petra Lang, „bis zum bitteren Ende der Verhandlungen.“'], [['Wir bleiben', 'Petra Lang'], ['bis zum bitteren Ende der Verhandlungen.', 'Petra Lang']]],
    ['a short quotation inside reported speech', ['Im Mai sagte Karl Huber, er sei ‚offen für Gespräche‘.'], [['offen für Gespräche', 'Karl Huber']]],
    ['the object of zitieren is the one quoted', ['Ein Fernsehsender zitierte Andreas Papandreou mit den Worten: „Wenn ich das Problem bin, gehe ich.“'], [['Wenn ich das Problem bin, gehe ich.', 'Andreas Papandreou']]],
    ['an impersonal frame cites its source', ['Aus Paris hieß es, das Vorgehen sei „eine schwerwiegende Verletzung des Abkommens“.'], [['eine schwerwiegende Verletzung des Abkommens', 'Aus Paris']]],
    ['a verb after an apposition', ['Der Vorsitzende des Verbands, Michael Knipper, kritisierte die Entscheidung scharf: „Das ist ein Fehler, den wir bezahlen.“'], [['Das ist ein Fehler, den wir bezahlen.', 'Michael Knipper']]],
    ['a judgement after als is someone\'s words', ['Die Mieterin Anna Roth sieht die Erhöhung als „unverschämte Abzocke“.'], [['unverschämte Abzocke', 'Anna Roth']]],
    ['a lower-case phrase after a category noun is no name', ['Richter Paul Stein erklärte, er sehe in dem Gesetz „kein Hindernis für die Klage“.'], [['kein Hindernis für die Klage', 'Paul Stein']]],
    ['a capitalised sentence is no title', ['Bürgermeisterin Eva Kunz bekräftigte am Abend: „Unsere Stadt ist nicht Berlin.“'], [['Unsere Stadt ist nicht Berlin.', 'Eva Kunz']]],
    ['a lower-case phrase lifted from a named party', ['Das Europäische Parlament nahm die Lage mit „tiefer Besorgnis“ zur Kenntnis.'], [['tiefer Besorgnis', 'Europäisches Parlament']]],
    ['a characterisation after von and an article', ['Die Abgeordnete Ute Brand sprach von einem „Feldzug gegen die freien Schulen im ganzen Land“.'], [['Feldzug gegen die freien Schulen im ganzen Land', 'Ute Brand']]],
    ['zeigte sich with a feeling is a frame of speech', ['Die Ministerin Lea Kern zeigte sich bestürzt: „Das ist ein schwarzer Tag für uns alle.“'], [['Das ist ein schwarzer Tag für uns alle.', 'Lea Kern']]],
    ['the subject before a quoted name speaks', ['Selbst die Wochenzeitung „Abendpost“ hatte im Mai kritisiert, dass sie „für ihre Nähe zu Extremisten bekannt“ sei.'], [['für ihre Nähe zu Extremisten bekannt', 'die Wochenzeitung']]],
    ['an adverb among the attributes', ['Ein nicht genannter Vertreter der Firma Nordwind bezeichnet die Investition als „strategisch wichtig“.'], [['strategisch wichtig', 'Ein nicht genannter Vertreter der Firma Nordwind']]],
    ['reported speech going on in the next sentence', ['Die Hausverwaltung versicherte, dass die Tafel noch existiere. Eine „offene bauliche Frage“ sei der Grund für die Verzögerung.'], [['offene bauliche Frage', 'Die Hausverwaltung']]],
    ['a clause about a name after a speaker\'s colon', ['Der Regierungssprecher Steffen Seibert versuchte mit den Worten zu beruhigen: „Der IWF ist funktionstüchtig“.'], [['Der IWF ist funktionstüchtig', 'Steffen Seibert']]],
    ['a sentence that refers back with a modal and the verb last', ['„Ja, es gibt Zumutungen“. Das musste Bundesfinanzminister Peer Steinbrück zu Beginn der Debatte einräumen.'], [['Ja, es gibt Zumutungen', 'Peer Steinbrück']]],
    ['a capitalised characterisation by a verb of saying, in the passive without an agent', ['Northrop Grumman gewann den Auftrag des Pentagons.', 'In den Medien war der Großauftrag als „Geschäft des Jahrhunderts“ bezeichnet worden.'], [['Geschäft des Jahrhunderts', null]]],
    ['a name before the participle that it is known by', ['Nach Angaben der Agenturen umstellten Polizisten das als „Dschungel von Calais“ bekannte Lager.'], []],
    ['a verb of saying in a relative clause its comma closes is no frame', ['Anna Berger nannte den Plan, den viele Experten lobten, „einen schweren Fehler“.'], [['einen schweren Fehler', 'Anna Berger']]],
    ['a title after the colon of no one named', ['Anna Roth lebt in Berlin. Das Buch, das sie vorstellte, ist ihr Erstwerk: „Sie befinden sich hier“.'], []],
    ['the agent of a passive verb of saying, a name\'s genitive before kin', ['John Demjanjuk ist schwer krank.', 'Es wurde von Demjanjuks Sohn die Mutmaßung geäußert, man wolle mit ihm nur „ein lasches Vorgehen überspielen“.'], [['ein lasches Vorgehen überspielen', 'Demjanjuks Sohn']]],
    ['a name\'s genitive before a role with its name: the name', ['Angela Merkel reiste am Montag ab. Merkels Sprecher Ulrich Wilhelm sagte: „Die Reise war ein Erfolg.“'], [['Die Reise war ein Erfolg.', 'Ulrich Wilhelm']]],
    ['a genitive name before the speaker\'s description', ['Anna Berger sprach zuerst. Bergers wissenschaftlicher Mitarbeiter Nick Brauns hat weniger Hemmungen, das zu zeigen: „Wir unterstützen die Forderung.“'], [['Wir unterstützen die Forderung.', 'Nick Brauns']]],
    ['a pronoun with no name before it: the description that led', ['Der Student verbrachte die Nacht in Gewahrsam. Ab und zu war er wach und hatte gefragt: „Was ist mit dem Radfahrer passiert?“'], [['Was ist mit dem Radfahrer passiert?', 'Der Student']]],
    ['a pronoun skips a description whose article it does not agree with', ['Die Forscherin untersucht seit Jahren den See. Das Wasser ist dort besonders klar. „Das hat uns überrascht“, erklärt sie.'], [['Das hat uns überrascht', 'Die Forscherin']]],
    ['sie stands for the woman named before the man', ['Anna Weber leitet das Projekt seit Jahren. Peter Roth kam erst im Mai dazu. „Wir sind auf einem guten Weg“, sagte sie.'], [['Wir sind auf einem guten Weg', 'Anna Weber']]],
    ['er stands for the man named before the woman', ['Peter Roth kam im Mai dazu. Anna Weber leitet das Projekt. „Ich bin zufrieden“, sagte er.'], [['Ich bin zufrieden', 'Peter Roth']]],
    ['er does not stand for a feminine description', ['Die Behörde prüft den Antrag. „Wir entscheiden im Mai“, sagte er.'], [['Wir entscheiden im Mai', 'er']]],
    ['a name in parentheses right after the quotation', ['Zuerst zu meiner eigenen Meinung: „Ich hoffe, ich kann noch lange hier wohnen“ (Petra Lang) Petra Lang lebt seit Jahren im Heim.'], [['Ich hoffe, ich kann noch lange hier wohnen', 'Petra Lang']]],
    ['the subject of the verb before und, after a quoted question', ['Peter Roth fragt Jan Berg: „Darf ich heute mitkommen?“ und Jan lacht und sagt: „Ich dachte schon, du fragst nie.“'], [
      ['Darf ich heute mitkommen?', 'Peter Roth'], ['Ich dachte schon, du fragst nie.', 'Jan'],
    ]],
    ['no object before a participle for the subject before und', ['Der Premier Tom Reyes hat sich vor Ort über die Lage informiert und sprach von einer „völligen Verwüstung der ganzen Stadt“.'], [['völligen Verwüstung der ganzen Stadt', 'Tom Reyes']]],
    ['a frame whose sentence end lost its space', ['„Wir bleiben bis zum Ende der Saison“, sagte Trainerin Eva Roth.Als Grund nannte sie den Zusammenhalt.'], [['Wir bleiben bis zum Ende der Saison', 'Eva Roth']]],
    ['a quotation without a frame after a sentence about someone else', ['„Der Vertrag ist unterschrieben“, sagte der Präsident. Seine Anwältin, Maria Kern, wusste seit Wochen davon. „Er hat lange gezögert.“'], [
      ['Der Vertrag ist unterschrieben', 'der Präsident'], ['Er hat lange gezögert.', 'Maria Kern'],
    ]],
    ['a quotation without a frame after a sentence that names someone else later on', ['„Der Vertrag ist unterschrieben“, sagte Jan Roth. Er hatte die Nacht über mit dem Anwalt Peter Kühn verhandelt. „Es war ein harter Kampf.“'], [
      ['Der Vertrag ist unterschrieben', 'Jan Roth'], ['Es war ein harter Kampf.', 'Jan Roth'],
    ]],
    ['a quotation in parentheses after a name', ['Viele gratulierten, so der Leiter der Behörde, Thomas Weber („Niemand hat es mehr verdient als er.“).'], [['Niemand hat es mehr verdient als er.', 'Thomas Weber']]],
    ['a clause with its own subject after the quotation is no frame', ['Thomas Kurz, der Gelb-Rot sah, nannte seinen Platzverweis „völlig überzogen“, Bundestrainer Jan Berger bezeichnete die Karten als „übertrieben“.'], [['völlig überzogen', 'Thomas Kurz'], ['übertrieben', 'Jan Berger']]],
    ['a conclusion noun before a reported clause in marks', ['Das Gericht kam damit zu dem Ergebnis, „dass keine tragfähige Grundlage für eine Verurteilung besteht“.'], [['dass keine tragfähige Grundlage für eine Verurteilung besteht', 'Das Gericht']]],
    ['a speaker particle in the report before', ['Doch sei es, so der Schriftsteller Tom Weber in einem Blog, ein Fehler gewesen. Deshalb müsse „die Politik des Präsidenten Teil der Lösung sein“.'], [['die Politik des Präsidenten Teil der Lösung sein', 'Tom Weber']]],
    ['a report continued past an organisation it mentions', ['In Brüssel hatte Peer Brück Positives zu vermelden. Erstmals sei die Bundesregierung in der Lage, die Kriterien „aller Voraussicht nach“ einzuhalten.'], [['aller Voraussicht nach', 'Peer Brück']]],
    ['a verb at the end of the subordinate clause the quotation stands in', ['Der Bericht ist brisant, weil die Regierung das Land im Mai als „junge mutige Demokratie“ bezeichnet hat.'], [['junge mutige Demokratie', 'die Regierung']]],
    ['erinnerte sich frames speech', ['„Viele hielten uns für verrückt“, erinnerte sich Klaus Trotnow später.'], [['Viele hielten uns für verrückt', 'Klaus Trotnow']]],
    ['a so-particle that closes a long sentence', ['Die Summe sei „mit Vorsicht zu genießen“, da ähnliche Arbeiten in Deutschland etwa das Doppelte gekostet hätten, so die FIFA.'], [['mit Vorsicht zu genießen', 'FIFA']]],
    ['a condition after the subject is no clause that speaks', ['Zuvor hatte der libysche Diktator Gaddafi mit Gewalt gedroht, sollte die UNO einen Beschluss fassen: „Alle Schiffe werden angegriffen.“'], [['Alle Schiffe werden angegriffen.', 'Gaddafi']]],
    ['a publication named in marks after the verb speaks', ['Der Hersteller Nordsoft stellte am Montag seine neue Software vor. Sein Chef Kevin Lang erklärte die Funktionen.', '„Die Betonung von Video zeigt, dass Nordsoft aufholen will“, schreibt die „Computerwoche“.', '„Das ist ein schwerer Rückschlag für die Regierung“, kommentierte der „Tagesspiegel“ am Dienstag.'], [['Die Betonung von Video zeigt, dass Nordsoft aufholen will', 'Computerwoche'], ['Das ist ein schwerer Rückschlag für die Regierung', 'Tagesspiegel']]],
    ['zitieren with a quoted name as subject: the object is the one quoted', ['Auf der Konferenz gab der Chefarchitekt des Unternehmens Kevin Lynch einen Einblick in die neue Version.', '„Das wird das größte Update aller Zeiten“, zitiert die „Computerwoche“ Lynch in einem Bericht.'], [['Das wird das größte Update aller Zeiten', 'Kevin Lynch']]],
    ['sprechen von with its subject after the verb', ['Von „absichtlicher Täuschung“ sprechen mehrere Zeitungen heute im Zusammenhang mit der Doktorarbeit des Ministers.'], [['absichtlicher Täuschung', 'mehrere Zeitungen']]],
    ['a statement in marks after the frame is no name', ['„Wir bleiben“, sagte Petra Lang und fügte hinzu: „Wir haben keine Wahl, das sehen alle so.“'], [['Wir bleiben', 'Petra Lang'], ['Wir haben keine Wahl, das sehen alle so.', 'Petra Lang']]],
    ['chanted slogans joined by oder share the crowd as speaker', ['Unter dem Motto „Freiheit statt Angst“ zogen die Demonstranten durch die Stadt und skandierten dabei Parolen wie „Stoppt die Überwachung“ oder „Daten sind kein Freiwild“.'], [['Stoppt die Überwachung', 'die Demonstranten'], ['Daten sind kein Freiwild', 'die Demonstranten']]],
    ['a pronoun leads, the verb after und shares it', ['Der Ausschussvorsitzende Paul Adler verteidigte den Entwurf. Er halte die Verlängerung der Gesetze für vertretbar und bezeichnete die Erweiterung als „maßvoll“.'], [['maßvoll', 'Paul Adler']]],
    ['a long lead before an impersonal frame is its source', ['In einem Positionspapier des Bundesministeriums des Innern heißt es, die Regeln hätten sich bewährt. Deshalb sei es „folgerichtig, die bewährten Regeln beizubehalten“.'], [['folgerichtig, die bewährten Regeln beizubehalten', 'In einem Positionspapier des Bundesministeriums des Innern']]],
    ['a relative clause the quotation stands in: its antecedent speaks', ['In der Zeitung erschien ein Kommentar, der die Entscheidung als „groben Fehler“ bezeichnet, dem viele Leser zustimmten.'], [['groben Fehler', 'ein Kommentar']]],
    ['a relative clause in the passive: its antecedent is described, no speaker', ['Die Rauchschwaden, die als „nebelartig“ beschrieben wurden, weisen einen Brandgeruch auf.'], [['nebelartig', null]]],
    ['a verb of saying with its subject before a source: the subject speaks, the source reports it', ['Arni Finnsson kommentierte die Entscheidung laut „Spiegel“ mit folgenden Worten: „Es gibt in Island keinen Markt für dieses Fleisch.“'], [['Es gibt in Island keinen Markt für dieses Fleisch.', 'Arni Finnsson']]],
    ['over two paragraphs', ['Markus Vogel sprach lange. „Wir haben alles versucht, um die Arbeitsplätze zu retten.', '„Am Ende hat es leider nicht gereicht“, sagte Vogel.'], [['Wir haben alles versucht, um die Arbeitsplätze zu retten. Am Ende hat es leider nicht gereicht', 'Markus Vogel']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quotes(analyse(paragraphs))).toEqual(expected);
  });

  it.each([
    ['a so-called term', 'Die Firma erhebt Gebühren für die sogenannten ‚grünen Haken‘.'],
    ['the name of a spacecraft', 'Das Raumschiff „Shenzhou 6“ startete am Morgen.'],
    ['a scare quote without speech', 'Die „Reform“ kam nie.'],
    ['an outlet after laut', 'Laut „Spiegel“ soll der Vertrag bald unterschrieben werden, sagte ein Sprecher.'],
    ['an airline, and a plane whose crew spoke', 'Die Maschine der Fluggesellschaft „Nordwind“ befand sich auf dem Weg nach Rom.'],
    ['models joined by und', 'Als Beispiele nennt der Konzern die Modelle „Tarvo“ und „Pelix“.'],
    ['labels in parentheses', 'Sie forderte Änderungen bei der Rente („Rente mit 70“, „Mütterrente“) und sagte, sie bleibe dabei.'],
    ['a long name without a verb', 'Der Minister Jan Ost sagte, das „Gesetz zur Stärkung regionaler Verkehrsbetriebe im ländlichen Raum“ komme.'],
    ['a one-word outlet after a verb of saying', 'Das berichtete die „Morgenpost“ am Dienstag.'],
    ['a lower-case phrase inside a noun phrase', 'Im „historischen Saal“ der Firma Siemens tagte gestern der Rat.'],
    ['a French title in a German text', 'Der Verein Boule Kassel berichtete vom „Championnat du Monde de Pétanque“ in Paris.'],
    ['a name with a verb that the article repeats', 'Wie die „Hilfe für Alle hilft“ mitteilte, sagte der Sprecher, es gehe voran. Die „Hilfe für Alle hilft“ ist ein Bündnis.'],
    ['a name inside a compound', 'Wie die „Abendpost“-Zeitung am Montag berichtete, sagte der Bürgermeister nichts.'],
    ['heißen without es names a place', 'Damals hieß das Gasthaus noch „Zum Goldenen Hirsch“, sagte der Wirt Tom Kaul.'],
    ['a reputation after gilt als', 'Der frühere Minister Jan Ost galt schon damals als „heimlicher Regierungschef“.'],
    ['a scientific name', 'Der wissenschaftliche Name lautet „Pelagornis sandersi“, sagte der Forscher Max Berg.'],
    ['a film title after a verb of saying', 'Der Regisseur Tom Ried sagte, er drehe nun den Film „Die letzte Fähre“.'],
  ])('no statement: %s', (_name, text) => {
    expect(analyse([text]).quotes).toEqual([]);
  });
});

describe('German claims', () => {
  const status = (report: Report) => report.claims.map((claim) => [claim.status, claim.speaker]);

  it('reads reported speech in Konjunktiv I as attributed', () => {
    const report = analyse(['Im Juni sagte Lisa Brandt, der Konzern habe die Ziele deutlich verfehlt.']);
    expect(status(report)).toEqual([['attributed', 'Lisa Brandt']]);
    expect(report.claims[0]!.text).toBe('der Konzern habe die Ziele deutlich verfehlt');
    expect(report.claims[0]!.reasons.join(' ')).toContain('habe');
  });

  it('reads the claim after a threat to sue, not the threat', () => {
    const report = analyse(['Die Chefin von Nordwind, Anna Berg, hat gedroht, Südwind zu verklagen, und behauptet, die Firma habe Kundendaten ohne Erlaubnis genutzt.']);
    expect(status(report)).toEqual([['attributed', 'Anna Berg']]);
    expect(report.claims[0]!.text).toBe('die Firma habe Kundendaten ohne Erlaubnis genutzt');
  });

  // After `sagte,` a clause in Konjunktiv is what was said, whole: with a `dass` or `ob` of its own, with a
  // quoted word first, with a verb the lexicon does not list. Each row: the sentence, the speaker, the claim's text.
  it.each([
    ['Der Bergführer Jan Berg sagte, er gehe nicht davon aus, dass die Hütte den Sturm überstanden habe.', 'Jan Berg', 'er gehe nicht davon aus, dass die Hütte den Sturm überstanden habe'],
    ['Die Anwältin Eva Lang sagte, es werde geprüft, ob eine Klage Aussicht hat.', 'Eva Lang', 'es werde geprüft, ob eine Klage Aussicht hat'],
    ['Die Ministerin Eva Lang sagte, „Sperrzonen“ dürfe es nicht geben.', 'Eva Lang', '„Sperrzonen“ dürfe es nicht geben'],
    ['Die Züchterin Eva Lang sagte, die Sorte erspare den Bauern viel Arbeit.', 'Eva Lang', 'die Sorte erspare den Bauern viel Arbeit'],
    ['Die Züchterin Eva Lang sagte, dass die Sorte den Bauern viel Arbeit erspart.', 'Eva Lang', 'dass die Sorte den Bauern viel Arbeit erspart'],
  ])('reads the whole Konjunktiv clause after a verb of saying: %s', (sentence, speaker, text) => {
    expect(analyse([sentence]).claims.map((claim) => [claim.status, claim.speaker, claim.text])).toEqual([['attributed', speaker, text]]);
  });

  it('takes the name after a role with its company for the speaker, not the company', () => {
    const report = analyse(['Der Chef von Siemens, Karl Berg, hat gedroht, Bosch zu verklagen, und behauptet, die Firma habe Patente verletzt.']);
    expect(status(report)).toEqual([['attributed', 'Karl Berg']]);
  });

  it('reads a hedge over what a named source says as a hedge, with the source in its reason', () => {
    const [claim] = analyse(['Laut Spiegel hat der Konzern angeblich 3 Millionen Euro an Vermittler gezahlt.']).claims;
    expect(claim).toMatchObject({ status: 'unsupported', speaker: 'Spiegel' });
    expect(claim!.reasons).toEqual(['hedge: "angeblich", though Spiegel is named as the source', 'source named: "Laut Spiegel"']);
  });

  it('reads a source named inside its clause as the whole sentence, and one that opens it as the rest', () => {
    const report = analyse([
      'Bei dem Angriff starben mehrere Menschen. Es handele sich ersten Angaben der Polizei zufolge um vier bewaffnete Täter.',
      'Der Fahrer sei laut Polizei mit hoher Geschwindigkeit unterwegs gewesen.',
      'Laut Polizei sei der Fahrer betrunken gewesen.',
    ]);
    expect(report.claims.map((claim) => [claim.status, claim.text])).toEqual([
      ['attributed', 'Es handele sich ersten Angaben der Polizei zufolge um vier bewaffnete Täter'],
      ['attributed', 'Der Fahrer sei laut Polizei mit hoher Geschwindigkeit unterwegs gewesen'],
      ['attributed', 'sei der Fahrer betrunken gewesen'],
    ]);
  });

  it.each([
    ['a frame with its dass-clause', 'Wo steht eigentlich geschrieben, dass man eine wichtige Frage nicht im Parlament erörtern kann?'],
    ['a view asked for in an interview', 'Welche Vorschläge des Gesetzes sind Ihrer Meinung nach verfassungswidrig?'],
  ])('reads no claim in a question: %s', (_how, sentence) => {
    expect(analyse([sentence]).claims).toEqual([]);
  });

  it('still reads the claim of a sentence with a quoted question in it', () => {
    expect(analyse(['Die Ministerin sagte, die Frage „Wer zahlt?“ sei noch offen.']).claims.map((claim) => claim.text)).toEqual(['die Frage „Wer zahlt?“ sei noch offen']);
  });

  // A source set off at the sentence's end with nothing after it: the head is the claim.
  it.each([
    ['a bare name', 'Drei Menschen wurden bei dem Unfall verletzt, laut Polizei.', ['attributed', 'Polizei', 'Drei Menschen wurden bei dem Unfall verletzt']],
    ['a description with its genitive', 'Drei Menschen wurden bei dem Unfall verletzt, laut einem Sprecher der Feuerwehr.', ['attributed', 'einem Sprecher der Feuerwehr', 'Drei Menschen wurden bei dem Unfall verletzt']],
    ['a statement and whose it is', 'Die Wurzeln hätten die Steine angehoben, laut Aussage der Stadt.', ['attributed', 'der Stadt', 'Die Wurzeln hätten die Steine angehoben']],
  ])('reads the head before a closing laut as the claim: %s', (_how, sentence, expected) => {
    expect(analyse([sentence]).claims.map((claim) => [claim.status, claim.speaker, claim.text])).toEqual([expected]);
  });

  // A clause in Konjunktiv after the comma of a verb of saying: each row, how, the sentence, and the claim.
  it.each([
    ['a subject pronoun before an unlisted Konjunktiv and an adjective', 'Der Minister sagte gestern, man erwäge rechtliche Schritte gegen die Firma.', ['attributed', 'Der Minister', 'man erwäge rechtliche Schritte gegen die Firma']],
    ['up to the verb of saying that resumes the frame', 'Nachdem er gefragt wurde, was seine Partei von den anderen unterscheide, entgegnete Suttner empört, das sei bekannt.', ['attributed', null, 'was seine Partei von den anderen unterscheide']],
  ])('reads a Konjunktiv clause after its frame: %s', (_how, sentence, expected) => {
    expect(analyse([sentence]).claims.map((claim) => [claim.status, claim.speaker, claim.text])).toEqual([expected]);
  });

  // A source inside the clause without a comma, with few words after it: still the whole sentence.
  it.each([
    ['Die Sperrung soll laut Wolff aus Sicherheitsgründen erfolgen.', 'Wolff'],
    ['Die Zimmer sind laut Lea Brandt zudem recht dunkel.', 'Lea Brandt'],
  ])('reads a source inside a short clause as the whole sentence: %s', (sentence, speaker) => {
    expect(analyse([sentence]).claims.map((claim) => [claim.status, claim.speaker, claim.text])).toEqual([['attributed', speaker, sentence.slice(0, -1)]]);
  });

  // A source whose noun stands for it: no speaker phrase after `nach`/`laut`. Each row: how, the
  // paragraph, the claim's status, text, speaker and reasons.
  it.each([
    ['a compound names the source', 'Nach Polizeiangaben wurden drei Menschen verletzt.', 'attributed', 'wurden drei Menschen verletzt', 'Polizei', ['source named: "Nach Polizeiangaben"']],
    ['a compound with a linking s', 'Nach Regierungsangaben sind 40 Soldaten verletzt worden.', 'attributed', 'sind 40 Soldaten verletzt worden', 'Regierung', ['source named: "Nach Regierungsangaben"']],
    ['adjectives before the noun', 'Nach offiziellen chinesischen Angaben starben bei dem Unglück 40 Menschen.', 'attributed', 'starben bei dem Unglück 40 Menschen', null, ['source named: "Nach offiziellen chinesischen Angaben"']],
    ['own statements', 'Nach eigenen Angaben hat das Unternehmen 300 Stellen gestrichen.', 'attributed', 'hat das Unternehmen 300 Stellen gestrichen', null, ['source named: "Nach eigenen Angaben"']],
    ['an adjective, then the named source', 'Nach ersten Angaben der Feuerwehr brach das Feuer im Keller aus.', 'attributed', 'brach das Feuer im Keller aus', 'der Feuerwehr', ['source named: "Nach ersten Angaben der Feuerwehr"']],
    ['inside its clause: the whole sentence', 'Bei dem Unfall wurden nach Polizeiangaben zwei Kinder verletzt.', 'attributed', 'Bei dem Unfall wurden nach Polizeiangaben zwei Kinder verletzt', 'Polizei', ['source named: "nach Polizeiangaben"']],
    ['provisional, no one named: a hedge', 'Nach ersten Informationen wurden keine Menschen verletzt.', 'unsupported', 'wurden keine Menschen verletzt', null, ['hedge: "Nach ersten Informationen" — no named source']],
    ['reports of no one named: a hedge', 'Laut Medienberichten will der Konzern das Werk schließen.', 'unsupported', 'will der Konzern das Werk schließen', 'Medien', ['hedge: "Laut Medienberichten" — no named source']],
  ])('reads a source that its noun names: %s', (_how, paragraph, status, text, speaker, reasons) => {
    expect(analyse([paragraph]).claims.map((claim) => [claim.status, claim.text, claim.speaker, claim.reasons])).toEqual([[status, text, speaker, reasons]]);
  });

  it.each([
    ['nach in time, before a noun', 'Nach Angaben zur Person fragte der Richter nicht.'],
    ['nach before a plain noun', 'Nach dem Spiel feierten die Fans bis in die Nacht.'],
    ['nach before an adjective and a plain noun', 'Nach langen Verhandlungen unterschrieben beide Seiten den Vertrag.'],
    ['a source noun as the object', 'Die Polizei machte keine Angaben zu den Tätern.'],
    ['a source noun too short to be a compound', 'Nach Abangaben aus dem Lager wird nicht gefragt.'],
  ])('reads no source in: %s', (_how, paragraph) => {
    expect(analyse([paragraph]).claims).toEqual([]);
  });

  // Konjunktiv II stands in for Konjunktiv I right after a sentence that speaks, even one that reports
  // no clause of its own; not two sentences on, and not after a sentence that does not speak.
  it.each([
    ['after a warning', ['Die äthiopische Regierung warnt vor weiteren Überschwemmungen im ganzen Land. Die wichtigsten Dämme befänden sich nahe der Grenze ihrer Belastbarkeit.'], [['attributed', 'Die wichtigsten Dämme befänden sich nahe der Grenze ihrer Belastbarkeit', 'Die äthiopische Regierung']]],
    ['after a characterisation', ['Der Verband Nordbau bezeichnet den Plan als Irrweg. Die Kosten würden sich in fünf Jahren verdoppeln.'], [['attributed', 'Die Kosten würden sich in fünf Jahren verdoppeln', 'Verband Nordbau']]],
    ['two sentences on', ['Die Regierung warnt vor Überschwemmungen. Der Fluss steigt seit Tagen. Die Dämme würden dann brechen.'], []],
    ['after a sentence that does not speak', ['Die Regierung hat das Gesetz beschlossen. Die Dämme würden sonst brechen.'], []],
    // In the passive the subject is what was said: the agent speaks, or no one named.
    ['after the passive, its agent', ['Der Plan wurde vom Verband Nordbau als Irrweg bezeichnet. Die Kosten würden sich verdoppeln.'], [['attributed', 'Die Kosten würden sich verdoppeln', 'Verband Nordbau']]],
    ['after the passive without an agent', ['Die Zahl der Toten wurde mit 13 angegeben. Außerdem seien 56 Autos zerstört worden.'], [['attributed', 'Außerdem seien 56 Autos zerstört worden', null]]],
    ['after the passive of zitieren, its subject', ['Der Minister wurde mit einer Warnung zitiert. Die Kosten würden sich verdoppeln.'], [['attributed', 'Die Kosten würden sich verdoppeln', 'Der Minister']]],
    ['a past indicative that looks like Konjunktiv II', ['Die Regierung warnt vor neuen Protesten. Am Sonntag gingen Tausende auf die Straße.'], []],
  ])('reads Konjunktiv II after speech: %s', (_how, paragraphs, expected) => {
    expect(analyse(paragraphs).claims.map((claim) => [claim.status, claim.text, claim.speaker])).toEqual(expected);
  });

  // Konjunktiv I of a verb the lexicon does not list, right after reported speech; each row: how, the
  // sentence after `Der Vorstand erklärte, der Konzern habe Fehler gemacht.`, and whether it is reported
  // speech (which carries the report on: one claim over both sentences).
  it.each([
    ['an unlisted verb in the second place', 'Der Schaden umfasse mehrere Millionen Euro.', true],
    ['after a subject with a genitive', 'Das Gros der Aktionäre handhabe die Sache gelassen.', true],
    ['an adjective before its noun', 'Das kleine Land befindet sich in einer Krise.', false],
    ['the first person', 'Ihren Fragen stelle ich eine Antwort voran.', false],
    ['the indicative past', 'Der Kurs der Aktie wurde am Abend ausgesetzt.', false],
    ['a stem in -t the lexicon lists', 'Sie rate allen Aktionären zum Verkauf.', true],
    ['an ordinal that looks like one', 'Damit ist Chile das achte Land in der Region.', false],
  ])('reads Konjunktiv I of an unlisted verb after a report: %s', (_how, sentence, claim) => {
    const claims = analyse([`Der Vorstand erklärte, der Konzern habe Fehler gemacht. ${sentence}`]).claims;
    expect(claims.map((found) => found.text)).toEqual([claim ? `der Konzern habe Fehler gemacht. ${sentence.slice(0, -1)}` : 'der Konzern habe Fehler gemacht']);
  });

  // A source that only refers back to the report before it (`Den Angaben zufolge`, `Nach diesen Angaben`)
  // has that report's speaker, or none where no report stands before; a document is a source of its own.
  it.each([
    ['den Angaben zufolge', 'Die Polizei teilte mit, dass drei Männer festgenommen wurden. Den Angaben zufolge waren sie betrunken.', 'Die Polizei'],
    ['nach diesen Angaben', 'Die Polizei teilte mit, dass drei Männer festgenommen wurden. Nach diesen Angaben waren sie betrunken.', 'Die Polizei'],
    ['no report before', 'Der Unfall geschah am Morgen. Den Angaben zufolge waren die Fahrer betrunken.', null],
  ])('gives a source that refers back the speaker before it: %s', (_how, paragraph, speaker) => {
    expect(analyse([paragraph]).claims.at(-1)?.speaker).toBe(speaker);
  });

  // Free indirect speech carries a report on: one claim while speaker and status hold, a new one where
  // they change or a sentence of the article's own stands between. Each row: how, the paragraphs, the
  // claims as [status, speaker, text].
  it.each([
    ['two sentences, one report', ['Der Minister Jan Berg sagte, die Lage sei ernst. Man müsse jetzt handeln.'],
      [['attributed', 'Jan Berg', 'die Lage sei ernst. Man müsse jetzt handeln']]],
    ['a hedge in the second: its own claim', ['Der Minister Jan Berg sagte, die Lage sei ernst. Die Kosten seien angeblich hoch.'],
      [['attributed', 'Jan Berg', 'die Lage sei ernst'], ['unsupported', 'Jan Berg', 'Die Kosten seien angeblich hoch']]],
    ['the article between', ['Der Minister Jan Berg sagte, die Lage sei ernst. Das Kabinett tagt am Montag. Man müsse jetzt handeln.'],
      [['attributed', 'Jan Berg', 'die Lage sei ernst'], ['attributed', 'Jan Berg', 'Man müsse jetzt handeln']]],
    ['another paragraph', ['Der Minister Jan Berg sagte, die Lage sei ernst.', 'Man müsse jetzt handeln.'],
      [['attributed', 'Jan Berg', 'die Lage sei ernst'], ['attributed', 'Jan Berg', 'Man müsse jetzt handeln']]],
    ['a new frame', ['Der Minister Jan Berg sagte, die Lage sei ernst. Die Ministerin Eva Lang erklärte, man müsse handeln.'],
      [['attributed', 'Jan Berg', 'die Lage sei ernst'], ['attributed', 'Eva Lang', 'man müsse handeln']]],
  ])('joins free indirect speech to the report it carries on: %s', (_how, paragraphs, expected) => {
    expect(analyse(paragraphs).claims.map((claim) => [claim.status, claim.speaker, claim.text])).toEqual(expected);
  });

  // A verb of saying inside the report's own clauses frames nothing: an infinitive, a verb before its
  // auxiliary at a clause's end, a relative clause right before the main clause's verb. And a frame in
  // a relative clause has the pronoun's antecedent for its speaker and ends with that clause. Each row:
  // how, the paragraph, the claims as [status, speaker, text].
  it.each([
    ['an infinitive that speaks of speaking', 'Der Ökonom Jan Berg sagte, die Firma sei stabil. Wäre das anders, hätte der Verband keinen Grund gehabt, öffentlich über die Firma zu sprechen.',
      [['attributed', 'Jan Berg', 'die Firma sei stabil. Wäre das anders, hätte der Verband keinen Grund gehabt, öffentlich über die Firma zu sprechen']]],
    ['a passive at the end of a clause', 'Die Trainerin Eva Lang sagte, die Abwehr brauche Hilfe. So sei es besser, wenn die Abwehr durch einen älteren, erfahreneren Spieler ergänzt werde.',
      [['attributed', 'Eva Lang', 'die Abwehr brauche Hilfe. So sei es besser, wenn die Abwehr durch einen älteren, erfahreneren Spieler ergänzt werde']]],
    ['a relative clause before the main verb', 'Ein Hoch, das tagelang über Skandinavien gestanden hatte, habe nun die Alpen erreicht, meldet der Wetterdienst.',
      [['attributed', 'der Wetterdienst', 'Ein Hoch, das tagelang über Skandinavien gestanden hatte, habe nun die Alpen erreicht']]],
    ['a frame in a relative clause', 'Die Ministerin Eva Lang, die am Montag sagte, die Lage sei ernst, trat zurück.',
      [['attributed', 'Eva Lang', 'die Lage sei ernst']]],
    ['its subject the pronoun, its report going on after a conjunction', 'Die Richterin Maria Roth, die vor dem Ausschuss betonte, sie gehöre keinem Verband an, sondern verstehe sich als Dienerin des Rechts, wird Präsidentin.',
      [['attributed', 'Maria Roth', 'sie gehöre keinem Verband an, sondern verstehe sich als Dienerin des Rechts']]],
  ])('reads the frame of a report in its own clauses: %s', (_how, paragraph, expected) => {
    expect(analyse([paragraph]).claims.map((claim) => [claim.status, claim.speaker, claim.text])).toEqual(expected);
  });

  // A request's content: the present plural of a verb in -ern (`fordern`), and a separable verb whose
  // particle stands after an apposition's commas. Each row: the sentence, its claims as [speaker, text].
  it.each([
    ['Die Verbände fordern die Bürger auf, die Abgeordneten anzuschreiben.', [['Die Verbände', 'die Abgeordneten anzuschreiben']]],
    ['Unterdessen ruft der Verband der Imker, ein Verein aus Kassel, alle Imker des Landes dazu auf, keine Pestizide zu kaufen.', [['der Verband der Imker', 'keine Pestizide zu kaufen']]],
  ])('reads the content of a request: %s', (sentence, expected) => {
    expect(analyse([sentence]).claims.map((claim) => [claim.speaker, claim.text])).toEqual(expected);
  });

  // The verb with its subject after it, then the report: in the indicative, and in Konjunktiv after an
  // apposition to the subject. Each row: the sentence, its claims as [status, speaker, text].
  it.each([
    ['Bei seinem Besuch in Wien sagte Berg, die Bauern hielten sich an die Regeln.', [['attributed', 'Berg', 'die Bauern hielten sich an die Regeln']]],
    ['Am Abend erklärte der Minister, die Regierung plant keine neuen Steuern.', [['attributed', 'der Minister', 'die Regierung plant keine neuen Steuern']]],
    ['In Berlin sagte Eva Lang, die Sprecherin der Feuerwehr, die Lage bleibe ernst.', [['attributed', 'Eva Lang', 'die Lage bleibe ernst']]],
    ['Der Trainer sagte, die Spieler, die gestern verloren, seien müde.', [['attributed', 'Der Trainer', 'die Spieler, die gestern verloren, seien müde']]],
  ])('reads the report after an inverted frame: %s', (sentence, expected) => {
    expect(analyse([sentence]).claims.map((claim) => [claim.status, claim.speaker, claim.text])).toEqual(expected);
  });

  // What was decided, called for, commissioned or judged possible is reported, though the verb is no
  // verb of saying.
  // Each row: the sentence, and its claims as [speaker, text].
  it.each([
    ['Der Verband hatte im Juni beschlossen, eine Studie zur Lärmbelastung in Auftrag zu geben.', [['Der Verband', 'eine Studie zur Lärmbelastung in Auftrag zu geben']]],
    ['Die Regierung hat beschlossen die Steuern zu senken.', [['Die Regierung', 'die Steuern zu senken']]],
    ['Der Rat hat entschieden, dass die Schule geschlossen wird.', [['Der Rat', 'dass die Schule geschlossen wird']]],
    ['Am Montag wurde beschlossen, den Streit vor ein Schiedsgericht zu bringen.', [[null, 'den Streit vor ein Schiedsgericht zu bringen']]],
    ['Der Experte Jan Berg hält es für möglich, dass die Zinsen steigen.', [['Jan Berg', 'dass die Zinsen steigen']]],
    ['Die Gäste, die nach Kleinwagen Ausschau halten, bekommen vor allem Limousinen zu sehen.', []],
    ['Der Stadtrat beschloss den Haushalt mit großer Mehrheit.', []],
    ['Die Firma beauftragte einen Anwalt, um den Vertrag zu prüfen.', []],
  ])('reads what a verb of deciding reports: %s', (sentence, expected) => {
    expect(analyse([sentence]).claims.map((claim) => [claim.speaker, claim.text])).toEqual(expected);
  });

  it('takes no verb of deciding for the frame of a quotation', () => {
    expect(analyse(['„Wir machen weiter“, beschloss der Rat nach langer Debatte.']).quotes.map((quote) => [quote.text, quote.speaker])).toEqual([['Wir machen weiter', null]]);
  });

  // `so` with the speaker after a comma closes a report that has no verb of saying (`…, so Müller.`).
  // Each row: how, the paragraph, and the claims as [status, text, speaker].
  it.each([
    ['Konjunktiv, then a name', ['Die Lage sei ernst, so Müller.'], [['attributed', 'Die Lage sei ernst', 'Müller']]],
    ['the indicative, then an organisation', ['Die Brücke ist seit Montag gesperrt, so die Polizei.'], [['attributed', 'Die Brücke ist seit Montag gesperrt', 'die Polizei']]],
    ['an adverb after the speaker, and free indirect speech after it', ['Die Prüfung dauere noch an, so Amnesty International weiter. Das Ergebnis komme im Mai.'], [
      ['attributed', 'Die Prüfung dauere noch an', 'Amnesty International'], ['attributed', 'Das Ergebnis komme im Mai', 'Amnesty International'],
    ]],
    ['so as an adverb of degree', ['Er rannte durch den Park, so schnell er konnte.'], []],
    ['so dass', ['Es regnete den ganzen Tag, so dass das Spiel ausfiel.'], []],
    ['more words after the speaker and its article', ['Die Brücke ist gesperrt, so die Polizei am Montag in einer Mitteilung.'], [['attributed', 'Die Brücke ist gesperrt', 'die Polizei']]],
    ['a subordinate clause before the comma', ['Als der Zug endlich ankam, so Müller.'], []],
  ])('reads a closing speaker particle: %s', (_how, paragraphs, expected) => {
    expect(analyse(paragraphs).claims.map((claim) => [claim.status, claim.text, claim.speaker])).toEqual(expected);
  });

  // A verb of saying, a colon, then what was said without quotation marks, in the mood of reported speech.
  it.each([
    ['Konjunktiv I after the colon', ['Der Minister erklärte: Die Lage sei ernst und die Regierung handle.'], [['attributed', 'Die Lage sei ernst und die Regierung handle', 'Der Minister']]],
    ['a separable verb and its object before the colon', ['Der frühere Bürgermeister Klaus Berger wies die Vorwürfe zurück: Der Senat habe sich bewusst gegen eine Klage entschieden.'], [
      ['attributed', 'Der Senat habe sich bewusst gegen eine Klage entschieden', 'Klaus Berger'],
    ]],
    ['a quotation after the colon is the quotation\'s', ['Der Minister sagte: „Die Lage ist ernst.“'], []],
    ['the indicative after the colon', ['Die Ministerin sagte am Montag in Berlin: Die Lage ist ernst.'], []],
    ['the colon of a score', ['Nach dem 3:2 sagte der Trainer, er sei zufrieden mit der Mannschaft.'], [['attributed', 'er sei zufrieden mit der Mannschaft', 'der Trainer']]],
  ])('reads what follows a colon after a verb of saying: %s', (_how, paragraphs, expected) => {
    expect(analyse(paragraphs).claims.map((claim) => [claim.status, claim.text, claim.speaker])).toEqual(expected);
  });

  it.each([
    ['a city', 'Hamburgs früherer Bürgermeister Klaus Berger sagte, der Senat habe sich geirrt.', 'Klaus Berger'],
    ['a country', 'Deutschlands ehemaliger Kanzler Gerhard Schröder sagte, die Lage sei ernst.', 'Gerhard Schröder'],
  ])('reads a genitive before an adjective and a role as part of the speaker: %s', (_how, paragraph, speaker) => {
    expect(analyse([paragraph]).claims.map((claim) => claim.speaker)).toEqual([speaker]);
  });

  it('reads no unlisted Konjunktiv without a report before it', () => {
    expect(analyse(['Der Schaden umfasse mehrere Millionen Euro.']).claims).toEqual([]);
  });

  it('reads a dass-clause after a verb of saying', () => {
    const report = analyse(['Die Polizei teilte mit, dass drei Männer festgenommen wurden.']);
    expect(report.claims.map((claim) => claim.text)).toEqual(['dass drei Männer festgenommen wurden']);
  });

  // Reported content without Konjunktiv or `dass`: a zu-infinitive, or an indicative main clause next to
  // a verb of saying. Each row: how, the paragraph, the claim, its speaker.
  it.each([
    ['a zu-infinitive, zu apart', 'Die Opposition forderte die Regierung auf, das geplante Gesetz schnell zu ändern.', 'das geplante Gesetz schnell zu ändern', 'Die Opposition'],
    ['a zu-infinitive, zu inside a separable verb', 'Die Opposition forderte die Regierung auf, das geplante Gesetz schnellstmöglich zurückzunehmen.', 'das geplante Gesetz schnellstmöglich zurückzunehmen', 'Die Opposition'],
    ['a zu-infinitive, zu inside after a longer particle', 'Der Bischof rief die Gläubigen dazu auf, eine Versöhnung zwischen den Kirchen herbeizuführen.', 'eine Versöhnung zwischen den Kirchen herbeizuführen', 'Der Bischof'],
    ['a zu-infinitive after a verb of urging', 'Die Abgeordneten drängten den Premierminister, seine Bemühungen zu verstärken.', 'seine Bemühungen zu verstärken', 'Die Abgeordneten'],
    ['a zu-infinitive after an order', 'Der Bürgermeister ordnete an, alle Graffitis am Rathaus zu entfernen.', 'alle Graffitis am Rathaus zu entfernen', 'Der Bürgermeister'],
    ['a zu-infinitive after a separable participle', 'Wolfgang Jüttner hatte den Abgeordneten gestern aufgefordert, sein Mandat niederzulegen.', 'sein Mandat niederzulegen', 'Wolfgang Jüttner'],
    ['a zu-infinitive after a noun of ordering', 'Der Präsident erteilte der Luftwaffe den Befehl, die Menschen aus der Gefahrenzone zu bringen.', 'die Menschen aus der Gefahrenzone zu bringen', 'Der Präsident'],
    ['a zu-infinitive with its relative clause', 'Die Regierung hat angekündigt, eine Kommission zu gründen, die sich mit der Gewalt gegen Frauen befasst.', 'eine Kommission zu gründen, die sich mit der Gewalt gegen Frauen befasst', 'Die Regierung'],
    ['a zu-infinitive up to another main clause', 'Die Opposition forderte, das Gesetz zu ändern, aber die Regierung lehnte das ab.', 'das Gesetz zu ändern', 'Die Opposition'],
    ['a zu-infinitive without the optional comma', 'Der Hersteller Philips hat angekündigt die Preise ab Oktober zu erhöhen.', 'die Preise ab Oktober zu erhöhen', 'Der Hersteller Philips'],
    ['a passive request: the one asked does not speak', 'Israel wurde aufgefordert, die Grenzübergänge dauerhaft zu öffnen.', 'die Grenzübergänge dauerhaft zu öffnen', null],
    ['a passive request without the comma', 'Die Anwohner wurden aufgefordert Türen und Fenster geschlossen zu halten.', 'Türen und Fenster geschlossen zu halten', null],
    ['a passive in an earlier clause leaves the speaker', 'Nachdem der Antrag abgelehnt wurde, hat die Partei gefordert, das Gesetz zu ändern.', 'das Gesetz zu ändern', 'die Partei'],
    ['an estimate', 'Der Verband der Getränkehändler schätzt, dass dann mehr Einwegflaschen verkauft werden.', 'dass dann mehr Einwegflaschen verkauft werden', 'Der Verband der Getränkehändler'],
    ['after laut, a web address in lower case for the source', 'Laut bildblog.de veröffentlichte das Ministerium kürzlich einen Bericht über den Missbrauch.', 'veröffentlichte das Ministerium kürzlich einen Bericht über den Missbrauch', 'bildblog.de'],
    ['a dass-clause after a web address with its dot', 'Der Fachjournalist Jan Roth schrieb auf der Internetseite heise.de, dass der Schlüssel echt aussehe.', 'dass der Schlüssel echt aussehe', 'Jan Roth'],
    ['a dass-clause after a participle in the pluperfect', 'Die Frauen hatten angegeben, dass der Vater sie geschlagen hatte.', 'dass der Vater sie geschlagen hatte', 'Die Frauen'],
    ['what a clause of a contract says', 'Die Klausel besagt, dass der Käufer seinen Anteil sofort zurückgeben muss.', 'dass der Käufer seinen Anteil sofort zurückgeben muss', 'Die Klausel'],
    ['a rule laid down', 'Das Ministerium legte fest, dass bis August nur 30 Wale gejagt werden dürfen.', 'dass bis August nur 30 Wale gejagt werden dürfen', 'Das Ministerium'],
    ['what a decision provides for', 'Der Beschluss sieht vor, dass eine Versammlung über die Kandidaten entscheidet.', 'dass eine Versammlung über die Kandidaten entscheidet', 'Der Beschluss'],
    ['a denial with its particle', 'Die Verkehrsbetriebe haben abgestritten, dass die Türen nicht sicher genug wären.', 'dass die Türen nicht sicher genug wären', 'Die Verkehrsbetriebe'],
    ['a conclusion drawn', 'Die Forscher schließen daraus, dass die Tiere ihre Partner täuschen.', 'dass die Tiere ihre Partner täuschen', 'Die Forscher'],
    ['an agreement with a zu-infinitive', 'Die Kommission hatte vereinbart, die Pläne bis Juni vorzulegen.', 'die Pläne bis Juni vorzulegen', 'Die Kommission'],
    ['a suspicion in the passive: the suspect does not speak', 'Er wird verdächtigt, einen Anschlag auf die Hauptstadt geplant zu haben.', 'einen Anschlag auf die Hauptstadt geplant zu haben', null],
    ['a plural noun that takes a clause', 'Es gibt Vermutungen, dass der Konzern bald verkauft wird.', 'dass der Konzern bald verkauft wird', null],
    ['zufolge after Berichten, which is no verb here', 'Berichten der US-Medien zufolge fand am Donnerstag ein Treffen der Präsidenten statt.', 'fand am Donnerstag ein Treffen der Präsidenten statt', 'der US-Medien'],
    ['zufolge after a genitive plural without its article', 'Angaben mehrerer Zeugen zufolge fuhr der Wagen viel zu schnell durch die Stadt.', 'fuhr der Wagen viel zu schnell durch die Stadt', 'mehrerer Zeugen'],
    ['a zu-infinitive whose object is a quotation before als', 'Der Bundesrat schlug dem Bundestag vor, „Zwangsheiraten“ als eigenen Straftatbestand anzuerkennen.', '„Zwangsheiraten“ als eigenen Straftatbestand anzuerkennen', 'Bundesrat'],
    ['a finding in the passive: its subject is no speaker', 'Die Stoffe wurden auch in der Luft festgestellt, dass sie noch in Gebrauch sind.', 'dass sie noch in Gebrauch sind', null],
    ['a reason in the passive with its auxiliary after it', 'Die Speicherung war bisher damit begründet worden, dass die Identität geprüft werden müsse.', 'dass die Identität geprüft werden müsse', null],
    ['an accusation in the passive: its agent speaks', 'Die Gruppe wurde von der Regierung beschuldigt, die Anschläge verübt zu haben.', 'die Anschläge verübt zu haben', 'der Regierung'],
    ['von before the passive auxiliary is a noun\'s, not the agent', 'Der Regierung unter der Führung von Recep Erdoğan wird vorgeworfen, Internetzugänge zu sperren.', 'Internetzugänge zu sperren', null],
    ['als before a noun and an auxiliary opens a main clause', 'Als Begründung wurde angegeben, die Bürger nutzen immer mehr kleinere Tonnen.', 'die Bürger nutzen immer mehr kleinere Tonnen', null],
    ['zufolge after a web address in lower case', 'Der Website worldreferee.com zufolge ist der Schiedsrichter für viele Karten bekannt.', 'ist der Schiedsrichter für viele Karten bekannt', 'worldreferee.com'],
    ['a conviction with a zu-infinitive', 'Der Trainer Ralph Krueger ist zuversichtlich, die Schweden mit dem aktuellen Kader schlagen zu können.', 'die Schweden mit dem aktuellen Kader schlagen zu können', 'Ralph Krueger'],
    ['nicht nur negates nothing', 'Der Minister sagte nicht nur, dass die Lage ernst sei.', 'dass die Lage ernst sei', 'Der Minister'],
    ['a place after Angaben aus', 'Nach Angaben aus Khartum wurden 22 Soldaten getötet.', 'wurden 22 Soldaten getötet', 'Khartum'],
    ['a statement with its indefinite article', 'Nach einer Stellungnahme der Armee befand sich der Helikopter auf einem Routineflug.', 'befand sich der Helikopter auf einem Routineflug', 'der Armee'],
    ['gemäß before a witness', 'Die Trümmer verteilten sich gemäß einem Augenzeugen in weitem Umkreis.', 'Die Trümmer verteilten sich gemäß einem Augenzeugen in weitem Umkreis', 'einem Augenzeugen'],
    ['gemäß before a paper named by its compound', 'Der Unfall kostete gemäß der Netzzeitung 40 Menschen das Leben.', 'Der Unfall kostete gemäß der Netzzeitung 40 Menschen das Leben', 'der Netzzeitung'],
    ['a doubt', 'Freizeitforscher bezweifeln aber, dass so viele Besucher das Land besuchen werden.', 'dass so viele Besucher das Land besuchen werden', 'Freizeitforscher'],
    ['a fear', 'Der Betriebsrat fürchtet, dass ein solcher Boykott weitere Arbeitsplätze gefährdet.', 'dass ein solcher Boykott weitere Arbeitsplätze gefährdet', 'Der Betriebsrat'],
    ['an approval', 'Die meisten Befragten befürworteten, dass Abgeordnete ihre Rente selbst bezahlen.', 'dass Abgeordnete ihre Rente selbst bezahlen', 'Die meisten Befragten'],
    ['a zu-infinitive far from its verb', 'Die Botschaft empfahl in einer dringenden Sicherheitswarnung am Dienstag allen Bürgern des Landes, unverzüglich das Land zu verlassen.', 'unverzüglich das Land zu verlassen', 'Die Botschaft'],
    ['news made known, by no one named', 'Im Mai wurde bekannt, dass die Sparte an einen Konkurrenten verkauft wird.', 'dass die Sparte an einen Konkurrenten verkauft wird', null],
    ['a frame that opens with wie, its particle before the verb', 'Wie die Notenbank in Rom bekannt gab, hat der Präsident seinen Rücktritt eingereicht.', 'hat der Präsident seinen Rücktritt eingereicht', 'die Notenbank'],
    ['a frame that opens with wie, a document as source', 'Wie aus einer Mitteilung der Schutztruppe hervorgeht, wurden fünf Zivilisten getötet.', 'wurden fünf Zivilisten getötet', 'einer Mitteilung der Schutztruppe'],
    ['a dass-clause after a theory put forward', 'Die Forscher stellten schon vor 20 Jahren die Theorie auf, dass die Schnecken ihre Partner täuschen.', 'dass die Schnecken ihre Partner täuschen', 'Die Forscher'],
    ['before an inverted frame, a speaker after the verb', 'Die Brücke ist seit Montag gesperrt, sagte ein Sprecher der Stadt.', 'Die Brücke ist seit Montag gesperrt', 'ein Sprecher der Stadt'],
    ['before an inverted frame, a separable verb around the speaker', 'Der Umsatz wird 278 Millionen Euro betragen, teilte das Unternehmen am Montag mit.', 'Der Umsatz wird 278 Millionen Euro betragen', 'das Unternehmen'],
    ['after the verb and a comma, figures first', 'Die Zeitung hatte gestern berichtet, 200 feste und 300 freie Mitarbeiter sollen entlassen werden.', '200 feste und 300 freie Mitarbeiter sollen entlassen werden', 'Die Zeitung'],
    ['after the verb and a comma, an article and its noun first', 'Das Unternehmen teilte mit, die Zahl der Mitarbeiter steigt im nächsten Jahr deutlich.', 'die Zahl der Mitarbeiter steigt im nächsten Jahr deutlich', 'Das Unternehmen'],
    ['an adverb between the verb and its comma', 'Ein Polizeisprecher meinte nun, der Ehemann „konnte sich mit der Trennung nicht abfinden“.', 'der Ehemann „konnte sich mit der Trennung nicht abfinden“', 'Ein Polizeisprecher'],
    ['an adverb before the particle', 'Der Sprecher teilte auch mit, Tony Blair „steht bereit“, sich mit den Vertretern zu treffen.', 'Tony Blair „steht bereit“, sich mit den Vertretern zu treffen', 'Der Sprecher'],
    ['an abbreviation in parentheses after the source belongs to it', 'Nach Angaben des Roten Kreuzes (IKRK) wurden 20 Menschen getötet.', 'wurden 20 Menschen getötet', 'des Roten Kreuzes'],
    ['after laut, a name led by an Arabic article', 'Laut al-Dschasira ist der Hafen seit dem Morgen gesperrt.', 'ist der Hafen seit dem Morgen gesperrt', 'al-Dschasira'],
  ])('reads reported content without Konjunktiv: %s', (_how, paragraph, claim, speaker) => {
    expect(analyse([paragraph]).claims.map((found) => [found.status, found.text, found.speaker])).toEqual([['attributed', claim, speaker]]);
  });

  // Look-alikes of the rows above that report nothing.
  it.each([
    ['a verb of saying in a time clause before the comma', 'Als er das sagte, ging sie aus dem Zimmer.'],
    ['a verb of saying in a relative clause', 'Der Minister, der das Gesetz kritisierte, trat am Montag zurück.'],
    ['a particle verb of offering with its subject between', 'Die meisten Vorträge bot die Geschichtswerkstatt an, die Stadt gab Einblicke in ihre Geschichte.'],
    ['a relative clause after the comma', 'Der Fahrer hatte den Fehler selbst gemeldet, der ihm im Mai unterlaufen war.'],
    ['no subject after the comma', 'Über die Vorwürfe wurde lange berichtet, dicht gefolgt von den Dementis der Firma.'],
    ['a time clause before an inverted verb of saying', 'Als der Zug endlich ankam, sagte er kein Wort.'],
    ['a subject with its apposition before the verb', 'Der Sprecher der Regierung, Steffen Weber, sagte am Abend nichts.'],
    ['a second verb of the same subject', 'Der Minister lobte die Arbeit der Helfer, sagte aber nichts zu den Kosten.'],
    ['an indirect question', 'Warum die Maschine umkehrte, erklärte die Fluglinie nicht.'],
    ['um … zu (a purpose)', 'Die Polizei sperrte die Straße, um eine Eskalation zu vermeiden.'],
    ['um … zu with zu inside', 'Die Partei sagte ihren Parteitag ab, um den Weg für Neuwahlen freizumachen.'],
    ['ohne … zu (a manner)', 'Der Minister sprach eine Stunde, ohne die Frage zu beantworten.'],
    ['a participle of saying before a preposition zu', 'Der Minister hat die Helfer gelobt zu den Zeiten der Flut.'],
    ['so dass after a verb that also means something else', 'Das Unternehmen ist in Schwierigkeiten geraten, so dass die Produktion ruht.'],
    ['a finding that proved true, not someone confirming', 'Damit bestätigte sich, dass das Virus sich ausbreitet.'],
    ['the first person\'s verb at the end of its clause', 'Ich habe so viel gelernt, indem ich es einfach ausprobiert habe.'],
    ['a noun that looks like a Konjunktiv form: Suche', 'Nach dem Absturz begann eine vierstündige Suche nach dem Wrack.'],
    ['a noun that looks like a Konjunktiv form: Stelle', 'An sechster Stelle liegt Bayern mit 77 registrierten Taten.'],
    ['a noun that looks like a Konjunktiv form: Folge', 'In der dritten Nacht in Folge wurden in Bremen mehrere Feuer gelegt.'],
    ['schätzen as valuing, without a clause', 'Die Fans schätzen seine ruhige Art und seine Treue.'],
    ['bekannt without a clause', 'Die Sängerin wurde durch ihre Rolle in einer Serie bekannt.'],
    ['a particle before a verb that is no frame of speech', 'Die Firma gab das Projekt auf, als die Kosten stiegen.'],
    ['a relative clause ending in an infinitive after a noun that takes a clause', 'Die Gerüchte, die sie geschickt auszustreuen verstand, hielten sich lange.'],
    ['um … zu after a noun that takes a clause', 'Er schrieb einen Bericht, um die Kollegen zu informieren.'],
    ['a noun that starts like a particle', 'Die Stadt erklärte den Umzug, Abzug und Anzug.'],
    ['zu with a finite verb in a clause a conjunction opens', 'Die Lotsen hatten den Hubschrauber als vermisst gemeldet, nachdem er auf dem Radar nicht mehr zu sehen war.'],
    ['a negated verb of saying before it', 'Ein Sprecher der Armee wollte nicht bestätigen, dass alle Insassen Soldaten waren.'],
    ['weder … noch', 'Die Polizei konnte weder bestätigen noch ausschließen, dass der Absturz auf Benzinmangel zurückgeht.'],
    ['a negation after the verb, before its particle', 'Die Polizei schloss nicht aus, dass es weitere Opfer gibt.'],
    ['news not made known', 'Es ist nicht bekannt, ob dazu ein Lösegeld bezahlt wurde.'],
    ['gemäß before a contract: in accordance with it', 'Die Firma zahlt gemäß dem Vertrag eine Strafe von 100 Euro.'],
    ['gemäß before a religion', 'Das Recht wurde allmählich gemäß dem Islam verändert.'],
    ['the writer\'s own certainty', 'Sicher ist, dass der Vertrag bald unterschrieben wird.'],
    ['besagte as an adjective', 'Der besagte Vertrag wurde am Montag in Berlin unterschrieben.'],
    ['legen as laying down a wreath, then a purpose', 'Der Präsident legte einen Kranz nieder, um der Opfer des Anschlags zu gedenken.'],
    ['an offer without a clause', 'Die Regierung bot den Gewerkschaften ein neues Gespräch an.'],
  ])('reads no reported content: %s', (_how, paragraph) => {
    expect(analyse([paragraph]).claims).toEqual([]);
  });

  it('flags hedges and anonymous sources as unsupported, with the cue as reason', () => {
    const report = analyse(['Mehrere Banken haben Berichten zufolge ihre Kredite gekündigt.', 'Aus Regierungskreisen verlautete, das Gesetz komme im Herbst.']);
    expect(report.claims.map((claim) => claim.status)).toEqual(['unsupported', 'unsupported']);
    expect(report.claims[0]!.reasons[0]).toBe('hedge: "Berichten zufolge" — no named source');
    expect(report.claims[1]!.reasons.join(' ')).toContain('Regierungskreisen');
  });

  // An adverb of allegation hedges the statement; the same word inflected before a noun qualifies only
  // that noun, and the sentence reports the rest as fact. Each row: the sentence, and its hedge or null.
  it.each([
    ['Der Fahrer war angeblich betrunken.', 'angeblich'],
    ['Der Brand wurde mutmaßlich von Kindern gelegt.', 'mutmaßlich'],
    ['Die Firma hat vermeintlich keine Steuern gezahlt.', 'vermeintlich'],
    ['Die Polizei nahm den mutmaßlichen Täter am Montag in Köln fest.', null],
    ['Der angebliche Fernzünder stellte sich als Attrappe heraus.', null],
    ['Die Bank prüft den vermeintlichen Betrug seit Wochen.', null],
  ])('reads an allegation as a hedge only as an adverb: %s', (sentence, hedge) => {
    const unsupported = analyse([sentence]).claims.filter((claim) => claim.status === 'unsupported');
    expect(unsupported.map((claim) => claim.reasons[0])).toEqual(hedge ? [`hedge: "${hedge}" — no named source`] : []);
  });

  it('marks the claims before a statement that evidence is missing', () => {
    const report = analyse([
      'Der Investor Paul Stein hat behauptet, die Firma habe Kundendaten ohne Erlaubnis verkauft.',
      'Stein nannte dafür aber keine Belege.',
    ]);
    expect(report.claims[0]).toMatchObject({ status: 'unsupported', speaker: 'Paul Stein' });
    expect(report.claims[0]!.reasons[0]).toMatch(/evidence is missing: "keine Belege"/);
  });

  // Evidence put first and denied after its verb (`Beweise legte … nicht vor`), or said to be missing.
  // Each row: the sentence, and whether it says evidence is missing.
  it.each([
    ['Beweise legte das Blatt nicht vor.', true],
    ['Belege dafür gibt es bislang keine.', true],
    ['Beweise fehlen bislang.', true],
    ['Nachweise stehen noch aus.', true],
    ['Beweise legte die Staatsanwaltschaft am Montag vor.', false],
    ['Die Beweise fehlen nicht.', false],
    ['Beweise nannten die Ermittler nicht nur einen.', false],
    ['Belege gibt es reichlich.', false],
  ])('reads a statement that evidence is missing with the evidence first: %s', (sentence, missing) => {
    const reasons = analyse([sentence]).claims.flatMap((claim) => claim.reasons);
    expect(reasons.some((reason) => reason.startsWith('the article says evidence is missing'))).toBe(missing);
  });

  it.each([
    ['the document after it', 'Der Umsatz sei um 15 Prozent zurückgegangen, heißt es in einer Mitteilung an die Aktionäre.'],
    ['the document before it', 'In einer schriftlichen Erklärung des sächsischen Wirtschaftsministeriums heißt es, der Bund sei gefragt.'],
  ])('takes "heißt es" with a named document for no hedge: %s', (_where, paragraph) => {
    expect(analyse([paragraph]).claims.filter((claim) => claim.status === 'unsupported')).toEqual([]);
  });

  it('reads "Berichten zufolge" as a hedge, not as the verb "berichten" framing reported speech', () => {
    const [claim, ...rest] = analyse(['Berichten zufolge prüft Valtronik zudem, einen Teil der Produktion nach Malaysia zu verlagern.']).claims;
    expect(rest).toEqual([]);
    expect(claim?.status).toBe('unsupported');
    expect(claim?.reasons).toEqual(['hedge: "Berichten zufolge" — no named source']);
  });

  it('takes "heißt es" without a source for a hedge', () => {
    expect(analyse(['Die Nachfrage sei eingebrochen, heißt es.']).claims[0]?.reasons[0]).toBe('hedge: "heißt es" — no named source');
  });

  // What leads `hieß es` is its source only where it can be one. Each row: the sentence, the speaker,
  // the first reason.
  it.each([
    ['Bisher hieß es, der Umbau solle erst im Herbst beginnen.', null, 'hedge: "hieß es" — no named source'],
    ['Als Grund dafür heißt es, die Mittel seien knapp.', null, 'hedge: "heißt es" — no named source'],
    ['Am Montag hieß es, die Firma habe Insolvenz angemeldet.', null, 'hedge: "hieß es" — no named source'],
    ['Aus Rom hieß es, der Plan sei ein Bruch der Absprache.', 'Aus Rom', 'hedge: "hieß es" — no named source'],
  ])('reads the lead of "hieß es" as its source only where it can be one: %s', (sentence, speaker, reason) => {
    const [claim] = analyse([sentence]).claims;
    expect([claim?.speaker, claim?.reasons[0]]).toEqual([speaker, reason]);
  });

  it('does not flag a hedge that stands inside someone else\'s quotation', () => {
    const report = analyse(['„Angeblich ist alles gut“, sagte Eva Roth spöttisch über die Pläne der Stadt und ihre Folgen.']);
    expect(report.claims.filter((claim) => claim.status === 'unsupported')).toEqual([]);
  });

  // A short sentence that refers back (`Das teilte … mit.`) says who said the sentence before it. Each
  // row: the paragraph, and its claims as [status, speaker, text].
  it.each([
    ['a verb with its particle', 'Das Werk in Kassel schließt Ende des Jahres. Das teilte die Geschäftsführung am Dienstag mit.', [['attributed', 'die Geschäftsführung', 'Das Werk in Kassel schließt Ende des Jahres.']]],
    ['a name after the verb', 'Die Partei will die Wahl in Bremen gewinnen. Dies erklärte Parteichef Otto Brandt.', [['attributed', 'Otto Brandt', 'Die Partei will die Wahl in Bremen gewinnen.']]],
    ['a document after geht aus … hervor', 'Die Brücke bleibt bis Mai gesperrt. Dies geht aus einer Mitteilung des Landesbetriebs hervor.', [['attributed', 'einer Mitteilung des Landesbetriebs', 'Die Brücke bleibt bis Mai gesperrt.']]],
    ['an adverb before the verb', 'Der Komet ist der hellste seit Jahrzehnten. Das zumindest meint der Astronom Karl Wendt.', [['attributed', 'Karl Wendt', 'Der Komet ist der hellste seit Jahrzehnten.']]],
    ['a hedge keeps its status and names the source', 'Offenbar wurde der Vertrag schon im März unterschrieben. Das berichtet die Zeitung „Nordkurier“.', [['unsupported', 'die Zeitung', 'Offenbar wurde der Vertrag schon im März unterschrieben.']]],
    ['a report before keeps its own speaker', 'Der Minister sagte, die Steuern würden im Herbst sinken. Das bestätigte auch die Kanzlerin.', [['attributed', 'Der Minister', 'die Steuern würden im Herbst sinken']]],
    ['das as the subject of a sentence of its own', 'Der Zug kam pünktlich in Hamburg an. Das sagt alles über den neuen Fahrplan.', []],
    ['das as an article', 'Der Zug kam pünktlich in Hamburg an. Das Gesagte teilte die Bahn später mit.', []],
  ])('reads a sentence that refers back to the one before: %s', (_name, paragraph, expected) => {
    expect(claimsOf(analyse([paragraph]))).toEqual(expected);
  });

  // `nach` + a noun of view or report names the source; with `dem` the report is as often a time. Each
  // row: the paragraph, and its claims as [status, speaker, text, first reason].
  it.each([
    ['a report with its indefinite article, by a broadcaster: its statement, no evidence', 'Nach einem Bericht des Senders Radio Nord kommt es in der Region häufig zu Bränden.', [['attributed', 'des Senders Radio Nord', 'kommt es in der Region häufig zu Bränden', 'source named: "Nach einem Bericht des Senders Radio Nord"']]],
    ['a quoted outlet: its closing mark stays with it', 'Nach einem Bericht der „Abendzeitung“ will der Konzern Stellen streichen.', [['attributed', 'Abendzeitung', 'will der Konzern Stellen streichen', 'source named: "Nach einem Bericht (Abendzeitung)"']]],
    ['a report by a ministry: a named document', 'Nach einem Bericht des Innenministeriums wurden 40 Prozent der Anträge abgelehnt.', [['supported', 'des Innenministeriums', 'wurden 40 Prozent der Anträge abgelehnt', 'source named: "Nach einem Bericht des Innenministeriums"']]],
    ['a view after von, of a group without names', 'Nach Einschätzung von Fachleuten ist das Verhalten des Luchses nicht typisch.', [['unsupported', 'Fachleuten', 'ist das Verhalten des Luchses nicht typisch', 'anonymous source: "Fachleuten" — no one is named']]],
    ['a view before its postposition, inside the sentence', 'Der Experte Paul Kahn warnte vor dem Regime. Das Land besitze seiner Meinung nach sechs Raketen.', [['attributed', 'Paul Kahn', 'Das Land besitze seiner Meinung nach sechs Raketen', 'source named: "seiner Meinung nach (Paul Kahn)"']]],
    ['a view before its postposition, opening the sentence, by a name in the genitive', 'Angela Merkel sprach lange. Merkels Ansicht nach ist der Plan gut für das Land.', [['attributed', 'Merkel', 'ist der Plan gut für das Land', 'source named: "Merkels Ansicht nach"']]],
    ['a possessive: the one named before', 'Der Unternehmer Paul Grupp ist streng. Nach seiner Meinung sollten Manager persönlich haften.', [['attributed', 'Paul Grupp', 'sollten Manager persönlich haften', 'source named: "Nach seiner Meinung (Paul Grupp)"']]],
    ['a name in the genitive', 'Nach Hubers Ansicht sollten die Kunden beim Einkauf kritischer werden.', [['attributed', 'Huber', 'sollten die Kunden beim Einkauf kritischer werden', 'source named: "Nach Hubers Ansicht"']]],
    ['a time, not a source', 'Nach dem Bericht des Ausschusses trat der Minister zurück.', []],
  ])('reads a source that nach and its noun name: %s', (_name, paragraph, expected) => {
    expect(claimsWithReason(analyse([paragraph]))).toEqual(expected);
  });

  // Each row: the paragraph, and its claims as [status, speaker, text].
  it.each([
    ['a separable verb that speaks leads the next sentence', 'Die Mieter weisen die Vorwürfe zurück. Der Vermieter übertreibe die Schäden.', [['attributed', 'Die Mieter', 'Der Vermieter übertreibe die Schäden']]],
    ['werfen … vor, then Konjunktiv II', 'Viele Anwohner werfen dem Bürgermeister vor, er hätte die Zahlen geschönt.', [['attributed', 'Viele Anwohner', 'er hätte die Zahlen geschönt']]],
    ['an adverb before an inverted frame is no speaker', 'Offiziell sagt die Stadtverwaltung, man prüfe alle Hinweise.', [['attributed', 'die Stadtverwaltung', 'man prüfe alle Hinweise']]],
  ])('reads reported speech after verbs of saying with particles and inverted frames: %s', (_name, paragraph, expected) => {
    expect(claimsOf(analyse([paragraph]))).toEqual(expected);
  });

  // Each row: the paragraph, and its claims as [status, speaker, text].
  it.each([
    ['sich entschließen, in the passive voice of man', 'Nun hat man sich entschlossen, den Nachfolger auf den Markt zu bringen.', [['attributed', null, 'den Nachfolger auf den Markt zu bringen']]],
    ['nach dem Willen', 'Nach dem Willen des Gipfels soll der Streit am Verhandlungstisch gelöst werden.', [['attributed', 'des Gipfels', 'soll der Streit am Verhandlungstisch gelöst werden']]],
    ['a name takes no genitive after it', 'Beim Eintritt würde laut NASA der größte Teil der Masse verglühen.', [['attributed', 'NASA', 'Beim Eintritt würde laut NASA der größte Teil der Masse verglühen']]],
    ['a genitive plural without its article', 'In dem Lager lebten nach Schätzungen französischer Behörden bis zu 1.000 Personen.', [['attributed', 'französischer Behörden', 'In dem Lager lebten nach Schätzungen französischer Behörden bis zu 1.000 Personen']]],
    ['a closing wie-frame in the indicative', 'Das hatte er längst getan, wie sein Anwalt mitteilte.', [['attributed', 'sein Anwalt', 'Das hatte er längst getan']]],
    ['an infinitive of saying frames nothing; so closes with a short form', 'Kaum zu glauben, ein Kind musste auf Entzug, so der staatliche Gesundheitsdienst (NHS).', [['attributed', 'der staatliche Gesundheitsdienst', 'Kaum zu glauben, ein Kind musste auf Entzug']]],
  ])('reads more frames and sources: %s', (_name, paragraph, expected) => {
    expect(claimsOf(analyse([paragraph]))).toEqual(expected);
  });

  // Each row: the paragraph, and its claims as [status, speaker, text, first reason].
  it.each([
    ['a noun of view after its participle, then Konjunktiv', 'Die Politikerin Eva Lind hatte die These vertreten, die Partei stagniere im Streit.', [['attributed', 'Eva Lind', 'die Partei stagniere im Streit', 'reported speech: Konjunktiv "These … stagniere", attributed to Eva Lind']]],
    ['the noun as subject: the main clause resumes after the report', 'Die Sorge, die Mieten könnten steigen, ist groß.', [['attributed', null, 'die Mieten könnten steigen', 'reported speech: Konjunktiv "Sorge … könnten"']]],
    ['a determiner and a verb are no speaker', 'Einige vertreten die Auffassung, die Welt sei ungerecht.', [['attributed', null, 'die Welt sei ungerecht', 'reported speech: Konjunktiv "Auffassung … sei"']]],
    ['a noun\'s cue is not repeated in its reason', 'Der Verband hat die Forderung erhoben, die Steuern zu senken.', [['attributed', 'Der Verband', 'die Steuern zu senken', 'reported speech: "Forderung … zu senken", attributed to Der Verband']]],
    ['planen', 'Die Stadt plant, die Busse mit Wasserstoff anzutreiben.', [['attributed', 'Die Stadt', 'die Busse mit Wasserstoff anzutreiben', 'reported speech: "plant … anzutreiben", attributed to Die Stadt']]],
    ['sich einigen', 'Beide Seiten einigten sich darauf, neue Verhandlungen aufzunehmen.', [['attributed', 'Beide Seiten', 'neue Verhandlungen aufzunehmen', 'reported speech: "einigten … aufzunehmen", attributed to Beide Seiten']]],
    ['errechnen', 'Die Helfer errechneten, dass jeder Gast 90 Euro in der Stadt ausgibt.', [['attributed', 'Die Helfer', 'dass jeder Gast 90 Euro in der Stadt ausgibt', 'reported speech: "errechneten … dass", attributed to Die Helfer']]],
    ['befunden is no verb of saying that takes the source\'s place', 'Zur Zeit des Ausbruchs haben sich laut Direktion 502 Menschen im Gebäude befunden.', [['attributed', 'Direktion', 'Zur Zeit des Ausbruchs haben sich laut Direktion 502 Menschen im Gebäude befunden', 'source named: "laut Direktion"']]],
    ['nach bisherigem Erkenntnisstand', 'Nach bisherigem Erkenntnisstand wird als Ursache ein Kurzschluss vermutet.', [['attributed', null, 'wird als Ursache ein Kurzschluss vermutet', 'source named: "Nach bisherigem Erkenntnisstand"']]],
    ['a compound with a lower-case first part is a noun', 'Der Konzern will laut einer dpa-Meldung im Herbst einsteigen.', [['attributed', 'einer dpa-Meldung', 'Der Konzern will laut einer dpa-Meldung im Herbst einsteigen', 'source named: "laut einer dpa-Meldung"']]],
  ])('reads what nouns of view and verbs of planning report: %s', (_name, paragraph, expected) => {
    expect(claimsWithReason(analyse([paragraph]))).toEqual(expected);
  });

  it('takes the agent of a passive for the speaker of a characterisation', () => {
    expect(quotes(analyse(['Die Lage wird von der Polizei als „äußerst angespannt“ bezeichnet.']))).toEqual([['äußerst angespannt', 'der Polizei']]);
  });

  it('does not take the agent inside an attribute, nor a passive of another clause', () => {
    const [[, speaker]] = quotes(analyse(['In einem Bericht, der gestern veröffentlicht wurde, rechtfertigte das Ministerium die vom Präsidenten gebilligte Aktion als „rein defensiv“.'])) as [[string, string | null]];
    expect(speaker).not.toBe('Präsidenten');
  });

  it('gives a quotation inside carried-on reported speech the speaker of the report', () => {
    const report = analyse(['Die Datenschützerin Paula Kern warnte am Montag vor neuen Techniken. Dazu gehöre unter anderem die Gesichtserkennung. Auch fehle eine Aufsicht. Zudem sei die Technik fehlerhaft. So gewonnene Daten seien „in besonderem Maße heikel“.']);
    expect(quotes(report)).toEqual([['in besonderem Maße heikel', 'Paula Kern']]);
  });

  it('keeps a one-word quotation after a noun that ends a source phrase elsewhere', () => {
    expect(quotes(analyse(['Der Abgeordnete Jan Wolters nannte den Bericht eine „Zeitungsente“.']))).toEqual([['Zeitungsente', 'Jan Wolters']]);
  });

  // Each row: the paragraph, and its claims as [status, speaker, text].
  it.each([
    ['a closing so with an article may run on', 'Zwei Drittel aller Heilmethoden sind unwirksam, so das Ergebnis einer gestern vorgestellten Studie mit dem Titel „Die andere Medizin“.', [['attributed', 'das Ergebnis', 'Zwei Drittel aller Heilmethoden sind unwirksam']]],
    ['a so between commas is no closing frame', 'Doch sei es, so der Autor Tom Weber, ein Fehler gewesen.', [['attributed', null, 'Doch sei es, so der Autor Tom Weber, ein Fehler gewesen']]],
    ['nach jüngsten Untersuchungen', 'Im Wasser des Sees sind nach jüngsten Untersuchungen verbotene Chemikalien gefunden worden.', [['attributed', null, 'Im Wasser des Sees sind nach jüngsten Untersuchungen verbotene Chemikalien gefunden worden']]],
    ['news made known, opened by wie', 'Wie gestern bekannt wurde, befindet sich unter den Opfern der frühere Senator Ted Stevens.', [['attributed', null, 'befindet sich unter den Opfern der frühere Senator Ted Stevens']]],
    ['a long inverted frame after the clause', 'Ein zweites Konsulat in der Hafenstadt soll bald folgen, gab der indonesische Außenminister Hassan Wirajuda bekannt.', [['attributed', 'Hassan Wirajuda', 'Ein zweites Konsulat in der Hafenstadt soll bald folgen']]],
    ['a long inverted frame after a subordinate clause', 'Während die Abgeordneten breit zustimmten, schätzte der Beauftragte für Menschenrechte Paul Lukas das Gesetz als Unrecht ein.', []],
    ['a sentence that refers back, with a source set off by dashes', 'Der Beton der Brücke ist marode. Dies gab heute – nach eingehenden Untersuchungen der Baustofftechnologen – Professor Bernd Lamm bekannt.', [['attributed', 'Bernd Lamm', 'Der Beton der Brücke ist marode.']]],
    ['a source that interrupts a short clause', 'Für die Werft bedeutet der Verlust dieses Auftrags nach Einschätzung der Bank einen Tiefschlag.', [['attributed', 'der Bank', 'Für die Werft bedeutet der Verlust dieses Auftrags nach Einschätzung der Bank einen Tiefschlag']]],
    ['laut interrupting a short clause', 'Für die Werft bedeutet der Verlust laut Betriebsrat einen Tiefschlag.', [['attributed', 'Betriebsrat', 'Für die Werft bedeutet der Verlust laut Betriebsrat einen Tiefschlag']]],
    ['nach ersten Ermittlungen der Polizei', 'Nach ersten Ermittlungen der Polizei war der Bus aus ungeklärter Ursache von der Fahrbahn abgekommen.', [['attributed', 'der Polizei', 'war der Bus aus ungeklärter Ursache von der Fahrbahn abgekommen']]],
    ['nach den Vorstellungen der Regierung', 'Künftig soll nach den Vorstellungen der Regierung die Kommission umgangen werden.', [['attributed', 'der Regierung', 'Künftig soll nach den Vorstellungen der Regierung die Kommission umgangen werden']]],
    ['a study with its adjective names itself', 'Nach einer norwegischen Studie verdreifacht schon eine Zigarette am Tag das Risiko.', [['supported', 'einer norwegischen Studie', 'verdreifacht schon eine Zigarette am Tag das Risiko']]],
    ['what a study found, opened by wie', 'Wie eine Studie ergab, trinken viele Kinder regelmäßig Alkohol.', [['attributed', 'eine Studie', 'trinken viele Kinder regelmäßig Alkohol']]],
    ['fanden heraus, dass', 'Die Forscher fanden heraus, dass der Klumpen aus Stein besteht.', [['attributed', 'Die Forscher', 'dass der Klumpen aus Stein besteht']]],
    ['a conjunction before wie', 'Denn wie die Zeitung berichtete, leidet der Schauspieler an Alzheimer.', [['attributed', 'die Zeitung', 'leidet der Schauspieler an Alzheimer']]],
    ['nach jetzigem Ermittlungsstand', 'Nach jetzigem Ermittlungsstand ist der Junge an der Schule gemobbt worden.', [['attributed', null, 'ist der Junge an der Schule gemobbt worden']]],
    ['a genitive with its indefinite article', 'Nach Einschätzung eines Experten spricht dies für einen Anschlag.', [['unsupported', 'eines Experten', 'spricht dies für einen Anschlag']]],
    ['ergab sich: no report', 'Daraus ergab sich ein Verlust von zwei Millionen Euro.', []],
    ['a source noun before zufolge: its genitive names the source', 'Den Aussagen der Zeugen zufolge hielt der Mann die Hunde im Keller.', [['attributed', 'der Zeugen', 'hielt der Mann die Hunde im Keller']]],
    ['a compound before zufolge: its first part', 'Medienberichten zufolge wurden drei Menschen verletzt.', [['unsupported', 'Medien', 'wurden drei Menschen verletzt']]],
    ['an auxiliary opens no extended attribute of a speaker', 'Das ist ein ganz wichtiger Punkt, weil viele Hörer uns das gemailt haben, und gefragt haben: Wäre das nicht sinnvoll?', []],
    ['a phrase after a fused preposition is no subject', 'Da wird in dieser Veröffentlichung im Prinzip gesagt, dass diese Dinge nicht durchgehalten werden.', [['attributed', null, 'dass diese Dinge nicht durchgehalten werden']]],
    ['das heißt frames nothing', 'Entweder die Quarantäne des Haushalts, das heißt, dass auch hier der Fall isoliert wird.', []],
    ['Meine at the start of a sentence is no verb', 'Meine Freunde sind Ärzte, dass es so kommt, war klar.', []],
    ['a conditional clause after the comma is no closing frame', 'Die Ergebnisse würden anders aussehen, wenn andere Varianten zur Auswahl gestanden hätten.', []],
    ['news given out, opened by wie: the hedge of its circles', 'Wie aus Reihen des Gerichts verlautete, wurde er auf serbischem Boden gefasst.', [['unsupported', 'Reihen des Gerichts', 'wurde er auf serbischem Boden gefasst']]],
    ['erst nach: a time, not a source', 'Erst nach umfangreichen Ermittlungen, die der Anwalt selbst bezahlte, war genug Material beisammen.', []],
  ])('reads closing and interrupting sources: %s', (_name, paragraph, expected) => {
    expect(claimsOf(analyse([paragraph]))).toEqual(expected);
  });

  it('names a source before zufolge with its postposition, and reads no Konjunktiv in zufolge', () => {
    expect(analyse(['Der Polizei zufolge wurden drei Menschen verletzt.']).claims.map((claim) => claim.reasons)).toEqual([['source named: "Der Polizei zufolge"']]);
    const report = analyse(['Die Polizei sperrte die Straße am Morgen.', 'Berichten zufolge hat der Konzern den Dienst eingestellt.']);
    expect(report.claims.map((claim) => [claim.status, claim.speaker, claim.reasons])).toEqual([['unsupported', null, ['hedge: "Berichten zufolge" — no named source']]]);
  });

  // `sollen` of hearsay over numbers and lists. Each row: the sentence, and the cue in its first reason.
  it.each([
    ['Je nach Quelle sollen etwa 4.000 Menschen verurteilt worden sein.', 'sollen etwa 4.000 Menschen verurteilt worden sein'],
    ['Die Opfer sollen ein Arzt, ein Lehrer und zwei Schüler gewesen sein.', 'sollen ein Arzt, ein Lehrer und zwei Schüler gewesen sein'],
  ])('reads sollen … sein as hearsay past numbers and lists: %s', (sentence, cue) => {
    const [claim, ...rest] = analyse([sentence]).claims;
    expect(rest).toEqual([]);
    expect([claim?.status, claim?.reasons[0]]).toEqual(['unsupported', `hedge: "${cue}" — no named source`]);
  });

  it('reads a sentence that refers back with an auxiliary second and the verb last', () => {
    expect(analyse(['Die Polizei nahm drei Männer fest. Das hatte der Sprecher der Stadt am Morgen mitgeteilt.']).claims.map((claim) => [claim.speaker, claim.text]))
      .toEqual([['der Sprecher der Stadt', 'Die Polizei nahm drei Männer fest.']]);
  });

  it('takes the speaker after the verb of a sentence that refers back to a quotation', () => {
    expect(quotes(analyse(['„Wir geben nicht auf.“ Dies sagte die Trainerin Maria Kolb nach dem Spiel.']))).toEqual([['Wir geben nicht auf.', 'Maria Kolb']]);
  });

  it('finds nothing in plain narration', () => {
    expect(analyse(['Die Sonne schien. Der Zug fuhr pünktlich ab und kam am Abend in Hamburg an.']).claims).toEqual([]);
  });
});

describe('German names in the facts', () => {
  it('takes a name after a title’s own full stop for a person, not the noun after a sentence that ends with a title', () => {
    const report = analyse(['Das Gesetz sei überfällig, sagte der Minister. Die Schwester wusste davon. Auch Dr. Meier kam.']);
    expect(report.facts.filter((fact) => fact.kind === 'person').map((fact) => fact.text)).toEqual(['Meier']);
  });
});

describe('bad input', () => {
  it.each([
    ['unbalanced marks', ['„Er sagte „nein“ und „ja', '“ “ ” „ « » ‚ ‘ \' " ']],
    ['a 200 KB paragraph', ['Wort „Zitat“ sagte er, es sei so. '.repeat(6000)]],
    ['no punctuation', ['das ist ein text ganz ohne satzzeichen und ohne großbuchstaben sagte er']],
    ['mixed scripts, right-to-left, emoji, zero-width and no-break spaces, entities', ['قال „مرحبا“ 😀 Er\u200Bsagte:\u00A0„Hallo &amp; tschüss“ &quot;x&quot;']],
  ])('%s: a sensible report, no exception', (_name, paragraphs) => {
    const report = analyse(paragraphs);
    expectWellFormed(report);
  });
});
