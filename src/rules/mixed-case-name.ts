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
import type {ProseText} from '../text/prose-text.js'
import {commonTags} from '../text/morphology.js'
import {eachJoinedWord} from '../text/words.js'

/** Small words a name may hold in lower case: "Bank of China". */
const connectors = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'at', 'to', 'de'])
const maxWords = 5
/** Capitalized in Chinese official English wherever they stand: "the Party committee" is not half a name. */
const properWords = new Set(['party', 'communist', 'china', 'chinese', 'state', 'central', 'national', 'people', 'i'])

interface Word {
  start: number
  end: number
  text: string
  lower: string
  capital: boolean
  /** Starts a sentence, a line or a clause after a colon or bracket: its capital says nothing. */
  initial: boolean
  /** Joined to the previous word by spaces only. */
  spaced: boolean
}

interface Block {
  text: ProseText
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
        blocks.push({text: block.text, words: splitWords(block.text.value)})
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
        for (const {text, words} of blocks) {
          for (let i = 0; i < words.length; i++) {
            if (!words[i]!.capital || (i > 0 && words[i]!.spaced && words[i - 1]!.capital)) continue
            let j = i
            while (j + 1 < words.length && words[j + 1]!.spaced && words[j + 1]!.capital) j++
            if (j > i) standalone.set(keyOf(words, i, j), (standalone.get(keyOf(words, i, j)) ?? 0) + 1)
          }
          for (let i = 0; i < words.length; i++) {
            // A line without a final stop is a headline or caption.
            if (!endsWithStop(text.value, words[i]!.end)) continue
            for (let j = i + 1; j < words.length && j < i + maxWords; j++) {
              if (!words[j]!.spaced || (!words[j]!.capital && !connectors.has(words[j]!.lower))) break
              if (!words[i]!.capital || words[i]!.initial || !words[j]!.capital || connectors.has(words[i]!.lower) || connectors.has(words[j]!.lower)) continue
              const key = keyOf(words, i, j)
              if (!titled.has(key)) titled.set(key, text.value.slice(words[i]!.start, words[j]!.end))
            }
          }
        }
        if (titled.size === 0) return
        for (const {text, words} of blocks) {
          for (let i = 0; i < words.length; i++) {
            for (let j = Math.min(words.length - 1, i + maxWords - 1); j > i; j--) {
              if (connectors.has(words[i]!.lower) || connectors.has(words[j]!.lower) || !allSpaced(words, i, j)) continue
              if (!endsWithStop(text.value, words[i]!.end)) break
              let expected = titled.get(keyOf(words, i, j))
              if (!expected || !isMixed(words, i, j, lowercase) || namesApart(words, i, j, standalone) || titleBeforeName(words, i, j)) continue
              // "PV Poverty alleviation and PV": end at the last word whose case differs.
              let last = j
              for (let k = j - 1; k > i; k--) {
                if (!words[k + 1]!.capital && !connectors.has(words[k + 1]!.lower)) break
                if (!connectors.has(words[k]!.lower) && titled.has(keyOf(words, i, k)) && isMixed(words, i, k, lowercase)) last = k
              }
              if (last !== j) {
                j = last
                expected = titled.get(keyOf(words, i, j))!
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
  while (k <= j && !words[k]!.capital && !connectors.has(words[k]!.lower)) k++
  if (k === i || k > j || !connectors.has(words[k]!.lower)) return false
  while (k <= j && connectors.has(words[k]!.lower)) k++
  for (; k <= j; k++) if (!words[k]!.capital && !connectors.has(words[k]!.lower)) return false
  return true
}

/** Whether the line holding `index` ends with a sentence's stop. */
function endsWithStop(value: string, index: number): boolean {
  const end = value.indexOf('\n', index)
  return /[.!?。”"’)]\s*$/u.test(end < 0 ? value : value.slice(0, end))
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
    if (connectors.has(word.lower)) continue
    if (!word.capital) lower = true
    else if (!word.initial && !/^\p{Lu}+$/u.test(word.text) && !properWords.has(word.lower) && (lowercase.has(word.lower) || commonTags(word.lower) !== undefined)) capital = true
  }
  return capital && lower
}

function splitWords(value: string): Word[] {
  const words: Word[] = []
  let last = 0
  eachJoinedWord(value, (start, end) => {
    const text = value.slice(start, end)
    const gap = value.slice(last, start)
    words.push({
      start,
      end,
      text,
      lower: text.toLowerCase().replace(/['’]s$/, ''),
      capital: /^\p{Lu}/u.test(text),
      initial: words.length === 0 || /[.!?:;"“”(\n\u3002]/u.test(gap),
      spaced: /^[ \t\u00a0]+$/.test(gap)
    })
    last = end
  })
  return words
}
