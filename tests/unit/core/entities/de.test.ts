import { describe, expect, it } from 'vitest';
import { mentions } from './helpers';

// Sentences written for these tests. Each row: what the text is about, the text, the exact mentions.
const cases: Array<[string, string, string[]]> = [
  [
    'the Twitter/Microsoft dispute: persons, organisations, genitive, outlets; no nouns',
    'Der CEO von Twitter, Elon Musk, hat gedroht, Microsoft zu verklagen. Infolgedessen kündigten ' +
      'Werbekunden an, das Social-Media-Management-Tool nicht mehr zu nutzen. Musk reagierte auf Microsofts ' +
      'Plan mit Spott. Andere soziale Medienkanäle wie Facebook, Instagram und LinkedIn bleiben, und große ' +
      'Unternehmen, darunter Apple, zahlen weiter. In einem Interview mit der BBC letzte Woche sagte er, die ' +
      'Twitter-Daten gehörten ihm.',
    [
      'organization:Twitter=Twitter',
      'person:Elon Musk=Elon Musk',
      'organization:Microsoft=Microsoft',
      'person:Musk=Elon Musk',
      'organization:Microsofts=Microsoft',
      'organization:Facebook=Facebook',
      'organization:Instagram=Instagram',
      'organization:LinkedIn=LinkedIn',
      'organization:Apple=Apple',
      'source:BBC=BBC',
    ],
  ],
  [
    'a compound role before a name is no part of it',
    'Trendexpertin Karolina Landowski sagte das. Staatsanwältin Birte Haase und Hausarzt Tim Odenwald widersprachen.',
    ['person:Karolina Landowski=Karolina Landowski', 'person:Birte Haase=Birte Haase', 'person:Tim Odenwald=Tim Odenwald'],
  ],
  [
    'an institute with its link and what it is of, after a national adjective too',
    'Das Deutsche Institut für Wirtschaftsforschung und das Kieler Institut für Weltwirtschaft widersprachen.',
    [
      'organization:Deutsche Institut für Wirtschaftsforschung=Deutsche Institut für Wirtschaftsforschung',
      'organization:Kieler Institut für Weltwirtschaft=Kieler Institut für Weltwirtschaft',
    ],
  ],
  [
    'common nouns, sentence-initial words and compounds are no names',
    'Die Werbung auf der Plattform bringt den Unternehmen kaum Daten, klagen Nutzer. Seit Montag gilt die ' +
      'neue Regel. Infolgedessen sinken die Preise in Zukunft. Große Koalition und Künstliche Intelligenz ' +
      'kosten 40 Millionen US-Dollar.',
    [],
  ],
  [
    'titles, role nouns and compounds with a role introduce persons; last names link back',
    'Der Minister Hans Meier kündigte an, dass Meiers Haus prüft. Sprecherin Julia Klöckner sagte, ' +
      'Bundesgesundheitsminister Karl Lauterbach sei informiert. Prof. Dr. Christian Drosten warnte. ' +
      'Herr Drosten wiederholte das, Tesla-Chef Musk nicht.',
    [
      'person:Hans Meier=Hans Meier',
      'person:Meiers=Hans Meier',
      'person:Julia Klöckner=Julia Klöckner',
      'person:Karl Lauterbach=Karl Lauterbach',
      'person:Christian Drosten=Christian Drosten',
      'person:Drosten=Christian Drosten',
      'person:Musk=Musk',
    ],
  ],
  [
    'name particles, a short form before the full one',
    'Von der Leyen zögerte. Später sprach Ursula von der Leyen in Straßburg, Merkel schwieg. Angela Merkel war nicht da.',
    [
      'person:Leyen=Ursula von der Leyen',
      'person:Ursula von der Leyen=Ursula von der Leyen',
      'place:Straßburg=Straßburg',
      'person:Merkel=Angela Merkel',
      'person:Angela Merkel=Angela Merkel',
    ],
  ],
  [
    'inflected gazetteer names get their base form; public bodies; places',
    'Laut einem Bericht der Süddeutschen Zeitung plant die Europäische Kommission ein Verfahren gegen Google. ' +
      'Der Präsident der Vereinigten Staaten reiste nach München. Das Finanzministerium und das ' +
      'Bundeskartellamt prüfen den Fall. Aus Kiew meldete die AFP neue Angriffe.',
    [
      'source:Bericht der Süddeutschen Zeitung=Süddeutsche Zeitung',
      'organization:Europäische Kommission=Europäische Kommission',
      'organization:Google=Google',
      'place:Vereinigten Staaten=Vereinigte Staaten',
      'place:München=München',
      'organization:Finanzministerium=Finanzministerium',
      'organization:Bundeskartellamt=Bundeskartellamt',
      'place:Kiew=Kiew',
      'source:AFP=AFP',
    ],
  ],
  [
    'organisation heads and suffixes, acronyms, parties, a genitive of an unknown company',
    'Eine Studie der Universität Heidelberg zeigt es. Die Müller Logistik GmbH und die Siemens AG wachsen. ' +
      'Das Institut für Weltwirtschaft, die SPD und die Grünen widersprachen. Die CEO sprach mit dem ZVEI. ' +
      'Nvidias Umsatz stieg, Nvidia legte zu.',
    [
      'source:Studie der Universität Heidelberg=Universität Heidelberg',
      'organization:Müller Logistik GmbH=Müller Logistik GmbH',
      'organization:Siemens AG=Siemens AG',
      'organization:Institut für Weltwirtschaft=Institut für Weltwirtschaft',
      'organization:SPD=SPD',
      'organization:Grünen=Grünen',
      'organization:ZVEI=ZVEI',
      'organization:Nvidias=Nvidia',
      'organization:Nvidia=Nvidia',
    ],
  ],
  [
    'towns by their ending after a place preposition; not plain nouns after one',
    'Das Werk in Wolfsburg bleibt. Die Leute aus Gründen der Sicherheit nach Angaben in Kraft. Sie zog nach Offenbach.',
    ['place:Wolfsburg=Wolfsburg', 'place:Offenbach=Offenbach'],
  ],
  [
    'a lone unknown capitalised word is no name in German, a shouted word no acronym',
    'Gestern kam Schneider. Der Konzern meldete Verluste. Das ist NICHT nicht erlaubt.',
    [],
  ],
  [
    'nouns side by side are no name: a dative plural in -ern, an abstract noun; a known head or suffix still is',
    'Viele kaufen bei Vermehrern Welpen, die krank sind. Seitdem fehlen Kindern Betreuungsplätze. Der Bus ' +
      'fährt Richtung Zentrum Hellbrunn, sie fordert Ausstattung Komfort Sicherheit. Geld kam ' +
      'auch von Wikimedia Foundation, sagte Kowalski Brzeski. Trainer Jürgen Klinsmann lobte Thomas Ostern.',
    [
      'organization:Wikimedia Foundation=Wikimedia Foundation',
      'person:Kowalski Brzeski=Kowalski Brzeski',
      'person:Jürgen Klinsmann=Jürgen Klinsmann',
      'person:Thomas Ostern=Thomas Ostern',
    ],
  ],
  [
    'capitalised words right after a numeral are a unit or a count, not a name',
    'Zinn schmilzt bei 231,9 Grad Celsius, Blei bei 327 Grad Celsius. Nach 12 Runden Olympia lag Anna Roth vorn.',
    ['person:Anna Roth=Anna Roth'],
  ],
  [
    'sources: lower-case agencies, web addresses, outlets as speakers',
    'Das berichtete dpa am Abend. Mehr dazu unter www.example.de/artikel, sagte der Spiegel.',
    ['source:dpa=dpa', 'source:www.example.de/artikel=www.example.de/artikel', 'source:Spiegel=Spiegel'],
  ],
  [
    'a name followed by the acronym of its initials is no person, one followed by a party is',
    'Der Beschleuniger Large Hadron Collider (LHC) stand still. Bildungssenator Willi Lemke (SPD) widersprach.',
    ['organization:Hadron Collider=Hadron Collider', 'organization:LHC=LHC', 'person:Bildungssenator Willi Lemke=Bildungssenator Willi Lemke', 'organization:SPD=SPD'],
  ],
];

describe('findEntities (German)', () => {
  it.each(cases)('%s', (_what, text, expected) => {
    expect(mentions('de', text)).toEqual(expected);
  });

  it('links across paragraphs and reports block offsets', () => {
    const blocks = 'Olaf Scholz reiste ab.\n\nScholz kam am Abend in Paris an.';
    expect(mentions('de', blocks)).toEqual([
      'person:Olaf Scholz=Olaf Scholz',
      'person:Scholz=Olaf Scholz',
      'place:Paris=Paris',
    ]);
  });
});
