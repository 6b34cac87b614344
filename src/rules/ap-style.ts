// ap-style: news copy as the Associated Press writes it, for houses that
// follow it (`"preset": "ap"`; off by default, since newsrooms and raters
// disagree): curly quotes, commas and full stops inside closing quotes,
// "U.S." for the country, one through nine in words, "percent" (not "per
// cent"; the % sign after a figure is AP's own since 2019). Each is an
// option; each finding carries its fix.
// Bad: "The US firm hired 5 engineers, a 3 per cent rise, and called it "a start"."
// Good: "The U.S. firm hired five engineers, a 3 percent rise, and called it “a start.”"
import {defineRule, type Finding} from '../rule.js'
import {scanMarks} from '../text/quotes.js'
import {once} from '../text/once.js'

interface Options {
  curlyQuotes: boolean
  punctuationInsideQuotes: boolean
  us: boolean
  smallNumbers: boolean
  percent: boolean
}

const numberWords = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
/** A lone digit from 1 to 9 before a lowercase word, not part of a figure, date, time, score or code. */
const smallNumber = once(() => /(?<![\p{L}\p{N}$€£¥.,:/#\-–])([1-9])(?![\p{L}\p{N}.,:/%\-–])(?= ([a-z]+))/gu)
/** Words after which AP keeps the figure: units, scales, ages, percentages, times, ranks. */
const keepsFigure = new Set([
  'percent', 'per', 'million', 'billion', 'trillion', 'thousand', 'km', 'kg', 'cm', 'mm', 'm', 'g', 'mph', 'kph', 'am', 'pm', 'a',
  'p', 'degrees', 'inches', 'inch', 'feet', 'foot', 'meters', 'metres', 'meter', 'metre', 'kilometers', 'kilometres', 'miles', 'mile',
  'tons', 'tonnes', 'ton', 'tonne', 'yuan', 'dollars', 'cents', 'points', 'point', 'goals', 'runs', 'seconds', 'minutes', 'hours', 'to', 'and', 'or', 'of', 'in', 'out'
])
/** Words before a digit that make it a label or a figure AP keeps (No. 3, page 5, March 3, aged 7). */
const labelBefore = /(?:\b(?:No|no|Nos|page|chapter|section|article|item|room|gate|line|route|platform|level|grade|class|aged|age|ages|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Phase|Type|Model|version)\.? )$/i

export default defineRule<Options>({
  id: 'ap-style',
  description: 'AP news style: curly quotes, punctuation inside quotes, U.S., one to nine in words, percent (preset "ap")',
  severity: 'warn',
  fixable: true,
  preset: 'ap',
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      curlyQuotes: {type: 'boolean'},
      punctuationInsideQuotes: {type: 'boolean'},
      us: {type: 'boolean'},
      smallNumbers: {type: 'boolean'},
      percent: {type: 'boolean'}
    }
  },
  defaults: {curlyQuotes: true, punctuationInsideQuotes: true, us: true, smallNumbers: true, percent: true},
  docs: {
    bad: 'The US firm hired 5 engineers, a 3 per cent rise, and called it “a start”.',
    good: 'The U.S. firm hired five engineers, a 3 percent rise, and called it “a start.”'
  },
  create(context) {
    const options = context.options
    return {
      ParagraphNode(_node, block) {
        const text = block.text
        const value = text.value
        const report = (from: number, to: number, replacement: string, reason: string) => {
          const [start, end] = text.range(from, to)
          const finding: Finding = {reason, start, end, expected: [replacement], fix: {range: [start, end], text: replacement}}
          context.report(finding)
        }
        if (options.curlyQuotes) {
          for (const mark of scanMarks(value)) {
            if (mark.char !== '"' || mark.role === 'either') continue
            const curly = mark.role === 'open' ? '“' : '”'
            report(mark.index, mark.index + 1, curly, `Unexpected straight \`"\`, expected \`${curly}\``)
          }
        }
        if (options.punctuationInsideQuotes) {
          // A closing quote after a word, then a comma or full stop: the mark goes inside.
          for (const match of value.matchAll(/(?<=[\p{L}\p{N}!?'’])(["”])([.,])/gu)) {
            if (match[1] === '"' && !closes(value, match.index)) continue
            report(match.index, match.index + 2, `${match[2]}${match[1]}`, `Unexpected \`${match[0]}\`, expected \`${match[2]}${match[1]}\`: the ${match[2] === ',' ? 'comma' : 'full stop'} goes inside the quotes`)
          }
        }
        if (options.us) {
          for (const match of value.matchAll(/(?<![\p{L}\p{N}.$-])US(?![\p{L}\p{N}$-]|\.[A-Z])/gu)) {
            report(match.index, match.index + 2, 'U.S.', 'Unexpected `US`, expected `U.S.` for the country')
          }
        }
        if (options.smallNumbers) {
          for (const match of value.matchAll(smallNumber())) {
            // Ages keep the figure: "5 years old".
            if (keepsFigure.has(match[2]!) || /^ (?:years?|months?|weeks?|days?)[ -]old\b/.test(value.slice(match.index + 1, match.index + 20))) continue
            if (labelBefore.test(value.slice(Math.max(0, match.index - 12), match.index))) continue
            const word = numberWords[Number(match[1])]!
            report(match.index, match.index + 1, word, `Unexpected \`${match[1]}\`, expected \`${word}\`: one to nine in words`)
          }
        }
        if (options.percent) {
          // "%" after a figure is AP's own usage since 2019; "per cent" is British.
          for (const match of value.matchAll(/(?<=\d) per cent\b/g)) {
            report(match.index, match.index + match[0].length, ' percent', `Unexpected \`${match[0].trim()}\`, expected \`percent\``)
          }
        }
      }
    }
  }
})

/** Whether the straight quote at `index` closes a quotation: an odd number of them before it. */
function closes(value: string, index: number): boolean {
  return (value.slice(0, index).split('"').length - 1) % 2 === 1
}
