// German cues for a claim's support: hedges, anonymous sources, statements that evidence is missing,
// named evidence, and the marks of a check-worthy assertion.
import { cue } from '../../lexicon';
import type { ClaimLexicon } from '../types';

const NOUN = '[\\p{L}-]+';
/**
 * A report by a news medium is its statement, not evidence (`nach einem Bericht der Zeitung …`, `des Bayrischen
 * Rundfunks`, `der „Frankfurter Allgemeinen Zeitung“`): the nouns of the press, alone or as a compound's head.
 */
const BY_MEDIUM = `(?! (?:de[rs]|von|vom) (?:[„“"]?${NOUN}[“"]? ){0,2}[„“"]?[\\p{L}-]*(?:zeitung|blatt(?:es|s)?|magazins?|senders?|rundfunks?|fernsehens?|agentur|portals?)(?![\\p{L}]))`;
/** Documents that name where a statement comes from: "heißt es" is no hedge when one of them is its source. */
const NAMED_DOCUMENT = 'studie|bericht|urteil|mitteilung|pressemitteilung|erklärung|schreiben|stellungnahme|brief|papier|gutachten';

export const claims: ClaimLexicon = {
  hedges: [
    cue('(?:medien|presse|zeitungs)?berichten zufolge'),
    cue('(?:unbestätigten|übereinstimmenden|ersten) (?:medien)?berichten'),
    cue('(?:nach|laut) (?:medien|presse|zeitungs)?berichten(?! (?:de[rsm]|von|aus|eine[rsm]?|im|in) )', 'reports of no one named; not "nach Berichten der BBC"'),
    cue(
      'nach (?:ersten|vorläufigen|unbestätigten|inoffiziellen|bisherigen|noch unbestätigten) (?:angaben|informationen|erkenntnissen|meldungen)(?! (?:de[rs]|von|aus) )',
      'provisional, and no one named: "nach ersten Angaben"; not "nach ersten Angaben der Polizei"',
    ),
    // Only the uninflected adverbs hedge the statement ("Er war angeblich betrunken"). An inflected form
    // qualifies a noun ("der mutmaßliche Täter wurde festgenommen": the arrest is reported as fact, the guilt
    // is what is left open), so it does not make the sentence an unsupported claim.
    cue('angeblich'),
    cue('mutmaßlich'),
    cue('vermeintlich'),
    cue('vermutlich'),
    cue('gerüchten zufolge'),
    cue('wie es (?:heißt|hieß)', 'no one is named for the statement'),
    cue(
      `(?<!(?:${NAMED_DOCUMENT})[^.!?:]{0,80})(?:heißt|hieß) es(?! in (?:de[mr]|einer?|seine[mr]|ihre[mr]) (?:${NAMED_DOCUMENT}))`,
      'unless a document is named, after it ("heißt es in einer Mitteilung") or before it ("In einer Erklärung des Ministeriums heißt es")',
    ),
    cue(
      '(?:soll|sollen) (?:(?:[\\p{L}-]+|\\p{N}[\\p{N}.,]*),? ){0,12}(?:haben|sein|worden sein|gewesen sein)',
      'the modal "sollen" of hearsay: "soll … haben", over numbers and a list ("sollen etwa 4.000 Menschen verurteilt worden sein", "sollen der Bruder, der Anwalt und ein Kollege gewesen sein")',
    ),
    cue('es wird (?:vermutet|angenommen|spekuliert|befürchtet|gemunkelt)'),
    cue('spekulationen zufolge'),
    cue('offenbar', 'apparently: the author does not vouch for it'),
  ],
  anonymousSources: [
    cue(`(?:aus|in) ${NOUN}kreisen`, 'Regierungskreisen, Sicherheitskreisen …: a circle, not a person'),
    cue('(?:aus|in) (?:gut )?informierten kreisen'),
    cue('(?:insider|insidern|eingeweihte[nr]?)'),
    cue('(?:anonyme[nr]?|ungenannte[nr]?|nicht genannte[nr]?) (?:quellen?|informanten|mitarbeiter)'),
    cue('quellen zufolge'),
    cue('(?:der|die) (?:anonym bleiben|nicht genannt werden) (?:wollte|möchte|wollten)'),
    cue('wie (?:aus [\\p{L}\\s-]{3,40}? )?verlautete'),
    cue('(?:einige|manche|viele|mehrere) (?:experten|beobachter|kritiker|analysten|beobachter|stimmen|fachleute)'),
    cue('(?:kritiker|beobachter|experten) (?:sagen|meinen|glauben|befürchten|warnen|bemängeln)', 'a group without names'),
    cue('nach informationen (?:de[sr]|von) '),
  ],
  vagueSpeakers: [
    'quelle', 'quellen', 'insider', 'beobachter', 'experten', 'kritiker', 'diplomaten', 'beamte', 'beamten', 'mitarbeiter',
    'kreise', 'vertraute', 'vertrauten', 'berater', 'analysten', 'fachleute', 'stimmen', 'manche', 'einige', 'viele',
    // The dative plurals after `von` (`nach Einschätzung von Fachleuten`).
    'fachleuten', 'beobachtern', 'kritikern', 'beratern', 'insidern',
  ],
  evidenceAbsence: [
    cue(`(?:keine|keinerlei|ohne|nicht) (?:${NOUN} (?:oder|und|noch) )?(?:${NOUN} ){0,2}(?:beweise?|belege?|nachweise?|indizien|anhaltspunkte|begründung|quellen?)`),
    cue('(?:un|nicht )belegt(?:e[nmrs]?)?'),
    cue('(?:un|nicht )bewiesen(?:e[nmrs]?)?'),
    cue('blieb (?:de[nm]|jeden|einen) (?:beweis|beleg|nachweis) schuldig'),
    cue(
      '(?:beweise|belege|nachweise) (?:dafür |hierfür )?(?:legte|legten|lieferte|lieferten|nannte|nannten|präsentierte|präsentierten|gibt es|gab es) (?:[\\p{L}-]+ ){0,3}(?:nicht(?! nur| allein| zuletzt)|keine)\\b',
      'the evidence put first and denied after its verb: "Beweise legte das Blatt nicht vor", "Belege dafür gibt es bislang keine"',
    ),
    cue(
      '(?:beweise|belege|nachweise) (?:dafür |hierfür )?(?:fehlen|fehlten|fehlt|stehen (?:noch )?aus)(?! nicht)',
      'not "Die Beweise fehlen nicht"',
    ),
    cue('(?:lässt|ließ|ließen|lassen) sich (?:zunächst |bislang |bisher )?nicht (?:unabhängig )?(?:überprüfen|bestätigen|verifizieren|belegen)'),
    cue('(?:konnte|konnten|kann) (?:zunächst |bislang |bisher )?nicht (?:unabhängig )?(?:überprüft|bestätigt|verifiziert|belegt) werden'),
    cue('(?:unabhängig )?nicht (?:überprüfbar|nachprüfbar|verifizierbar)'),
  ],
  evidence: [
    cue(`(?:laut|gemäß|nach) (?:eine[mr]|de[mr]|neuen|aktuellen|jüngsten) (?:${NOUN} )?(?:studie|untersuchung|umfrage|statistik|erhebung|analyse|auswertung|daten|zahlen|bericht${BY_MEDIUM}|gutachten|urteil|dokument|akten)`, 'a named document; a report by a news medium is its statement'),
    cue(`(?:studie|untersuchung|umfrage|erhebung|statistik|auswertung|gutachten|gerichtsakten) (?:de[sr]|von|aus)`),
    cue('wie aus (?:eine[mr]|de[mr]) (?:[\\p{L}-]+ )?(?:bericht|dokument|studie|statistik|daten|zahlen|unterlagen|akten|urteil|schreiben) hervorgeht'),
    cue('(?:statistischen bundesamt(?:es|s)?|destatis|eurostat|bundesagentur für arbeit)'),
    cue('(?:belegen|zeigen|zeigten|belegten) (?:die |neue |aktuelle )?(?:daten|zahlen|statistiken|dokumente|unterlagen)'),
  ],
  checkWorthy: [
    cue('(?:mehr|weniger|höher|niedriger|größer|kleiner|stärker|schwächer|besser|schlechter) als'),
    cue('(?:doppelt|dreimal|halb) so'),
    cue('(?:rekord|höchststand|tiefststand)'),
    cue('(?:wegen|aufgrund|infolge|weil|deshalb|daher|verantwortlich|schuld)'),
    cue('(?:führte|führt|führen) (?:[\\p{L}-]+ ){0,3}zu'),
    cue('(?:wird|werden|dürfte|dürften) (?:[\\p{L}-]+ ){0,4}(?:steigen|sinken|wachsen|fallen|zunehmen|abnehmen)'),
    cue('(?:illegal|rechtswidrig|betrug|gelogen|lüge|korrupt|verbrechen|vorwurf|vorwürfe)'),
    cue('(?:größte[nmrs]?|höchste[nmrs]?|erste[nmrs]?|einzige[nmrs]?|schlimmste[nmrs]?|beste[nmrs]?)'),
  ],
};
