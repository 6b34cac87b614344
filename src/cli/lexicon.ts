// WordNet's word list for wink (src/text/morphology.ts) without its cost.
// wink-lexicon ships the list as JavaScript: 77,000 words and their senses
// in 2.7 MB of object literals, which take longer to compile than the rest
// of a one-file run and some 35 MB of memory while they do. The build writes
// the same data as sorted lines (`word<TAB>senses`, dist/data/), and the
// command line puts stand-ins for the two modules in Node's require cache:
// the same lookups, answered by binary search in one string, read on first
// use. Without the file (running from source) wink loads as usual.
import {existsSync, readFileSync} from 'node:fs'
import Module, {createRequire} from 'node:module'

export const wordsModule = 'wink-lexicon/src/wn-words.js'
export const sensesModule = 'wink-lexicon/src/wn-word-senses.js'
/** Senses are small numbers (lexicographer files 0–44), stored one character each from `0`. */
const base = 48

/** The packed text: line i is word i, as wn-words numbers them (in sorted order). */
export function packLexicon(words: Record<string, number>, senses: number[][]): string {
  const sorted = Object.keys(words).sort()
  const lines = sorted.map((word, index) => {
    if (words[word] !== index) throw new Error(`wn-words is not numbered in sorted order at \`${word}\``)
    return `${word}\t${String.fromCharCode(...senses[index]!.map((sense) => sense + base))}`
  })
  return lines.join('\n') + '\n'
}

interface Packed {
  text: string
  /** Offset of each line. */
  starts: Int32Array
}

function index(text: string): Packed {
  let count = 0
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++
  const starts = new Int32Array(count)
  let line = 0
  for (let at = 0; line < count; line++) {
    starts[line] = at
    at = text.indexOf('\n', at) + 1
  }
  return {text, starts}
}

/** Answer wink's requires of wn-words and wn-word-senses from `file`, if it exists. */
export function installPackedLexicon(file: URL): void {
  if (!existsSync(file)) return
  const require = createRequire(import.meta.url)
  let wordsPath: string
  let sensesPath: string
  try {
    wordsPath = require.resolve(wordsModule)
    sensesPath = require.resolve(sensesModule)
  } catch {
    return
  }
  let packed: Packed | undefined
  const load = () => (packed ??= index(readFileSync(file, 'utf8')))
  const wordAt = ({text, starts}: Packed, line: number) => text.slice(starts[line]!, text.indexOf('\t', starts[line]!))
  const find = (word: string): number | undefined => {
    const data = load()
    let low = 0
    let high = data.starts.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const candidate = wordAt(data, middle)
      if (candidate === word) return middle
      if (candidate < word) low = middle + 1
      else high = middle - 1
    }
    return undefined
  }
  const sensesAt = (line: number): number[] | undefined => {
    const {text, starts} = load()
    if (!(line >= 0 && line < starts.length)) return undefined
    const end = line + 1 < starts.length ? starts[line + 1]! - 1 : text.length - 1
    const senses: number[] = []
    for (let at = text.indexOf('\t', starts[line]!) + 1; at < end; at++) senses.push(text.charCodeAt(at) - base)
    return senses
  }
  const words = new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, key) => (typeof key === 'string' ? find(key) : undefined),
    has: (_, key) => typeof key === 'string' && find(key) !== undefined
  })
  const senses = new Proxy([] as number[][], {
    get: (_, key) => {
      if (key === 'length') return load().starts.length
      return typeof key === 'string' && /^\d+$/.test(key) ? sensesAt(Number(key)) : undefined
    }
  })
  prime(require, wordsPath, words)
  prime(require, sensesPath, senses)
}

function prime(require: NodeJS.Require, filename: string, exports: unknown): void {
  const module = new Module(filename)
  module.filename = filename
  module.exports = exports
  module.loaded = true
  require.cache[filename] = module
}
