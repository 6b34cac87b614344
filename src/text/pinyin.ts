// Hanyu Pinyin words cut into syllables, for rules that recognise Chinese
// names and places however they are run together or cased ("zhaoguibo",
// "kaifu", "Jian-hua"). people.ts reads given names of one or two syllables
// with the same syllable list; this reads any word of up to `max` syllables.
import syllableList from '../data/pinyin-syllables.json' with {type: 'json'}

const syllables = new Set(syllableList)

/** Whether `syllable` (lowercase, `v` for `ü`) is a Hanyu Pinyin syllable. */
export function isPinyinSyllable(syllable: string): boolean {
  return syllables.has(syllable)
}

/** The longest syllable has six letters: "zhuang", "shuang". */
const longest = 6

/**
 * The syllables of `word` read as pinyin (lowercase), or undefined when it is
 * not pinyin or needs more than `max` syllables. Longer syllables are tried
 * first ("xiangyang" → xiang, yang); a syllable starting with a, o or e takes
 * an apostrophe inside a word ("Xi'an"), so it never starts inside one here.
 * Hyphens and apostrophes are syllable breaks ("Jian-hua").
 */
export function pinyinSyllables(word: string, max = 4): string[] | undefined {
  const found: string[] = []
  for (const piece of word.toLowerCase().replace(/ü/g, 'v').split(/[-'’]/)) {
    const reading = cut(piece, 0, max - found.length)
    if (!reading) return undefined
    found.push(...reading)
  }
  return found.length > 0 ? found : undefined
}

function cut(piece: string, at: number, room: number): string[] | undefined {
  if (at === piece.length) return at > 0 ? [] : undefined
  if (room === 0) return undefined
  if (at > 0 && /[aoe]/.test(piece.charAt(at))) return undefined
  for (let length = Math.min(longest, piece.length - at); length >= 1; length--) {
    const syllable = piece.slice(at, at + length)
    if (!syllables.has(syllable)) continue
    const rest = cut(piece, at + length, room - 1)
    if (rest) return [syllable, ...rest]
  }
  return undefined
}
