// merged-sentence: an ordinary word capitalized inside a sentence because two
// sentences ran together: "cooperate with precious aluminum Work together to
// promote…". Chinese sentences end with `。`, which machine translation or a
// copy-and-paste sometimes drops, and the next sentence's capital stays.
// A capital is a merge only where a sentence could start: after a word that
// can end one (not "of", "the", "and"), before a lowercase word (so not a
// Title Case name such as "the Work Safety Committee"), on a word that opens
// sentences (The, It, We, He…) or a verb's base form (Work, Promote). Names
// that are common words ("shares of Apple"), months and days, "I",
// acronyms, quotations, headlines, and the first word after a colon, a
// bracket or a line break are left alone.
// Bad: "They will cooperate with the plant Work together to promote processing."
// Good: "They will cooperate with the plant. Work together to promote processing."
import {defineRule} from '../rule.js'
import {isAsciiCapital} from '../text/chars.js'
import {isFunctionWord} from '../text/function-words.js'
import type {Word} from '../text/words.js'
import {commonTags} from '../text/morphology.js'
import {DoubleQuoteScan} from '../text/quotes.js'
import {lastMarkBeforeClosers} from '../text/scans.js'

/** The marks that end a sentence. */
const stops = new Set([...'.!?。'].map((char) => char.charCodeAt(0)))
/** A capitalized word after whitespace: a sentence without one has no merge to find. */
const capitalAfterSpace = /\s\p{Lu}\p{Ll}/u
/** Words that open sentences, whose capital mid-sentence is a merge. */
const openers = new Set([
  'the', 'this', 'these', 'those', 'it', 'its', 'we', 'our', 'he', 'his', 'she', 'her', 'they', 'their', 'there', 'in',
  'at', 'on', 'according', 'however', 'meanwhile', 'moreover', 'besides', 'since', 'after', 'during', 'with', 'from',
  'to', 'for', 'as', 'if', 'when', 'while', 'although', 'but', 'and', 'so', 'also', 'some', 'many', 'all'
])
/** Small words inside names: "State of the Nation", "Research and Development Center". */
const connectors = new Set(['of', 'and', 'for', 'the', 'de', 'on', 'in', 'to'])
/** Nouns and verbs that introduce a title: "the movie Journey", "a play called Hope". */
const titled = new Set([
  'movie', 'film', 'play', 'opera', 'drama', 'musical', 'song', 'album', 'book', 'novel', 'poem', 'series', 'show',
  'programme', 'program', 'documentary', 'magazine', 'newspaper', 'column', 'exhibition', 'painting', 'game', 'app',
  'titled', 'entitled', 'called', 'named', 'dubbed', 'include', 'includes', 'including'
])
/** Capitalized in any position. */
const calendar = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'
])

export default defineRule({
  id: 'merged-sentence',
  description: 'A capitalized word inside a sentence where two sentences ran together ("aluminum Work together")',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'The mayor asked the firm to cooperate with the plant Work together to expand processing.',
    good: 'The mayor asked the firm to cooperate with the plant. They will work together to expand processing.'
  },
  create(context) {
    return {
      ParagraphNode(_node, block) {
        if (block.kind !== 'paragraph') return
        const {text} = block
        const quotes = new DoubleQuoteScan(text.value)
        // The first of the block's words not before the sentence.
        let first = 0
        for (const span of block.sentences) {
          while (first < block.words.length && block.words[first]!.start < span.start) first++
          // Most sentences have no candidate.
          if (!stops.has(lastMarkBeforeClosers(text.value, span.start, span.end))) continue
          const sentence = text.value.slice(span.start, span.end)
          if (!capitalAfterSpace.test(sentence)) continue
          const words = new SentenceWords(sentence, span.start, block.words, first)
          for (let i = 1; i < words.length - 1; i++) {
            if (!isMerge(words, i)) continue
            const current = words.text(i)
            const at = span.start + words.index(i)
            // Titles and speech are quoted; read only for merges, most words being none.
            if (quotes.openBefore(at)) continue
            const previous = words.text(i - 1)
            const [start, end] = text.range(span.start + words.index(i - 1), at + current.length)
            context.report({
              reason: `Capitalized \`${current}\` inside a sentence, expected a full stop before it (\`${previous}. ${current}\`) or \`${current.toLowerCase()}\``,
              start,
              end,
              expected: [`${previous}. ${current}`, `${previous} ${current.toLowerCase()}`]
            })
          }
        }
      }
    }
  }
})

/** A sentence's words, counted from 0: the block's words from `first` that end inside it. */
class SentenceWords {
  readonly length: number

  constructor(
    readonly sentence: string,
    /** Where the sentence starts in the block's text. */
    private readonly offset: number,
    private readonly words: readonly Word[],
    private readonly first: number
  ) {
    let last = first
    while (last < words.length && words[last]!.end <= offset + sentence.length) last++
    this.length = last - first
  }

  /** Where word `i` starts in the sentence. */
  index(i: number): number {
    return this.words[this.first + i]!.start - this.offset
  }

  text(i: number): string {
    return this.words[this.first + i]!.text
  }

  /** Whether whitespace other than a line break, and nothing else, stands between word `i` and the one before it (`/^\s+$/`, no `\n`). */
  spacedBefore(i: number): boolean {
    const from = this.words[this.first + i - 1]!.end - this.offset
    const to = this.index(i)
    if (from >= to) return false
    for (let at = from; at < to; at++) {
      const code = this.sentence.charCodeAt(at)
      if (code === 0x0a) return false
      if (code < 0x80 ? code !== 0x20 && (code < 0x09 || code > 0x0d) : !/\s/.test(this.sentence[at]!)) return false
    }
    return true
  }

  firstCode(i: number): number {
    return this.sentence.charCodeAt(this.index(i))
  }
}

/** Whether word `i` is a capital where two sentences ran together. */
function isMerge(words: SentenceWords, i: number): boolean {
  // Most words start with a lowercase ASCII letter or a digit: out without the pattern.
  const first = words.firstCode(i)
  if (first < 0x80 && !isAsciiCapital(first)) return false
  // Most capitals stand after a capital or a mark (names, quotes): settled
  // on character codes, before any word's text is read.
  if (!words.spacedBefore(i)) return false // after a colon, quote, bracket, dash or line break
  if (startsCapital(words, i - 1) || startsCapitalOrDigit(words, i + 1)) return false // Title Case names, "Level 1"
  const current = words.text(i)
  if (!/^\p{Lu}\p{Ll}+$/u.test(current)) return false // "I", acronyms, "McDonald"
  const previous = words.text(i - 1)
  const next = words.text(i + 1)
  // "the fifth State of the Nation Address": a name with a small word inside.
  if (connectors.has(next.toLowerCase()) && [i + 2, i + 3].some((j) => j < words.length && /^\p{Lu}/u.test(words.text(j)))) return false
  if (isFunctionWord(previous)) return false // "shares of Apple"
  if (titled.has(previous.toLowerCase())) return false // "the movie Journey", "a play called Hope"
  const lower = current.toLowerCase()
  if (calendar.has(lower)) return false
  // A dateline without its dash: "Chinanews.com, July 26 According to…".
  if (/^\d/.test(previous) && i >= 2 && calendar.has(words.text(i - 2).toLowerCase())) return false
  if (openers.has(lower)) return true // also after a number: "grew in 2021 The company…"
  if (/^\d/.test(previous)) return false // "Line 3 Work"
  // Only everyday verbs: rarer words and names ("Shanghai", "Japan" are verbs
  // in WordNet) are not in the tagger's lexicon.
  const tags = commonTags(lower)
  return tags !== undefined && !tags.includes('NNP') && tags.some((tag) => tag === 'VB' || tag === 'VBP')
}

/** Word `k` starts with a capital (`/^\p{Lu}/u`). */
function startsCapital(words: SentenceWords, k: number): boolean {
  const code = words.firstCode(k)
  return code < 0x80 ? isAsciiCapital(code) : /^\p{Lu}/u.test(words.text(k))
}

/** Word `k` starts with a capital or a digit (`/^[\p{Lu}\d]/u`). */
function startsCapitalOrDigit(words: SentenceWords, k: number): boolean {
  const code = words.firstCode(k)
  return code < 0x80 ? isAsciiCapital(code) || (code >= 0x30 && code <= 0x39) : /^\p{Lu}/u.test(words.text(k))
}
