// English cues for a claim's support: hedges and weasel words, anonymous sources, statements that
// evidence is missing, named evidence, and the marks of a check-worthy assertion.
import { cue } from '../../lexicon';
import type { ClaimLexicon } from '../types';

const WORD = "[\\p{L}'’-]+";

export const claims: ClaimLexicon = {
  hedges: [
    cue('reportedly'), cue('allegedly'), cue('purportedly'), cue('supposedly'), cue('apparently'), cue('seemingly'),
    // Not the adjective "alleged": "the alleged attacker was arrested" reports the arrest as fact and leaves
    // only the guilt open ("allegedly" above, and "is alleged to" below, hedge the statement itself).
    cue('rumou?red'), cue('unconfirmed reports?'),
    cue('it (?:is|was|has been) (?:widely |generally |commonly )?(?:believed|thought|said|claimed|reported|alleged|understood|rumou?red|suspected|assumed|argued|suggested|estimated)'),
    cue('(?:is|are|was|were) (?:widely |generally |commonly |often |sometimes )?(?:believed|thought|said|reported|rumou?red|alleged|suspected|considered|regarded|seen) (?:to|as)'),
    cue('(?:the |news |media |press )?(?:reports|rumou?rs) (?:suggest|suggested|say|said|claim|claimed|indicate|indicated|show|showed|reveal|revealed)', 'reports without a named source'),
    cue('(?:multiple|several|some|many|numerous|unconfirmed|media|news|press) reports'),
    cue(
      'according to (?:(?:initial|early|first|preliminary|unconfirmed|local) reports|(?:(?:initial|early|first|preliminary) )?estimates)(?! (?:by|from|of|in) )',
      'provisional reports or estimates of no one named (bare "according to reports" is an anonymous source); not "… estimates by the CBO"',
    ),
    cue('(?:possibly|probably|perhaps|presumably)'),
    cue('(?:appears?|appeared|seems?|seemed) to (?:be|have)'),
    cue('it (?:appears|seems|appeared|seemed)'),
    cue('(?:may|might|could) have (?:been )?'),
    cue('(?:is|are|was|were) (?:likely|unlikely) to'),
    cue('(?:has|have) been (?:described|called|characterized|characterised) as'),
    // Weasel words and epistemic modals of encyclopaedic and news prose.
    // `may`/`might` before a verb (`may reduce the risk`); not the month (`in May the …`, `May 2020`), nor a
    // wish or question with its subject after it (`May we thank you …`, `Might I suggest …`), nor the name
    // before a verb no modal takes (`Theresa May would resign`, `May said`, `May has`).
    // (Each excluded word is whole: `may increase`, `might help` are hedges.)
    cue('(?:may|might) (?!(?:the|a|an|and|or|of|in|on|at|to|for|with|by|from|as|this|that|these|those|his|her|its|their|our|we|i|you|he|she|they|it|would|will|shall|should|can|could|must|has|had|is|was|were|are|said|says|told)(?![\\p{L}\\p{N}])|\\d)[a-z]+', 'epistemic "may": the writer does not assert it'),
    cue('(?:suggests?|suggested|indicates?|indicated) that'),
    cue('(?:is|are|was|were) (?:widely |generally |often |sometimes |commonly )?(?:thought|believed|considered|regarded|rumou?red|said|reported|alleged) (?:to be|to have|one of|among|as)'),
    cue('(?:it is|it was|it remains) (?:unclear|not clear|possible|likely|unlikely|uncertain|doubtful) (?:whether|if|that|how|why)'),
    cue('(?:some|many|several|most) (?:people|scholars|historians|commentators|researchers|scientists|economists|sources|observers|critics|analysts|experts|fans|believe|argue|claim|consider|suggest)'),
    cue('(?:critics|opponents|skeptics|sceptics|advocates|supporters|proponents) (?:have|say|said|argue|claim|contend|charge|point|believe|called|described)'),
    // `Many Democrats are afraid that …`: a group's feeling, reported without a name.
    cue('(?:some|many|several|most) (?:[a-z]+ )?(?:democrats|republicans|voters|members|lawmakers|officials|experts|economists|people|americans|leaders) (?:are|were) (?:afraid|worried|concerned|convinced|confident|skeptical|sceptical|fearful)'),
    cue('(?:there is|there are) (?:some|growing|little) (?:evidence|speculation|concern|suggestion)'),
  ],
  anonymousSources: [
    cue(`(?:sources?|officials?|aides?|insiders?|people|persons?|diplomats?|advisers?|advisors?) (?:${WORD} ){0,2}(?:familiar with|close to|briefed on|with knowledge of|knowledgeable about)`),
    cue('(?:anonymous|unnamed|unidentified) (?:sources?|officials?|aides?|people|persons?|individuals?)'),
    // `one Democratic source`, `a GOP aide`, `two senior administration officials`: up to two words of affiliation.
    cue(`(?:a|one|another|two|three|several) (?:${WORD} ){0,2}(?:sources?|officials?|aides?|insiders?)(?! (?:named|identified as|of|for|in the (?:region|area)))`),
    cue('(?:one|a) (?:person|user|commenter|viewer|reader|observer|witness) (?:tweeted|wrote|posted|said|says|commented)', 'someone without a name'),
    cue('on (?:the )?condition (?:of|that (?:he|she|they) not be) (?:anonymity|named|identified)'),
    cue('who (?:declined|asked|requested|refused|spoke on condition) (?:not )?(?:to be )?(?:named|identified)'),
    cue('(?:sources|officials|insiders) (?:say|said|says|told|tell|believe|suggest|claim|indicate)'),
    cue('(?:some|many|several|other|most) (?:experts|critics|analysts|observers|people|officials|economists|scientists|republicans|democrats|conservatives|liberals|commentators|historians|scholars) (?:say|said|believe|argue|argued|contend|claim|think|suggest|fear|warn|worry)'),
    cue('(?:some|many|others) (?:say|believe|argue|claim|think|have (?:said|argued|suggested|claimed))'),
    cue(`(?:some|many|several|other|most|top|senior) (?:${WORD} )?(?:officials|experts|analysts|aides|lawmakers|leaders|members|insiders|sources|diplomats|strategists)`, 'a group without names'),
    cue('(?:officials|experts|analysts|critics|aides|insiders|observers|advocates|economists|strategists|people) (?:have |had |also |privately |publicly |generally |initially |long |widely )?(?:\\p{L}+ly )?(?:agreed|expect|expected|think|thought|believe|believed|fear|feared|suspect|suspected|warn|warned|praised|criticized|criticised|ruled|argue|argued|concluded|estimate|estimated|predict|predicted|see|saw|worry|worried|hailed|called|described|dismissed|viewed|considered|blamed|accused|portray|portrayed|(?:started|began) to \\p{L}+)', 'a group without names asserts it'),
    cue('critics (?:say|said|argue|argued|contend|claim|charge|have said)'),
    cue('according to (?:sources|people|officials|insiders|a person|one person|two people|a source|reports(?! (?:by|from|in) )|members|aides|lawmakers|witnesses|those|someone|several|multiple|some|many|others)', 'not "according to reports by the BBC"'),
    cue('(?:officials|authorities|experts) (?:say|said|believe|believed)(?! (?:in|at) )'),
  ],
  vagueSpeakers: [
    'source', 'sources', 'official', 'officials', 'aide', 'aides', 'insider', 'insiders', 'people', 'person', 'analyst',
    'analysts', 'expert', 'experts', 'critic', 'critics', 'observer', 'observers', 'diplomat', 'diplomats', 'adviser',
    'advisers', 'advisor', 'advisors', 'strategist', 'strategists', 'operative', 'operatives', 'ally', 'allies',
    'associate', 'associates', 'staffer', 'staffers', 'someone', 'others', 'many', 'some', 'several', 'observers',
    'economists', 'democrats', 'republicans', 'conservatives', 'liberals', 'supporters', 'opponents', 'residents',
    'leaders', 'members', 'lawmakers', 'legislators', 'insiders', 'staff', 'employees', 'voters', 'activists',
  ],
  evidenceAbsence: [
    cue('without (?:providing|offering|giving|citing|presenting|producing|showing|any) (?:any )?(?:evidence|proof|details|sources?)'),
    cue('(?:offered|provided|presented|gave|cited|produced|showed|shown|given) no (?:evidence|proof)'),
    cue('no (?:evidence|proof) (?:to support|for|that|of)'),
    cue("(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|could not|couldn['’]t) (?:provide|offer|give|present|cite|produce|show|provided|offered|given|presented|cited|produced|shown) (?:any )?(?:evidence|proof|details)"),
    cue('(?:unsubstantiated|unfounded|baseless|unproven|unverified|evidence-free)'),
    cue('(?:could|can) not (?:be )?(?:independently )?(?:verif(?:y|ied)|confirm(?:ed)?)'),
    cue('(?:has|have) not been (?:independently )?(?:verified|confirmed)'),
  ],
  evidence: [
    cue(`according to (?:a|an|the|new|recent) (?:${WORD} ){0,3}(?:study|report|survey|analysis|data|poll|census|records?|filings?|documents?|statistics|figures|estimates)`),
    cue(`(?:study|report|survey|analysis|data|poll|records?|filings?|documents?|statistics|figures) (?:published|released|obtained|issued|show|shows|showed|found|finds|reveal|reveals|revealed) `),
    cue('(?:census bureau|bureau of labor statistics|office for national statistics|congressional budget office|federal reserve data)'),
    cue('court (?:records|documents|filings|papers)'),
    cue('(?:official|government) (?:figures|data|statistics|records)'),
    cue('peer-reviewed'),
  ],
  checkWorthy: [
    cue('(?:more|less|fewer|higher|lower|greater|larger|smaller|better|worse|faster|slower) than'),
    cue('(?:twice|three times|half) as'),
    cue('(?:record|all-time high|all-time low)'),
    cue('(?:because|due to|caused|causes|led to|leads to|responsible for|blame[sd]? for|as a result)'),
    cue('(?:will|would|is going to) (?:rise|fall|grow|increase|decrease|decline|collapse|double|triple)'),
    cue('(?:illegal|illegally|unlawful|fraud|lied|lie|lies|corrupt|crime|criminal|rigged)'),
    cue('(?:largest|biggest|highest|lowest|first|only|worst|best|most|least)'),
  ],
};
