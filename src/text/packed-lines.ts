// Sorted `key<TAB>value` lines in one string, searched in place by binary
// search: how the build packs data that would take long to load as
// JavaScript objects or to build at start (wink's lexicon, src/cli/lexicon.ts;
// the spelling dictionary, src/text/dictionary.ts). A lookup copies nothing
// but the value asked for.

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
  private readonly pairFirst = new Int32Array(pairCount).fill(-1)
  private readonly pairEnd = new Int32Array(pairCount)

  constructor(private readonly text: string) {
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

  value(line: number): string {
    const start = this.starts[line]!
    return this.text.slice(this.text.indexOf('\t', start) + 1, this.text.indexOf('\n', start))
  }
}

const pairCount = 26 * 26

/** The number of the two ASCII lowercase letters that open `text` at `at`, or -1. */
function pairOf(text: string, at: number): number {
  const first = text.charCodeAt(at) - 0x61
  const second = text.charCodeAt(at + 1) - 0x61
  return first >= 0 && first < 26 && second >= 0 && second < 26 ? first * 26 + second : -1
}
