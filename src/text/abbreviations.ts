// Words written with a full stop that does not end a sentence.
const abbreviations = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'jr', 'sr', 'co', 'corp', 'inc', 'ltd', 'llc', 'plc',
    'no', 'nos', 'vol', 'vols', 'fig', 'figs', 'p', 'pp', 'ch', 'sec', 'art', 'dept', 'univ', 'assn',
    'gov', 'gen', 'col', 'lt', 'capt', 'sgt', 'adm', 'rep', 'sen', 'rev', 'hon', 'pres', 'ave', 'blvd',
    'rd', 'etc', 'vs', 'approx', 'est', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
    'oct', 'nov', 'dec', 'a.m', 'p.m', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n'
  ]
)

/** Whether `word` (without its final dot) is a known abbreviation. */
export function isAbbreviation(word: string): boolean {
  return abbreviations.has(word.toLowerCase().replace(/\.$/, ''))
}
