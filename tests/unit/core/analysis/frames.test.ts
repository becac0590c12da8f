import { describe, expect, it } from 'vitest';
import { frameAfter, frameBefore } from '../../../../src/core/analysis/frames';
import { speechSets } from '../../../../src/core/analysis/tokens';
import { speech as deSpeech } from '../../../../src/core/languages/de/speech';
import { stopwords as deStop } from '../../../../src/core/languages/de/stopwords';
import { speech as enSpeech } from '../../../../src/core/languages/en/speech';
import { stopwords as enStop } from '../../../../src/core/languages/en/stopwords';

import type { FrameContext } from '../../../../src/core/analysis/frames';

/** A frame context whose known names are the given words (as the entity finder would report them). */
function contextWith(sets: ReturnType<typeof speechSets>, names: string[]): (text: string) => FrameContext {
  return (text) => {
    const spans = names.flatMap((name) => {
      const at = text.indexOf(name);
      return at >= 0 ? [{ start: at, end: at + name.length, text: name }] : [];
    });
    return {
      sets,
      isName: (start, end) => spans.some((span) => span.start < end && span.end > start),
      firstName: (start, end) => spans.filter((span) => span.start >= start && span.end <= end).sort((a, b) => a.start - b.start)[0] ?? null,
      lastPerson: (start, end) => spans.filter((span) => span.start >= start && span.end <= end).sort((a, b) => b.start - a.start)[0] ?? null,
    };
  };
}
const NAMES = ['Teilnehmern', 'Elisabeth II.', 'Angela Merkel', 'Guttenbergs', 'Peter Häberle', 'Hartmut Möllring', 'Annette Widmann-Mauz', 'CDU', 'Hannover', 'Gerhard Schröder', 'Sharon Hayes', 'Viktor Oserow', 'Microsoft', 'Müller', 'Michael Skibbe', 'Merkel', 'Musk', 'Jane Doe', 'John Smith', 'Smith', 'Polizei'];
const de = contextWith(speechSets({ speech: deSpeech, stopwords: deStop }), NAMES);
const en = contextWith(speechSets({ speech: enSpeech, stopwords: enStop }), NAMES);

/** The frame after the first closing mark (“ or ” or –) of `text`, as [kind, cue, speaker]. */
function after(text: string, sets = de): [string, string, string | null] | null {
  const close = text.search(/[“”](?=[\s,.])|\s–\s/u);
  const from = text[close] === ' ' ? close + 2 : close + 1;
  const frame = frameAfter(text, from, text.length, sets(text));
  return frame ? [frame.kind, frame.cue, frame.speaker?.text ?? null] : null;
}

/** The frame before the first opening mark of `text`. */
function before(text: string, sets = de): [string, string, string | null] | null {
  const open = text.search(/[„“‚»"]/u);
  const frame = frameBefore(text, 0, open, sets(text));
  return frame ? [frame.kind, frame.cue, frame.speaker?.text ?? null] : null;
}

describe('frameAfter (German)', () => {
  it.each([
    ['verb then pronoun', '„Wir bleiben“, sagte sie.', ['verb', 'sagte', 'sie']],
    ['separable verb', '– Das reicht – fügte er hinzu.', ['verb', 'fügte', 'er']],
    ['verb then organisation', '– Andere Kanäle bleiben – sagte Microsoft.', ['verb', 'sagte', 'Microsoft']],
    ['particle so', '„Das ist gut“, so Müller.', ['particle', 'so', 'Müller']],
    ['a description with an apposition', '„Wir sind zufrieden“, sagte der Trainer der Frankfurter, Michael Skibbe.', ['verb', 'sagte', 'Michael Skibbe']],
    ['a description', '„Das prüfen wir“, sagte ein Sprecher des Ministeriums.', ['verb', 'sagte', 'ein Sprecher des Ministeriums']],
    ['possessive statement noun', '„Alles verwalten“, so ihre Erklärung.', ['particle', 'so', 'ihre Erklärung']],
    ['subject before the verb', '„Wir bleiben“, Merkel sagte das.', ['verb', 'sagte', 'Merkel']],
    ['impersonal after a comma and so: the document', '„Mehr Effizienz“ soll es geben, so heißt es in einer gemeinsamen Erklärung des Betriebsrats.', ['verb', 'heißt', 'einer gemeinsamen Erklärung des Betriebsrats']],
    ['an extended attribute between article and noun', '„Das ist großartig“, schrieb die in New York City geborene Lopez am Montag.', ['verb', 'schrieb', 'die in New York City geborene Lopez']],
    ['an auxiliary after the words that end the clause', '„Nicht frei von Fehlern“ sei die Arbeit, hatte Müller damals gesagt.', ['verb', 'gesagt', 'Müller']],
    ['wollen … wissen asks', '„Wo ist meine Stimme?“, wollen die Demonstranten in der Hauptstadt wissen.', ['verb', 'wollen', 'die Demonstranten']],
    ['impersonal, the source after es', '„Alles deutet darauf hin“, hieß es vom Abgeordneten Viktor Oserow.', ['verb', 'hieß', 'Viktor Oserow']],
  ])('%s', (_name, text, expected) => {
    expect(after(text)).toEqual(expected);
  });

  it.each([
    ['no verb after the quotation', '„Shenzhou 6“ startete gestern.'],
    ['a new sentence after the quotation', '„Wir bleiben.“ Danach sagte sie nichts.'],
  ])('no frame: %s', (_name, text) => {
    expect(after(text)).toBeNull();
  });
});

describe('frameAfter (English)', () => {
  it.each([
    ['pronoun then verb', '“We stay,” she said.', ['verb', 'said', 'she']],
    ['verb then name', '“We stay,” said Jane Doe, the mayor.', ['verb', 'said', 'Jane Doe']],
    ['description then verb', '“We stay,” the company said in a statement.', ['verb', 'said', 'the company']],
    ['title and name', '“We stay,” Sen. John Smith told reporters.', ['verb', 'told', 'Sen. John Smith']],
  ])('%s', (_name, text, expected) => {
    expect(after(text, en)).toEqual(expected);
  });
});

describe('frameBefore', () => {
  it.each([
    ['colon frame with a verb', 'Merkel sagte: „Wir schaffen das.“', de, ['verb', 'sagte', 'Merkel']],
    ['impersonal after an adverb: the document', 'So heißt es in der Meldung wörtlich: „Wir wachsen.“', de, ['verb', 'heißt', 'der Meldung']],
    ['a focus particle, then the subject with an apposition', 'Auch die Delegationsleiterin, Sharon Hayes, äußerte sich zufrieden über den Bericht: „Gut so.“', de, ['verb', 'äußerte', 'Sharon Hayes']],
    ['a verb after und shares the subject after a leading verb', 'Als ein Gast half, biss der Randalierer den Gast und rief: „Lasst mich raus!“', de, ['verb', 'rief', 'der Randalierer']],
    ['a clause opened by wie: its subject leads', 'Wie der Finanzminister Hartmut Möllring am Dienstag in Hannover erklärte, sei das Gesetz „kein Hindernis“.', de, ['verb', 'erklärte', 'der Finanzminister Hartmut Möllring']],
    ['an object leads, the subject follows the verb', 'Den Unmut der CDU brachte die Sprecherin der Fraktion, Annette Widmann-Mauz, zum Ausdruck: „Es gibt keinen Grund dafür.“', de, ['verb', 'brachte', 'Annette Widmann-Mauz']],
    ['a name inside the lead, the holder in the apposition', 'Der Doktorvater Guttenbergs, Peter Häberle, erklärte: „Ich bin enttäuscht.“', de, ['verb', 'erklärte', 'Peter Häberle']],
    ['a name after the auxiliary of a compound tense', 'Das Engagement im Dezember hatte Bundeskanzlerin Angela Merkel in einer Rede verkündet: „Wir sind bereit.“', de, ['verb', 'verkündet', 'Bundeskanzlerin Angela Merkel']],
    ['a colon frame: adverb, verb, then the subject', 'Hier sparte der Bundespräsident nicht mit Kritik: „Jeder sollte das wissen.“', de, ['colon', ':', 'der Bundespräsident']],
    ['an apposition with an abbreviated name', 'Das Staatsoberhaupt, die Königin Elisabeth II., bat den Premier: „Grüßen Sie die Familien.“', de, ['verb', 'bat', 'Elisabeth II.']],
    ['a colon frame whose last clause opens with the verb', 'Höhnisch, wohl auf das Echo reagierend, veröffentlichte der Verfasser folgenden Kommentar dazu: „Wer will, kann gehen.“', de, ['colon', ':', 'der Verfasser']],
    ['a verb of saying beats a source in the same clause', 'In der Fraktion sagte die Kanzlerin einigen Teilnehmern zufolge: „Er war ein Stabilisator.“', de, ['verb', 'sagte', 'die Kanzlerin']],
    ['a source alone', 'Einigen Teilnehmern zufolge: „Er war ein Stabilisator.“', de, ['source', 'Einigen Teilnehmern zufolge', 'Einigen Teilnehmern']],
    ['a separable verb written as one word in a wie-clause', 'Wie ein Sprecher von Microsoft heute mitteilte, wurde das Projekt „als bevorzugter Bieter“ gewählt.', de, ['verb', 'mitteilte', 'ein Sprecher von Microsoft']],
    ['a parenthesis inside the clause', 'Das ist die Marke, die Gerhard Schröder in seiner Amtszeit (1998 bis 2002) zum Ziel erklärt hatte: „Wir schaffen das.“', de, ['verb', 'erklärt', 'Gerhard Schröder']],
    ['bare colon frame', 'Merkel: „Wir schaffen das.“', de, ['colon', ':', 'Merkel']],
    ['German inversion after an adverbial', 'Im November sagte Musk, er sei „offen“.', de, ['verb', 'sagte', 'Musk']],
    ['pronoun subject', 'Er erklärte auch, dass ‚fast alle zurück sind‘.', de, ['verb', 'erklärte', 'Er']],
    ['compound tense: the subject leads', 'Microsoft hatte zuvor angekündigt, dass seine Plattform ‚das nicht mehr tut‘.', de, ['verb', 'angekündigt', 'Microsoft']],
    ['source preposition', 'Laut Polizei war es „ein Unfall“.', de, ['source', 'Laut', 'Polizei']],
    ['zufolge: the cue runs from its source', 'Dem Minister zufolge ist es „ein Fehler“.', de, ['source', 'Dem Minister zufolge', 'Dem Minister']],
    ['English subject and verb', 'Smith said, “We stay.”', en, ['verb', 'said', 'Smith']],
    ['according to', 'According to the mayor, it was “a disaster.”', en, ['source', 'According to', 'the mayor']],
  ])('%s', (_name, text, sets, expected) => {
    expect(before(text, sets)).toEqual(expected);
  });

  it('finds no frame where nobody speaks', () => {
    expect(before('Das Raumschiff „Shenzhou 6“ startete.')).toBeNull();
    expect(before('The film “Jaws” was a hit.', en)).toBeNull();
  });
});
