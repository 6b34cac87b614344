// uncountable-plural: a noun English does not count, made plural
// ("advices", "equipments", "informations", "staffs"), and a plural in -ys
// where English writes -ies ("companys", "factorys"). Chinese nouns have no
// plural, and machine translation or a translator writing in a second
// language adds one where English has none.
// "staffs" is also a verb ("she staffs the desk"): it is reported only where
// a noun stands, after a determiner or a number or before a verb or "of".
// A -ys word is reported only when it is not English and its -y form is.
// Bad: "The staffs gave us useful advices about the new equipments."
// Good: "The staff gave us useful advice about the new equipment."
import {defineRule} from '../rule.js'
import {possibleTags} from '../text/morphology.js'
import type {Word} from '../text/words.js'
import {once} from '../text/once.js'

/**
 * Plurals English never uses, to the singular mass noun. A Map: asked of
 * every plural of every block, an object's property lookup by a word made
 * at run time first looks the word up in V8's table of property names.
 */
const massNouns = new Map([
  ['advices', 'advice'],
  ['equipments', 'equipment'],
  ['informations', 'information'],
  ['furnitures', 'furniture'],
  ['softwares', 'software'],
  ['hardwares', 'hardware'],
  ['knowledges', 'knowledge'],
  ['feedbacks', 'feedback'],
  ['luggages', 'luggage'],
  ['baggages', 'baggage'],
  ['personnels', 'personnel'],
  ['machineries', 'machinery'],
  ['sceneries', 'scenery'],
  ['homeworks', 'homework'],
  ['garbages', 'garbage'],
  ['staffs', 'staff']
])
/** Words before "staffs" that make it a noun. */
const nounBefore = new Set([
  'the', 'all', 'our', 'their', 'its', 'his', 'her', 'your', 'my', 'many', 'some', 'these', 'those', 'other', 'more',
  'most', 'each', 'every', 'no', 'of', 'and', 'for', 'to', 'with', 'by', 'from', 'among', 'medical', 'hospital',
  'company', 'school', 'office', 'government', 'relevant', 'technical', 'management', 'administrative', 'dispatch',
  'designating', 'position', 'support', 'service', 'field', 'party', 'teaching', 'research'
])
/** Words after "staffs" that make it a noun: a verb of which it is the subject, or "of". */
const nounAfter = new Set(['are', 'were', 'have', 'had', 'will', 'would', 'should', 'must', 'can', 'could', 'of', 'and', 'who', 'from', 'in', 'at'])

const word = once(() => /(?<![\p{L}\p{N}'’-])(\p{L}+)(?![\p{L}\p{N}'’-])/gu)

export default defineRule({
  id: 'uncountable-plural',
  description: 'An uncountable noun made plural ("advices", "equipments") or a plural in -ys ("companys")',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'The staffs gave us useful advices about the new equipments of both companys.',
    good: 'The staff gave us useful advice about the new equipment of both companies.'
  },
  create(context) {
    return {
      ParagraphNode(_node, block) {
        const {text} = block
        const value = text.value
        // Every finding is a mass noun made plural or a word in -ys: most paragraphs have neither.
        if (!block.words.some((candidate) => mayBePlural(value, candidate))) return
        for (const match of value.matchAll(word())) {
          const found = match[1]!
          if (!/s$/i.test(found)) continue
          const lower = found.toLowerCase()
          const mass = massNouns.get(lower)
          if (lower === 'staffs' && !isNoun(value, match.index, match.index + found.length)) continue
          let expected: string[]
          let why: string
          if (mass) {
            expected = [mass]
            why = `English does not count \`${mass}\``
          } else {
            // "companys": not English, where "company" is; or "company's" without its apostrophe.
            if (!/^[a-z]+[^aeiouy]ys$/.test(found) || possibleTags(lower).length > 0 || possibleTags(lower.slice(0, -1)).length === 0) continue
            expected = [`${lower.slice(0, -2)}ies`, `${lower.slice(0, -1)}'s`]
            why = 'a plural of -y after a consonant ends in -ies'
          }
          if (/^\p{Lu}/u.test(found)) expected = expected.map((form) => form.charAt(0).toUpperCase() + form.slice(1))
          const [start, end] = text.range(match.index, match.index + found.length)
          const written = expected.map((form) => `\`${form}\``).join(' or ')
          context.report({reason: `Unexpected \`${found}\`, expected ${written}: ${why}`, start, end, expected})
        }
      }
    }
  }
})

/**
 * A word the loop below may report: one of `massNouns`, or a word in -ys
 * after a consonant, as `/^[a-z]+[^aeiouy]ys$/` wants it (the pattern's
 * words are such words, of letters alone): "days" and "says" are asked of
 * nothing. Read in `value`, the block's text: asked of every word, it makes
 * no word's string.
 */
function mayBePlural(value: string, word: Word): boolean {
  const {start, end} = word
  const last = value.charCodeAt(end - 1)
  if (last !== 0x73 && last !== 0x53) return false
  if (last === 0x73 && end - start >= 4 && value.charCodeAt(end - 2) === 0x79 && !vowelsAndY.has(value.charCodeAt(end - 3))) return true
  return massNouns.has(word.lower)
}

const vowelsAndY = new Set([...'aeiouy'].map((char) => char.charCodeAt(0)))

/** "staffs" stands where a noun does: after a determiner, a number or a noun, or before a verb or "of". */
function isNoun(value: string, start: number, end: number): boolean {
  const before = /(\p{L}+|\d+)[\s,]*$/u.exec(value.slice(Math.max(0, start - 30), start))?.[1]?.toLowerCase()
  const after = /^[\s]*(\p{L}+|[.,;:!?])/u.exec(value.slice(end, end + 20))?.[1]?.toLowerCase()
  return (before !== undefined && (nounBefore.has(before) || /^\d+$/.test(before))) || (after !== undefined && (nounAfter.has(after) || /^[.,;:!?]$/.test(after)))
}
