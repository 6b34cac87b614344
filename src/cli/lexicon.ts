// wink's lexicon (src/text/morphology.ts) without its start-up cost.
// wink-lexicon ships its data as JavaScript: WordNet's 77,000 words and their
// senses, the tagger's 13,000-word lexicon and the irregular forms, some
// 3.5 MB of object literals that take longer to compile than the rest of a
// one-file run, and 40 MB of memory while they do. The build writes the same
// data as sorted `key<TAB>value` lines (dist/data/wink-*.txt) and bundles
// wink's lemmatizer and tagger beside them (dist/data/wink.cjs, see
// scripts/bundle.mjs) with stand-ins for those modules: the same lookups,
// answered by binary search in one string read on first use. So the package
// carries the lexicon once, packed, and needs no wink packages installed.
import {join} from 'node:path'
import {remember} from '../text/memo.js'
import {PackedLines, packLines, readPackedLines} from '../text/packed-lines.js'

export const wordsModule = 'wink-lexicon/src/wn-words.js'
export const sensesModule = 'wink-lexicon/src/wn-word-senses.js'
/** The tagger's lexicon: word → Penn tags. The other maps are the lemmatizer's irregular forms. */
export const tagsModule = 'wink-lexicon/src/lexicon.js'
/** Modules of word → value maps, and the packed file of each. */
export const mapModules: Record<string, string> = {
  [tagsModule]: 'wink-tags.txt',
  'wink-lexicon/src/wn-adjective-exceptions.js': 'wink-adjective-exceptions.txt',
  'wink-lexicon/src/wn-noun-exceptions.js': 'wink-noun-exceptions.txt',
  'wink-lexicon/src/wn-verb-exceptions.js': 'wink-verb-exceptions.txt'
}
export const wordnetFile = 'wink-wordnet.txt'
/** How many keys a packed map remembers it lacks. */
const missLimit = 5000
/** Senses are small numbers (lexicographer files 0–44), stored one character each from `0`. */
const base = 48

/** WordNet's words and senses: line i is word i, as wn-words numbers them (in sorted order). */
export function packLexicon(words: Record<string, number>, senses: number[][]): string {
  const sorted = Object.keys(words).sort()
  sorted.forEach((word, index) => {
    if (words[word] !== index) throw new Error(`wn-words is not numbered in sorted order at \`${word}\``)
  })
  return packLines(sorted.map((word, index) => [word, String.fromCharCode(...senses[index]!.map((sense) => sense + base))]))
}

/** A word → value map, values as JSON. */
export function packMap(map: Record<string, unknown>): string {
  return packLines(Object.keys(map).map((key) => [key, JSON.stringify(map[key])]))
}

/**
 * wink-lexicon's modules (`wordsModule`, `sensesModule`, `mapModules`) as
 * stand-ins answered from the packed files in `folder`, each read on first
 * lookup: what the build's bundle of wink (dist/data/wink.cjs) requires in
 * their place.
 */
export function packedLexicon(folder: string): Record<string, object> {
  const lazy = (name: string) => {
    let packed: PackedLines | undefined
    return () => (packed ??= readPackedLines(join(folder, name)))
  }
  const wordnet = lazy(wordnetFile)
  // The lemmatizer asks for a word's candidate lemmas again and again: a
  // bounded memo (memo.ts), as misspelling's edits ask about words by the thousand.
  const found = new Map<string, number>()
  const find = (key: string) => {
    const line = found.get(key)
    return line !== undefined ? line : remember(found, key, wordnet().find(key))
  }
  // A sense list is asked for each time a word is found: decoded once per word (bounded too).
  const senses = new Map<number, number[]>()
  const sensesOf = (line: number) => {
    const known = senses.get(line)
    if (known !== undefined) return known
    const packed = wordnet().value(line)
    const list = new Array<number>(packed.length)
    for (let i = 0; i < packed.length; i++) list[i] = packed.charCodeAt(i) - base
    return remember(senses, line, list)
  }
  const modules: Record<string, object> = {
    [wordsModule]: new Proxy(Object.create(null) as Record<string, number>, {
      get: (_, key) => {
        if (typeof key !== 'string') return undefined
        const line = find(key)
        return line === -1 ? undefined : line
      },
      has: (_, key) => typeof key === 'string' && find(key) !== -1
    }),
    [sensesModule]: new Proxy([] as number[][], {
      get: (_, key) => {
        if (key === 'length') return wordnet().length
        if (typeof key !== 'string') return undefined
        const line = lineNumber(key)
        return line >= 0 && line < wordnet().length ? sensesOf(line) : undefined
      }
    })
  }
  for (const [id, name] of Object.entries(mapModules)) {
    const packed = lazy(name)
    // Decoded once, so a value keeps its identity (and any change made to it)
    // as in the original object. The decoded values are asked first, then
    // the keys known to be missing, and only then the file: the tagger and
    // the rules ask about the same everyday words in every sentence, and a
    // binary search in the file cost ten times a lookup. Misses are kept,
    // a few thousand at most (memo.ts): the names and non-words asked again
    // stand within an article or two, and misspelling asks once each about
    // hundreds of thousands of non-words, which a memo of their size would
    // keep in memory for nothing.
    const values = new Map<string, unknown>()
    const missing = new Map<string, true>()
    const get = (key: string) => {
      const known = values.get(key)
      if (known !== undefined || missing.has(key) || values.has(key)) return known
      const line = packed().find(key)
      if (line === -1) {
        remember(missing, key, true, missLimit)
        return undefined
      }
      const value = JSON.parse(packed().value(line)) as unknown
      values.set(key, value)
      return value
    }
    modules[id] = new Proxy(Object.create(null) as Record<string, unknown>, {
      get: (_, key) => (typeof key === 'string' ? get(key) : undefined),
      has: (_, key) => typeof key === 'string' && get(key) !== undefined,
      set: (_, key, value) => {
        if (typeof key !== 'string') return false
        missing.delete(key)
        values.set(key, value)
        return true
      }
    })
  }
  return modules
}

/** `key` as an array index ("0", "17"), or -1: what the senses stand-in answers for. */
function lineNumber(key: string): number {
  if (key.length === 0 || key.length > 9) return -1
  let line = 0
  for (let i = 0; i < key.length; i++) {
    const digit = key.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return -1
    line = line * 10 + digit
  }
  return line
}
