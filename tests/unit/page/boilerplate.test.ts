import { describe, expect, it } from 'vitest';
import { FURNITURE_RULES, RELATED_HEADINGS, SERVER_ERROR, SITE_NOTICES, guardAdmits, isBoilerplateBlock, openingOf, viewOf, withoutBoilerplate } from '../../../src/page/boilerplate';
import type { PageBlock } from '../../../src/page/blocks';

const block = (text: string): PageBlock => ({ kind: 'paragraph', text, runs: [] });

const FURNITURE_EXAMPLES = [
    'Foto: dpa',
    'Image by: foto Shutterstock',
    'Photograph by Jane Roe',
    '© Tagesblick 2024',
    'Teilen: Facebook X E-Mail',
    'Schlagwörter: Halbleiter, Dresden',
    'Markiert:',
    'Anzeige',
    'Advertisement',
    'Publicidad',
    'Aktualisiert: 19:05 Uhr',
    'Veröffentlicht am 20. April 2023 · Redaktion',
    '14.03.2024, 17:42 Uhr',
    'March 3, 2024',
    '5 min read',
    'Read more: Looted colonial art',
    'Lesen Sie auch: Chipfabrik in Magdeburg gestoppt',
    'Category : Press Releases',
    'Follow The Gleaner on Twitter and Instagram',
    'This article is the copyrighted property of the Example News.',
    'Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO',
    'Lee Elder war beim Masters 1975 der Zuschauermagnet. | © Augusta National/Getty Images',
    '(© FEI/Christophe Taniere)',
    'Firmen- und Beziehungsgeflecht der Firma. Zum Vergrößern auf das Bild klicken. CC-BY-SA 2.0',
    'War der Artikel nützlich?',
    'Artikel gefallen? Vergiss nicht zu teilen!',
    'Kommentare geschlossen',
    '(Noch keine Bewertungen)',
    'Erstellt am Dienstag 6. Mai 2014',
    '*Werbung. Dieser Beitrag enthält Werbung für eine Marke.',
    'Augusta National/Getty Images',
    'Wir respektieren deine Privatsphäre',
    'Zum Inhalt springen',
    'Skip to main content',
    'Aller au contenu',
    // French, Spanish, Italian, Dutch.
    'À lire aussi » Ballonnements, lourdeurs : quel est votre profil digestif ?',
    'A LIRE AUSSI : Le gouvernement présente son budget',
    'Lea también: El Congreso aprueba la reforma',
    'Leggi anche',
    'Lees ook: Kabinet valt over stikstof',
    'Partager sur Facebook',
    'Partager cet article',
    'Compartir en Twitter',
    'Condividi su WhatsApp',
    'Delen via e-mail',
    'Mots-clés : Assemblée nationale, budget',
    'Etiquetas: Congreso, reforma',
    'Trefwoorden: stikstof',
    'Crédit photo : AFP',
    'Crédito: EFE',
    'Beeld: ANP',
    'Publié le 12 mars 2024 à 10h30',
    'Mis à jour le mardi 12 mars 2024',
    'Actualizado: 12/03/2024 08:15',
    'Pubblicato il 12 marzo 2024',
    'Gepubliceerd op 12 maart 2024',
    'Temps de lecture : 4 min',
    'Tiempo de lectura: 3 minutos',
    '5 minuti di lettura',
    'Suivez-nous sur Instagram',
    'Suscríbete a nuestro boletín',
    'Volg ons op X',
    'Charger plus',
    'Volver arriba',
    'Tous droits réservés',
    'Riproduzione riservata',
    'News date : 04/21/2022 Category : Press Releases',
    'Release Date:',
    'Senior Editor with a focus on all things tech and gaming. Life Adventurer. You can keep up with me on Twitter: @Josiah_Motley',
    'Anna Beispiel schreibt über Verkehr. Folgen Sie ihr auf Mastodon.',
    'Weitere Informationen:',
    'Weitere Informationen zum Coronavirus in Thüringen:',
    'Noch mehr Infos für dich',
    'Weitere Infos unter www.itfjuniors.de.',
    'Lesen Sie auch die folgenden Beiträge:',
    'Externer Inhalt',
    'Häufig gestellte Fragen',
    'Dieses Skript als PDF herunterladen',
    'VON Sina Giebel',
    'By Anna Smith',
    'AFP / MARCO BERTORELLO',
    'FEI/Christophe Taniere',
    'Support independent journalism',
    'Unterstützen Sie unabhängigen Journalismus – schon ab 5 Euro im Monat.',
    'Apoya el periodismo incómodo',
    'Tú también puedes hacer periodismo incómodo. Cancela cuando quieras.',
    'Digital-Abo für 9,99 Euro im Monat, jederzeit kündbar.',
    'Soutenez le journalisme indépendant',
    'Sostieni il giornalismo libero',
    'Steun onafhankelijke journalistiek',
    "Warning: mysql_get_server_info(): Access denied for user ''@'localhost' (using password: NO) in /www/htdocs/wordpress/wp-content/plugins/simple-tagging-plugin/simpletagging.php on line 33",
];

const RELATED_HEADING_EXAMPLES = ['Sur le même sujet', 'Articles liés', 'Noticias relacionadas', 'Lo más leído', 'Articoli correlati', 'I più letti', 'Gerelateerde artikelen', 'Meest gelezen', 'Weitere Artikel', 'Schon gelesen?', 'Das könnte Sie auch interessieren', 'Ähnliche Beiträge', 'You may also like', 'Most read', 'Read next', 'More from The Gleaner:'];

describe('isBoilerplateBlock', () => {
  it.each(FURNITURE_EXAMPLES)('furniture: %s', (text) => {
    expect(isBoilerplateBlock(block(text))).toBe(true);
  });

  // A site's notices, longer than furniture.
  it.each([
    '© 2022, Example News. This article is the copyrighted property of Example News. Written permission must be obtained before reprint in online or print media. Reprinting content without permission is theft.',
    'Follow The Gleaner on Twitter and Instagram @ExampleGleaner and on Facebook @ExampleGleaner. Send us a message on WhatsApp or email us at feedback@example.com or editors@example.com.',
    'For the latest stories and breaking news updates download the Example News apps for iOS and Android.',
    'We want to hear what you think about this article. Submit a letter to the editor or write to letters@example.com.',
    'Example Grenada is not responsible for the opinions, statements or media content presented by contributors. In case of abuse, click here to report.',
    'Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her. Hier kannst du deine Einstellungen verwalten, um eine Verbindung zu den Netzwerken herzustellen.',
  ])('notice: %s', (text) => {
    expect(isBoilerplateBlock(block(text))).toBe(true);
  });

  it.each([
    'The platform said it is not responsible for the content its users post, a claim the court rejected.',
    'Das Logo mit dem © im Kreis ist seit 1978 geschützt, sagte der Anwalt der Firma vor Gericht.',
    'Many readers follow the paper on Twitter, the survey found, and few of them read its print edition any more.',
    'Users who download the new app will be asked for their location, which critics say is more than the service needs.',
    `© ${'a notice that grows past the longest one looked for, '.repeat(7)}all rights reserved.`,
  ])('prose, or too long for a notice: %s', (text) => {
    expect(isBoilerplateBlock(block(text))).toBe(false);
  });

  it.each([
    'Zum Thema Klimaschutz sagte die Ministerin, das Land werde seine Ziele erreichen.',
    'Related research shows the effect is small.',
    'Das Foto zeigt den Minister bei seiner Ankunft in Berlin.',
    'Der Konzern hat am Dienstag angekündigt, dass er die Plattform nicht mehr unterstützen wird.',
    'Updated figures released on Monday show the deficit narrowing for a third month.',
    'Zum Inhalt springen wir gleich: Die Ministerin hat ihren Rücktritt erklärt.',
    'Warning: the storm will reach the coast on Tuesday night, forecasters said.',
    'Delen van het land zijn getroffen door overstromingen.',
    'Publié en 1995, le roman est devenu un classique.',
    'Partager le pouvoir reste difficile pour la coalition.',
    'Compartir datos con terceros está prohibido, dijo el ministro.',
    'Voir aussi loin que possible : tel est le but du télescope.',
    'Leggi anche le regole prima di votare, ha detto il presidente.',
    'Actualizado el plan, el gobierno espera más inversiones.',
    'Support for the bill among journalism schools has grown, the survey found.',
    'Release date: the studio has not announced one yet, and fans are growing impatient.',
    'Weitere Informationen zu den Tätern gab die Polizei zunächst nicht bekannt.',
    'Mehr Informationen bedeuten nicht immer bessere Entscheidungen, sagte die Forscherin.',
    'Von Berlin aus fuhr der Zug weiter nach Hamburg.',
    'By the end of the year the plant will close.',
    'Die CDU/CSU will das Gesetz noch vor dem Sommer beschließen.',
    'Als PDF herunterladen lassen sich die Unterlagen erst ab Montag, teilte die Behörde mit.',
    'Many voters follow him on Twitter, but few of them trust what he posts there, the poll found.',
    'Date: a fruit that grows in the desert and keeps for months.',
    'Der Verband will unabhängigen Journalismus stärker unterstützen, sagte die Sprecherin.',
    'Apoya el periodismo la mayoría de los encuestados, según el sondeo.',
    'Die Mitgliedschaft im Verein ist jederzeit kündbar, die Beiträge aber bleiben bis Jahresende fällig.',
    // Long blocks are prose whatever they begin with.
    `Foto: ${'ein sehr langer Satz über das Bild und seine Geschichte, '.repeat(4)}`,
  ])('prose: %s', (text) => {
    expect(isBoilerplateBlock(block(text))).toBe(false);
  });
});

describe('the guards in front of the patterns', () => {
  const rules = [SERVER_ERROR, SITE_NOTICES, ...FURNITURE_RULES, ...RELATED_HEADINGS];
  // Every example in its own spelling, in capitals and in lower case, and with more text after it.
  const samples = [...FURNITURE_EXAMPLES, ...RELATED_HEADING_EXAMPLES, 'Dieser Artikel enthält Affiliate-Links.', 'Foto: Max Muster (dpa).', '12:45', '…']
    .flatMap((text) => [text, text.toUpperCase(), text.toLowerCase(), `${text} mehr`]);

  it('never keep a pattern from a block it matches', () => {
    let matched = 0;
    for (const rule of rules) {
      for (const text of samples) {
        if (!rule.pattern.test(text)) continue;
        matched++;
        expect(guardAdmits(rule, viewOf(text)), `${rule.pattern.source.slice(0, 40)} on "${text}"`).toBe(true);
      }
    }
    // Every example was matched by some rule, so the check above covered them all.
    expect(matched).toBeGreaterThanOrEqual(FURNITURE_EXAMPLES.length + RELATED_HEADING_EXAMPLES.length);
  });

  it.each([
    'Der Konzern hat am Dienstag angekündigt, dass er die Plattform nicht mehr unterstützen wird.',
    'Elon Musk hat Microsoft mit einer Klage gedroht.',
    'The minister said the plan would be published in spring.',
  ])('let a block of prose past most patterns untried: %s', (text) => {
    const tried = rules.filter((rule) => guardAdmits(rule, viewOf(text)));
    expect(tried.length).toBeLessThanOrEqual(1);
  });

  it.each([
    ['Foto: dpa', 'foto'],
    ['Übersicht der Termine', 'übersicht'],
    ['14.03.2024', '0'],
    ['© Tagesblick', '©'],
    ['(Noch keine Bewertungen)', '('],
  ])('read how a block opens: %s', (text, opening) => {
    expect(openingOf(text.toLowerCase())).toBe(opening);
  });
});

describe('withoutBoilerplate', () => {
  const paragraph = (text: string): PageBlock => ({ kind: 'paragraph', text, runs: [] });
  const heading = (text: string): PageBlock => ({ kind: 'heading', text, runs: [] });
  const item = (text: string): PageBlock => ({ kind: 'list-item', text, runs: [] });
  const long = 'Die Landesregierung reagierte am Abend verstimmt und kündigte an, die Förderzusagen für das Werk noch einmal gründlich zu prüfen, bevor weiteres Geld fließe, und verlangte vom Vorstand einen Zeitplan für den Standort.';

  it('drops a related-stories box: its heading and the teasers after it', () => {
    const blocks = [paragraph(long), heading('Weitere Artikel'), item('Chipfabrik in Magdeburg gestoppt'), paragraph('Bahnstreik: Was Pendler wissen müssen'), heading('Ausblick'), paragraph(long)];
    expect(withoutBoilerplate(blocks).map((block) => block.text)).toEqual([long, 'Ausblick', long]);
  });

  it.each(RELATED_HEADING_EXAMPLES)('takes "%s" for the heading of a box of teasers', (text) => {
    const blocks = [paragraph(long), heading(text), item('Chipfabrik in Magdeburg gestoppt'), paragraph(long)];
    expect(withoutBoilerplate(blocks).map((block) => block.text)).toEqual([long, long]);
  });

  it.each(['Les plus lus de la semaine dernière ont tous parlé de la réforme des retraites.', 'Articles de loi', 'Te puede interesar saber que el plazo vence mañana.'])(
    'keeps a block that merely starts like such a heading: %s',
    (text) => {
      expect(withoutBoilerplate([heading(text), paragraph('Kurz.')])).toHaveLength(2);
    },
  );

  it('ends the box at the first real paragraph', () => {
    const blocks = [heading('Schon gelesen?'), item('Teaser'), paragraph(long)];
    expect(withoutBoilerplate(blocks).map((block) => block.text)).toEqual([long]);
  });

  it('keeps a sub-heading that merely starts like one', () => {
    const blocks = [heading('Weitere Artikel des Grundgesetzes betroffen'), paragraph('Kurz.')];
    expect(withoutBoilerplate(blocks)).toHaveLength(2);
  });
});
