// French function words for language identification.
export const stopwords: readonly string[] = [
  'le', 'la', 'les', 'et', 'des', 'est', 'une', 'du', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au',
  'aux', 'avec', 'ce', 'cette', 'ces', 'sont', 'mais', 'ont', 'été', 'par', 'plus', 'nous', 'vous', 'leur',
  'leurs', 'il', 'elle', 'ils', 'elles', 'ne', 'se', 'sa', 'son', 'ses', 'comme', 'aussi', 'très', 'où',
  'a', 'été', 'être', 'fait', 'selon', 'entre', 'même', 'dont', 'lui', 'avait', 'sont', 'deux', 'tout',
];
