// German entity lexicon. German capitalises every noun, so the list of capitalised non-names carries
// the nouns news text uses most, above all those that stand next to another capitalised word without
// an article (`Millionen Nutzer`, `Ende Januar`, `Laut Angaben`), plus function words that open
// sentences, weekdays and months. The engine also rejects any word the article writes in lower case.
import type { EntityLexicon } from '../types';

const FUNCTION_WORDS =
  'der die das den dem des ein eine einer einem einen eines es er sie wir ich ihr man in im am an auf aus ' +
  'bei mit nach seit von vom vor zu zum zur für gegen ohne um unter über durch zwischen während wegen laut ' +
  'trotz dank neben statt und oder aber doch denn sondern sowie auch noch schon bereits nur erst jetzt nun ' +
  'heute gestern morgen hier dort da dabei dazu damit darum daher deshalb deswegen dennoch trotzdem jedoch ' +
  'allerdings zudem außerdem infolgedessen folglich somit also zwar bisher inzwischen mittlerweile später ' +
  'zuvor danach dann immer nie oft manchmal wie was wer wo wann warum wieso weshalb welche welcher welches ' +
  'wenn als ob dass weil obwohl falls sobald so sehr mehr weniger viele wenige einige alle alles jeder jede ' +
  'jedes kein keine nichts etwas dies diese dieser dieses jene solche andere anderen weitere beide sein ' +
  'seine ihre unser unsere mein meine nicht ja nein vielleicht wohl offenbar angeblich demnach zufolge ' +
  'insgesamt gleichzeitig stattdessen ebenfalls besonders vor allem zunächst schließlich endlich erstmals ' +
  'wieder weiterhin nachdem bevor seitdem während hingegen dagegen immerhin';

const TIME =
  'montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend wochenende januar februar märz ' +
  'april mai juni juli august september oktober november dezember jänner frühjahr frühling sommer herbst ' +
  'winter jahr jahre jahren jahres monat monate monaten woche wochen tag tage tagen tages stunde stunden ' +
  'minute minuten uhr zeit zeitpunkt ende anfang mitte beginn zukunft vergangenheit gegenwart ' +
  // Months as abbreviated (`Dez. 2020`); not `Jan`, also a name.
  'feb aug sept okt nov dez';

const NOUNS =
  'millionen million milliarden milliarde tausende hunderte dutzende prozent euro dollar cent franken ' +
  'pfund yen menschen leute personen nutzer nutzerinnen kunden kundinnen werbekunden verbraucher bürger ' +
  'bürgerinnen mitarbeiter mitarbeiterinnen beschäftigte experten expertinnen fachleute forscher ' +
  'wissenschaftler politiker behörden unternehmen firma firmen konzern konzerne plattform plattformen ' +
  'daten informationen angaben bericht berichte studie studien umfrage zahlen werbung markt märkte ' +
  'regierung staat staaten land länder stadt städte gemeinde region welt polizei gericht klage klagen ' +
  'vorwürfe vorwurf kritik gesetz gesetze regeln regel recht rechte pläne plan entscheidung frage fragen ' +
  'antwort problem probleme lage situation krise krieg frieden wahl wahlen partei parteien koalition ' +
  'opposition geld kosten preis preise steuer steuern wirtschaft industrie handel technologie technik ' +
  'software internet netz medien presse zeitung interview sprecher sprecherin chef chefin leiter ' +
  'präsident präsidentin minister ministerin kanzler kanzlerin vorstand gründer mitglied mitglieder ' +
  'teil teile seite seiten zahl reihe art weise grund gründe ziel ziele folge folgen ergebnis ergebnisse ' +
  'entwicklung bereich bereiche fall fälle mal prozess verfahren projekt programm system systeme dienst ' +
  'dienste angebot produkt produkte modell modelle version tool tools app apps konto konten account ' +
  'accounts kanal kanäle medienkanäle inhalte beiträge nachrichten meldung meldungen post posts video ' +
  'videos bild bilder foto fotos text texte sicherheit gesundheit bildung umwelt klima energie strom gas ' +
  'öl wasser verkehr schule schulen universität hochschule kinder eltern frauen männer familie familien ' +
  'leben arbeit job jobs stelle stellen geschäft geschäfte vertrag verträge vereinbarung abkommen ' +
  'verhandlungen gespräche treffen konferenz gipfel sitzung debatte diskussion streit konflikt angriff ' +
  'angriffe anschlag opfer tote verletzte zeugen täter ermittler ermittlungen staatsanwaltschaft ' +
  'hilfe unterstützung maßnahmen maßnahme schutz risiko risiken gefahr chance chancen möglichkeit ' +
  'ansicht meinung sicht hinblick bezug rahmen zusammenhang zuge höhe verlauf laufe kreisen ' +
  'künstliche intelligenz soziale sozialen deutsche deutschen europäische europäischen ' +
  'amerikanische amerikanischen russische russischen chinesische chinesischen ukrainische ukrainischen ' +
  'deutscher europäer amerikaner russen chinesen ukrainer franzosen briten herr frau dr prof ' +
  // Nouns of idioms that often follow a plural role noun (`auf Politiker Druck ausüben`).
  'druck einfluss vertrauen respekt interesse verständnis zugang rückhalt rückendeckung ' +
  // Adjectives used as nouns, often the object right after a name (`hatte Steinbrück Positives zu vermelden`).
  'positives negatives neues gutes schlechtes besonderes wichtiges ähnliches folgendes weiteres näheres ' +
  'genaueres konkretes entscheidendes wesentliches interessantes erstaunliches überraschendes anderes';

export const entities: EntityLexicon = {
  capitalisedNonNames: `${FUNCTION_WORDS} ${TIME} ${NOUNS}`.split(' '),
  organisationSuffixes: [
    'ag', 'gmbh', 'se', 'kg', 'kgaa', 'partei', 'ministerium', 'bank', 'gruppe', 'konzern', 'verband',
    'stiftung', 'institut', 'verlag', 'gesellschaft', 'agentur', 'amt', 'behörde', 'versicherung',
    'holding', 'werke', 'rundfunk', 'kommission', 'fraktion',
    // English names stand in German text as they are written: `Wikimedia Foundation`, `Meredith Corporation`.
    'foundation', 'corporation',
  ],
  // `bei` is left out: `bei Twitter`, `bei Bedarf` name no place.
  placePrepositions: ['in', 'aus', 'nach', 'nahe', 'nördlich', 'südlich', 'östlich', 'westlich'],
  // Before an organisation's suffix (`Deutsches Institut für Wirtschaftsforschung`, `Europäische Kommission`).
  organisationAdjectives: ['deutsche', 'deutschen', 'deutscher', 'europäische', 'europäischen'],
};
