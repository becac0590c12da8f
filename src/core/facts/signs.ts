// Currency symbols and ISO 4217 codes, the same in every language: the lexicons spread these into their
// `currencies` beside their own currency names. `$` alone is taken for the US dollar, as news usually means it.
export const currencySigns: Readonly<Record<string, string>> = {
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  chf: 'CHF',
  '¥': 'JPY',
  jpy: 'JPY',
  cny: 'CNY',
  rmb: 'CNY',
};
