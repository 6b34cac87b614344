// Applying fix edits to a text: pure functions, no file system.
// Edits are taken in order of position; one that overlaps the last edit
// taken, or is an insertion touching it (or touched by one), where the order
// of the two would matter, is skipped and left for the next pass, as ESLint
// does. Two replacements that merely touch both apply.
import type {FixEdit} from '../rule.js'

export type {FixEdit}

export interface AppliedEdits {
  text: string
  applied: FixEdit[]
  skipped: FixEdit[]
}

export function applyEdits(text: string, edits: readonly FixEdit[]): AppliedEdits {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  const applied: FixEdit[] = []
  const skipped: FixEdit[] = []
  let lastStart = -1
  let lastEnd = -1
  for (const edit of sorted) {
    const [start, end] = edit.range
    // Two edits that replace text may touch ("this this this": each fix
    // removes one word); an insertion at the other's edge may not, as which
    // goes first would be a guess.
    const touching = start === lastEnd && !(lastStart < lastEnd && start < end)
    if (start < lastEnd || touching || start < 0 || end < start || end > text.length) {
      skipped.push(edit)
      continue
    }
    applied.push(edit)
    lastStart = start
    lastEnd = end
  }
  let result = ''
  let at = 0
  for (const edit of applied) {
    result += text.slice(at, edit.range[0]) + edit.text
    at = edit.range[1]
  }
  return {text: result + text.slice(at), applied, skipped}
}

/**
 * Sorted, merged `[start, end)` file ranges that are prose. An edit may
 * replace characters only inside one of them; an insertion may stand at any
 * point of one, its ends included.
 */
export type ProseRanges = ReadonlyArray<readonly [number, number]>

export function mergeRanges(ranges: Iterable<readonly [number, number]>): Array<[number, number]> {
  const sorted = [...ranges].filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const [start, end] of sorted) {
    const last = merged.at(-1)
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}

export function isInside(edit: FixEdit, ranges: ProseRanges): boolean {
  const [start, end] = edit.range
  let low = 0
  let high = ranges.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (ranges[middle]![0] <= start) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  if (found < 0) return false
  return end <= ranges[found]![1]
}
