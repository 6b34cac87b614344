// name-format: a Chinese name written against the house style — a given
// name split into separate capitalized syllables ("Reporter Ma Zuo Bo" →
// "Ma Zuobo"), a pinyin given name hyphenated ("Liu Jian-ping") or not, as
// the house prefers, and the surname put last ("Jianping Liu"). Machine
// translation treats each character as a word or copies Western order; MQM
// raters mark exactly this as "Locale convention/Name format". Wade–Giles
// and Cantonese names keep their hyphen ("Tsai Ing-wen", "Chan Mo-po").
// Only a pinyin surname and given name is put in order, and not where the
// page writes it given name first on purpose: several such names and none
// surname first, the person called by the last word later ("Ms Tong"), or
// the name among Western names ("Chiling Tong and Andrew Fairbairn").
// Bad: "(Reporter Ma Zuo Bo) Vice president Liu Jian-ping said output will rise."
// Good: "(Reporter Ma Zuobo) Vice president Liu Jianping said output will rise."
import {defineRule} from '../rule.js'
import {possibleTags} from '../text/morphology.js'
import {canonicalName, findPeople, isCommonSurname, isSurname, joinSyllables, pinyinReadings, type ChineseName, type Mention, type Person} from '../text/people.js'

type Order = 'surname-first' | 'given-first' | 'consistent'

interface Options {
  /** Hyphenate two-syllable pinyin given names ("Jian-ping") instead of joining them ("Jianping"). */
  hyphenate: boolean
  /** Where the surname goes. */
  order: Order
  /** Names written as they are on purpose ("Chen Shui-bian"), in any order. */
  allow: string[]
}

export default defineRule<Options>({
  id: 'name-format',
  description: 'A Chinese name split into separate syllables or written against house style',
  severity: 'warn',
  fixable: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      hyphenate: {type: 'boolean', description: 'Write two-syllable pinyin given names with a hyphen ("Liu Jian-ping") instead of as one word ("Liu Jianping").'},
      order: {
        type: 'string',
        enum: ['surname-first', 'given-first', 'consistent'],
        description: 'Surname first ("Liu Jianping"), given name first ("Jianping Liu"), or whichever order the article uses most.'
      },
      allow: {type: 'array', items: {type: 'string', minLength: 1}, description: 'Names to leave as written, e.g. "Chen Shui-bian".'}
    }
  },
  defaults: {hyphenate: false, order: 'surname-first', allow: []},
  docs: {
    bad: '(Reporter Ma Zuo Bo) Vice president Liu Jian-ping said output will rise.',
    good: '(Reporter Ma Zuobo) Vice president Liu Jianping said output will rise.'
  },
  create(context) {
    const {hyphenate, allow} = context.options
    const allowed = new Set(allow.map(canonicalName))
    return {
      'RootNode:exit'() {
        const people = findPeople(context.document)
        const mentions = people.mentions.filter((mention) => mention.chinese && !allowed.has(mention.key))
        const order = context.options.order === 'consistent' ? usualOrder(mentions) : context.options.order
        const convention = order === 'surname-first' && writesGivenFirst(people.persons)
        const keepGivenFirst = (mention: Mention) =>
          convention || referredToBySurname(context.document.value, mention.chinese!.surname) || westernNameBeside(mention)
        for (const mention of mentions) {
          const name = mention.chinese!
          const problems: string[] = []
          let given = name.given
          if (name.style === 'split') {
            given = styled(name.readings[0]!, hyphenate)
            problems.push('a Chinese given name is one word')
          } else if (name.pinyin && name.style === 'hyphenated' && !hyphenate) {
            given = joinSyllables(name.readings[0]!)
            problems.push('house style writes pinyin given names without a hyphen')
          } else if (name.pinyin && name.style === 'joined' && hyphenate && name.readings.length === 1 && name.readings[0]!.length === 2) {
            given = styled(name.readings[0]!, true)
            problems.push('house style hyphenates two-syllable given names')
          }
          let wanted = name.order
          // Only a pinyin surname and given name can be known to be in the wrong order.
          const fixedOrder = name.order === 'given-first' && (!name.pinyin || keepGivenFirst(mention))
          if (name.order !== order && unambiguous(name) && !fixedOrder) {
            wanted = order
            const side = order === 'surname-first' ? 'the surname first' : 'the given name first'
            // With `order: "consistent"` the order is the article's own, not the house's.
            problems.push(context.options.order === 'consistent' ? `the article mostly puts ${side}` : `house style puts ${side}`)
          }
          if (problems.length === 0) continue
          const written = asWritten(name)
          const prefix = mention.text.slice(0, mention.text.length - written.length)
          const expected = [prefix + (wanted === 'surname-first' ? `${name.surname} ${given}` : `${given} ${name.surname}`)]
          // "Ling Li Wang" may also be Wang Lingli with the surname last.
          const [first, second, last] = written.split(' ') as [string, string, string]
          if (name.style === 'split' && isCommonSurname(last) && !isCommonSurname(first)) expected.push(`${last} ${joinSyllables([first, second])}`)
          context.report({
            reason: `Unexpected \`${mention.text}\`, expected ${expected.map((e) => `\`${e}\``).join(' or ')}: ${problems.join('; ')}`,
            start: mention.start,
            end: mention.end,
            expected
          })
        }
      }
    }
  }
})

/** Syllables as a given name: "Zuobo", or "Zuo-bo" when hyphenated. */
function styled(syllables: readonly string[], hyphenate: boolean): string {
  if (!hyphenate || syllables.length !== 2) return joinSyllables(syllables)
  const [first, second] = syllables as [string, string]
  return `${first.charAt(0).toUpperCase()}${first.slice(1)}-${second}`
}

function asWritten(name: ChineseName): string {
  return name.order === 'surname-first' ? `${name.surname} ${name.given}` : `${name.given} ${name.surname}`
}

/** "Yang Liu" could be either order: only names whose order is certain count and are checked. */
function unambiguous(name: ChineseName): boolean {
  return name.order === 'given-first' || !isSurname(name.given)
}

/**
 * Whether the article writes names given name first by its own convention:
 * several Chinese names given first ("Wenli Zhou … Jun Chen") and none
 * surname first.
 */
function writesGivenFirst(persons: readonly Person[]): boolean {
  let surnameFirst = 0
  let givenFirst = 0
  for (const person of persons) {
    const name = person.mentions[0]!.chinese
    if (!name || !unambiguous(name)) continue
    if (name.order === 'surname-first') surnameFirst++
    else givenFirst++
  }
  return surnameFirst === 0 && givenFirst >= 2
}

/** "Ms Tong said": the article itself takes the last word for the surname. */
function referredToBySurname(value: string, surname: string): boolean {
  return new RegExp(`\\b(?:Mr|Ms|Mrs|Miss|Dr|Prof|Professor)\\.?\\s+${surname}\\b`).test(value)
}

/** Two capitalised words, not pinyin and one of them not English, ("Andrew Fairbairn") in the mention's block: a Western name beside it. */
function westernNameBeside(mention: Mention): boolean {
  for (const match of mention.block.text.value.matchAll(/\b(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)\b/gu)) {
    const [first, last] = [match[1]!.toLowerCase(), match[2]!.toLowerCase()]
    if (isSurname(first) || isSurname(last) || pinyinReadings(first).length > 0 || pinyinReadings(last).length > 0) continue
    if (possibleTags(first).length === 0 || possibleTags(last).length === 0) return true
  }
  return false
}

/** The order most of the article's names use; on a tie, the first. */
function usualOrder(mentions: readonly Mention[]): Exclude<Order, 'consistent'> {
  let surnameFirst = 0
  let givenFirst = 0
  let first: Exclude<Order, 'consistent'> | undefined
  for (const mention of mentions) {
    const name = mention.chinese!
    if (!unambiguous(name)) continue
    first ??= name.order
    if (name.order === 'surname-first') surnameFirst++
    else givenFirst++
  }
  if (surnameFirst === givenFirst) return first ?? 'surname-first'
  return surnameFirst > givenFirst ? 'surname-first' : 'given-first'
}
