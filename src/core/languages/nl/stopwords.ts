// Dutch function words for language identification.
export const stopwords: readonly string[] = [
  'de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'te', 'zijn', 'voor', 'met', 'niet', 'aan', 'er',
  'maar', 'om', 'ook', 'als', 'bij', 'nog', 'wordt', 'door', 'naar', 'worden', 'dan', 'wel', 'uit', 'hij',
  'zij', 'ze', 'heeft', 'hebben', 'werd', 'kan', 'al', 'deze', 'dit', 'geen', 'meer', 'over', 'onze',
  'ons', 'jullie', 'wat', 'wie', 'zou', 'zegt', 'zei', 'volgens', 'omdat', 'tegen', 'tussen', 'toch',
];
