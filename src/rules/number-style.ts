// number-style: figures written the way Chinese text writes them, not the
// way an English style guide does. Four kinds, each an option:
// - a figure of four digits or more without thousands separators in running
//   text ("1080 days", "4300 yuan"); years, ranges, codes ("No. 1080",
//   "hotline 12345", a stock code in brackets) and decimals' digits are left;
// - a unit glued to its figure ("20km", "500Mbps");
// - an ISO date in prose ("2023-02-11");
// - day-month order ("31 January", "11 Feb") in an article whose other dates
//   are month-day (the majority wins, as in spelling-variants).
// Bad: "The 1080 households moved 20km on 2023-02-11."
// Good: "The 1,080 households moved 20 km on Feb. 11, 2023."
import {defineRule} from '../rule.js'
import {onFurnitureLine} from '../text/furniture.js'
import {once} from '../text/once.js'

interface Options {
  separators: boolean
  units: boolean
  isoDates: boolean
  dateOrder: boolean
}

const months = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec'
/** "January" to "December", for an ISO date's month: an Intl format per date cost more than the rest of the rule. */
const monthNames = months.split('|').slice(0, 12)
const shortMonths = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'])
/** "11 Feb.", "31 January": the dot only after an abbreviated month. */
const dayMonth = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|October|November|December|(?:${[...shortMonths].join('|')})\\.?)(?![a-z])`, 'g')
const monthDay = new RegExp(`\\b(?:${months})\\.? \\d{1,2}(?:st|nd|rd|th)?\\b(?! (?:${months})\\b)`, 'g')

/** A bare figure of four digits or more, not part of a longer token, range, code or decimal. */
const bareFigure = /(?<![\p{L}\p{N}.,/:#\-–~_@]|\d )(\d{4,})(?![\p{L}\p{N},/:\-–~_@%]|\.[\p{N}A-Z]| \d)/gu
/** Words before a figure that make it a label, not an amount. */
const labelBefore = /(?:\b(?:no|nos|number|code|codes|hotline|hotlines|dial|dialing|dialling|call|phone|tel|telephone|fax|id|room|flight|train|bus|route|line|model|version|page|pages|item|article|patent|case|ticker|stock|account|zip|postcode|postal|platform|gate|seat|car|plate|batch|lot|serial|type|class|grade|level|vol|issue|chapter|section|clause|ward|block|building|unit|pin|password|marker|milestone|A-share)\b\.?|#)\s*$/i
/** Unit symbols a style guide sets apart from the figure. */
const gluedUnit = once(() => /(?<![\p{L}\p{N}.,$£€¥]|\d[.,])(\d+(?:\.\d+)?)(km|kg|cm|mm|km2|sq\s?km|kW|kWh|MW|MWh|GW|GWh|TWh|Mbps|Gbps|Kbps|MHz|GHz|mph|kph|ha)(?![\p{L}\p{N}])/gu)
/** An ISO date, not a scraped page's time stamp ("2023-02-11 13:09:10"). */
const isoDate = once(() => /(?<![\p{L}\p{N}\-/.])(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\p{L}\p{N}\-/]| \d{1,2}:\d{2})/gu)

// What each pattern cannot match without, tested first: most paragraphs
// hold none of it, and a test without lookbehind or Unicode classes is a
// fast scan.
const mayHoldBareFigure = /\d{4}/
const mayHoldGluedUnit = /\d[kcmsKMGTh]/
const mayHoldIsoDate = /\d{4}-\d/
const mayHoldMonth = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/

/** Words before a four-digit figure that make it an older year ("in 1556"). */
const yearBefore = /\b(?:in|since|until|till|before|after|from|year|years|around|circa|c\.)\s*$/i

/** A four-digit figure that reads as a year, given the text before it. */
function isYear(digits: string, before: string): boolean {
  if (digits.length !== 4) return false
  const value = Number(digits)
  return (value >= 1800 && value <= 2100) || (value >= 1000 && yearBefore.test(before))
}

function withSeparators(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',')
}

export default defineRule<Options>({
  id: 'number-style',
  description: 'Figures without thousands separators, units glued to figures, ISO dates and day-month order in prose',
  severity: 'warn',
  fixable: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      separators: {type: 'boolean'},
      units: {type: 'boolean'},
      isoDates: {type: 'boolean'},
      dateOrder: {type: 'boolean'}
    }
  },
  defaults: {separators: true, units: true, isoDates: true, dateOrder: true},
  docs: {
    bad: 'On February 9 the county moved 1080 households 20km uphill, and on 11 February it opened the new school.',
    good: 'On February 9 the county moved 1,080 households 20 km uphill, and on February 11 it opened the new school.'
  },
  create(context) {
    const {separators, units, isoDates, dateOrder} = context.options
    // A furniture line is deleted whole (boilerplate), not restyled.
    const report: typeof context.report = (finding) => {
      if (!onFurnitureLine(context.document.value, finding.start)) context.report(finding)
    }
    const dates: Array<{start: number; end: number; dayFirst: boolean; day: string; month: string}> = []
    return {
      ParagraphNode(_node, block) {
        if (block.kind === 'tableCell') return
        const text = block.text.value
        if (separators && mayHoldBareFigure.test(text)) {
          for (const match of text.matchAll(bareFigure)) {
            const digits = match[1]!
            const before = text.slice(Math.max(0, match.index - 24), match.index)
            if (isYear(digits, before) || /^0/.test(digits) || labelBefore.test(before)) continue
            // A figure in brackets on its own is a code ("(600519)").
            if (text[match.index - 1] === '(' && text[match.index + digits.length] === ')') continue
            const [start, end] = block.text.range(match.index, match.index + digits.length)
            const expected = withSeparators(digits)
            report({reason: `Unexpected \`${digits}\`, expected \`${expected}\` with thousands separators`, start, end, expected: [expected], fix: {range: [start, end], text: expected}})
          }
        }
        if (units && mayHoldGluedUnit.test(text)) {
          for (const match of text.matchAll(gluedUnit())) {
            const figure = match[1]!
            const unit = match[2]!.replace(/\s/, ' ')
            const [start, end] = block.text.range(match.index, match.index + match[0].length)
            const [gap] = block.text.range(match.index + figure.length, match.index + figure.length)
            report({
              reason: `Unexpected \`${match[0]}\`, expected \`${figure} ${unit}\`: a space between the figure and its unit`,
              start,
              end,
              expected: [`${figure} ${unit}`],
              fix: {range: [gap, gap], text: ' '}
            })
          }
        }
        if (isoDates && mayHoldIsoDate.test(text)) {
          for (const match of text.matchAll(isoDate())) {
            const [start, end] = block.text.range(match.index, match.index + match[0].length)
            const month = monthNames[Number(match[2]) - 1]!
            const expected = `${month} ${Number(match[3])}, ${match[1]}`
            report({reason: `Unexpected \`${match[0]}\` in prose, expected \`${expected}\``, start, end, expected: [expected]})
          }
        }
        if (dateOrder && mayHoldMonth.test(text)) {
          for (const match of text.matchAll(dayMonth)) {
            const [start, end] = block.text.range(match.index, match.index + match[0].length)
            dates.push({start, end, dayFirst: true, day: match[1]!, month: match[2]!})
          }
          for (const match of text.matchAll(monthDay)) {
            const [start, end] = block.text.range(match.index, match.index + match[0].length)
            dates.push({start, end, dayFirst: false, day: '', month: ''})
          }
        }
      },
      'RootNode:exit'() {
        const dayFirst = dates.filter((date) => date.dayFirst)
        const monthFirst = dates.length - dayFirst.length
        if (monthFirst === 0 || dayFirst.length >= monthFirst) return
        for (const date of dayFirst) {
          const month = shortMonths.has(date.month.replace('.', '')) ? `${date.month.replace('.', '')}.` : date.month
          const expected = `${month} ${date.day}`
          report({
            reason: `Unexpected day-month \`${context.document.value.slice(date.start, date.end)}\` among ${monthFirst} month-day dates, expected \`${expected}\``,
            start: date.start,
            end: date.end,
            expected: [expected]
          })
        }
      }
    }
  }
})
