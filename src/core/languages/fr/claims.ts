// French cues that decide a claim's support status: hedges (the conditionnel journalistique above
// all), anonymous sourcing, statements that evidence is missing, named evidence, and check-worthy
// phrasing. Patterns go through `cue()`, which adds Unicode-aware word boundaries; `['’]` accepts
// both apostrophes, since the French press uses the typographic one.
import { cue } from '../../lexicon';
import type { ClaimLexicon, Cue } from '../types';

/** A past participle: first-group `-é(e)(s)` or one of the frequent irregular ones. */
const PARTICIPLE =
  "(?:\\p{L}{2,}(?:é|ée|és|ées)|eu|eue|eus|dit|dite|fait|faite|faits|pris|prise|mis|mise|reçu|reçue|" +
  'obtenu|obtenue|tenu|vendu|perdu|vu|su|voulu|ouvert|offert|commis|promis|transmis|détenu|disparu|' +
  'mort|morte|morts|né|venu|venue|parti|partie|sorti|agi|fui|enfui|atteint|craint)';

/** A verb of saying plus `que`/`qu'` and up to three words: the conditional that follows is a future in
 *  the past (`il a dit qu'il serait présent`), not a hedge. */
const AFTER_SAYING_QUE =
  "(?<!(?:dit|déclaré|annoncé|assuré|promis|affirmé|expliqué|indiqué|précisé|ajouté|prévenu|estimé)" +
  "\\s+qu(?:e\\s+|['’])(?:\\p{L}+\\s+){0,3})";

const ADVERB = '(?:(?:déjà|aussi|également|ainsi|bien|notamment|même|encore|secrètement|alors) )?';

const hedges: readonly Cue[] = [
  cue(
    `(?:aurait|auraient) ${ADVERB}${PARTICIPLE}`,
    'conditionnel journalistique: "aurait reçu" = reportedly received; the modals "aurait pu/dû" (counterfactuals) are not in PARTICIPLE',
  ),
  cue(
    `${AFTER_SAYING_QUE}(?:serait|seraient) ${ADVERB}${PARTICIPLE}`,
    'conditionnel journalistique with être ("serait mort"); not after "a dit qu\'il", where it is a future in the past',
  ),
  cue("il y aurait", 'reportedly there are'),
  cue('(?:il|cela|ça) (?:semblerait|paraîtrait)(?: que)?'),
  cue('semble-t-il|paraît-il|dit-on'),
  cue("il paraît qu(?:e|['’]\\p{L}+)", 'hearsay'),
  cue('apparemment'),
  cue('prétendument|supposément|soi-disant|vraisemblablement'),
  // Not the adjectives prétendu, présumé, supposé before a noun: "le présumé auteur a été interpellé"
  // reports the arrest as fact and leaves only the guilt open (so in every language here).
  cue('présumée?s? (?:avoir|être)', '"il est présumé avoir fui" (is presumed to have); "présumé innocent" does not match'),
  cue('(?:selon|d[\'’]après) (?:certaines|plusieurs|diverses|de premières) informations'),
  cue('(?:des|les|selon des|selon les) rumeurs|la rumeur (?:court|veut|dit)|il se murmure|on murmure'),
  cue('à en croire', 'names a source while keeping a distance from it'),
  cue('officieusement'),
  cue('non (?:encore )?(?:confirmée?s?|vérifiée?s?)', 'unconfirmed report'),
];

const anonymousSources: readonly Cue[] = [
  cue(
    "(?:selon|d['’]après) (?:des|de|plusieurs|certaines|diverses|nos|deux|trois|quelques|de nombreuses|différentes) sources",
  ),
  cue(
    '(?:une|des|plusieurs|deux|trois|de|nos|certaines) sources? (?:proches?|bien informée?s?|informée?s?|gouvernementales?|diplomatiques?|policières?|judiciaires?|militaires?|sécuritaires?|internes?|concordantes?|anonymes?|officielles?|autorisées?|sûres?|au sein)',
  ),
  cue("sous (?:le )?couvert (?:de l['’]|d['’])anonymat"),
  cue("(?:a|ont|avait|avaient|ayant) (?:requis|demandé|souhaité|exigé) (?:l['’])?anonymat"),
  cue("selon nos informations|d['’]après nos informations|de source sûre"),
  cue(
    "(?:selon|d['’]après) (?:un|une|des|plusieurs|deux|trois) (?:hauts? )?(?:responsables?|fonctionnaires?|diplomates?|enquêteurs?|policiers?|officiels?|conseillers?|proches?|membres?|témoins?|cadres?|observateurs?|connaisseurs?)",
    '"selon un responsable du ministère": a described but unnamed person',
  ),
  cue("(?:dans|de) l['’]entourage (?:de|du|des|d['’]\\p{L}+)", 'from the entourage of someone'),
  cue(
    "(?:(?:des|certains|plusieurs|de nombreux|selon les|selon des|d['’]après des) |(?:nombre|beaucoup) d['’])(?:experts|spécialistes|analystes|observateurs|économistes|scientifiques)",
    'vague authority; "les experts du GIEC" (named body) does not match',
  ),
  cue('un proche (?:du dossier|de l[\'’]enquête)|des proches du dossier|une personne proche du dossier'),
];

const evidenceAbsence: readonly Cue[] = [
  cue(
    "sans (?:en )?(?:fournir|apporter|présenter|donner|avancer|produire|citer|étayer) (?:(?:de|la moindre|le moindre|aucune|aucun) |d['’])?(?:preuves?|éléments? de preuve|éléments?|justificatifs?|sources?)",
  ),
  cue('sans (?:aucune |la moindre )?preuves?'),
  cue(
    "n['’](?:a|ont|avait|avaient) (?:pas |jamais |)(?:fourni|apporté|présenté|donné|produit|avancé) (?:(?:de|aucune|aucun|la moindre|le moindre) |d['’])?(?:preuves?|éléments?|justificatifs?)",
  ),
  cue('aucune preuve|aucun élément de preuve|pas la moindre preuve'),
  cue("(?:pas|guère) de preuves?|pas d['’]éléments? de preuve"),
  cue('non (?:étayée?s?|prouvée?s?|sourcée?s?|documentée?s?)|invérifiables?'),
];

const evidence: readonly Cue[] = [
  cue(
    "(?:selon|d['’]après) (?:une |un |la |le |les |des |cette |ce |ces |l['’])(?:(?:dernière|dernier|nouvelle|nouveau|récente|récent|vaste|grande) )?(?:étude|enquête|rapport|sondage|analyse|statistiques|données|chiffres|recensement|bilan|note|audit)",
  ),
  cue(
    "(?:les )?(?:données|chiffres|statistiques|rapport|étude|note|enquête|bilan) (?:(?:publiée?s?|officiel(?:le)?s?) )?(?:de |du |des |d['’]|de l['’])(?:insee|eurostat|dares|drees|ined|ocde|oms|fmi|banque de france|cour des comptes|banque mondiale|santé publique france|acoss|urssaf|pôle emploi|france travail)",
  ),
  cue(
    "(?:un|une|le|la|ce|cette) (?:rapport|étude|enquête|document|audit|sondage|note) (?:publiée?|parue?|réalisée?|rendue? public|rendue? publique|consultée?|commandée?|dévoilée?|révélée?)",
  ),
  cue("(?:publiée?s?|parue?s?) dans (?:la revue|le journal|les colonnes)"),
  cue("documents? (?:consultés?|obtenus?) par|dont (?:l['’]afp|le monde|\\p{L}+) a (?:obtenu|eu) (?:une )?copie"),
  cue('journal officiel'),
  cue("(?:selon|d['’]après) (?:l['’])?(?:insee|eurostat|dares|drees|ined)", 'a statistics office stands for its published data'),
  cue('sondage (?:ifop|ipsos|elabe|odoxa|harris interactive|opinionway|bva|viavoice|cluster17)'),
];

const checkWorthy: readonly Cue[] = [
  cue("(?:plus|moins|autant) (?:\\p{L}+ ){0,2}qu(?:e|['’]\\p{L}+)", 'comparison ("plus élevé que"); also catches "ne … plus que", a restriction'),
  cue("(?:à cause|en raison|du fait|sous l['’]effet) (?:de|du|des|d['’]\\p{L}+)|grâce (?:à|au|aux)"),
  cue('(?:provoquée?s?|causée?s?|entraînée?s?) par|(?:dû|due|dus|dues) (?:à|au|aux)'),
  cue(
    '(?:va|vont|devrait|devraient|pourrait|pourraient) (?:augmenter|baisser|diminuer|doubler|tripler|chuter|grimper|bondir|reculer|progresser|atteindre|dépasser|coûter|créer|détruire|supprimer)',
    'prediction',
  ),
  cue('(?:augmente|baisse|diminue|double|triple|chute|progresse|recule|dépasse|coûte)r(?:a|ont|ait|aient)', 'prediction in the future or conditional'),
  cue('accus(?:e|ent|é|ée|és|ées|ait|aient|ation|ations)|reproch(?:e|ent|é|ait)|dénonc(?:e|ent|é|ait)', 'accusation'),
  cue('sans précédent|record historique|(?:un|des|nouveau) records?|(?:le )?plus (?:haut|bas) niveau'),
  cue("(?:le|la|les) (?:plus|moins) \\p{L}+ (?:de|du|des|d['’]\\p{L}+)", 'superlative'),
];

export const claims: ClaimLexicon = { hedges, anonymousSources, evidenceAbsence, evidence, checkWorthy };
