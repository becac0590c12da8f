// Reads numerals as the press of a language writes them: `1.500,5` in German, `1,500.5` in English,
// `1 500` with (narrow) no-break spaces in French, and tolerates the other convention where it cannot
// be a thousands group (`1.2 Millionen` in a German text is 1.2).

/**
 * The digits of one numeral. Quantifiers are bounded so that a 200 KB run of digits costs linear time:
 * a thousands-grouped form first, then plain digits with an optional decimal part.
 */
export function numeralPattern(decimal: ',' | '.'): string {
  const group = decimal === ',' ? '[.\\u0020\\u00a0\\u202f]' : ',';
  return `(?<![\\p{L}\\p{N}.,])(?:\\d{1,3}(?:${group}\\d{3}(?!\\d)){1,5}(?:[${decimal}]\\d{1,6})?|\\d{1,15}(?:[.,]\\d{1,6})?)`;
}

const DOT_GROUPS = /^\d{1,3}(?:\.\d{3})+$/;
const COMMA_GROUPS = /^\d{1,3}(?:,\d{3})+$/;

/** The value of a numeral matched by numeralPattern, or NaN. */
export function parseNumeral(raw: string, decimal: ',' | '.'): number {
  if (/^\d+$/.test(raw)) return Number(raw);
  const s = raw.replace(/[\s\u202f]/g, '');
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  let plain: string;
  if (dots && commas) {
    // Both present: whichever comes last is the decimal mark.
    const dec = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    plain = s.split(dec === '.' ? ',' : '.').join('').replace(',', '.');
  } else if (dots || commas) {
    const mark = dots ? '.' : ',';
    const count = dots || commas;
    const grouped = (mark === '.' ? DOT_GROUPS : COMMA_GROUPS).test(s);
    // The pack's own decimal mark once is a decimal (`12,5`); the other mark, or any mark repeated, in
    // groups of three is a thousands separator (`1.500` in German, `1,500` in English).
    const thousands = grouped && (mark !== decimal || count > 1);
    plain = thousands ? s.split(mark).join('') : s.replace(mark, '.');
  } else plain = s;
  return /^\d+(?:\.\d+)?$/.test(plain) ? Number(plain) : NaN;
}

/** value × scale without binary noise (35.4 × 1e9 is 35400000000, not 35400000000.000004). */
export function scaled(value: number, scale: number): number {
  const product = value * scale;
  // An integer of at most twelve digits is its own twelve-digit rounding.
  if (Number.isInteger(product) && product > 0 && product < 1e12) return product;
  return Number(product.toPrecision(12));
}
