// extra-space: two or more spaces inside a sentence ("the  production"),
// or a space before a punctuation mark ("the others , he said"). Chinese
// has no spaces between words, so MT and pasted text keep the gaps where a
// name or word was dropped, and a space typed before a Chinese comma stays
// when the comma is replaced.
// Spaces between sentences, indentation, line breaks (a Markdown hard break
// is two trailing spaces) and code are left alone.
// Bad: "The plant  opened in May , the company said ."
// Good: "The plant opened in May, the company said."
import type {Paragraph} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {defineRule} from '../rule.js'
import type {ProseBlock} from '../document.js'
import {isAbbreviation} from '../text/abbreviations.js'
import {hasCjkLetter} from '../text/cjk.js'
import {onFurnitureLine} from '../text/furniture.js'
import {verbatimRange} from '../text/verbatim.js'
import {once} from '../text/once.js'

/** Spaces after a non-space, then a mark. */
const spaceBefore = /(?<=\S)[ \u00A0]+([,.;:!?])/g
/** What every `spaceBefore` match ends with: a test many times cheaper than the lookbehind, failing for most blocks. */
const spaceThenMark = /[ \u00A0][,.;:!?]/
/** What a gap of two or more spaces holds. */
const twoSpaces = /[ \u00A0]{2}/
const marks = new Set([',', '.', ';', ':', '!', '?'])
/**
 * Closing quote and parenthesis: spaces before them are left alone. "end. ”"
 * is frequent in the WMT human references (3 per 10k words, more than in MT),
 * so it tells nothing about translation; and two spaces there should become
 * none, not the one space the double-space fix gives.
 */
const closers = new Set(['”', ')'])

export default defineRule({
  id: 'extra-space',
  description: 'Two or more spaces inside a sentence, or a space before punctuation',
  severity: 'warn',
  fixable: true,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'The plant  opened in May , the company said .',
    good: 'The plant opened in May, the company said.'
  },
  create(context) {
    const {document} = context
    return {
      ParagraphNode(node, block) {
        // The block's text holds every gap's spaces: without two in a row, no gap has them.
        // A furniture line is deleted whole (boilerplate), not spaced.
        const report = (finding: Parameters<typeof context.report>[0]) => {
          if (!onFurnitureLine(document.value, finding.start)) context.report(finding)
        }
        if (twoSpaces.test(block.text.value)) {
          doubleSpaces(node, (reason, start, end, expected) => report({reason, start, end, expected: [expected], fix: {range: [start, end], text: ' '}}))
        }
        spacesBeforeMarks(block, report)
        doubledMarks(block, report)
        spacesBeforePossessives(block, report)
      }
    }

    /** Runs of spaces between two words of one sentence. */
    function doubleSpaces(paragraph: Paragraph, report: (reason: string, start: number, end: number, expected: string) => void) {
      for (const sentence of paragraph.children) {
        if (sentence.type !== 'SentenceNode') continue
        const children = sentence.children
        for (let index = 1; index < children.length - 1; index++) {
          const gap = children[index]!
          // Most gaps are one space: out before the pattern.
          if (gap.type !== 'WhiteSpaceNode' || gap.value.length < 2 || !/^[ \u00A0]{2,}$/.test(gap.value)) continue
          const next = children[index + 1]!
          // Before a mark, the space-before check reports it once.
          if (next.type === 'PunctuationNode' && (marks.has(next.value) || closers.has(next.value))) continue
          const start = gap.position?.start.offset
          const end = gap.position?.end.offset
          if (start === undefined || end === undefined || document.value.slice(start, end) !== gap.value) continue
          const left = toString(children[index - 1]!)
          const right = toString(next)
          // Gaps in Chinese text are the page's layout; untranslated-text reports the text.
          if (hasCjkLetter(left) || hasCjkLetter(right)) continue
          report(
            `Unexpected ${gap.value.length} spaces in \`${left}${gap.value}${right}\`, expected \`${left} ${right}\``,
            start,
            end,
            `${left} ${right}`
          )
        }
      }
    }

    function spacesBeforeMarks(block: ProseBlock, report: typeof context.report) {
      const {text} = block
      const {value} = text
      if (!spaceThenMark.test(value)) return
      // ". . .": a spaced ellipsis, with its space before.
      const ellipses = [...value.matchAll(/\.(?: \.){2,}/g)].map((m) => [m.index, m.index + m[0].length])
      for (const match of value.matchAll(spaceBefore)) {
        const at = match.index
        const mark = match[1]!
        const markAt = at + match[0].length - 1
        if (ellipses.some(([from, to]) => markAt >= from! && markAt < to!)) continue
        const after = value[markAt + 1] ?? ''
        const before = value[at - 1]!
        // " ...and", ".5", ".NET", ".com": an ellipsis or a token, not a full stop.
        if (mark === '.' && /[.\p{L}\p{N}]/u.test(after)) continue
        // "3 : 2" is a score; ":)" and ";)" are emoticons.
        if (mark === ':' && /\d/.test(before) && /^ ?\d/.test(value.slice(markAt + 1))) continue
        if ((mark === ':' || mark === ';') && /^-?[()]/.test(value.slice(markAt + 1))) continue
        const range = verbatimRange(document, text, at, markAt + 1)
        if (!range) continue
        const left = wordBefore(value, at)
        if (hasCjkLetter(left)) continue
        // "numbers. ." is a leftover mark, but "Co. , Ltd." is an abbreviation and a comma.
        if (marks.has(before) && !(before === '.' && mark !== '.' && isAbbreviation(left.slice(0, -1)))) {
          // "numbers. ." — the second mark is a leftover.
          const finding: Parameters<typeof report>[0] = {
            reason: before === mark ? `Unexpected second \`${mark}\` after \`${left}\`, remove it` : `Unexpected \`${mark}\` after \`${left}\`, keep one of the two marks`,
            start: range[0],
            end: range[1]
          }
          if (before === mark) finding.fix = {range, text: ''}
          report(finding)
          continue
        }
        // "etc ,they" → "etc, they": the space moves after the mark.
        const attached = /[\p{L}\p{N}]/u.test(after) && mark !== '.'
        const right = attached ? wordAfter(value, markAt + 1) : ''
        const expected = `${left}${mark}${attached ? ' ' + right : ''}`
        report({
          reason: `Unexpected space before \`${mark}\`, expected \`${expected}\``,
          start: range[0],
          end: range[1],
          expected: [expected],
          fix: {range, text: attached ? mark + ' ' : mark}
        })
      }
    }

    /** ",," and "..": the second mark goes. */
    function doubledMarks(block: ProseBlock, report: typeof context.report) {
      const {text} = block
      const {value} = text
      if (!/,,|;;|\.\./.test(value)) return
      for (const match of value.matchAll(doubled)) {
        const at = match.index
        if (inWebToken(value, at)) continue
        const range = verbatimRange(document, text, at + 1, at + 2)
        if (!range) continue
        const mark = match[1]!
        const left = wordBefore(value, at)
        report({reason: `Unexpected second \`${mark}\` after \`${left}${mark}\`, remove it`, start: range[0], end: range[1], fix: {range, text: ''}})
      }
    }

    /** "the company 's plan": the space before a possessive goes. */
    function spacesBeforePossessives(block: ProseBlock, report: typeof context.report) {
      const {text} = block
      const {value} = text
      if (!/\s['’]s/.test(value)) return
      for (const match of value.matchAll(spacedPossessive())) {
        const at = match.index
        const spaces = match[0].length - 2
        const range = verbatimRange(document, text, at, at + spaces)
        if (!range) continue
        const left = wordBefore(value, at)
        const possessive = match[0].slice(spaces)
        report({
          reason: `Unexpected space before \`${possessive}\`, expected \`${left}${possessive}\``,
          start: range[0],
          end: range[1],
          expected: [`${left}${possessive}`],
          fix: {range, text: ''}
        })
      }
    }
  }
})

/** ",," ";;" and ".." (an ellipsis has three): a mark typed twice. */
const doubled = /(?<![.])([,;]|\.)\1(?![.])/g
/** A space between a word and its possessive: "the company 's plan". */
const spacedPossessive = once(() => /(?<=[\p{L}\p{N}.])[ \u00A0]+['’]s(?![\p{L}\p{N}])/gu)

/** Whether the run of non-space text around `index` is a web address or a path ("../a", "a,,b" in code). */
function inWebToken(value: string, index: number): boolean {
  let start = index
  let end = index
  while (start > 0 && !/\s/.test(value[start - 1]!)) start--
  while (end < value.length && !/\s/.test(value[end]!)) end++
  return /\/|\\|@|www\./i.test(value.slice(start, end))
}

function wordBefore(value: string, index: number): string {
  let start = index
  while (start > 0 && !/\s/.test(value[start - 1]!) && index - start < 30) start--
  return value.slice(start, index)
}

function wordAfter(value: string, index: number): string {
  let end = index
  while (end < value.length && /[\p{L}\p{N}\p{M}’'-]/u.test(value[end]!)) end++
  return value.slice(index, end)
}
