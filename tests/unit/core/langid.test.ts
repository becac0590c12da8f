import { describe, expect, it } from 'vitest';
import { detectLanguage, primaryLanguage } from '../../../src/core/langid/detect';

const GERMAN = 'Der Konzern hat am Dienstag angekündigt, dass er die Werbeplattform nicht mehr unterstützen wird. Das sei eine Entscheidung, die sich schon länger abgezeichnet habe, sagte eine Sprecherin. Die Nutzer können aber noch bis zum Ende des Monats auf ihre Konten zugreifen.';
const ENGLISH = 'The company said on Tuesday that it would no longer support the advertising platform. It was a decision that had been coming for some time, a spokeswoman said. Users will still be able to reach their accounts until the end of the month.';
const FRENCH = 'Le groupe a annoncé mardi qu’il ne soutiendrait plus la plateforme publicitaire. C’est une décision qui se dessinait depuis longtemps, a déclaré une porte-parole. Les utilisateurs pourront accéder à leurs comptes jusqu’à la fin du mois.';
const SPANISH = 'La empresa anunció el martes que ya no apoyará la plataforma de publicidad. Es una decisión que se veía venir desde hace tiempo, dijo una portavoz. Los usuarios podrán acceder a sus cuentas hasta el final del mes.';
const ITALIAN = 'La società ha annunciato martedì che non sosterrà più la piattaforma pubblicitaria. È una decisione che era nell’aria da tempo, ha detto una portavoce. Gli utenti potranno accedere ai loro account fino alla fine del mese.';
const DUTCH = 'Het bedrijf heeft dinsdag aangekondigd dat het het advertentieplatform niet meer zal ondersteunen. Het is een beslissing die al lang in de lucht hing, zei een woordvoerster. Gebruikers kunnen nog tot het einde van de maand bij hun accounts.';
const PORTUGUESE = 'A empresa anunciou na terça-feira que não vai mais apoiar a plataforma de publicidade. É uma decisão que já era esperada há muito tempo, disse uma porta-voz. Os usuários ainda podem acessar as suas contas até o fim do mês.';
// Written for this test in Aruban spelling: the school reopens, and the government looks for money.
const PAPIAMENTO = 'E minister a bisa awe cu e scol lo habri su portanan atrobe den e luna aki. Nan ta traha riba un plan pa tur e studiantenan por bin bek. Tambe e gobierno ta buska mas placa pa e proyecto, pasobra hopi hende ta warda riba esaki.';

describe('detectLanguage', () => {
  it.each([
    ['German', GERMAN, null, 'de'],
    ['English', ENGLISH, null, 'en'],
    ['French', FRENCH, null, 'fr'],
    ['Spanish', SPANISH, null, 'es'],
    ['Italian', ITALIAN, null, 'it'],
    ['Dutch', DUTCH, null, 'nl'],
    ['Portuguese (not Spanish)', PORTUGUESE, null, 'pt'],
    ['Papiamento (not Italian or Spanish)', PAPIAMENTO, null, 'pap'],
    ['Italian stays Italian beside Papiamento', `${ITALIAN} ${ITALIAN}`, null, 'it'],
    ['Spanish stays Spanish beside Papiamento', `${SPANISH} ${SPANISH}`, null, 'es'],
    ['German text under a wrong English tag', GERMAN, 'en', 'de'],
    ['English text agreeing with en-GB', ENGLISH, 'en-GB', 'en'],
    ['Japanese by kana', 'これは日本語の記事です。東京で会議が開かれました。', null, 'ja'],
    ['Chinese by Han without kana', '这是一篇关于经济的新闻报道。北京举行了会议。', null, 'zh'],
    ['Chinese lyrics with their pinyin', '我还有话想对你说 Wo hai you hua xiang dui ni shuo 舍不得说 来不及说 She bu de shuo lai bu ji shuo 离别的话最难说出口 Li bie de hua zui nan shuo chu kou', null, 'zh'],
    ['English text quoting one Chinese name stays English', `${ENGLISH} The company, 华为, declined to comment.`, null, 'en'],
    ['an English article full of Japanese terms, under an en tag', `${ENGLISH} Chikan (痴漢（ちかん）) is a crime, and the word 痴漢行為は犯罪です is posted in every station. ${ENGLISH} 駅員に知らせてください。`, 'en', 'en'],
    ['Arabic script takes the page tag', 'هذا مقال إخباري عن الاقتصاد في المنطقة', 'ar', 'ar'],
    ['Hebrew by script', 'זהו מאמר חדשותי על הכלכלה באזור', null, 'he'],
    ['Bengali by script, over a wrong English tag', 'এটি অঞ্চলের অর্থনীতি সম্পর্কে একটি সংবাদ নিবন্ধ', 'en', 'bn'],
    ['Devanagari takes the page tag (Hindi, Marathi, Nepali share it)', 'यह क्षेत्र की अर्थव्यवस्था के बारे में एक समाचार लेख है', 'mr', 'mr'],
  ])('%s', (_label, text, declared, expected) => {
    expect(detectLanguage(text, declared).lang).toBe(expected);
  });

  it('trusts the declared language when the text is too short to tell', () => {
    expect(detectLanguage('Impressum', 'de').lang).toBe('de');
    expect(detectLanguage('Impressum', 'de').method).toBe('declared');
  });

  it('keeps the page’s tag over filler text that is in no language it knows', () => {
    const lorem = 'Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod tempor invidunt ut labore et dolore magna aliquyam erat, sed diam voluptua. At vero eos et accusam et justo duo dolores et ea rebum. Stet clita kasd gubergren, no sea takimata sanctus est Lorem ipsum dolor sit amet. '.repeat(3);
    expect(detectLanguage(lorem, 'en').lang).toBe('en');
  });

  it('returns null with no text and no tag', () => {
    expect(detectLanguage('', null).lang).toBeNull();
    expect(detectLanguage('12345 67890', undefined).lang).toBeNull();
  });

  it('keeps a declared language close to the text’s (related languages share words)', () => {
    // German text with a few Dutch-looking words stays German under a de tag.
    expect(detectLanguage(`${GERMAN} van de`, 'de').lang).toBe('de');
  });
});

describe('primaryLanguage', () => {
  it.each([
    ['de-AT', 'de'],
    ['en_US', 'en'],
    [' FR ', 'fr'],
    ['x', null],
    ['', null],
    [null, null],
    ['not a tag!', null],
  ])('%s → %s', (tag, expected) => {
    expect(primaryLanguage(tag)).toBe(expected);
  });
});
