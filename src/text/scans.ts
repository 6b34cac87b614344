// Hand-written scans standing in for regular expressions in the rules'
// inner loops: each finds exactly what its expression (quoted beside it)
// finds, and tests/text/scans.test.ts holds the two equal. Only where the
// scan is measured faster: V8's compiled expressions are hard to beat, but
// not an alternative tried at every character of every line.
import {isWhitespace} from './chars.js'

/**
 * `text.replace(/^[\s•·*▪►|[\]()-]+|[\s•·*▪►|[\]()]+$/gu, '')`: the
 * bullets, brackets, bars and spaces a line of furniture starts or ends
 * with (a hyphen only at the start). The expression tried its end
 * alternative at every character of the line.
 */
export function withoutEdgeMarks(text: string): string {
  let start = 0
  while (start < text.length && (isEdgeMark(text.charCodeAt(start)) || text.charCodeAt(start) === 0x2d)) start++
  let end = text.length
  while (end > start && isEdgeMark(text.charCodeAt(end - 1))) end--
  return start === 0 && end === text.length ? text : text.slice(start, end)
}

/** `[\s•·*▪►|[\]()]`. */
function isEdgeMark(code: number): boolean {
  switch (code) {
    case 0x2022: // •
    case 0xb7: // ·
    case 0x2a: // *
    case 0x25aa: // ▪
    case 0x25ba: // ►
    case 0x7c: // |
    case 0x5b: // [
    case 0x5d: // ]
    case 0x28: // (
    case 0x29: // )
      return true
    default:
      return isWhitespace(code)
  }
}

/** Closing quotes and brackets, which may follow a sentence's last mark. */
const closers = new Set([...'”"’\')）]'].map((char) => char.charCodeAt(0)))

/**
 * The code of the last character of `value[start, end)` before the closing
 * quotes and brackets it ends with, by code unit
 * (`/([^”"’')）\]])[”"’')）\]]*$/s`), -1 when there is none: the mark a
 * sentence ends with, read from its end without copying it.
 */
export function lastMarkBeforeClosers(value: string, start = 0, end = value.length): number {
  while (end > start && closers.has(value.charCodeAt(end - 1))) end--
  return end > start ? value.charCodeAt(end - 1) : -1
}
