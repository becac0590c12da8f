// English abbreviations that end in a full stop without ending the sentence (titles, months, Latin).
export const abbreviations: readonly string[] = [
  'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Sr.', 'Jr.', 'St.', 'Sen.', 'Rep.', 'Gov.', 'Lt.', 'Gen.', 'Col.',
  'Capt.', 'Sgt.', 'Rev.', 'Hon.', 'Pres.', 'Supt.', 'Det.', 'Adm.', 'Cmdr.', 'Maj.', 'Sens.', 'Reps.', 'Atty.',
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.',
  'Mon.', 'Tue.', 'Tues.', 'Wed.', 'Thu.', 'Thurs.', 'Fri.', 'Sat.', 'Sun.',
  'e.g.', 'i.e.', 'etc.', 'vs.', 'approx.', 'est.', 'cf.', 'al.', 'No.', 'Nos.', 'Vol.', 'pp.', 'p.',
  'Inc.', 'Ltd.', 'Corp.', 'Co.', 'Bros.', 'Mt.', 'Ft.', 'Ave.', 'Blvd.', 'Rd.', 'Dept.', 'Univ.',
  'U.S.', 'U.K.', 'U.N.', 'E.U.', 'D.C.', 'a.m.', 'p.m.',
  // US state abbreviations that stand inside sentences ("Wilmington, Del., on Tuesday").
  'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Ky.',
  'La.', 'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'Okla.', 'Ore.', 'Pa.',
  'Tenn.', 'Tex.', 'Va.', 'Vt.', 'Wash.', 'Wis.', 'Wyo.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.', 'S.C.', 'S.D.',
];
