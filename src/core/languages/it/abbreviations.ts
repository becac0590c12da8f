// Italian abbreviations that end in a full stop but do not end a sentence in news text. The sentence
// splitter reads this list; case as written, multi-part abbreviations with their inner space.
//
// Left out on purpose: `ecc.` (eccetera), which closes a sentence about as often as it sits inside one
// (the splitter's capital-letter rule decides), and `S.p.A.`/`S.r.l.`, which often end a sentence
// after a company name.
export const abbreviations: readonly string[] = [
  // Titles. Forms with a letter after the stop (`Dott.ssa`, `Sig.ra`, `p.za`, `v.le`) cannot be read as a
  // sentence end, so they are not listed.
  'Dott.', 'Dr.', 'Sig.', 'Sigg.', 'Prof.', 'Avv.', 'Ing.', 'Arch.',
  'Geom.', 'Rag.', 'On.', 'Sen.', 'Gen.', 'Col.', 'Mons.', 'S.', 'Ss.', 'Spett.',
  // References and enumerations; `n.` is numero (`legge n. 104`).
  'ad es.', 'es.', 'p.', 'pag.', 'pagg.', 'n.', 'nn.', 'art.', 'artt.', 'cfr.', 'vol.', 'cap.', 'fig.',
  'ca.', 'tel.', 'vs.', 'cit.',
  // Addresses (`v. Roma`).
  'v.',
];
