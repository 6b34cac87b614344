// duplicated-phrase: a phrase said twice back to back or a few words apart,
// inflection ignored: "took the initiative to take the initiative to",
// "continue to continue to", "strengthen the strengthening of". Chinese
// repeats a verb phrase for emphasis or as a verb plus its object noun
// (加强…的加强), and machine translation renders both halves.
// Words are compared by lemma (src/text/morphology.ts: wink-lemmatizer,
// chosen over en-inflectors and compromise for its irregular forms and
// speed). Each position is compared with the few windows that can echo it,
// so the cost is linear in the article's length.
// Idioms that repeat by design are left alone: "step by step", "face to
// face", "side by side" (iteration), "walk the walk", "fought the fight" (a
// verb and its cognate object).
// Bad: "The district took the initiative to take the initiative to invite firms."
// Good: "The district took the initiative to invite firms."
import {defineRule} from '../rule.js'
import {lemmaKey} from '../text/morphology.js'
import type {ProseText} from '../text/prose-text.js'
import type {Word} from '../text/words.js'

interface Options {
  /** Longest phrase compared, in words. */
  maxWords: number
  /** Most words allowed between the two halves. */
  maxGap: number
}

interface Token {
  /** The block's word: its text is sliced only when asked for. */
  word: Word
  lower: string
  /** Its lemma key (`lemmaKey`): took and take share one. */
  key: string
  /** Whether the word is a function word ("of", "the"). */
  function: boolean
  /** Indexes in the block's text. */
  start: number
  end: number
  /** Whether only whitespace (at least one character) stands between the previous word and this one. */
  spaced: boolean
}

/** Punctuation that ends a clause: an echo never spans it. */
const boundaries = new Set(Array.from('.!?;:。！？；：()\n', (char) => char.charCodeAt(0)))
/** "bigger and bigger and bigger", "day by day by day": iteration, not an echo. */
const iterative = new Set(['and', 'or', 'by', 'after', 'upon', 'over', 'on', 'in'])
/** A gap word that makes the second half a comparison, not an echo. */
const contrast = new Set(['than', 'not', 'nor', 'rather'])
/** "strengthen the strengthening": a verb and its own noun, an article between. */
const articles = new Set(['the', 'a', 'an'])

export default defineRule<Options>({
  id: 'duplicated-phrase',
  description: 'A phrase said twice back to back ("took the initiative to take the initiative to")',
  severity: 'warn',
  fixable: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      maxWords: {type: 'integer', minimum: 2, maximum: 20, description: 'Longest phrase compared, in words.'},
      maxGap: {type: 'integer', minimum: 0, maximum: 5, description: 'Most words (function words only) allowed between the two halves.'}
    }
  },
  defaults: {maxWords: 8, maxGap: 2},
  docs: {
    bad: 'Baiyun District took the initiative to take the initiative to invite new industries.',
    good: 'Baiyun District took the initiative to invite new industries.'
  },
  create(context) {
    const {maxWords, maxGap} = context.options

    const report = (text: ProseText, tokens: Token[], found: Echo) => {
      const {first, length, copies} = found
      // Quoted in the message on one line: a tab or a line break inside reads as one space.
      const span = (at: number) => text.value.slice(tokens[at]!.start, tokens[at + length - 1]!.end).replace(/\s+/g, ' ')
      const firstText = span(first)
      const last = copies[copies.length - 1]!
      const lastText = span(last)
      const startIndex = tokens[first]!.start
      const endIndex = tokens[last + length - 1]!.end
      const whole = text.value.slice(startIndex, endIndex).replace(/\s+/g, ' ')
      const [start, end] = text.range(startIndex, endIndex)
      const exact = copies.every((at) => span(at).toLowerCase() === firstText.toLowerCase())
      // Remove the copies only where nothing but a space, `and` or `or` lies
      // between them: "flood control and flood control" → "flood control".
      const between = tokens.slice(first + length, copies[0])
      const joined = between.length === 0 || (between.length === 1 && ['and', 'or'].includes(between[0]!.lower))
      const echo = text.range(tokens[first + length - 1]!.end, endIndex)
      // Markup inside the echo ("continue to **continue to**") would be cut in half.
      const plain = context.document.value.slice(...echo) === text.value.slice(tokens[first + length - 1]!.end, endIndex)
      if (exact) {
        context.report({
          reason:
            copies.length === 1
              ? `Phrase said twice \`${whole}\`, expected \`${firstText}\``
              : `Phrase \`${firstText}\` said ${copies.length + 1} times in a row, expected it once`,
          start,
          end,
          expected: [firstText],
          fix: joined && plain ? {range: echo, text: ''} : undefined
        })
        return
      }
      context.report({
        reason: `Phrase said ${copies.length === 1 ? 'twice' : `${copies.length + 1} times`} \`${whole}\`, expected \`${firstText}\` or \`${lastText}\` alone`,
        start,
        end,
        expected: [firstText, lastText]
      })
    }

    const scan = (text: ProseText, tokens: Token[]) => {
      let i = 0
      while (i < tokens.length) {
        const echo = echoAt(tokens, i, maxWords, maxGap)
        if (echo) {
          report(text, tokens, echo)
          i = echo.copies[echo.copies.length - 1]! + echo.length
        } else i++
      }
    }

    return {
      ParagraphNode(_node, block) {
        const text = block.text
        const {value} = text
        let run: Token[] = []
        let last = 0
        for (const word of block.words) {
          const {start, end, lower} = word
          // Most words follow a single space: no boundary, spaced.
          let spaced = start === last + 1 && value.charCodeAt(last) === 32
          if (!spaced) {
            if (holdsBoundary(value, last, start)) {
              scan(text, run)
              run = []
            }
            spaced = onlyWhitespace(value, last, start)
          }
          run.push({word, lower, key: word.lemma, function: word.functionWord, start, end, spaced})
          last = end
        }
        scan(text, run)
      }
    }
  }
})

/** Whether `[from, to)` of `text` holds punctuation that ends a clause. */
function holdsBoundary(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (boundaries.has(text.charCodeAt(i))) return true
  return false
}

/** Whether `[from, to)` of `text` is whitespace, at least one character: `/^\s+$/`, by char code for ASCII. */
function onlyWhitespace(text: string, from: number, to: number): boolean {
  if (from >= to) return false
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    const white = code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : /\s/.test(text[i]!)
    if (!white) return false
  }
  return true
}

interface Echo {
  /** Token index where the phrase first stands. */
  first: number
  /** Words in the phrase. */
  length: number
  /** Token indexes of the repeats. */
  copies: number[]
}

/**
 * The echo starting at token `i`, if any. A phrase repeated back to back is
 * taken at its shortest period ("of the live broadcast" four times, not
 * eight words twice); across a gap, the longest phrase wins. Then the
 * one-word "strengthen the strengthening" echo.
 */
function echoAt(tokens: Token[], i: number, maxWords: number, maxGap: number): Echo | undefined {
  const longest = Math.min(maxWords, (tokens.length - i) >> 1)
  // Every echo below repeats token i's key within reach: most words have no
  // such twin, and this one pass rules them out.
  if (!keyRecurs(tokens, i, i + Math.max(longest + maxGap, 2))) return undefined
  for (let length = 2; length <= longest; length++) {
    if (!sameKeys(tokens, i, i + length, length) || !isEcho(tokens, i, i + length, length)) continue
    const copies = [i + length]
    let next = i + 2 * length
    while (next + length <= tokens.length && sameKeys(tokens, i, next, length) && isEcho(tokens, next - length, next, length)) {
      copies.push(next)
      next += length
    }
    return {first: i, length, copies}
  }
  for (let length = longest; length >= 2; length--) {
    for (let gap = 1; gap <= maxGap; gap++) {
      const second = i + length + gap
      if (second + length > tokens.length) break
      if (!tokens[second - 1]!.function) break
      if (sameKeys(tokens, i, second, length) && isEcho(tokens, i, second, length)) return {first: i, length, copies: [second]}
    }
  }
  const a = tokens[i]
  const article = tokens[i + 1]
  const b = tokens[i + 2]
  // "walked the walk", "fought the fight": a verb and its cognate object, the bare noun, are idiom.
  if (a && article && b && articles.has(article.lower) && a.key === b.key && a.lower !== b.lower && !a.function && !isBareLemma(b)) {
    if (article.spaced && b.spaced) return {first: i, length: 1, copies: [i + 2]}
  }
  return undefined
}

/** Whether a word is written as its lemma ("walk", "fight"), not a derived form ("strengthening"). */
function isBareLemma(token: Token): boolean {
  return lemmaKey(token.lower) === token.lower
}

/** Whether token `i`'s key comes again two or more tokens after it (every echo's first twin is), up to index `last`. */
function keyRecurs(tokens: Token[], i: number, last: number): boolean {
  const {key} = tokens[i]!
  const end = Math.min(last, tokens.length - 1)
  for (let j = i + 2; j <= end; j++) if (tokens[j]!.key === key) return true
  return false
}

function sameKeys(tokens: Token[], first: number, second: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (tokens[first + k]!.key !== tokens[second + k]!.key) return false
  return true
}

function isEcho(tokens: Token[], first: number, second: number, length: number): boolean {
  const phrase = tokens.slice(first, first + length)
  if (!phrase.some((token) => !token.function && /\p{L}/u.test(token.lower))) return false
  // "Yin Yin Yin": one word over and over is repeated-words' business.
  if (phrase.every((token) => token.key === phrase[0]!.key)) return false
  // Only spaces between the words of the second half and before it: a comma
  // or a dash makes it a list or a figure of speech ("Thank you, thank you").
  for (let k = first + 1; k < second + length; k++) if (!tokens[k]!.spaced) return false
  if (length === 2 && phrase.some((token) => iterative.has(token.lower))) return false
  if (second > first + length) {
    const after = tokens[second + length]
    // "Peking University and Peking University Health Science Center": a longer name.
    if (after && after.word.capital && phrase[length - 1]!.word.capital) return false
    // Parallel phrases ("by the people for the people", "better to talk than
    // not to talk") are style; an echo across a gap is a longer phrase or
    // two words twice over ("flood control and flood control").
    if (length < 3 && !isCoordinatedTwin(tokens, first, second, length)) return false
    if (tokens.slice(first + length, second).some((token) => contrast.has(token.lower))) return false
  }
  return true
}

/** "flood control and flood control": the same two content-led words joined by `and` or `or`. */
function isCoordinatedTwin(tokens: Token[], first: number, second: number, length: number): boolean {
  if (second !== first + length + 1 || !['and', 'or'].includes(tokens[first + length]!.lower)) return false
  if (tokens[first]!.function) return false
  for (let k = 0; k < length; k++) if (tokens[first + k]!.lower !== tokens[second + k]!.lower) return false
  return true
}
