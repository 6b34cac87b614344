// Character tests by UTF-16 code, for the hand-written word scanners
// and the rules' quick tests: most text is ASCII, settled without a regular
// expression; the scanners ask their Unicode patterns only beyond it.

/** A–Z. */
export function isAsciiCapital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a
}

/** A–Z, a–z. */
export function isAsciiLetter(code: number): boolean {
  return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a
}

/** 0–9, A–Z, a–z. */
export function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || isAsciiLetter(code)
}

/** What `\s` matches: ASCII whitespace, the no-break and Unicode spaces, line and paragraph separators, the byte-order mark. */
export function isWhitespace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/** Code units of the character at `index`: 2 for a surrogate pair, else 1. */
export function charLength(value: string, index: number): number {
  const code = value.charCodeAt(index)
  if (code < 0xd800 || code > 0xdbff) return 1
  const next = value.charCodeAt(index + 1)
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1
}

/** A space, a tab or a no-break space: what stands between the words of a name or a phrase on one line. */
export function isSpaceOrTab(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0
}

/** Whether `value[from, to)` is spaces, tabs and no-break spaces, and not empty. */
export function allSpaces(value: string, from: number, to: number): boolean {
  if (from >= to) return false
  for (let i = from; i < to; i++) if (!isSpaceOrTab(value.charCodeAt(i))) return false
  return true
}

/** A combining mark: the tokenizer and a name's word keep it in a word, a block's joined word does not (see text/words.ts). */
export const combiningMark = /\p{M}/u

/** Whether `value` holds a character from U+0300 up, where combining marks start: most text does not, and needs no `combiningMark` scan. */
export function mayHoldCombiningMark(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 0x300) return true
  return false
}

/** `term` capitalized where the text it replaces is ("The third industry" → "The services sector"). */
export function capitalizedLike(term: string, original: string): string {
  return /^\p{Lu}/u.test(original) && /^\p{Ll}/u.test(term) ? term[0]!.toUpperCase() + term.slice(1) : term
}
