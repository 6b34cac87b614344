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
import type {ProseText} from '../text/prose-text.js'
import type {Word} from '../text/words.js'

interface Options {
  /** Longest phrase compared, in words. */
  maxWords: number
  /** Most words allowed between the two halves. */
  maxGap: number
}

/**
 * A run of a block's words between clause ends, as the search reads it:
 * `[start, end)` of the block's words and of two lists made once for the
 * whole block beside them, not an object for each word nor lists for each
 * run (a block's words are read by every rule; this one only adds what it
 * compares). Every index below is into the block's words.
 */
interface Run {
  readonly words: readonly Word[]
  /** A number for each word's lemma (`Word.lemmaForm`): took and take share one, compared as numbers. */
  readonly keys: Float64Array
  /** Whether only whitespace (at least one character) stands between the previous word and each word. */
  readonly spaced: Uint8Array
  readonly start: number
  readonly end: number
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

    const report = (text: ProseText, run: Run, found: Echo) => {
      const {first, length, copies} = found
      const {words} = run
      // Quoted in the message on one line: a tab or a line break inside reads as one space.
      const span = (at: number) => text.value.slice(words[at]!.start, words[at + length - 1]!.end).replace(/\s+/g, ' ')
      const firstText = span(first)
      const last = copies[copies.length - 1]!
      const lastText = span(last)
      const startIndex = words[first]!.start
      const endIndex = words[last + length - 1]!.end
      const whole = text.value.slice(startIndex, endIndex).replace(/\s+/g, ' ')
      const [start, end] = text.range(startIndex, endIndex)
      const exact = copies.every((at) => span(at).toLowerCase() === firstText.toLowerCase())
      // Remove the copies only where nothing but a space, `and` or `or` lies
      // between them: "flood control and flood control" → "flood control".
      const between = words.slice(first + length, copies[0])
      const joined = between.length === 0 || (between.length === 1 && ['and', 'or'].includes(between[0]!.lower))
      const echo = text.range(words[first + length - 1]!.end, endIndex)
      // Markup inside the echo ("continue to **continue to**") would be cut in half.
      const plain = context.document.value.slice(...echo) === text.value.slice(words[first + length - 1]!.end, endIndex)
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

    const scan = (text: ProseText, run: Run) => {
      let i = run.start
      while (i < run.end) {
        const echo = echoAt(run, i, maxWords, maxGap)
        if (echo) {
          report(text, run, echo)
          i = echo.copies[echo.copies.length - 1]! + echo.length
        } else i++
      }
    }

    return {
      ParagraphNode(_node, block) {
        const text = block.text
        const {value} = text
        const {words} = block
        const keys = new Float64Array(words.length)
        const spaced = new Uint8Array(words.length)
        let runStart = 0
        let last = 0
        for (let index = 0; index < words.length; index++) {
          const {start, end, lemmaForm} = words[index]!
          keys[index] = lemmaForm
          // Most words follow a single space: no boundary, spaced.
          let isSpaced = start === last + 1 && value.charCodeAt(last) === 32
          if (!isSpaced) {
            if (holdsBoundary(value, last, start)) {
              scan(text, {words, keys, spaced, start: runStart, end: index})
              runStart = index
            }
            isSpaced = onlyWhitespace(value, last, start)
          }
          spaced[index] = isSpaced ? 1 : 0
          last = end
        }
        scan(text, {words, keys, spaced, start: runStart, end: words.length})
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
  /** Index in the run of the word where the phrase first stands. */
  first: number
  /** Words in the phrase. */
  length: number
  /** Indexes in the run of the repeats. */
  copies: number[]
}

/**
 * The echo starting at token `i`, if any. A phrase repeated back to back is
 * taken at its shortest period ("of the live broadcast" four times, not
 * eight words twice); across a gap, the longest phrase wins. Then the
 * one-word "strengthen the strengthening" echo.
 */
function echoAt(run: Run, i: number, maxWords: number, maxGap: number): Echo | undefined {
  const longest = Math.min(maxWords, (run.end - i) >> 1)
  // Every echo below repeats word i's key within reach: most words have no
  // such twin, and this one pass rules them out.
  if (!keyRecurs(run.keys, i, Math.min(i + Math.max(longest + maxGap, 2), run.end - 1))) return undefined
  for (let length = 2; length <= longest; length++) {
    if (!sameKeys(run.keys, i, i + length, length) || !isEcho(run, i, i + length, length)) continue
    const copies = [i + length]
    let next = i + 2 * length
    while (next + length <= run.end && sameKeys(run.keys, i, next, length) && isEcho(run, next - length, next, length)) {
      copies.push(next)
      next += length
    }
    return {first: i, length, copies}
  }
  for (let length = longest; length >= 2; length--) {
    for (let gap = 1; gap <= maxGap; gap++) {
      const second = i + length + gap
      if (second + length > run.end) break
      if (!run.words[second - 1]!.functionWord) break
      if (sameKeys(run.keys, i, second, length) && isEcho(run, i, second, length)) return {first: i, length, copies: [second]}
    }
  }
  const {words, keys, spaced} = run
  if (i + 2 >= run.end) return undefined
  const a = words[i]
  const article = words[i + 1]
  const b = words[i + 2]
  // "walked the walk", "fought the fight": a verb and its cognate object, the bare noun, are idiom.
  if (a && article && b && articles.has(article.lower) && keys[i] === keys[i + 2] && a.lower !== b.lower && !a.functionWord && !isBareLemma(b)) {
    if (spaced[i + 1] && spaced[i + 2]) return {first: i, length: 1, copies: [i + 2]}
  }
  return undefined
}

/** Whether a word is written as its lemma ("walk", "fight"), not a derived form ("strengthening"). */
function isBareLemma(word: Word): boolean {
  return word.lemma === word.lower
}

/** Whether key `i` comes again two or more words after it (every echo's first twin is), up to index `last`. */
function keyRecurs(keys: Float64Array, i: number, last: number): boolean {
  const key = keys[i]!
  for (let j = i + 2; j <= last; j++) if (keys[j] === key) return true
  return false
}

function sameKeys(keys: Float64Array, first: number, second: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (keys[first + k] !== keys[second + k]) return false
  return true
}

function isEcho(run: Run, first: number, second: number, length: number): boolean {
  const {words, keys, spaced} = run
  const end = first + length
  let content = false
  for (let k = first; k < end && !content; k++) content = !words[k]!.functionWord && /\p{L}/u.test(words[k]!.lower)
  if (!content) return false
  // "Yin Yin Yin": one word over and over is repeated-words' business.
  let one = true
  for (let k = first + 1; k < end && one; k++) one = keys[k] === keys[first]
  if (one) return false
  // Only spaces between the words of the second half and before it: a comma
  // or a dash makes it a list or a figure of speech ("Thank you, thank you").
  for (let k = first + 1; k < second + length; k++) if (!spaced[k]) return false
  if (length === 2 && (iterative.has(words[first]!.lower) || iterative.has(words[first + 1]!.lower))) return false
  if (second > end) {
    const after = second + length < run.end ? words[second + length] : undefined
    // "Peking University and Peking University Health Science Center": a longer name.
    if (after && after.capital && words[end - 1]!.capital) return false
    // Parallel phrases ("by the people for the people", "better to talk than
    // not to talk") are style; an echo across a gap is a longer phrase or
    // two words twice over ("flood control and flood control").
    if (length < 3 && !isCoordinatedTwin(words, first, second, length)) return false
    for (let k = end; k < second; k++) if (contrast.has(words[k]!.lower)) return false
  }
  return true
}

/** "flood control and flood control": the same two content-led words joined by `and` or `or`. */
function isCoordinatedTwin(words: readonly Word[], first: number, second: number, length: number): boolean {
  if (second !== first + length + 1 || !['and', 'or'].includes(words[first + length]!.lower)) return false
  if (words[first]!.functionWord) return false
  for (let k = 0; k < length; k++) if (words[first + k]!.lower !== words[second + k]!.lower) return false
  return true
}
