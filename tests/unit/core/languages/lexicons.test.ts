// Checks over the French, Spanish, Italian and Dutch lexicons: every cue compiles and matches only
// text, word lists are lower-case and free of duplicates, and a table of hand-written sentences per
// language that each claim cue list must or must not hit. The modules are imported directly, not
// through the language packs' index files.
import { describe, expect, it } from 'vitest';
import { findCues } from '../../../../src/core/lexicon';
import type { ClaimLexicon, QuoteConventions, SpeechLexicon } from '../../../../src/core/languages/types';
import { abbreviations as frAbbreviations } from '../../../../src/core/languages/fr/abbreviations';
import { claims as frClaims } from '../../../../src/core/languages/fr/claims';
import { quotes as frQuotes, speech as frSpeech } from '../../../../src/core/languages/fr/speech';
import { abbreviations as esAbbreviations } from '../../../../src/core/languages/es/abbreviations';
import { claims as esClaims } from '../../../../src/core/languages/es/claims';
import { quotes as esQuotes, speech as esSpeech } from '../../../../src/core/languages/es/speech';
import { abbreviations as itAbbreviations } from '../../../../src/core/languages/it/abbreviations';
import { claims as itClaims } from '../../../../src/core/languages/it/claims';
import { quotes as itQuotes, speech as itSpeech } from '../../../../src/core/languages/it/speech';
import { abbreviations as nlAbbreviations } from '../../../../src/core/languages/nl/abbreviations';
import { claims as nlClaims } from '../../../../src/core/languages/nl/claims';
import { quotes as nlQuotes, speech as nlSpeech } from '../../../../src/core/languages/nl/speech';

interface Lexicons {
  code: string;
  abbreviations: readonly string[];
  quotes: QuoteConventions;
  speech: SpeechLexicon;
  claims: ClaimLexicon;
}

const packs: readonly Lexicons[] = [
  { code: 'fr', abbreviations: frAbbreviations, quotes: frQuotes, speech: frSpeech, claims: frClaims },
  { code: 'es', abbreviations: esAbbreviations, quotes: esQuotes, speech: esSpeech, claims: esClaims },
  { code: 'it', abbreviations: itAbbreviations, quotes: itQuotes, speech: itSpeech, claims: itClaims },
  { code: 'nl', abbreviations: nlAbbreviations, quotes: nlQuotes, speech: nlSpeech, claims: nlClaims },
];

type Category = 'hedges' | 'anonymousSources' | 'evidenceAbsence' | 'evidence' | 'checkWorthy';
const categories: readonly Category[] = ['hedges', 'anonymousSources', 'evidenceAbsence', 'evidence', 'checkWorthy'];

const lowerCaseLists = [
  'verbs',
  'claimVerbs',
  'sourceBefore',
  'sourceAfter',
  'speakerParticles',
  'roleNouns',
  'organisationNouns',
  'complementizers',
  'subjunctiveForms',
  'subjunctiveStandIns',
  'determiners',
  'reflexives',
  'possessives',
  'statementNouns',
  'namingWords',
  'decisionVerbs',
] as const;

function duplicates(list: readonly string[]): string[] {
  const seen = new Set<string>();
  return list.filter((item) => (seen.has(item) ? true : (seen.add(item), false)));
}

describe.each(packs)('lexicons of $code', ({ abbreviations, quotes, speech, claims }) => {
  it.each(categories)('every %s cue compiles with giu and never matches empty text', (category) => {
    const cues = claims[category];
    expect(cues.length).toBeGreaterThan(0);
    for (const entry of cues) {
      expect(() => new RegExp(entry.pattern, 'giu'), entry.pattern).not.toThrow();
      const regex = new RegExp(entry.pattern, 'giu');
      expect(regex.test(''), entry.pattern).toBe(false);
      expect(new RegExp(entry.pattern, 'giu').test(' . '), entry.pattern).toBe(false);
      // `\b` knows only ASCII letters; patterns must use the Unicode-aware boundaries of words().
      expect(entry.pattern.includes('\\b'), entry.pattern).toBe(false);
    }
    expect(duplicates(cues.map((entry) => entry.pattern))).toEqual([]);
  });

  it.each(lowerCaseLists)('speech.%s is trimmed, lower-case and free of duplicates', (field) => {
    const list = speech[field] ?? [];
    for (const word of list) {
      expect(word, field).toBe(word.trim().toLocaleLowerCase());
      expect(word.length, field).toBeGreaterThan(0);
    }
    expect(duplicates(list)).toEqual([]);
  });

  it('has lower-case pronouns without duplicates', () => {
    const words = speech.pronouns.map((pronoun) => pronoun.word);
    for (const word of words) expect(word).toBe(word.toLocaleLowerCase());
    expect(duplicates(words)).toEqual([]);
  });

  it('repeats every claim verb among the verbs of saying, and has no Konjunktiv forms', () => {
    expect(speech.claimVerbs.filter((verb) => !speech.verbs.includes(verb))).toEqual([]);
    expect(speech.subjunctiveForms).toEqual([]);
    expect(speech.subjunctiveStandIns).toEqual([]);
    expect(speech.sourceBefore.length).toBeGreaterThan(0);
  });

  it('has titles and abbreviations without duplicates; every abbreviation ends in a full stop', () => {
    expect(duplicates(speech.titles)).toEqual([]);
    expect(duplicates(abbreviations)).toEqual([]);
    for (const abbreviation of abbreviations) {
      expect(abbreviation.endsWith('.'), abbreviation).toBe(true);
      expect(abbreviation, abbreviation).toBe(abbreviation.trim());
    }
    // `etc.` and its equivalents often end a sentence: deliberately not listed.
    for (const open of ['etc.', 'ecc.', 'enz.']) expect(abbreviations).not.toContain(open);
  });

  it('has distinct one-character quotation pairs', () => {
    expect(quotes.pairs.length).toBeGreaterThan(1);
    const keys = quotes.pairs.map(([open, close]) => open + close);
    expect(duplicates(keys)).toEqual([]);
    for (const [open, close] of quotes.pairs) {
      expect([...open]).toHaveLength(1);
      expect([...close]).toHaveLength(1);
    }
  });
});

// [category, sentence, must hit?]
type Case = readonly [Category, string, boolean];

const sentences: Record<string, readonly Case[]> = {
  fr: [
    ['hedges', 'Le ministre aurait reçu plusieurs enveloppes en liquide.', true],
    ['hedges', 'Les deux hommes auraient déjà rencontré le suspect à Lyon.', true],
    ['hedges', 'Le conducteur serait mort sur le coup.', true],
    ['hedges', 'Il y aurait plus de cent blessés dans la région.', true],
    ['hedges', 'Le suspect est présumé avoir fui en Belgique.', true],
    ['hedges', 'Le présumé auteur des tirs a été interpellé jeudi.', false],
    ['hedges', 'Selon certaines informations, la réunion a été annulée.', true],
    ['hedges', 'Le candidat est apparemment en tête dans les sondages internes.', true],
    ['hedges', 'Il semblerait que le projet soit abandonné.', true],
    ['hedges', 'Selon moi, la réforme reste nécessaire.', false],
    ['hedges', 'Selon le ministre, la croissance repartira au printemps.', false],
    ['hedges', 'Il a annoncé qu’il serait nommé à la tête du groupe.', false],
    ['hedges', 'Le chauffeur aurait pu éviter la collision.', false],
    ['hedges', 'Tout prévenu est présumé innocent jusqu’à son jugement.', false],
    ['hedges', 'La commune aurait besoin de nouveaux bénévoles.', false],
    ['anonymousSources', 'Selon plusieurs sources, le contrat serait déjà signé.', true],
    ['anonymousSources', 'Une source proche du dossier évoque un accord imminent.', true],
    ['anonymousSources', 'Un diplomate, qui a requis l’anonymat, confirme la rencontre.', true],
    ['anonymousSources', "Un cadre s'exprimant sous couvert d'anonymat dément.", true],
    ['anonymousSources', 'D’après nos informations, le patron va quitter ses fonctions.', true],
    ['anonymousSources', 'Dans l’entourage du président, on minimise l’incident.', true],
    ['anonymousSources', 'Selon un haut responsable du ministère, rien n’est décidé.', true],
    ['anonymousSources', 'Des experts mettent en garde contre ce scénario.', true],
    ['anonymousSources', 'La source du fleuve se trouve dans les Alpes.', false],
    ['anonymousSources', 'Selon la ministre de la Santé, la campagne commence lundi.', false],
    ['anonymousSources', 'Les experts du comité publieront leurs conclusions.', false],
    ['evidenceAbsence', 'Il a accusé son rival de fraude sans fournir de preuves.', true],
    ['evidenceAbsence', 'Elle l’affirme sans apporter la moindre preuve.', true],
    ['evidenceAbsence', 'Le député n’a fourni aucune preuve de ses accusations.', true],
    ['evidenceAbsence', "L'élu n'a apporté aucun élément à l'appui de sa thèse.", true],
    ['evidenceAbsence', 'Ces affirmations non étayées circulent sur les réseaux.', true],
    ['evidenceAbsence', 'Il viendra sans doute demain matin.', false],
    ['evidenceAbsence', 'Sans aucun doute, c’est une victoire pour le club.', false],
    ['evidenceAbsence', 'Les preuves présentées au tribunal semblent solides.', false],
    ['evidence', 'Selon une étude publiée mardi, le chômage recule chez les jeunes.', true],
    ['evidence', 'D’après les données de l’Insee, les prix ont augmenté en mai.', true],
    ['evidence', "Les chiffres de l'Insee montrent une hausse des défaillances.", true],
    ['evidence', 'Un rapport publié par l’ONU dénonce la situation humanitaire.', true],
    ['evidence', 'Selon l’Insee, l’inflation ralentit nettement.', true],
    ['evidence', 'Selon lui, tout se passe bien.', false],
    ['evidence', 'Le rapport de force reste favorable au gouvernement.', false],
    ['checkWorthy', 'Les loyers sont plus élevés qu’à Lyon.', true],
    ['checkWorthy', 'Le match a été reporté en raison de la neige.', true],
    ['checkWorthy', 'Le prix du gaz va augmenter cet hiver.', true],
    ['checkWorthy', 'Le maire accuse l’opposition de mentir.', true],
    ['checkWorthy', 'Le vol est annulé à cause d’une grève.', true],
    ['checkWorthy', 'Beaucoup d’experts jugent la cible trop haute.', false],
    ['anonymousSources', 'Beaucoup d’experts jugent la cible trop haute.', true],
    ['evidenceAbsence', 'Il accuse le préfet sans fournir d’éléments concrets.', true],
    ['checkWorthy', 'La séance est levée.', false],
  ],
  es: [
    ['hedges', 'El ministro supuestamente recibió sobornos de la constructora.', true],
    ['hedges', 'El supuesto fraude afecta a miles de clientes.', false],
    ['hedges', 'El presunto autor del crimen fue detenido en Valencia.', false],
    ['hedges', 'El alcalde presuntamente desvió fondos públicos.', true],
    ['hedges', 'Al parecer, el acuerdo ya está cerrado.', true],
    ['hedges', 'El empresario habría pagado comisiones ilegales durante años.', true],
    ['hedges', 'Los detenidos habrían escrito las cartas amenazantes.', true],
    ['hedges', 'Se cree que el incendio fue intencionado.', true],
    ['hedges', 'La policía estaría investigando a dos funcionarios.', true],
    ['hedges', 'Por supuesto, el Gobierno apoyará la medida.', false],
    ['hedges', 'El presupuesto para el próximo año fue aprobado ayer.', false],
    ['hedges', 'En el supuesto de que llueva, el acto se aplazará.', false],
    ['hedges', 'El equipo habría podido ganar con un poco de suerte.', false],
    ['hedges', 'Según el Gobierno, la economía crece.', false],
    ['anonymousSources', 'Fuentes cercanas a la investigación confirmaron el arresto.', true],
    ['anonymousSources', 'Según fuentes del Ministerio del Interior, hay tres detenidos.', true],
    ['anonymousSources', 'Un funcionario, que pidió el anonimato, dio la cifra.', true],
    ['anonymousSources', 'Fuentes oficiales lo negaron rotundamente.', true],
    ['anonymousSources', 'Varios expertos dudan de la cifra publicada.', true],
    ['anonymousSources', 'Las fuentes de energía renovable ganan peso.', false],
    ['anonymousSources', 'Según el portavoz del partido, no hubo reunión.', false],
    ['evidenceAbsence', 'Acusó al alcalde de corrupción sin aportar pruebas.', true],
    ['evidenceAbsence', 'El diputado no aportó pruebas de sus acusaciones.', true],
    ['evidenceAbsence', 'No hay ninguna prueba de que el fraude existiera.', true],
    ['evidenceAbsence', 'Lo dijo sin presentar ningún tipo de prueba.', true],
    ['evidenceAbsence', 'Sin embargo, el Gobierno mantiene su plan.', false],
    ['evidenceAbsence', 'Las pruebas de acceso a la universidad empiezan hoy.', false],
    ['evidence', 'Según un estudio de la Universidad de Salamanca, el consumo baja.', true],
    ['evidence', 'Los datos del INE muestran un aumento del paro.', true],
    ['evidence', 'Según el último informe del Banco de España, la deuda sube.', true],
    ['evidence', 'Un informe publicado el lunes revela irregularidades.', true],
    ['evidence', 'Según el ministro, todo está bajo control.', false],
    ['evidence', 'El estudiante aprobó el examen de conducir.', false],
    ['checkWorthy', 'El alquiler es más caro que hace un año.', true],
    ['checkWorthy', 'El vuelo se retrasó debido a la niebla.', true],
    ['checkWorthy', 'El precio de la luz subirá en enero.', true],
    ['checkWorthy', 'La oposición acusó al Gobierno de mentir.', true],
    ['checkWorthy', 'Buenos días a todos.', false],
  ],
  it: [
    ['hedges', 'Il manager avrebbe incassato tangenti per anni.', true],
    ['hedges', 'L’uomo che avrebbe aggredito la moglie è stato arrestato.', true],
    ['hedges', 'I due sarebbero fuggiti all’estero con il bottino.', true],
    ['hedges', 'Il presunto killer è stato fermato alla frontiera.', false],
    ['hedges', 'Sembrerebbe che l’accordo sia saltato all’ultimo momento.', true],
    ['hedges', 'Secondo indiscrezioni, il premier è pronto a dimettersi.', true],
    ['hedges', 'Presumibilmente la nave è affondata durante la notte.', true],
    ['hedges', 'Il ministro ha detto che avrebbe presentato il piano entro maggio.', false],
    ['hedges', 'Il pilota avrebbe potuto evitare l’incidente.', false],
    ['hedges', 'Secondo il ministro, il piano funziona.', false],
    ['anonymousSources', 'Fonti vicine al governo smentiscono la notizia.', true],
    ['anonymousSources', 'Secondo fonti della procura, l’indagine è chiusa.', true],
    ['anonymousSources', 'Un funzionario ha chiesto l’anonimato per parlare.', true],
    ['anonymousSources', 'A quanto si apprende, la trattativa è ferma.', true],
    ['anonymousSources', 'Fonti anonime parlano di un accordo imminente.', true],
    ['anonymousSources', 'Le fonti rinnovabili coprono metà del fabbisogno.', false],
    ['anonymousSources', 'Secondo il sindaco, la città è pronta.', false],
    ['evidenceAbsence', 'Ha accusato il rivale senza fornire prove.', true],
    ['evidenceAbsence', 'Il deputato non ha fornito alcuna prova.', true],
    ['evidenceAbsence', 'Non ci sono prove del presunto complotto.', true],
    ['evidenceAbsence', 'Nessuna prova è emersa dalle indagini.', true],
    ['evidenceAbsence', 'Bisogna improvvisare senza paura.', false],
    ['evidenceAbsence', 'Il consiglio deve approvare il bilancio senza ritardi.', false],
    ['evidenceAbsence', 'Le prove del concerto iniziano domani sera.', false],
    ['evidence', 'Secondo uno studio dell’Università di Padova, il rischio è basso.', true],
    ['evidence', 'I dati Istat mostrano un calo dell’occupazione.', true],
    ['evidence', 'Secondo l’ultimo rapporto Censis, le famiglie risparmiano meno.', true],
    ['evidence', 'Il rapporto della Corte dei conti è severo.', true],
    ['evidence', 'Secondo Mario Bianchi, va tutto bene.', false],
    ['evidence', 'Il rapporto tra i due leader è teso.', false],
    ['checkWorthy', 'Gli affitti sono più alti che a Torino.', true],
    ['checkWorthy', 'Il treno è in ritardo a causa del maltempo.', true],
    ['checkWorthy', 'La disoccupazione aumenterà nel prossimo anno.', true],
    ['checkWorthy', 'L’opposizione accusa il governo di immobilismo.', true],
    ['checkWorthy', 'I prezzi sono saliti rispetto all’anno scorso.', true],
    ['anonymousSources', 'Lo riferiscono persone vicine all’amministratore delegato.', true],
    ['checkWorthy', 'Buongiorno a tutti.', false],
  ],
  nl: [
    ['hedges', 'De verdachte zou het geld hebben gestolen.', true],
    ['hedges', 'Bij de aanslag zouden tien mensen zijn omgekomen.', true],
    ['hedges', 'De wethouder zou zijn gevlucht naar het buitenland.', true],
    ['hedges', 'De man zou bij de fraude betrokken zijn.', true],
    ['hedges', 'Naar verluidt is de overname rond.', true],
    ['hedges', 'De brand is vermoedelijk aangestoken.', true],
    ['hedges', 'De vermoedelijke dader is dinsdag opgepakt.', false],
    ['hedges', 'De vermeende fraude kostte de gemeente miljoenen.', false],
    ['hedges', 'Er wordt vermoed dat de brand is aangestoken.', true],
    ['hedges', 'Het kabinet valt mogelijk nog deze week.', true],
    ['hedges', 'Hij zou morgen naar Brussel gaan.', false],
    ['hedges', 'We willen zo snel mogelijk beginnen.', false],
    ['hedges', 'Dat is helaas niet mogelijk.', false],
    ['hedges', 'De subsidie maakt dat mogelijk.', false],
    ['hedges', 'Hij zou zijn vader bellen.', false],
    ['hedges', 'Er wordt gedacht aan een nieuwe regeling.', false],
    ['hedges', 'Volgens de minister is de brug veilig.', false],
    ['anonymousSources', 'Dat melden ingewijden aan de omroep.', true],
    ['anonymousSources', 'Bronnen rond het kabinet bevestigen het plan.', true],
    ['anonymousSources', 'Volgens anonieme bronnen is er een akkoord.', true],
    ['anonymousSources', 'Uit Haagse kringen valt te horen dat het kabinet wankelt.', true],
    ['anonymousSources', 'Een ambtenaar die anoniem wil blijven, bevestigt het.', true],
    ['anonymousSources', 'Zonnepanelen zijn belangrijke bronnen van energie.', false],
    ['anonymousSources', 'Volgens de woordvoerder is er niets aan de hand.', false],
    ['anonymousSources', 'Het huis ligt in de omgeving van Utrecht.', false],
    ['evidenceAbsence', 'Hij beschuldigde de burgemeester zonder bewijs te leveren.', true],
    ['evidenceAbsence', 'Er is geen bewijs geleverd voor de beschuldiging.', true],
    ['evidenceAbsence', 'De claim is niet onderbouwd.', true],
    ['evidenceAbsence', 'Het bewijs is overweldigend.', false],
    ['evidenceAbsence', 'Zonder twijfel is dit een goede zaak.', false],
    ['evidence', 'Volgens nieuw onderzoek van de Universiteit Utrecht slapen jongeren minder.', true],
    ['evidence', 'Cijfers van het CBS laten een daling zien.', true],
    ['evidence', 'Dat blijkt uit CBS-cijfers over het tweede kwartaal.', true],
    ['evidence', 'Het rapport dat dinsdag werd gepubliceerd is kritisch.', true],
    ['evidence', 'Volgens de premier gaat het goed.', false],
    ['evidence', 'Het onderzoek loopt nog.', false],
    ['checkWorthy', 'De huren zijn hoger dan vorig jaar.', true],
    ['checkWorthy', 'De wedstrijd is afgelast vanwege de sneeuw.', true],
    ['checkWorthy', 'De energieprijzen zullen volgend jaar stijgen.', true],
    ['checkWorthy', 'De oppositie beschuldigt het kabinet van wanbeleid.', true],
    ['checkWorthy', 'Goedemorgen allemaal.', false],
  ],
};

describe.each(packs)('claim cues of $code on example sentences', ({ code, claims }) => {
  const cases = sentences[code] ?? [];

  it('covers every category with hits and misses', () => {
    for (const category of categories) {
      expect(cases.some(([c, , hit]) => c === category && hit), category).toBe(true);
      expect(cases.some(([c, , hit]) => c === category && !hit), category).toBe(true);
    }
  });

  it.each(cases)('%s: %s → %s', (category, sentence, shouldHit) => {
    const hits = findCues(sentence, claims[category]).map((hit) => hit.text);
    if (shouldHit) expect(hits, sentence).not.toEqual([]);
    else expect(hits, sentence).toEqual([]);
  });
});
