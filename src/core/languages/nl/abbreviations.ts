// Dutch abbreviations that end in a full stop but do not end a sentence in news text. The sentence
// splitter reads this list; case as written (Dutch writes titles and most abbreviations in lower case),
// multi-part abbreviations as the press writes them (`o.a.`, without inner space).
//
// Left out on purpose: `enz.` and `e.a.`, which close a sentence about as often as they sit inside one
// (the splitter's capital-letter rule decides); `jl.` (jongstleden) for the same reason.
export const abbreviations: readonly string[] = [
  // Titles and forms of address; `mr.` is the Dutch law degree (`mr. De Vries`), not "mister".
  'dhr.', 'mevr.', 'mw.', 'mr.', 'dr.', 'drs.', 'ir.', 'ing.', 'prof.', 'ds.', 'St.',
  // Abbreviated phrases.
  'bijv.', 'bv.', 'o.a.', 'i.p.v.', 'd.w.z.', 'm.b.t.', 'n.a.v.', 'i.v.m.', 't.a.v.', 'm.u.v.', 'z.g.', 'zgn.',
  'ca.', 'resp.', 'evt.', 'incl.', 'excl.', 'vnl.', 'vs.', 'a.s.', 'nr.', 'blz.', 'art.', 'tel.', 'gem.',
  // Month abbreviations in dates (`12 jan. 2024`); `mei` and `juni`/`juli` are not shortened.
  'jan.', 'feb.', 'mrt.', 'apr.', 'aug.', 'sep.', 'sept.', 'okt.', 'nov.', 'dec.',
];
