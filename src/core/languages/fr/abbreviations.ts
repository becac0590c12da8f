// French abbreviations that end in a full stop but do not end a sentence in news text. The sentence
// splitter reads this list; case as written, multi-part abbreviations with their inner space.
//
// Left out on purpose:
// - `etc.`: in French news it ends a sentence about as often as it sits inside one; listing it would
//   glue the next sentence onto the enumeration, so the splitter's capital-letter rule decides instead.
// - `Mme`, `Mlle`, `Mgr`, `Me`, `Dr`, `Pr`, `Cie`, `n°`: French typography writes these without a full
//   stop (the abbreviation keeps the word's last letter), so there is nothing to protect.
// - `hab.`, `min.`, `av. J.-C.` are left to the splitter: they close sentences too often.
export const abbreviations: readonly string[] = [
  // Titles; `M.` is by far the most frequent abbreviation in French news (`M. Macron`).
  'M.', 'MM.', 'Dr.', 'Pr.', 'St.', 'Ste.',
  // References and enumerations.
  'p.', 'pp.', 'p. ex.', 'cf.', 'art.', 'al.', 'vol.', 'chap.', 'fig.', 'éd.', 'coll.', 'réf.', 'tél.',
  'c.-à-d.', 'env.', 'approx.',
  // Addresses.
  'av.', 'bd.', 'bld.',
  // Month abbreviations in dates (`le 12 janv. 2024`); `mars`, `mai`, `juin`, `août` are not shortened.
  'janv.', 'févr.', 'avr.', 'juil.', 'sept.', 'oct.', 'nov.', 'déc.',
];
