// Where each character of a Markdown text node stands in the file. The
// node's value is its source with the Markdown taken out: `\*` is `*`,
// `&amp;` is `&`, and on continuation lines the indentation and `>` markers
// are gone, as is trailing whitespace before a line ending. Counting
// characters from the node's start (as the sentence-tree builder does) drifts
// at each of these; walking value and source side by side does not.

export interface Alignment {
  /** For each character of the value, the offset in the source where it starts. */
  starts: Int32Array
  /** And where its source ends (after an escape's backslash and character, a whole entity). */
  ends: Int32Array
}

const reference = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y
const lineEnding = (char: string | undefined) => char === '\n' || char === '\r'

/** The alignment of `value` with `source`, or undefined where they differ in a way not listed above. */
export function alignText(value: string, source: string): Alignment | undefined {
  const starts = new Int32Array(value.length)
  const ends = new Int32Array(value.length)
  let j = 0
  for (let i = 0; i < value.length; ) {
    const char = value[i]!
    if (source[j] === char) {
      starts[i] = j
      ends[i] = ++j
      i++
      // After a line ending, the next line's indentation and `>` markers.
      if (lineEnding(char) && !(char === '\r' && value[i] === '\n')) {
        while (j < source.length && /[ \t>]/.test(source[j]!) && source[j] !== value[i]) j++
      }
      continue
    }
    if (source[j] === '\\' && source[j + 1] === char) {
      starts[i] = j
      ends[i] = j + 2
      i++
      j += 2
      continue
    }
    if (source[j] === '&') {
      reference.lastIndex = j
      const match = reference.exec(source)
      if (match) {
        const end = j + match[0].length
        // One character, or two (an astral one, a few named ones): the value
        // goes on with the source after the reference.
        const width = i + 1 >= value.length || value[i + 1] === source[end] ? 1 : 2
        for (let k = 0; k < width && i < value.length; k++, i++) {
          starts[i] = j
          ends[i] = end
        }
        j = end
        continue
      }
    }
    // Whitespace the value dropped before a line ending; CR of a CRLF.
    if (lineEnding(char) && (source[j] === ' ' || source[j] === '\t' || (source[j] === '\r' && char === '\n'))) {
      j++
      continue
    }
    return undefined
  }
  return {starts, ends}
}
