// Spanish function words for language identification.
export const stopwords: readonly string[] = [
  'el', 'los', 'las', 'del', 'y', 'que', 'en', 'por', 'con', 'una', 'para', 'es', 'al', 'lo', 'como',
  'más', 'pero', 'sus', 'su', 'le', 'ya', 'fue', 'este', 'esta', 'ha', 'han', 'sí', 'porque', 'muy',
  'sin', 'sobre', 'también', 'me', 'hasta', 'hay', 'donde', 'quien', 'desde', 'todo', 'nos', 'durante',
  'todos', 'uno', 'les', 'ni', 'contra', 'otros', 'ese', 'eso', 'había', 'ante', 'ellos', 'según', 'dijo',
];
