// The fix engine: lint, apply the fix edits of what was found, lint the new
// text again, up to `maxPasses` times, until nothing fixable is left. Pure
// text in and out; writing files is fix/write.ts's job.
import type {Nodes} from 'nlcst'
import type {VFile} from 'vfile'
import type {ProseDocument} from '../document.js'
import type {Message} from '../message.js'
import {applyEdits, isInside, mergeRanges, type FixEdit, type ProseRanges} from './edits.js'

export {applyEdits, type FixEdit, type ProseRanges} from './edits.js'

export const maxFixPasses = 10

/** Lint `file` afresh: its messages and its prose ranges. */
export type LintPass = (file: VFile) => {messages: Message[]; ranges: ProseRanges}

export interface FixOutcome {
  /** Passes that changed the text. */
  passes: number
  changed: boolean
}

/**
 * Fix `file` in place: afterwards its value is the fixed text, and the
 * messages returned are what is left.
 */
export function fixVFile(file: VFile, lintPass: LintPass, maxPasses = maxFixPasses): FixOutcome & {messages: Message[]} {
  const original = String(file)
  let {messages, ranges} = lintPass(file)
  let passes = 0
  while (passes < maxPasses) {
    const before = String(file)
    const edits = fixEdits(messages, ranges, before)
    if (edits.length === 0) break
    const {text} = applyEdits(before, edits)
    if (text === before) break
    file.value = text
    passes++
    ;({messages, ranges} = lintPass(file))
  }
  return {passes, changed: String(file) !== original, messages}
}

/**
 * The fix edits a run may apply to `text`: each must lie inside its
 * finding's range and inside prose (never code, URLs, HTML or front matter),
 * whatever the rule asked for. A deletion of all of a line's text takes the
 * line with it (see wholeLine). In a CRLF file, line breaks in an edit
 * become CRLF.
 */
export function fixEdits(messages: readonly Pick<Message, 'place' | 'fix'>[], prose: ProseRanges, text: string): FixEdit[] {
  const eol = /\r\n/.test(text) ? '\r\n' : undefined
  const edits: FixEdit[] = []
  for (const message of messages) {
    const fix = message.fix
    const place = message.place
    if (!fix || !place || !('start' in place)) continue
    const {offset: start} = place.start
    const {offset: end} = place.end
    if (start === undefined || end === undefined) continue
    if (fix.range[0] < start || fix.range[1] > end || !isInside(fix, prose)) continue
    if (fix.text === '') edits.push({range: wholeLine(fix.range, text), text: ''})
    else edits.push(eol ? {range: fix.range, text: fix.text.replace(/\r?\n/g, eol)} : fix)
  }
  return edits
}

/**
 * A deletion that leaves nothing but spaces on its line widens to the whole
 * line and its break, so deleting a scraped line or a repeated paragraph
 * leaves no blank line behind; only spaces and tabs join it, never Markdown.
 */
export function wholeLine(range: readonly [number, number], text: string): [number, number] {
  let [from, to] = range
  if (from === to) return [from, to]
  while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--
  if (from > 0 && text[from - 1] !== '\n') return [range[0], range[1]]
  while (to < text.length && (text[to] === ' ' || text[to] === '\t')) to++
  if (text.startsWith('\r\n', to)) to += 2
  else if (text[to] === '\n') to++
  else if (to < text.length) return [range[0], range[1]]
  return [from, to]
}

/** The file ranges of a document's prose: its text leaves, minus inline code and bare URLs. */
export function proseRanges(document: ProseDocument): ProseRanges {
  const ranges: Array<[number, number]> = []
  const stack: Nodes[] = document.blocks.map((block) => block.node)
  while (stack.length > 0) {
    const node = stack.pop()!
    if ('children' in node) {
      // One by one: a 5 MB paragraph has more children than a spread allows.
      for (const child of node.children) stack.push(child)
      continue
    }
    if (node.type === 'SourceNode') continue
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined) ranges.push([start, end])
  }
  return mergeRanges(ranges)
}
