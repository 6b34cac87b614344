// unbalanced-quotes: an opening “ " ( [ without its partner in the same
// paragraph, or a closing one without its opening. MT drops or doubles
// quotation marks when Chinese “…” spans clauses it reorders, and loses a
// bracket when it splits a sentence.
// A quotation may run over several paragraphs: the convention opens each
// paragraph with “ and closes only the last, and a quotation closed in a
// later paragraph is paired with its opening too. Straight " count as double
// quotes and may pair with curly ones (mixed-quotes reports the mix).
// A curly quote turned the wrong way ("fine. “", "said,”The") is paired by
// its place and reported with a fix that turns it round.
// Single quotes are not checked: ’ is also the apostrophe (it’s, Chinalco’s).
// List markers "1)" "a)" and emoticons ":)" are not brackets.
// One finding a paragraph, at its first wrong mark (marks pair nearest
// first). A quotation paragraph still open when the text ends may be an
// excerpt cut short: that is reported at info, not as a fault.
// Bad: "The company called it “a new start, and shares rose."
// Good: "The company called it “a new start,” and shares rose."
import {defineRule, type Finding} from '../rule.js'
import type {ProseBlock} from '../document.js'
import {glyphFor, glyphRole, partnerFor, scanMarks, type Family, type Mark, type Role} from '../text/quotes.js'
import {once} from '../text/once.js'

/** An open mark, in file offsets; open quotations are carried to the next paragraph. */
interface Carried {
  /** The mark as it should read. */
  char: string
  /** The mark that would pair with it. */
  partner: string
  start: number
  end: number
  /** Which paragraph holds the mark: one finding each. */
  paragraph: number
  /** The last paragraph the quotation opens or reopens (at its start, by the convention for quotations over several paragraphs). */
  reopened: number | undefined
}

/** A list marker before a lone `)`: "1)", "a)", "iv)". */
const listMarker = once(() => /(?:^|\s)(?:\d{1,2}|\p{L}|[ivxlc]{1,4})\.?$/iu)

export default defineRule({
  id: 'unbalanced-quotes',
  description: 'An opening quote or bracket without its partner in the same paragraph, or the reverse',
  severity: 'warn',
  fixable: true,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'The company called it “a new start, and its shares rose (by 5 percent.',
    good: 'The company called it “a new start,” and its shares rose (by 5 percent).'
  },
  create(context) {
    let carried: Carried[] = []
    let previous: ProseBlock | undefined

    const unclosed = (open: Carried) =>
      report(
        {
          reason: isQuote(open.char)
            ? `Opening \`${open.char}\` is never closed, add \`${open.partner}\` where the quotation ends`
            : `Opening \`${open.char}\` is never closed, add \`${open.partner}\``,
          start: open.start,
          end: open.end,
          expected: [open.partner]
        },
        open.paragraph
      )
    const flush = () => {
      for (const open of carried) unclosed(open)
      carried = []
    }
    // One finding a paragraph, at its first wrong mark: the others are mostly its echo.
    let paragraph = 0
    const firstWrong = new Map<number, Finding>()
    const report = (finding: Finding, where = paragraph) => {
      const held = firstWrong.get(where)
      if (!held || finding.start < held.start) firstWrong.set(where, finding)
    }

    return {
      ParagraphNode(_node, block) {
        // Quotations carry only from paragraph to paragraph of the same kind.
        const continues = previous?.kind === 'paragraph' && block.kind === 'paragraph' && previous.quoted === block.quoted
        if (!continues) flush()
        paragraph++
        previous = block
        const {text} = block
        const {value} = text
        const marks = scanMarks(value)
        if (marks.length === 0) return
        const place = (mark: Mark, role: Role): Carried => {
          const [start, end] = text.range(mark.index, mark.index + 1)
          return {char: glyphFor(mark, role), partner: partnerFor(mark, role), start, end, paragraph, reopened: mark.index === first ? paragraph : undefined}
        }
        const first = value.search(/\S/)
        const oddStraight = marks.filter((mark) => mark.straight).length % 2 === 1
        let inherited = carried.length > 0
        const stack: Mark[] = []
        // How many of each family are open, so a stray closer costs no search.
        const open: Record<Family, number> = {double: 0, paren: 0, bracket: 0}
        const push = (mark: Mark) => {
          stack.push(mark)
          open[mark.family]++
        }

        /** A curly quote playing the other role than its glyph says: turn it round. */
        const turned = (mark: Mark, role: Role) => {
          const {start, end, char} = place(mark, role)
          report({
            reason: `Unexpected \`${mark.char}\` ${role === 'close' ? 'closing' : 'opening'} a quotation, expected \`${char}\``,
            start,
            end,
            expected: [char],
            fix: {range: [start, end], text: char}
          })
        }
        const stray = (mark: Mark) => {
          const {start, end, partner} = place(mark, 'close')
          if (glyphRole(mark) === 'open') {
            report({reason: `Unexpected \`${mark.char}\` with no quotation to close, remove it`, start, end})
          } else {
            report({reason: `Closing \`${mark.char}\` has no opening \`${partner}\`, add one or remove it`, start, end, expected: [partner]})
          }
        }
        /** Close the nearest open mark of `mark`'s family; marks opened after it were never closed. */
        const close = (mark: Mark): boolean => {
          if (open[mark.family] === 0) return false
          let index = stack.length - 1
          while (stack[index]!.family !== mark.family) index--
          const [, ...inside] = stack.splice(index)
          open[mark.family]--
          for (const left of inside) {
            open[left.family]--
            unclosed(place(left, 'open'))
          }
          return true
        }
        const closeQuote = (mark: Mark) => {
          if (close(mark) || carried.pop()) {
            if (glyphRole(mark) === 'open') turned(mark, 'close')
          } else if (!(mark.straight && /\d/.test(value[mark.index - 1] ?? ''))) {
            // 55" is inches, not a quotation mark.
            stray(mark)
          }
        }
        const openQuote = (mark: Mark) => {
          if (glyphRole(mark) === 'close') turned(mark, 'open')
          push(mark)
        }

        for (const mark of marks) {
          if (mark.family !== 'double') {
            if (mark.role === 'open') push(mark)
            else if (!close(mark) && !notABracket(value, mark)) stray(mark)
            continue
          }
          if (inherited) {
            // The first quotation mark of the paragraph carries on the open
            // quotation: it reopens it ("“More…") or closes it. Straight `"`
            // say which by their count: an odd one closes it.
            inherited = false
            const leads = mark.index === first
            if (mark.role !== 'open' || (mark.straight && oddStraight && carried.at(-1)!.char === '"')) {
              closeQuote(mark)
              continue
            }
            if (leads) {
              if (glyphRole(mark) === 'close') turned(mark, 'open')
              carried.at(-1)!.reopened = paragraph
              continue
            }
            flush()
          }
          const quoteOpen = open.double > 0 || carried.length > 0
          if (mark.role === 'open' || (mark.role === 'either' && !quoteOpen)) openQuote(mark)
          else closeQuote(mark)
        }
        for (const left of stack) {
          if (left.family === 'double' && block.kind === 'paragraph') carried.push(place(left, 'open'))
          else unclosed(place(left, 'open'))
        }
      },
      'RootNode:exit'() {
        // A quotation that fills the last paragraph and is still open: the text may just stop there (an excerpt).
        for (const open of carried) {
          if (open.reopened !== paragraph) unclosed(open)
          else report({reason: `Quotation opened with \`${open.char}\` is never closed before the end of the text`, start: open.start, end: open.end, expected: [open.partner], severity: 'info'}, open.paragraph)
        }
        carried = []
        for (const finding of firstWrong.values()) context.report(finding)
      }
    }
  }
})

function isQuote(char: string): boolean {
  return char === '"' || char === '“' || char === '「'
}

/** A lone `)` after a list marker ("1)", "a)") or in an emoticon (":)"). */
function notABracket(value: string, mark: Mark): boolean {
  if (mark.char !== ')' && mark.char !== '(') return false
  const before = value.slice(Math.max(0, mark.index - 6), mark.index)
  if (/[:;]-?$/.test(before)) return true
  return mark.char === ')' && listMarker().test(before)
}
