// Words as the rules that compare words rather than match phrases see them
// (duplicated-phrase, merged-sentence): letters and digits joined by
// apostrophes and hyphens, "state-owned", "China’s".
import {charLength, isAsciiAlphanumeric} from './chars.js'

/** Such a word, sticky: see `joinedWordEnd`. */
const joinedWordAt = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/uy

/**
 * Calls `each` with the start and end of every joined word of `text`, in
 * order: what `matchAll` with `joinedWordAt`'s pattern finds, without a
 * match object per word.
 */
export function eachJoinedWord(text: string, each: (start: number, end: number) => void): void {
  let at = 0
  while (at < text.length) {
    const end = joinedWordEnd(text, at)
    if (end > at) {
      each(at, end)
      at = end
    } else {
      // Not a word's start: pass one character, a surrogate pair whole.
      at += charLength(text, at)
    }
  }
}

/**
 * Where the joined word starting at `at` ends, or `at` when none starts
 * there. Plain ASCII words are scanned by hand; the pattern decides the rest.
 */
function joinedWordEnd(text: string, at: number): number {
  const code = text.charCodeAt(at)
  if (code < 0x80) {
    if (!isAsciiAlphanumeric(code)) return at
    let end = at + 1
    while (end < text.length && isAsciiAlphanumeric(text.charCodeAt(end))) end++
    // Done unless an apostrophe, a hyphen or a non-ASCII letter may go on with the word.
    const next = text.charCodeAt(end)
    if (next !== 0x27 && next !== 0x2d && !(next >= 0x80)) return end
  }
  joinedWordAt.lastIndex = at
  return joinedWordAt.test(text) ? joinedWordAt.lastIndex : at
}
