// Spanish cues that decide a claim's support status: hedges (`supuestamente`, `al parecer`, the
// conditional `habría` + participle), anonymous sourcing (`fuentes cercanas`), statements that evidence
// is missing, named evidence, and check-worthy phrasing. Patterns go through `cue()`, which adds
// Unicode-aware word boundaries (so `supuesto` never matches inside `presupuesto`).
import { cue } from '../../lexicon';
import type { ClaimLexicon, Cue } from '../types';

/** A past participle: regular `-ado/-ido` (all genders and numbers) or a frequent irregular one. */
const PARTICIPLE =
  '(?:\\p{L}{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas|ído|ída)|dicho|hecho|puesto|visto|escrito|' +
  'muerto|abierto|roto|vuelto|cubierto|resuelto|impuesto|propuesto|dispuesto|supuesto)';

const hedges: readonly Cue[] = [
  cue('supuestamente|presuntamente|aparentemente|al parecer|según parece'),
  // Not the adjectives supuesto and presunto before a noun: "el presunto autor fue detenido" reports the
  // arrest as fact and leaves only the guilt open (so in every language here).
  cue(
    `(?:habría|habrían) (?:(?:ya|también|incluso) )?(?!(?:podido|debido|querido)(?![\\p{L}]))${PARTICIPLE}`,
    'condicional de rumor: "habría recibido" = reportedly received; the modals "habría podido/debido" are counterfactuals. A counterfactual "si …, habría ganado" still matches (rare in news)',
  ),
  cue(
    '(?:estaría|estarían) \\p{L}+(?:ando|iendo|yendo|ado|ada|ados|adas|ido|ida|idos|idas)',
    'rumour conditional with estar ("estaría negociando", "estarían implicados")',
  ),
  cue('según (?:algunas|varias|diversas|distintas) (?:informaciones|versiones)'),
  cue('se (?:rumorea|especula|sospecha|cree|dice|comenta) que', 'impersonal hearsay ("se cree que")'),
  cue('(?:según|hay|circulan) rumores|todo (?:apunta a|indica) que', '"todo apunta a que" = everything suggests'),
  cue('sin (?:confirmar|verificar|contrastar)|no (?:confirmad[oa]s?|verificad[oa]s?)', 'unconfirmed report'),
];

const anonymousSources: readonly Cue[] = [
  cue(
    'fuentes (?:cercanas|próximas|oficiales|gubernamentales|policiales|judiciales|diplomáticas|militares|internas|anónimas|consultadas|conocedoras|solventes|fidedignas|bien informadas|de toda solvencia|del \\p{L}+|de la \\p{L}+|de los \\p{L}+)',
    '"fuentes del Ministerio", "fuentes de la investigación"; plain "fuentes de energía" is not matched',
  ),
  cue('según (?:varias |diversas |algunas |distintas |estas |dichas |las mismas |)fuentes'),
  cue('una fuente (?:cercana|próxima|oficial|anónima|interna|del|de la|que (?:pidió|prefirió|solicitó))'),
  cue(
    '(?:pidió|pidieron|prefirió|prefirieron|solicitó|solicitaron|exigió) (?:(?:mantener|guardar|mantenerse en) )?(?:el )?anonimato|(?:bajo|desde|amparad[oa]s? en) (?:(?:la )?condición de |el )?anonimato',
  ),
  cue(
    '(?:algunos|varios|muchos|numerosos|diversos|distintos) (?:expertos|analistas|especialistas|observadores|economistas|científicos)|expertos consultados',
    'vague authority',
  ),
  cue('(?:en el|del|desde el) entorno (?:de|del)', '"fuentes del entorno del presidente"'),
  cue(
    'según (?:un|una) (?:alto |alta )?(?:funcionario|funcionaria|responsable|diplomático|diplomática|investigador|investigadora|dirigente|miembro|persona) (?:que|cercan[oa]|próxim[oa]|del|de la)',
    'a described but unnamed person',
  ),
];

const evidenceAbsence: readonly Cue[] = [
  cue(
    'sin (?:aportar|presentar|ofrecer|dar|mostrar|proporcionar|facilitar|aducir) (?:(?:ninguna|ningún|la menor|más|ningún tipo de) )?(?:pruebas?|evidencias?|datos)',
  ),
  cue('sin (?:ninguna )?pruebas?'),
  cue(
    'no (?:aportó|aportaron|presentó|presentaron|ofreció|ofrecieron|dio|dieron|mostró|mostraron|proporcionó|ha aportado|han aportado|ha presentado|han presentado|ha ofrecido|ha dado|ha mostrado) (?:(?:ninguna|ningún|la menor|más) )?(?:pruebas?|evidencias?|datos)',
  ),
  cue('ninguna prueba|ningún tipo de prueba|no (?:hay|existen?|había|existía) (?:ninguna |)pruebas?'),
  cue('sin (?:base|fundamento) (?:probatori[oa]|alguno|empírico)'),
];

const evidence: readonly Cue[] = [
  cue(
    'según (?:un |una |el |la |los |las |este |esta |el último |la última )(?:(?:nuevo|nueva|reciente|último|última) )?(?:estudio|informe|encuesta|análisis|investigación|datos|estadística|estadísticas|barómetro|sondeo|censo|balance|registro|auditoría|memoria)',
  ),
  cue(
    '(?:datos|cifras|estadísticas|informe|encuesta|estudio|barómetro|estimaciones) (?:(?:oficiales|publicad[oa]s) )?(?:del |de la |de los |de )(?:ine|eurostat|ocde|oms|fmi|cis|epa|banco de españa|banco mundial|seguridad social|sepe|airef|indec|inegi|dane|ministerio de \\p{L}+)',
    'a named statistics office or ministry (INE, CIS, INDEC, INEGI, DANE …)',
  ),
  cue('según (?:el )?(?:ine|indec|inegi|dane|eurostat|instituto nacional de estadística)', 'a statistics office stands for its data'),
  cue(
    '(?:un|el|una|la) (?:informe|estudio|documento|encuesta|auditoría|sondeo) (?:publicad[oa]|elaborad[oa]|realizad[oa]|difundid[oa]|presentad[oa]|divulgad[oa]|consultad[oa]|al que ha tenido acceso)',
  ),
  cue('publicad[oa]s? en (?:la revista|el diario|el boletín)|boletín oficial|diario oficial'),
  cue('documentos? (?:a (?:los|el) que ha tenido acceso|obtenid[oa]s? por|consultad[oa]s? por)'),
];

const checkWorthy: readonly Cue[] = [
  cue('(?:más|menos) (?:\\p{L}+ ){0,2}(?:que|de lo que)|tanto como', 'comparison'),
  cue(
    'debido (?:a|al)|(?:a causa|por culpa|como consecuencia|a raíz) (?:de|del)|gracias (?:a|al)|(?:provocad[oa]s?|causad[oa]s?) por',
    'cause',
  ),
  cue(
    '(?:va a|van a|podría|podrían|debería|deberían) (?:aumentar|subir|bajar|caer|disminuir|crecer|duplicar|triplicar|superar|alcanzar|costar|crear|destruir)',
    'prediction',
  ),
  cue('(?:aumenta|subi|baja|cae|crece|disminui|supera|alcanza|costa|duplica)r(?:á|án)', 'prediction in the future'),
  cue('acus(?:a|an|ó|aron|ación|aciones)', 'accusation'),
  cue('(?:máximo|mínimo|récord) histórico|sin precedentes|cifra récord|nivel récord'),
  cue('(?:el|la|los|las) (?:más|menos) \\p{L}+ (?:de|del)', 'superlative'),
];

export const claims: ClaimLexicon = { hedges, anonymousSources, evidenceAbsence, evidence, checkWorthy };
