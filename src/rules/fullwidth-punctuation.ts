// fullwidth-punctuation: Chinese marks (，。：；！？（）【】《》、「」), the
// ideographic space U+3000 and full-width letters and digits (ＧＤＰ, ２０２１)
// in English prose. MT systems pass through marks they do not map, and text
// pasted from Chinese pages brings them; they look almost like English marks
// but break search, spell checkers and typesetting.
// Marks inside a run of untranslated Chinese are left to untranslated-text,
// which reports the run once; only a gloss's marks are reported here.
// Bad: "The company said，output rose 5％ in 《Aluminum Weekly》."
// Good: "The company said, output rose 5% in “Aluminum Weekly”."
import data from '../data/fullwidth.json' with {type: 'json'}
import {defineRule, type Finding} from '../rule.js'
import {cjkRuns, isGloss} from '../text/cjk.js'
import {verbatimRange} from '../text/verbatim.js'
import {onFurnitureLine} from '../text/furniture.js'

interface Mark {
  name: string
  to: string
  space?: 'after' | 'before'
  fix?: boolean
  also?: string[]
  note?: string
}

const marks: Readonly<Record<string, Mark>> = data.marks as Record<string, Mark>

/** Full-width letters and digits, the ideographic space, or one mark. */
const candidate = /[０-９Ａ-Ｚａ-ｚ]+|\u3000+|[\u3001-\u303F\uFF01-\uFF65\uFFE0-\uFFE6\u30FB丨]/gu
const fullwidthLetters = /^[０-９Ａ-Ｚａ-ｚ]/u
/** Where English wants no space after a mark: closing marks and punctuation. */
const noSpaceBefore = /[\s)\]}”’"'.,;:!?…%]/u
/** Where English wants no space before a mark: openings. */
const noSpaceAfter = /[\s(\[{“‘"'—–/-]/u

export default defineRule({
  id: 'fullwidth-punctuation',
  description: 'Chinese full-width punctuation, spaces, letters or digits in English prose',
  severity: 'error',
  fixable: true,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'Output rose 12％ in the first half，the company said in 《Aluminum Weekly》.',
    good: 'Output rose 12% in the first half, the company said in “Aluminum Weekly”.'
  },
  create(context) {
    return {
      ParagraphNode(_node, block) {
        const {text} = block
        const {value} = text
        // A gloss is allowed text, but its marks are still Chinese: "Baiyun（白云）".
        const runs = cjkRuns(value).filter((run) => !isGloss(value, run))
        let run = 0
        // Fixes of neighbouring marks must not overlap: each starts after the last.
        let fixedUpTo = 0
        for (const match of value.matchAll(candidate)) {
          const at = match.index
          while (run < runs.length && runs[run]!.end <= at) run++
          if (run < runs.length && runs[run]!.start <= at) continue
          // "Source：xx Hits：519" is deleted whole (boilerplate), not repunctuated.
          if (onFurnitureLine(value, at)) continue
          const found = match[0].startsWith('\u3000')
            ? ideographicSpace(value, at, match[0].length)
            : fullwidthLetters.test(match[0])
              ? letters(match[0], at)
              : mark(value, at, fixedUpTo)
          if (!found) continue
          const {fix, ...finding} = found
          const range = fix && verbatimRange(context.document, text, fix.start, fix.end)
          // Without a fix, the finding is the mark alone, not the spaces around it.
          const [start, end] = range ? text.range(finding.start, finding.end) : text.range(at, at + match[0].length)
          const report: Finding = {...finding, start, end}
          if (fix && range) {
            report.fix = {range, text: fix.text}
            fixedUpTo = fix.end
          }
          context.report(report)
        }
      }
    }
  }
})

/** A finding in prose indexes, with its fix. */
interface Local extends Omit<Finding, 'fix'> {
  fix?: {start: number; end: number; text: string}
}

function mark(value: string, at: number, fixedUpTo: number): Local | undefined {
  const char = value[at]!
  const entry = marks[char] ?? asciiOf(char)
  if (!entry) {
    return {reason: `Unexpected Chinese mark \`${char}\` in English text, replace or remove it`, start: at, end: at + 1}
  }
  const local: Local = {
    reason: `Unexpected ${entry.name} \`${char}\`, expected \`${entry.to}\``,
    start: at,
    end: at + 1,
    expected: [entry.to, ...(entry.also ?? [])]
  }
  if (entry.note) local.note = entry.note
  if (entry.fix === false) return local
  let start = at
  let end = at + 1
  let replacement = entry.to
  const before = value[at - 1]
  const after = value[at + 1]
  if (entry.space === 'after') {
    // "you ，Can" → "you, Can": English puts no space before a comma.
    while (start > fixedUpTo && (value[start - 1] === ' ' || value[start - 1] === '\t')) start--
    const betweenDigits = /\d/.test(before ?? '') && /\d/.test(after ?? '')
    if (after !== undefined && !noSpaceBefore.test(after) && !opensWithSpace(after) && !betweenDigits) replacement += ' '
  } else if (entry.space === 'before') {
    while (end < value.length && value[end] === ' ') end++
    if (before !== undefined && !noSpaceAfter.test(before)) replacement = ' ' + replacement
  }
  local.start = start
  local.end = end
  local.fix = {start, end, text: replacement}
  return local
}

/** Whether `char` is a mark whose own fix spaces it: an opening brings its space, a closing wants none. */
function opensWithSpace(char: string): boolean {
  return marks[char]?.space !== undefined
}

/** Full-width ASCII (U+FF01–FF5E) is ASCII shifted by 0xFEE0. */
function asciiOf(char: string): Mark | undefined {
  const code = char.codePointAt(0)!
  if (code < 0xff01 || code > 0xff5e) return undefined
  return {name: 'full-width character', to: String.fromCodePoint(code - 0xfee0)}
}

function letters(run: string, at: number): Local {
  const ascii = [...run].map((char) => String.fromCodePoint(char.codePointAt(0)! - 0xfee0)).join('')
  return {
    reason: `Unexpected full-width characters \`${run}\`, expected \`${ascii}\``,
    start: at,
    end: at + run.length,
    expected: [ascii],
    fix: {start: at, end: at + run.length, text: ascii}
  }
}

/**
 * U+3000 becomes one ordinary space, or none where a space is already next
 * to it. Between two spaces it usually marks a dropped word ("Comrade 　 as
 * the core"), which the note says.
 */
function ideographicSpace(value: string, at: number, length: number): Local {
  const end = at + length
  const before = value[at - 1]
  const after = value[end]
  const spaceBefore = before === undefined || /\s/.test(before)
  const spaceAfter = after === undefined || /\s/.test(after)
  const local: Local = {
    reason: spaceBefore || spaceAfter ? 'Unexpected ideographic space `　`, remove it' : 'Unexpected ideographic space `　`, expected an ordinary space',
    start: at,
    end,
    expected: [spaceBefore || spaceAfter ? '' : ' ']
  }
  // Between two spaces: take one of them too, so one space is left.
  const fixEnd = spaceBefore && after === ' ' ? end + 1 : end
  local.fix = {start: at, end: fixEnd, text: spaceBefore || spaceAfter ? '' : ' '}
  local.end = fixEnd
  if (before === ' ' && after === ' ') {
    local.note = 'An ideographic space between two spaces often marks a word or name dropped in translation; check the source'
  }
  return local
}
