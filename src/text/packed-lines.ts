// Sorted `key<TAB>value` lines in one string, searched in place by binary
// search: how the build packs data that would take long to load as
// JavaScript objects or to build at start (wink's lexicon, src/cli/lexicon.ts;
// the spelling dictionary, src/text/dictionary.ts). A lookup copies nothing
// but the value asked for. The build writes each file's line index beside
// it (`indexFile`), which a start reads instead of finding 77,000 line
// breaks in WordNet's words (some 9 ms of a one-file run, in code not yet
// compiled).
import {isAscii} from 'node:buffer'
import {readFileSync} from 'node:fs'

/** The lines of `entries` packed, keys sorted by UTF-16 unit as `<` compares them. */
export function packLines(entries: Array<[string, string]>): string {
  for (const [key, value] of entries) if (/[\t\n]/.test(key) || value.includes('\n')) throw new Error(`cannot pack the key \`${JSON.stringify(key)}\``)
  return [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, value]) => `${key}\t${value}`).join('\n') + '\n'
}

/** Sorted `key<TAB>value` lines, searched in place. */
export class PackedLines {
  private readonly starts: Int32Array
  /**
   * For keys that open with two ASCII lowercase letters (most words), the
   * first line and the line past the last of each such pair, -1 for none:
   * a search starts some nine steps in, each of which would read a line
   * far away in a string of a megabyte. 5 KB.
   */
  private readonly pairFirst: Int32Array = new Int32Array(pairCount).fill(-1)
  private readonly pairEnd: Int32Array = new Int32Array(pairCount)

  /** `index`: the lines' index as `index` returns it, taken when it fits `text` (else made afresh). */
  constructor(
    private readonly text: string,
    index?: Int32Array
  ) {
    if (index && index.length >= indexHeader && index[0] === text.length && index.length === indexHeader + index[1]!) {
      this.pairFirst = index.subarray(2, 2 + pairCount)
      this.pairEnd = index.subarray(2 + pairCount, indexHeader)
      this.starts = index.subarray(indexHeader)
      return
    }
    let count = 0
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++
    this.starts = new Int32Array(count)
    for (let line = 0, at = 0; line < count; line++) {
      this.starts[line] = at
      const pair = pairOf(text, at)
      if (pair !== -1) {
        if (this.pairFirst[pair] === -1) this.pairFirst[pair] = line
        this.pairEnd[pair] = line + 1
      }
      at = text.indexOf('\n', at) + 1
    }
  }

  /**
   * The index of the lines, for the build to write (`indexFile`): the
   * text's length and the number of lines (which tell a stale index), the
   * first and past-the-last line of each pair, the start of each line.
   */
  index(): Int32Array {
    const index = new Int32Array(indexHeader + this.starts.length)
    index[0] = this.text.length
    index[1] = this.starts.length
    index.set(this.pairFirst, 2)
    index.set(this.pairEnd, 2 + pairCount)
    index.set(this.starts, indexHeader)
    return index
  }

  get length(): number {
    return this.starts.length
  }

  /** The line of `key`, or -1. */
  find(key: string): number {
    let low = 0
    let high = this.starts.length - 1
    // Keys sort by UTF-16 unit, so those sharing two first letters are one run of lines.
    const pair = pairOf(key, 0)
    if (pair !== -1) {
      low = this.pairFirst[pair]!
      if (low === -1) return -1
      high = this.pairEnd[pair]! - 1
    }
    while (low <= high) {
      const middle = (low + high) >> 1
      const order = this.compare(this.starts[middle]!, key)
      if (order === 0) return middle
      if (order < 0) low = middle + 1
      else high = middle - 1
    }
    return -1
  }

  /**
   * The key of the line at `start` against `key`, by UTF-16 unit as `<`
   * compares strings, in place: a search takes no copies of the keys.
   */
  private compare(start: number, key: string): number {
    const text = this.text
    for (let index = 0; ; index++) {
      const code = text.charCodeAt(start + index)
      // The tab after the line's key sorts before any character of a key.
      if (code === 9) return index === key.length ? 0 : -1
      if (index === key.length) return 1
      const other = key.charCodeAt(index)
      if (code !== other) return code - other
    }
  }

  /** The value of `line`, from its character `from` on. */
  value(line: number, from = 0): string {
    const start = this.starts[line]!
    return this.text.slice(this.text.indexOf('\t', start) + 1 + from, this.text.indexOf('\n', start))
  }

  /** The code of the character `at` of the value of `line`, -1 at its end: a flag read without copying the value. */
  valueCode(line: number, at: number): number {
    const code = this.text.charCodeAt(this.text.indexOf('\t', this.starts[line]!) + 1 + at)
    return code === 10 ? -1 : code
  }
}

const pairCount = 26 * 26
/** Numbers before the line starts in an index: the text's length, the line count, the pairs' first and end lines. */
const indexHeader = 2 + 2 * pairCount

/** The file beside a packed file that holds its index (`PackedLines.index`), in the machine's byte order. */
export function indexFile(path: string): string {
  return `${path}.index`
}

/**
 * The packed lines of the file at `path`, with the index the build wrote
 * beside it when there is one that fits (one from other lines, or in
 * another byte order, is not taken: the lines are indexed afresh).
 */
export function readPackedLines(path: string): PackedLines {
  const bytes = readFileSync(path)
  // The packed files are ASCII: read as Latin-1 (a copy), not decoded as UTF-8 (some 1 ms a megabyte).
  const text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8')
  let index: Int32Array | undefined
  try {
    const bytes = readFileSync(indexFile(path))
    if (bytes.byteOffset % 4 === 0) index = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2)
    else {
      // A view needs 4-byte alignment; a small file's bytes may sit anywhere in Node's pool.
      index = new Int32Array(bytes.byteLength >> 2)
      new Uint8Array(index.buffer).set(bytes.subarray(0, index.byteLength))
    }
  } catch {
    // No index beside the file: made afresh.
  }
  return new PackedLines(text, index)
}

/** The number of the two ASCII lowercase letters that open `text` at `at`, or -1. */
function pairOf(text: string, at: number): number {
  const first = text.charCodeAt(at) - 0x61
  const second = text.charCodeAt(at + 1) - 0x61
  return first >= 0 && first < 26 && second >= 0 && second < 26 ? first * 26 + second : -1
}
