// mixed-case-name: one name capitalized two ways — "the standing Committee"
// where the article also writes "the Standing Committee", "PV Poverty
// alleviation" beside "PV Poverty Alleviation". Machine translation decides
// each word's case on its own, and a name comes out half capitalized.
// A phrase of two to five words is reported when the article writes the same
// words elsewhere with every word capitalized, and here capitalizes some but
// not all of them, a capital on an everyday word or one the article also
// writes in lower case. capitalization-variants reports the all-lowercase form of
// a long name; a half-capitalized form is never a generic reference, so two
// words are enough here. An acronym or a name ("PV", "Zhejiang"), "Party",
// and the capital that starts a sentence say nothing; lines without a final
// stop (headlines, captions) are not compared, and a generic word beside a
// whole name ("the surgery department of Zhongshan Hospital") is no half name.
// Bad: "The Standing Committee met on Monday. Members of the standing Committee voted."
// Good: "The Standing Committee met on Monday. Members of the Standing Committee voted."
import {defineRule} from '../rule.js'
import {allSpaces} from '../text/chars.js'
import type {ProseBlock} from '../document.js'
import {commonTags} from '../text/morphology.js'

/** Small words a name may hold in lower case: "Bank of China". */
const connectors = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'at', 'to', 'de'])
const maxWords = 5
/** Capitalized in Chinese official English wherever they stand: "the Party committee" is not half a name. */
const properWords = new Set(['party', 'communist', 'china', 'chinese', 'state', 'central', 'national', 'people', 'i'])

/** A block word as this rule sees it. */
interface Word {
  start: number
  end: number
  text: string
  /** Lowercase, without a possessive `'s`. */
  lower: string
  capital: boolean
  connector: boolean
  /** Starts a sentence, a line or a clause after a colon or bracket: its capital says nothing. */
  initial: boolean
  /** Joined to the previous word by spaces only. */
  spaced: boolean
  /** Its line ends with a sentence's stop; a line without one is a headline or caption. */
  stopped: boolean
}

interface Block {
  block: ProseBlock
  words: Word[]
}

export default defineRule({
  id: 'mixed-case-name',
  description: 'A name half capitalized where the article capitalizes it in full ("standing Committee")',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'The Standing Committee met on Monday. Members of the standing Committee voted.',
    good: 'The Standing Committee met on Monday. Members of the Standing Committee voted.'
  },
  create(context) {
    const blocks: Block[] = []
    return {
      ParagraphNode(_node, block) {
        if (block.kind !== 'paragraph') return
        blocks.push({block, words: ruleWords(block)})
      },
      'RootNode:exit'() {
        // Words written in lower case somewhere: only their capitals tell a name.
        const lowercase = new Set<string>()
        for (const {words} of blocks) for (const word of words) if (!word.capital && !word.initial) lowercase.add(word.lower)
        // Every run of two to five capitalized words, with connectors inside,
        // in the body: not at a sentence's start, not in a line without a final stop (a headline or caption).
        const titled = new Map<string, string>()
        // How often each maximal run of capitalized words stands as a name of its own.
        const standalone = new Map<string, number>()
        for (const {block, words} of blocks) {
          for (let i = 0; i < words.length; i++) {
            if (!words[i]!.capital || (i > 0 && words[i]!.spaced && words[i - 1]!.capital)) continue
            let j = i
            while (j + 1 < words.length && words[j + 1]!.spaced && words[j + 1]!.capital) j++
            if (j > i) {
              const key = keyOf(words, i, j)
              standalone.set(key, (standalone.get(key) ?? 0) + 1)
            }
          }
          for (let i = 0; i < words.length; i++) {
            const first = words[i]!
            if (!first.stopped || !first.capital || first.initial || first.connector) continue
            let key = first.lower
            for (let j = i + 1; j < words.length && j < i + maxWords; j++) {
              const word = words[j]!
              if (!word.spaced || (!word.capital && !word.connector)) break
              key += ' ' + word.lower
              if (!word.capital || word.connector) continue
              if (!titled.has(key)) titled.set(key, block.text.value.slice(first.start, word.end))
            }
          }
        }
        if (titled.size === 0) return
        // The first words of every titled phrase, one, two, three…: a phrase
        // is read word by word only while a titled one starts with it.
        const titledStarts = new Set<string>()
        for (const key of titled.keys()) for (let at = key.indexOf(' '); at !== -1; at = key.indexOf(' ', at + 1)) titledStarts.add(key.slice(0, at))
        /** The phrase from word i to word j is `phrases[j - i]`. */
        const phrases: string[] = []
        for (const {block, words} of blocks) {
          const {text} = block
          for (let i = 0; i < words.length; i++) {
            if (!words[i]!.stopped || words[i]!.connector || !titledStarts.has(words[i]!.lower)) continue
            let phrase = words[i]!.lower
            let longest = i
            while (longest + 1 < words.length && longest + 1 < i + maxWords) {
              phrase += ' ' + words[++longest]!.lower
              phrases[longest - i] = phrase
              if (!titledStarts.has(phrase)) break
            }
            for (let j = longest; j > i; j--) {
              if (words[j]!.connector || !allSpaced(words, i, j)) continue
              let expected = titled.get(phrases[j - i]!)
              if (!expected || !isMixed(words, i, j, lowercase) || namesApart(words, i, j, standalone) || titleBeforeName(words, i, j)) continue
              // "PV Poverty alleviation and PV": end at the last word whose case differs.
              let last = j
              for (let k = j - 1; k > i; k--) {
                if (!words[k + 1]!.capital && !words[k + 1]!.connector) break
                if (!words[k]!.connector && titled.has(phrases[k - i]!) && isMixed(words, i, k, lowercase)) last = k
              }
              if (last !== j) {
                j = last
                expected = titled.get(phrases[j - i]!)!
              }
              const [start, end] = text.range(words[i]!.start, words[j]!.end)
              const actual = text.value.slice(words[i]!.start, words[j]!.end)
              context.report({
                reason: `Unexpected \`${actual}\`, expected \`${expected}\`: the article capitalizes this name in full elsewhere`,
                start,
                end,
                expected: [expected]
              })
              i = j
              break
            }
          }
        }
      }
    }
  }
})

/** Lowercase words, a connector, then the capitalized ones: "president of the University", a post and a name. */
function titleBeforeName(words: readonly Word[], i: number, j: number): boolean {
  let k = i
  while (k <= j && !words[k]!.capital && !words[k]!.connector) k++
  if (k === i || k > j || !words[k]!.connector) return false
  while (k <= j && words[k]!.connector) k++
  for (; k <= j; k++) if (!words[k]!.capital && !words[k]!.connector) return false
  return true
}

/**
 * The capitalized words of the phrase are a name the article uses on its own
 * elsewhere, or part of a longer one ("the surgery department of Zhongshan
 * Hospital", "the Municipal Party Committee inspection", "the Baiyun District
 * government"): a generic word beside a name, not half a name.
 */
function namesApart(words: readonly Word[], i: number, j: number, standalone: ReadonlyMap<string, number>): boolean {
  // "the Baiyun District government": the phrase starts inside a longer name.
  if (words[i]!.capital && i > 0 && words[i]!.spaced && words[i - 1]!.capital) return true
  for (let k = i; k <= j; k++) {
    if (!words[k]!.capital) continue
    let end = k
    while (end + 1 < words.length && words[end + 1]!.spaced && words[end + 1]!.capital) end++
    // A name that goes on past the phrase, or stands on its own elsewhere.
    if (end > j || (end > k && (standalone.get(keyOf(words, k, end)) ?? 0) >= 2)) return true
    k = end
  }
  return false
}

function keyOf(words: readonly Word[], i: number, j: number): string {
  return words.slice(i, j + 1).map((word) => word.lower).join(' ')
}

function allSpaced(words: readonly Word[], i: number, j: number): boolean {
  for (let k = i + 1; k <= j; k++) if (!words[k]!.spaced) return false
  return true
}

/** Some words capitalized and some not, counting only words the article also writes in lower case. */
function isMixed(words: readonly Word[], i: number, j: number, lowercase: ReadonlySet<string>): boolean {
  let capital = false
  let lower = false
  for (let k = i; k <= j; k++) {
    const word = words[k]!
    if (word.connector) continue
    if (!word.capital) lower = true
    else if (!word.initial && !/^\p{Lu}+$/u.test(word.text) && !properWords.has(word.lower) && (lowercase.has(word.lower) || commonTags(word.lower) !== undefined)) capital = true
  }
  return capital && lower
}

/** The block's words with what this rule asks of each, found once. */
function ruleWords(block: ProseBlock): Word[] {
  const value = block.text.value
  const words: Word[] = []
  let last = 0
  // The line the last word stood in: where it ends, and whether with a stop.
  let lineEnd = -1
  let stopped = false
  for (const word of block.words) {
    const {start, end, text} = word
    if (end > lineEnd) {
      const newline = value.indexOf('\n', end)
      lineEnd = newline < 0 ? value.length : newline
      stopped = endsWithStop(value, lineEnd)
    }
    const lower = withoutPossessive(word.lower)
    words.push({
      start,
      end,
      text,
      lower,
      capital: word.capital,
      connector: connectors.has(lower),
      initial: words.length === 0 || holdsClauseBreak(value, last, start),
      spaced: allSpaces(value, last, start),
      stopped
    })
    last = end
  }
  return words
}

/** `lower` without a final `'s` or `’s`. */
function withoutPossessive(lower: string): string {
  const at = lower.length - 2
  if (at < 0 || lower.charCodeAt(at + 1) !== 0x73) return lower
  const mark = lower.charCodeAt(at)
  return mark === 0x27 || mark === 0x2019 ? lower.slice(0, at) : lower
}

/** . ! ? : ; " “ ” ( a line break and 。: after one, a word starts a sentence or clause. */
const clauseBreaks = new Set(Array.from('.!?:;"“”(\n\u3002', (mark) => mark.charCodeAt(0)))

function holdsClauseBreak(value: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (clauseBreaks.has(value.charCodeAt(i))) return true
  return false
}

const stops = new Set(Array.from('.!?。”"’)', (mark) => mark.charCodeAt(0)))

/** Whether `value` before `lineEnd`, trailing whitespace aside, ends with a sentence's stop. */
function endsWithStop(value: string, lineEnd: number): boolean {
  let at = lineEnd - 1
  while (at >= 0 && isWhitespace(value, at)) at--
  return at >= 0 && stops.has(value.charCodeAt(at))
}

function isWhitespace(value: string, at: number): boolean {
  const code = value.charCodeAt(at)
  return code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : /\s/.test(value[at]!)
}
