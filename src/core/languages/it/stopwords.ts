// Italian function words for language identification.
export const stopwords: readonly string[] = [
  'il', 'di', 'che', 'è', 'e', 'la', 'per', 'un', 'non', 'una', 'sono', 'gli', 'del', 'della', 'delle',
  'dei', 'nel', 'nella', 'alla', 'alle', 'con', 'si', 'ha', 'hanno', 'anche', 'come', 'più', 'ma', 'questo',
  'questa', 'stato', 'essere', 'ci', 'lo', 'ai', 'agli', 'dal', 'dalla', 'sul', 'sulla', 'tra', 'fra',
  'loro', 'suo', 'sua', 'quando', 'perché', 'molto', 'già', 'ancora', 'secondo', 'detto', 'dopo', 'era',
];
