// Stop-word profiles of languages Newslens does not analyse yet but must still recognise, so that a
// Portuguese or Czech page is not mistaken for Spanish or German (or a Papiamento one for Italian). Identification only: no lexicons.
export interface StopwordProfile {
  code: string;
  stopwords: readonly string[];
}

export const extraProfiles: readonly StopwordProfile[] = [
  {
    code: 'pt',
    // `não`, `são`, `uma`, `com` and the contracted articles set Portuguese apart from Spanish.
    stopwords: ['não', 'uma', 'com', 'são', 'os', 'as', 'do', 'da', 'dos', 'das', 'no', 'na', 'nos', 'nas', 'em', 'ao', 'pelo', 'pela', 'mais', 'isso', 'também', 'foi', 'ser', 'está', 'você', 'seu', 'sua', 'ele', 'ela', 'mas', 'quando', 'muito', 'já', 'até', 'só', 'pode', 'sobre', 'tem', 'têm', 'disse'],
  },
  {
    code: 'cs',
    stopwords: ['a', 'se', 'na', 'je', 'že', 'to', 'v', 've', 'do', 'pro', 'jako', 'by', 'aby', 'ale', 'jsou', 'být', 'jsem', 'jeho', 'její', 'který', 'která', 'které', 'také', 'podle', 'už', 'nebo', 'tak', 'až', 'když', 'jak', 'bylo', 'byl', 'byla', 'před', 'při', 'od', 'po', 'ze', 'jen', 'však'],
  },
  {
    code: 'pl',
    stopwords: ['i', 'w', 'się', 'na', 'nie', 'z', 'że', 'do', 'to', 'jest', 'jak', 'ale', 'po', 'o', 'od', 'czy', 'tak', 'już', 'przez', 'jego', 'jej', 'był', 'była', 'było', 'są', 'dla', 'tylko', 'który', 'która', 'które', 'może', 'jednak', 'oraz', 'także', 'gdy', 'bardzo'],
  },
  {
    code: 'pap',
    // Papiamento (Aruba, Curaçao, Bonaire), in both spellings (Aruban `cu`, Curaçaoan `ku`). Its
    // Romance vocabulary shares `e`, `di`, `i`, `un`, `no`, `su`, `por` with Italian and Spanish, so
    // only words those languages (and German, English) do not use are listed.
    stopwords: ['cu', 'ku', 'nan', 'pa', 'ta', 'tabata', 'tambe', 'riba', 'esaki', 'esei', 'awor', 'awo', 'awe', 'aki', 'hasi', 'tur', 'unda', 'boso', 'bai', 'bo', 'ki', 'kiko', 'kico', 'kon', 'komo', 'pasobra', 'hende', 'hopi', 'mester', 'ademas'],
  },
  {
    code: 'sv',
    stopwords: ['och', 'att', 'det', 'som', 'en', 'på', 'är', 'för', 'med', 'har', 'av', 'till', 'den', 'inte', 'om', 'ett', 'var', 'jag', 'hon', 'han', 'de', 'vi', 'men', 'från', 'så', 'kan', 'sig', 'eller', 'efter', 'också', 'när', 'vid', 'sina', 'sin', 'hade', 'blir', 'skulle'],
  },
  {
    code: 'da',
    stopwords: ['og', 'at', 'det', 'som', 'en', 'på', 'er', 'for', 'med', 'har', 'af', 'til', 'den', 'ikke', 'om', 'et', 'var', 'jeg', 'hun', 'han', 'de', 'vi', 'men', 'fra', 'så', 'kan', 'sig', 'eller', 'efter', 'også', 'når', 'ved', 'sine', 'sin', 'havde', 'bliver', 'skulle'],
  },
];
