// German abbreviations that end in a full stop without ending the sentence, and the articles before an
// ordinal of any size. Ordinals themselves (`25. April`, `3. Liga`) are told by the sentence splitter.
export const abbreviations: readonly string[] = [
  'z. B.', 'z.B.', 'u. a.', 'u.a.', 'd. h.', 'd.h.', 'v. a.', 'v.a.', 'o. ä.', 'o.ä.', 'u. ä.', 'u. U.', 's. o.', 's. u.',
  'bzw.', 'ca.', 'usw.', 'etc.', 'evtl.', 'ggf.', 'inkl.', 'exkl.', 'vgl.', 'sog.', 'bzgl.', 'zzgl.', 'zit.',
  'Dr.', 'Prof.', 'Dipl.', 'Ing.', 'med.', 'jur.', 'rer.', 'nat.', 'phil.', 'h. c.', 'St.', 'Hr.', 'Fr.',
  'Nr.', 'Str.', 'Jh.', 'Jhd.', 'Mio.', 'Mrd.', 'Bd.', 'Abs.', 'Art.', 'Kap.', 'Tel.', 'S.', 'geb.', 'gest.',
  'v. Chr.', 'n. Chr.', 'Mr.', 'Mrs.', 'Ms.', 'Jr.', 'Sen.', 'Rep.', 'Gen.', 'Lt.', 'Col.', 'Co.',
  'Jan.', 'Feb.', 'Febr.', 'Aug.', 'Sept.', 'Sep.', 'Okt.', 'Nov.', 'Dez.', 'Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.',
  'a. D.', 'i. R.', 'e. V.', 'e.V.', 'Abb.', 'Anm.', 'Hrsg.', 'm. E.', 'o. g.', 'allg.', 'bspw.', 'eigtl.',
  'gem.', 'insb.', 'max.', 'min.', 'mind.', 'rd.', 'tägl.', 'zz.', 'zzt.', 'Std.', 'Min.', 'Sek.',
];

/** Articles and fused prepositions before an ordinal of any size: `der 296. Folge`, `zum 150. Geburtstag`, `am 125. Jahrestag`. */
export const ordinalArticles: readonly string[] = [
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen',
  'am', 'im', 'zum', 'zur', 'vom', 'beim', 'seinem', 'seiner', 'seines', 'ihrem', 'ihrer', 'ihres',
];
