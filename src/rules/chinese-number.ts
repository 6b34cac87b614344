// chinese-number: numbers and dates in Chinese order — "2 million 500
// thousand mu" (250万), "0.46 billion" and "1.2 hundred million" (4.6亿,
// 1.2亿), "3.5 ten thousand" (3.5万), "in April 10th" (4月10日), "7 month 26
// day", "the 20 Congress" (二十大). Chinese counts in units of ten thousand
// (万) and a hundred million (亿) and writes dates year, month, day; a
// literal rendering keeps that order and those units.
// Only forms English never uses are reported, each with the English form:
// "0.46 billion" → "460 million"; "in April 10th" → "on April 10"; a plain
// number before Congress or Plenary Session → the ordinal. "In May 10
// people left" and "in April 2023" are left alone.
// Bad: "In April 10th, the county planted 2 million 500 thousand mu, an investment of 0.46 billion yuan."
// Good: "On April 10, the county planted 2.5 million mu, an investment of 460 million yuan."
import {defineRule} from '../rule.js'
import {isFunctionWord} from '../text/function-words.js'
import {once} from '../text/once.js'

const units: Record<string, number> = {thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12}
const months = 'January|February|March|April|May|June|July|August|September|October|November|December'
const monthNames = months.split('|')
const number = '\\d+(?:\\.\\d+)?'
const edge = '(?<![\\p{L}\\p{N}.,])'
const end = '(?![\\p{L}\\p{N}])'

/** "2 million 500 thousand": a larger unit, then a smaller one. */
const twoUnits = once(() => new RegExp(`${edge}(\\d+) (thousand|million|billion|trillion) (\\d+) (thousand|million|billion)${end}`, 'gu'))
/** "0.46 billion": a fraction of a unit where English says the smaller unit. */
const fraction = once(() => new RegExp(`${edge}0\\.(\\d+) (million|billion|trillion)${end}`, 'gu'))
/** "3.5 ten thousand", "1.2 hundred million": 万 and 亿 word for word. */
const chineseUnit = once(() => new RegExp(`${edge}(${number}) (ten thousand|hundred million)${end}`, 'gu'))
/** "in April 10th", "in August 9": a day after "in" (not a year: "in April 2023", nor "in May 10 people"). */
const inDay = once(() => new RegExp(`${edge}([Ii]n) (${months}) (\\d{1,2})(st|nd|rd|th)?(?![\\p{L}\\p{N}])`, 'gu'))
/** "7 month 26 day": 7月26日. */
const monthDay = once(() => new RegExp(`${edge}(\\d{1,2}) month (\\d{1,2}) day${end}`, 'gu'))
/** "the 20 Congress", "the Party's 19 Plenary Session": a congress counted without its ordinal. */
const congress = once(() => new RegExp(`${edge}(\\d{1,3}) ((?:National |Party |CPC )?(?:Congress|Plenary Session|Central Committee|Five-Year Plan))(?![\\p{L}\\p{N}-])`, 'gu'))

/**
 * What each pattern above cannot match without, starting with a digit or a
 * literal rather than a lookbehind: one quick scan turns most paragraphs
 * away before the pattern itself runs at every character (or is even built:
 * its Unicode classes take some 0.3 ms each).
 */
const mayMatch = new Map<() => RegExp, RegExp>([
  [twoUnits, / (?:thousand|million|billion|trillion) \d/],
  [fraction, /0\.\d+ (?:million|billion|trillion)/],
  [chineseUnit, /\d (?:ten thousand|hundred million)/],
  [inDay, new RegExp(`n (?:${months}) \\d`)],
  [monthDay, /\d month \d/],
  [congress, /\d (?:National |Party |CPC )?(?:Congress|Plenary Session|Central Committee|Five-Year Plan)/]
])

export default defineRule({
  id: 'chinese-number',
  description: 'A number or date in Chinese order ("2 million 500 thousand", "0.46 billion", "in April 10th")',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'In April 10th, the county planted 2 million 500 thousand mu, an investment of 0.46 billion yuan.',
    good: 'On April 10, the county planted 2.5 million mu, an investment of 460 million yuan.'
  },
  create(context) {
    return {
      ParagraphNode(_node, block) {
        const {text} = block
        const value = text.value
        // Every finding but a day "in April" has a figure, a space and one of these letters.
        if (!/\d [tmbhNPCF]/.test(value) && !mayMatch.get(inDay)!.test(value)) return
        const report = (at: number, actual: string, expected: string, why: string) => {
          const [start, endAt] = text.range(at, at + actual.length)
          context.report({reason: `Unexpected \`${actual}\`, expected \`${expected}\`: ${why}`, start, end: endAt, expected: [expected]})
        }
        if (mayMatch.get(twoUnits)!.test(value)) for (const match of value.matchAll(twoUnits())) {
          const [whole, big, bigUnit, small, smallUnit] = match
          const [large, little] = [units[bigUnit!]!, units[smallUnit!]!]
          if (little >= large || Number(small) * little >= large) continue
          const total = Number(big) * large + Number(small) * little
          report(match.index, whole, `${format(total / large)} ${bigUnit}`, 'English gives one number and one unit')
        }
        if (mayMatch.get(fraction)!.test(value)) for (const match of value.matchAll(fraction())) {
          const [whole, digits, unit] = match
          const expected = inEnglish(Number(`0.${digits}`) * units[unit!]!)
          report(match.index, whole, expected, 'English names the unit the number fills')
        }
        if (mayMatch.get(chineseUnit)!.test(value)) for (const match of value.matchAll(chineseUnit())) {
          const [whole, amount, unit] = match
          const total = Number(amount) * (unit === 'ten thousand' ? 1e4 : 1e8)
          report(match.index, whole, inEnglish(total), `\`${unit}\` is a Chinese unit (${unit === 'ten thousand' ? '万' : '亿'})`)
        }
        if (mayMatch.get(inDay)!.test(value)) for (const match of value.matchAll(inDay())) {
          const [whole, word, month, day, suffix] = match
          // "In May 10 people…": without a suffix, a day only before punctuation.
          if (!suffix && !/^\s*(?:[,.;:]|$)/.test(value.slice(match.index + whole.length))) continue
          const on = word === 'In' ? 'On' : 'on'
          report(match.index, whole, `${on} ${month} ${day}`, 'a day takes `on`, and a date no ordinal ending')
        }
        if (mayMatch.get(monthDay)!.test(value)) for (const match of value.matchAll(monthDay())) {
          const [whole, month, day] = match
          const name = monthNames[Number(month) - 1]
          if (!name || Number(day) < 1 || Number(day) > 31) continue
          report(match.index, whole, `${name} ${day}`, 'a date in Chinese order (月, 日)')
        }
        if (mayMatch.get(congress)!.test(value)) for (const match of value.matchAll(congress())) {
          const [whole, count, body] = match
          // "the 20 Congress members": twenty members, not the 20th Congress.
          const next = /^ (\p{Ll}+)/u.exec(value.slice(match.index + whole.length))?.[1]
          if (next && !isFunctionWord(next)) continue
          report(match.index, whole, `${ordinal(Number(count))} ${body}`, 'a congress or session is counted with an ordinal')
        }
      }
    }
  }
})

/** A number without trailing zeros: 2.5, 460, 1.25. */
function format(value: number): string {
  return String(Number(value.toFixed(6)))
}

/** 35000 → "35,000"; 120000000 → "120 million". */
function inEnglish(total: number): string {
  for (const [unit, size] of [['billion', 1e9], ['million', 1e6]] as const) {
    if (total >= size) return `${format(total / size)} ${unit}`
  }
  return total.toLocaleString('en-US')
}

function ordinal(n: number): string {
  const tens = n % 100
  if (tens >= 11 && tens <= 13) return `${n}th`
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`
}
