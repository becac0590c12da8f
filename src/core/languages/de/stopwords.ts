// German function words for language identification. Words shared with Dutch or English
// (`in`, `was`, `hier`) are left out on purpose: they would blur the profiles.
export const stopwords: readonly string[] = [
  'der', 'die', 'das', 'und', 'ist', 'nicht', 'sich', 'mit', 'den', 'dem', 'des', 'ein', 'eine', 'einen',
  'einem', 'einer', 'auf', 'für', 'von', 'auch', 'sie', 'er', 'wird', 'werden', 'wurde', 'wurden', 'hat',
  'haben', 'sind', 'noch', 'nach', 'bei', 'aus', 'wie', 'aber', 'oder', 'nur', 'schon', 'über', 'wenn',
  'dass', 'sei', 'habe', 'kann', 'können', 'mehr', 'sagte', 'seit', 'zum', 'zur', 'im', 'ins', 'vom',
  'durch', 'gegen', 'ohne', 'unter', 'zwischen', 'ihre', 'ihren', 'sein', 'seine', 'seiner', 'keine',
  'diese', 'dieser', 'dieses', 'doch', 'jetzt', 'sehr', 'uns', 'wir', 'ich', 'ihr', 'man', 'zu', 'es',
];
