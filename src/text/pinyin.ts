// Hanyu Pinyin words cut into syllables, for rules that recognise Chinese
// names and places however they are run together or cased ("zhaoguibo",
// "kaifu", "Jian-hua"). people.ts reads given names of one or two syllables
// with the same syllable list; this reads any word of up to `max` syllables.
// Rules ask this of nearly every word, and most words fail within two or
// three letters, so the syllables are a trie walked by character code: a
// word costs no substrings until it is read.
import syllableList from '../data/pinyin-syllables.json' with {type: 'json'}

const syllables = new Set(syllableList)

/** A trie node: children by letter (a–z), and the syllable that ends here. */
interface Node {
  next: Array<Node | undefined>
  syllable: string | undefined
}

const newNode = (): Node => ({next: new Array<Node | undefined>(26).fill(undefined), syllable: undefined})
const root = newNode()
for (const syllable of syllables) {
  let node = root
  for (let i = 0; i < syllable.length; i++) {
    const letter = syllable.charCodeAt(i) - 0x61
    node = node.next[letter] ??= newNode()
  }
  node.syllable = syllable
}

/**
 * Letter pairs pinyin words can hold, by letter index (a–z): inside a
 * syllable, or a syllable's last letter and the first of one that may follow
 * it inside a word (not a, o or e). And the letters a syllable starts with.
 */
const pairs = new Uint8Array(26 * 26)
const starts = new Uint8Array(26)
const lasts = new Set<number>()
const nexts = new Set<number>()
for (const syllable of syllables) {
  for (let i = 0; i + 1 < syllable.length; i++) pairs[(syllable.charCodeAt(i) - 0x61) * 26 + syllable.charCodeAt(i + 1) - 0x61] = 1
  const first = syllable.charCodeAt(0)
  starts[first - 0x61] = 1
  if (first !== 0x61 && first !== 0x6f && first !== 0x65) nexts.add(first - 0x61)
  lasts.add(syllable.charCodeAt(syllable.length - 1) - 0x61)
}
for (const last of lasts) for (const next of nexts) pairs[last * 26 + next] = 1

/** The fewest letters a word of two syllables has: a word shorter is one syllable at most. */
export const shortestTwoSyllables =
  Math.min(...syllableList.map((syllable) => syllable.length)) +
  Math.min(...syllableList.filter((syllable) => !/^[aoe]/.test(syllable)).map((syllable) => syllable.length))

/**
 * False when `lower` cannot be pinyin, whatever `max`: `pinyinSyllables` finds
 * nothing in it. A letter-pair test, no syllable walk, that rules out most
 * English words ("the", "street"): rules that ask of every word ask this first.
 */
export function mayBePinyin(lower: string): boolean {
  let previous = -1
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i)
    if (isBreak(code)) {
      previous = -1
      continue
    }
    const letter = letterAt(lower, i)
    if (letter < 0 || (previous < 0 ? starts[letter] === 0 : pairs[previous * 26 + letter] === 0)) return false
    previous = letter
  }
  return true
}

/**
 * Whether `text[start, end)` is an ASCII letter then lowercase ASCII letters,
 * apostrophes and hyphens, two characters at least, whose lowercase
 * `mayBePinyin` allows: the shape of every word a rule may report as
 * pinyin and the letter-pair test in one pass over the word, in place.
 */
export function mayBePinyinWord(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false
  const first = text.charCodeAt(start)
  if (!((first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a))) return false
  let previous = (first | 0x20) - 0x61
  if (starts[previous] === 0) return false
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i)
    if (isBreak(code)) {
      previous = -1
      continue
    }
    if (code < 0x61 || code > 0x7a) return false
    const letter = code - 0x61
    if (previous < 0 ? starts[letter] === 0 : pairs[previous * 26 + letter] === 0) return false
    previous = letter
  }
  return true
}

/** Whether `syllable` (lowercase, `v` for `ü`) is a Hanyu Pinyin syllable. */
export function isPinyinSyllable(syllable: string): boolean {
  return syllables.has(syllable)
}

/** The longest syllable has six letters: "zhuang", "shuang". */
export const longestSyllable = 6

/**
 * The syllables of `word` read as pinyin (lowercase), or undefined when it is
 * not pinyin or needs more than `max` syllables. Longer syllables are tried
 * first ("xiangyang" → xiang, yang); a syllable starting with a, o or e takes
 * an apostrophe inside a word ("Xi'an"), so it never starts inside one here.
 * Hyphens and apostrophes are syllable breaks ("Jian-hua").
 */
export function pinyinSyllables(word: string, max = 4): string[] | undefined {
  const lower = word.toLowerCase()
  const found: string[] = []
  let from = 0
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && !isBreak(lower.charCodeAt(i))) continue
    if (!cut(lower, from, i, from, max - found.length, found)) return undefined
    from = i + 1
  }
  return found.length > 0 ? found : undefined
}

const isBreak = (code: number) => code === 0x2d || code === 0x27 || code === 0x2019

/** The letter index (a–z) of a lowercase character, `ü` read as `v`; -1 for anything else. */
function letterAt(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code >= 0x61 && code <= 0x7a) return code - 0x61
  return code === 0xfc ? 0x76 - 0x61 : -1
}

/**
 * Cut `text[at, end)`, the rest of one piece that starts at `start`, into at
 * most `room` syllables, pushed onto `out`; false (with `out` as it was) when
 * it cannot be cut.
 */
function cut(text: string, start: number, end: number, at: number, room: number, out: string[]): boolean {
  if (at === end) return at > start
  if (room === 0) return false
  const first = text.charCodeAt(at)
  if (at > start && (first === 0x61 || first === 0x6f || first === 0x65)) return false
  const lengths = syllableLengths(text, at, end)
  for (let length = longestSyllable; length >= 1; length--) {
    if ((lengths & (1 << length)) === 0) continue
    out.push(syllableAt(text, at, length))
    if (cut(text, start, end, at + length, room - 1, out)) return true
    out.pop()
  }
  return false
}

/** The lengths of the syllables that `text[at, end)` starts with, as bits (bit n: n letters). */
export function syllableLengths(text: string, at: number, end: number): number {
  let lengths = 0
  let node: Node | undefined = root
  for (let i = at; i < end && i - at < longestSyllable; i++) {
    const letter = letterAt(text, i)
    node = letter < 0 ? undefined : node.next[letter]
    if (!node) break
    if (node.syllable) lengths |= 1 << (i - at + 1)
  }
  return lengths
}

/** The syllable of `length` letters at `at`, as the trie spells it (`v` for `ü`). */
function syllableAt(text: string, at: number, length: number): string {
  let node = root
  for (let i = at; i < at + length; i++) node = node.next[letterAt(text, i)]!
  return node.syllable!
}
