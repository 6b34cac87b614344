// five-year-plan: an ordinal Five-Year Plan that contradicts the article's
// own time. China's plans have fixed years (the 1st 1953–1957, the 3rd
// 1966–1970 after the 1963–65 gap, the 14th 2021–2025), and a number that
// machine translation got wrong ("十四五" read as another plan) or a writer
// misremembered puts the story in the wrong decade.
// The article's year comes from the front matter `date`, else a year in the
// dateline, else the year the article mentions most. A plan that had ended
// before that year is an error only when it is spoken of as current: one
// cited with its years, called previous or last, or told in the past tense
// ("in the 12th Five-Year Plan period, output doubled") is history. With no
// date evidence the rule says nothing.
// Bad: "In 2021 the company drew up its plans for the 9th Five-Year Plan period."
// Good: "In 2021 the company drew up its plans for the 14th Five-Year Plan period."
import {defineRule} from '../rule.js'
import type {ProseDocument} from '../document.js'
import {tagTokens} from '../text/morphology.js'

const ordinalWords = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'
]
// Machine translation also writes the Chinese numeral as a cardinal: "Thirteen Five-Year".
const cardinalWords = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'
]
const quote = `["“”'‘’]`
const dash = '[-‐‑–—]'
/** "14th Five-Year Plan", "the “9th Five-Year Plan”", "Ninth Five-Year", "14 th five year plan (2021–2025)". */
const mention = new RegExp(
  `\\b(\\d{1,2}\\s?(?:st|nd|rd|th)|${[...ordinalWords, ...cardinalWords].join('|')})\\s*${quote}?\\s*` +
    `(five${dash}year(?:\\s+plan)?|five\\s+year\\s+plan)\\b(?:${quote}?(?:\\s+period)?\\s*[(（]\\s*((?:19|20)\\d\\d)\\s*(?:${dash}|to)\\s*((?:19|20)?\\d\\d)\\s*[)）])?`,
  'dgiu'
)
/** What every `mention` holds, with the same flags. */
const five = /five/iu
const year = /(?<![\d.,-])((?:19[5-9]|20\d)\d)(?![\d-])/g
const month = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'
/** "July 26th, 2020", "26 July 2020", "2020-07-26", "2020年7月". */
const datelineYear = new RegExp(
  `\\b${month}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b|\\b\\d{1,2}\\s+${month}\\.?,?\\s+((?:19|20)\\d\\d)\\b|\\b((?:19|20)\\d\\d)[-/.]\\d{1,2}[-/.]\\d{1,2}\\b|((?:19|20)\\d\\d)年`,
  'i'
)
/** Words before a year that make it a target, not the story's time: "by 2035". */
const targetBefore = /\b(?:by|until|till|before|through|to|from|between|and|or)\s*$/i
/** Words before a plan that put it in the past. */
const pastBefore = /\b(?:previous|preceding|last|past|former|earlier|since|after|ended)\b[^.;!?]{0,20}$/i
const presentAuxiliary = /^(?:has|have|having|is|are|am|be|been|being)$/i
const currentBefore = /\b(?:current|present|ongoing|this|upcoming|coming|next|new)\s*$/i
/** Prepositions that make the plan a time: "in the 12th…", "during the 13th…". */
const temporal = /\b(?:in|during|over|throughout|through|within|under)\s*$/i
/** What may stand between a word before the plan and its number. */
const leadIn = new RegExp(`(?:\\s*\\bthe)?\\s*${quote}?\\s*$`, 'i')

interface ArticleYear {
  year: number
  /** Where it came from, for the message's note. */
  source: string
  /** Stated (front matter, dateline), not guessed from the years mentioned. */
  stated: boolean
}

export default defineRule({
  id: 'five-year-plan',
  description: "A Five-Year Plan that contradicts the article's own dates",
  severity: 'error',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'In 2021 the company drew up its development plan for the 9th Five-Year Plan period.',
    good: 'In 2021 the company drew up its development plan for the 14th Five-Year Plan period.'
  },
  create(context) {
    let looked = false
    let articleYear: ArticleYear | undefined
    return {
      ParagraphNode(_node, block) {
        const {value} = block.text
        // Every mention spells "five": most paragraphs have none, and this
        // test is far cheaper than the mention pattern.
        if (!five.test(value)) return
        for (const match of value.matchAll(mention)) {
          const n = planNumber(match[1]!)
          if (n === undefined) continue
          const [first, last] = planYears(n)
          const [start, end] = block.text.range(match.index, match.indices![2]![1])
          const name = `${ordinal(n)} Five-Year Plan`
          if (match[3]) {
            const from = Number(match[3])
            const to = Number(match[4]!.length === 2 ? match[3].slice(0, 2) + match[4] : match[4])
            if (from === first && to === last) continue
            const intended = planStartingIn(from)
            context.report({
              reason: `The ${name} covers ${first}–${last}, not ${from}–${to}` + (intended ? `, expected \`${ordinal(intended)} Five-Year Plan\`` : ''),
              start,
              end,
              expected: intended ? [`${ordinal(intended)} Five-Year Plan`] : undefined
            })
            continue
          }
          if (!looked) {
            articleYear = findArticleYear(context.document)
            looked = true
          }
          if (!articleYear) continue
          const {year: when, source, stated} = articleYear
          const before = value.slice(Math.max(0, match.index - 40), match.index)
          const current = currentBefore.test(before.replace(leadIn, ''))
          const ended = last < when - 1
          // A plan more than one ahead, only against a stated date: a story
          // that mostly cites old years may still look to the next plans.
          const ahead = stated && first > when + 5
          if (!ended && !ahead) continue
          if (ended && !current && (pastBefore.test(before) || toldInPast(value, match.index, match.index + match[0].length))) continue
          const intended = planCovering(when)
          context.report({
            reason:
              `The ${name} covers ${first}–${last}, but this article is set in ${when}` +
              (intended ? `, expected \`${ordinal(intended)} Five-Year Plan\` (${planYears(intended).join('–')})` : ''),
            start,
            end,
            expected: intended ? [`${ordinal(intended)} Five-Year Plan`] : undefined,
            note: `The article's year, ${when}, comes from ${source}.`
          })
        }
      }
    }
  }
})

function planNumber(text: string): number | undefined {
  const lower = text.toLowerCase().replace(/\s/g, '')
  const digits = /^(\d+)/.exec(lower)
  const n = digits ? Number(digits[1]) : Math.max(ordinalWords.indexOf(lower), cardinalWords.indexOf(lower)) + 1
  return n >= 1 && n <= 20 ? n : undefined
}

/** The 1st plan started in 1953, the 3rd in 1966 after three years of readjustment. */
function planYears(n: number): [number, number] {
  const start = n <= 2 ? 1953 + 5 * (n - 1) : 1966 + 5 * (n - 3)
  return [start, start + 4]
}

function planCovering(year: number): number | undefined {
  if (year >= 1966) return Math.floor((year - 1966) / 5) + 3
  if (year >= 1953 && year <= 1962) return Math.floor((year - 1953) / 5) + 1
  return undefined
}

function planStartingIn(year: number): number | undefined {
  const n = planCovering(year)
  return n !== undefined && planYears(n)[0] === year ? n : undefined
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

/**
 * Past tense around the mention, in its own sentence. After it, the plan's
 * own predicate ("the 12th… ended", "in the 12th… period, output doubled");
 * before it only when the plan is a time ("were built in the First…"): a
 * past verb taking the plan as object ("the mill discussed the 10th…") is
 * the story's narrative, and the plan is current in it.
 */
function toldInPast(value: string, start: number, end: number): boolean {
  const left = value.slice(0, start)
  const from = Math.max(left.search(/[^.!?;]*$/), 0)
  const rightEnd = value.slice(end).search(/[.!?;]/)
  const tokens = (s: string) => s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu) ?? []
  const before = temporal.test(left.slice(-40).replace(leadIn, '')) ? tokens(value.slice(from, start)).slice(-6) : []
  const after = tokens(value.slice(end, rightEnd < 0 ? value.length : end + rightEnd)).slice(0, 6)
  const tagged = tagTokens([...before, 'plan', ...after])
  // A participle after has/is/been is the present perfect or the passive of
  // today ("we have made a good start to the 14th…"), not history.
  return tagged.some((token, i) => token.pos === 'VBD' || (token.pos === 'VBN' && !presentAuxiliary.test(tagged[i - 1]?.value ?? '')))
}

function findArticleYear(document: ProseDocument): ArticleYear | undefined {
  const date = document.frontmatter?.['date']
  const fromFrontmatter = /\b((?:19|20)\d\d)\b/.exec(date instanceof Date ? date.toISOString() : String(date ?? ''))
  if (fromFrontmatter) return {year: Number(fromFrontmatter[1]), source: 'the front matter `date`', stated: true}

  // The dateline opens the first paragraph of the body, after any headline.
  const body = document.blocks.find((block) => block.kind === 'paragraph' && /[.!?。”"]\s*$/.test(block.text.value.split('\n')[0]!))
  const lead = body?.text.value.split('\n')[0]!.slice(0, 120) ?? ''
  const dated = datelineYear.exec(lead)
  if (dated) return {year: Number(dated.slice(1).find(Boolean)), source: 'the dateline', stated: true}

  const counts = new Map<number, number>()
  for (const block of document.blocks) {
    const {value} = block.text
    for (const match of value.matchAll(year)) {
      if (targetBefore.test(value.slice(Math.max(0, match.index - 12), match.index))) continue
      const y = Number(match[1])
      counts.set(y, (counts.get(y) ?? 0) + 1)
    }
  }
  let best: [number, number] | undefined
  for (const [y, count] of counts) if (!best || count > best[1] || (count === best[1] && y > best[0])) best = [y, count]
  return best ? {year: best[0], source: `the years it mentions (${best[0]} most often)`, stated: false} : undefined
}
