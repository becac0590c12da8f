// Spanish abbreviations that end in a full stop but do not end a sentence in news text. The sentence
// splitter reads this list; case as written, multi-part abbreviations with their inner space.
//
// Left out on purpose: `etc.`, which closes a sentence about as often as it sits inside one (the
// splitter's capital-letter rule decides), and `a. C.`/`d. C.` and `S. A.`, which usually end a clause.
export const abbreviations: readonly string[] = [
  // Titles and forms of address.
  'Sr.', 'Sra.', 'Srta.', 'Sres.', 'Sras.', 'D.', 'Dña.', 'Dr.', 'Dra.', 'Lic.', 'Ing.', 'Prof.', 'Profa.',
  'Mons.', 'Ud.', 'Uds.', 'Vd.', 'Vds.', 'Sto.', 'Sta.',
  // `EE. UU.` (Estados Unidos) is the RAE spelling and sits mid-sentence far more often than at its end.
  'EE. UU.', 'EE.UU.',
  // References and enumerations.
  'p.', 'pp.', 'pág.', 'págs.', 'p. ej.', 'ej.', 'núm.', 'nro.', 'art.', 'arts.', 'cap.', 'vol.', 'fig.',
  'aprox.', 'tel.', 'vs.', 'cía.', 'ca.',
  // Addresses.
  'avda.', 'c.', 'pza.', 'ctra.',
];
