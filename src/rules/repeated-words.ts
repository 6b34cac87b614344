// repeated-words: the same word twice in a row, "the the", "to to". MT
// repeats a word when two source words map to one English word, and editors
// leave echoes behind when they rewrite a phrase.
// The check is retext-repeated-words, run on each sentence and relabelled:
// it keeps its exceptions (“had had”, “that that”, names like “Yang Yang”,
// initials like “D. D.”). Other doubles are correct English too and are
// left alone: a preposition's demonstrative before a determiner ("add to
// this this law"), the repeated epithet of a Latin name ("Salmo trutta
// trutta", "Gorilla gorilla"), and emphasis in quoted speech ("“very, very
// slow”", "“really really good”"). Outside quotation marks "very very" is
// still reported: that is where MT leaves it.
// Bad: "The company will will expand its aluminum plant."
// Good: "The company will expand its aluminum plant."
import type {Sentence, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextRepeatedWords from 'retext-repeated-words'
import {VFile} from 'vfile'
import {defineRule} from '../rule.js'
import {isAsciiLetter} from '../text/chars.js'
import {isFunctionWord} from '../text/function-words.js'
import {possibleTags} from '../text/morphology.js'
import {pinyinReadings} from '../text/people.js'
import {DoubleQuoteScan} from '../text/quotes.js'

type Check = (tree: Sentence, file: VFile) => void
const check = (retextRepeatedWords as unknown as () => Check)()

export default defineRule({
  id: 'repeated-words',
  description: 'The same word twice in a row ("the the")',
  severity: 'warn',
  fixable: true,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'The company will will expand its aluminum plant next year.',
    good: 'The company will expand its aluminum plant next year.'
  },
  create(context) {
    const {value} = context.document
    // One scratch file, emptied after each sentence: the plugin only adds messages to it.
    const scratch = new VFile()
    return {
      SentenceNode(node, block) {
        if (!hasTwinWords(node)) return
        check(node, scratch)
        const messages = scratch.messages.splice(0)
        for (const message of messages) {
          const place = message.place
          const second = message.ancestors?.at(-1) as Word | undefined
          if (!place || !('start' in place) || !second?.position) continue
          const start = place.start.offset
          const end = place.end.offset
          if (start === undefined || end === undefined) continue
          const paragraphStart = block.node.position?.start.offset ?? start
          const quoted = () => new DoubleQuoteScan(value.slice(paragraphStart, start)).openBefore(start - paragraphStart)
          if (correctDouble(node, node.children.indexOf(second), quoted)) continue
          const report: Parameters<typeof context.report>[0] = {reason: message.reason, start, end}
          if (message.actual) report.actual = message.actual
          if (message.expected) report.expected = message.expected
          // Remove the second word and the space before it, when the file
          // holds just that there (no Markdown syntax between the words).
          const gap = node.children[node.children.indexOf(second) - 1]
          if (gap?.type === 'WhiteSpaceNode' && !gap.value.includes('\n')) {
            const from = gap.position?.start.offset
            const to = second.position.end.offset
            if (from !== undefined && to !== undefined && value.slice(from, to) === toString([gap, second])) {
              report.fix = {range: [from, to], text: ''}
            }
          }
          context.report(report)
        }
      }
    }
  }
})

const prepositions = new Set(
  'about above across after against along among around at before behind below beside besides between beyond by despite during for from in inside into like near of off on onto over past since through to toward towards under unlike upon with within without'.split(' ')
)
const demonstratives = new Set(['this', 'these', 'those'])

/**
 * Whether the double that ends at `sentence.children[second]` is English:
 * "to this this law", "Salmo trutta trutta", "Gorilla gorilla", or a
 * doubled adjective or adverb inside quotation marks.
 */
function correctDouble(sentence: Sentence, second: number, quoted: () => boolean): boolean {
  const children = sentence.children
  const firstNode = children[second - 2]
  if (firstNode?.type !== 'WordNode') return false
  const first = wordText(firstNode)
  const lower = first.toLowerCase()
  const before = children[second - 3]?.type === 'WhiteSpaceNode' ? children[second - 4] : undefined
  const previous = before?.type === 'WordNode' ? wordText(before) : undefined
  const secondText = wordText(children[second] as Word)
  // Three in a row ("like this this this year") is the MT stutter whatever stands before.
  const after = children[second + 1]?.type === 'WhiteSpaceNode' ? children[second + 2] : undefined
  if (after?.type === 'WordNode' && wordText(after).toLowerCase() === lower) return false
  if (demonstratives.has(lower) && previous && prepositions.has(previous.toLowerCase())) return true
  // A tautonym: the genus capitalized mid-sentence, the species in lowercase (not a pinyin name, "Ni ni").
  if (previous !== undefined && /^[A-Z][a-z]+$/.test(first) && secondText === lower && !isFunctionWord(lower) && pinyinReadings(lower).length === 0) return true
  // A trinomial: a genus, then an epithet English does not know, twice.
  if (previous && /^\p{Lu}\p{Ll}+$/u.test(previous) && /^\p{Ll}+$/u.test(first) && possibleTags(lower).length === 0) return true
  if (isFunctionWord(lower) && lower !== 'very' && lower !== 'so' && lower !== 'too' && lower !== 'much' && lower !== 'many') return false
  return possibleTags(lower).some((tag) => tag.startsWith('JJ') || tag.startsWith('RB')) && quoted()
}

/**
 * Whether two words, a single whitespace node between them, read the same
 * in lowercase: the only place the plugin looks. Most sentences have none,
 * and this look is far cheaper than the plugin's walk.
 */
function hasTwinWords(sentence: Sentence): boolean {
  const {children} = sentence
  for (let i = 2; i < children.length; i++) {
    const second = children[i]!
    const first = children[i - 2]!
    if (second.type !== 'WordNode' || first.type !== 'WordNode' || children[i - 1]!.type !== 'WhiteSpaceNode') continue
    if (sameInLowercase(wordText(first), wordText(second))) return true
  }
  return false
}

/**
 * Whether `a` and `b` read the same in lowercase, without lowercasing most
 * pairs: neighbours mostly differ in length or in their first letters.
 * Lowercasing keeps a string's length but for `İ` (→ `i̇`), so words of
 * different lengths differ unless the shorter holds one.
 */
function sameInLowercase(a: string, b: string): boolean {
  // Two ASCII first characters that differ but for a letter's case tell at once, whatever the lengths.
  const x = a.charCodeAt(0)
  const y = b.charCodeAt(0)
  if (x !== y && x < 0x80 && y < 0x80 && ((x | 0x20) !== (y | 0x20) || !isAsciiLetter(x))) return false
  if (a.length !== b.length) {
    if (!(a.length < b.length ? a : b).includes('İ')) return false
    return a.toLowerCase() === b.toLowerCase()
  }
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x === y) continue
    // Past ASCII, only lowercasing itself can tell.
    if (x >= 0x80 || y >= 0x80) return a.toLowerCase() === b.toLowerCase()
    if ((x | 0x20) !== (y | 0x20) || !isAsciiLetter(x)) return false
  }
  return true
}

/** A word's text; most words are a single text node. */
function wordText(word: Word): string {
  const only = word.children.length === 1 ? word.children[0]! : undefined
  return only && 'value' in only ? only.value : toString(word)
}
