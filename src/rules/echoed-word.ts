// echoed-word: one word said twice where repeated-words does not look —
// in another case ("toured the plant Plant"), joined by "and"
// ("investigation and investigation", for 调研考察 rendered word by word),
// as a noun and its verb ("paid a visit to visit"), an adverb on both sides
// of its verb ("actively supervised actively"), after its own possessive
// ("the company's company profile") or glued to itself ("NewsNews").
// Chinese pairs two near-synonyms where English has one word, and machine
// translation renders both with the same one.
// Left alone: idioms and comparatives ("more and more", "again and again",
// "better and better"), a second word that another word makes a different
// thing ("aged patients and patients with diabetes"), names ("Johnson and Johnson", "the will Will Smith
// left"), "a man's man", and doubled syllables of names ("Yanyan").
// Bad: "The team came for investigation and investigation and paid a visit to visit the plant Plant."
// Good: "The team came to investigate and visited the plant."
import {defineRule} from '../rule.js'
import {isFunctionWord} from '../text/function-words.js'
import {commonTags, isEnglishWord} from '../text/morphology.js'
import {pinyinSyllables} from '../text/pinyin.js'
import type {Word} from '../text/words.js'
import {once} from '../text/once.js'

/** "X and X" that English says on purpose. */
const idioms = new Set([
  'more', 'less', 'again', 'over', 'on', 'round', 'around', 'through', 'out', 'up', 'down', 'back', 'by', 'so', 'such',
  'neck', 'far', 'ever', 'forever', 'time', 'one', 'two', 'now', 'then', 'here', 'there', 'and', 'or', 'in', 'off',
  'side', 'face', 'heart', 'hand', 'head', 'day', 'year', 'step', 'little', 'much', 'many', 'few', 'slowly', 'gradually'
])
/** Verbs that take "a visit", "an inspection": "paid a visit to visit". */
const lightVerbs = '(?:paid|pay|pays|paying|made|make|makes|making|conducted|conduct|conducts|conducting|carried out|carry out|carries out|carrying out|held|hold|holds|holding|had|have|has|having)'
const wordPattern = "[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*"

// Built on first use: the rule's cheap tests keep most articles from ever running them.
const sameCase = once(() => new RegExp(`(?<![\\p{L}\\p{N}'’-])(\\p{Ll}{3,})[ \\t\\u00a0]+(\\p{Lu}\\p{Ll}{2,})(?![\\p{L}\\p{N}'’-])`, 'gu'))
const andPair = once(() => new RegExp(`(?<![\\p{L}\\p{N}'’-])(\\p{Ll}{3,})[ \\t\\u00a0]+and[ \\t\\u00a0]+(\\p{Ll}{3,})(?![\\p{L}\\p{N}'’-])`, 'gu'))
const nounThenVerb = once(() => new RegExp(`(?<![\\p{L}\\p{N}'’-])${lightVerbs}[ \\t\\u00a0]+an?[ \\t\\u00a0]+((\\p{Ll}{3,})[ \\t\\u00a0]+to[ \\t\\u00a0]+(\\p{Ll}{3,}))(?![\\p{L}\\p{N}'’-])`, 'giu'))
/** "actively supervised actively": one -ly adverb on both sides of a word. */
const adverbAround = once(() => new RegExp(`(?<![\\p{L}\\p{N}'’-])(\\p{Ll}{3,}ly)[ \\t\\u00a0]+\\p{Ll}+[ \\t\\u00a0]+(\\p{Ll}{3,}ly)(?![\\p{L}\\p{N}'’-])`, 'gu'))
const possessive = once(() => new RegExp(`(?<![\\p{L}\\p{N}'’-])the[ \\t\\u00a0]+((\\p{Ll}{3,})['’]s[ \\t\\u00a0]+(\\p{Ll}{3,}))(?![\\p{L}\\p{N}'’-])`, 'giu'))
const gluedCandidate = once(() => new RegExp(`(?<![\\p{L}\\p{N}'’-])\\p{L}{8,}(?![\\p{L}\\p{N}'’-])`, 'gu'))
/** The word after a match: a capital or a number there makes the second word a name's ("the will Will Smith", "Line 3"). */
const nextWord = once(() => new RegExp(`^[ \\t\\u00a0]+(${wordPattern})`, 'u'))

export default defineRule({
  id: 'echoed-word',
  description: 'One word said twice: in another case, joined by "and", as noun and verb, or glued to itself',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'The team came for investigation and investigation and paid a visit to visit the plant Plant.',
    good: 'The team came for an investigation and visited the plant.'
  },
  create(context) {
    return {
      ParagraphNode(_node, block) {
        const {text} = block
        const value = text.value
        // Each pattern below reports a word said twice in a row of words: most paragraphs have none, and are not searched.
        const echoes = echoesIn(block.words)
        if (echoes === 0) return
        const report = (at: number, actual: string, expected: string, why: string) => {
          const [start, end] = text.range(at, at + actual.length)
          context.report({reason: `Unexpected \`${actual}\`, expected \`${expected}\`: ${why}`, start, end, expected: [expected]})
        }
        if (echoes & inAnotherCase) for (const match of value.matchAll(sameCase())) {
          const [whole, first, second] = match
          if (second!.toLowerCase() !== first) continue
          const after = nextWord().exec(value.slice(match.index + whole.length))?.[1]
          if (after && /^[\p{Lu}\p{N}]/u.test(after)) continue
          report(match.index, whole, first!, 'the same word twice, in two cases')
        }
        if (echoes & aroundAnd) for (const match of value.matchAll(andPair())) {
          const [whole, first, second] = match
          if (first !== second || idioms.has(first!) || isFunctionWord(first!) || isComparative(first!)) continue
          // "patients and patients with…", "military and military institutions": the second is another thing.
          const rest = value.slice(match.index + whole.length)
          if (!/^(?:[ \t\u00a0]*(?:[,.;:!?)”"’]|$)|[ \t\u00a0]+(?:of|and)(?![\p{L}]))/u.test(rest)) continue
          report(match.index, whole, first!, 'the same word on both sides of `and`')
        }
        if (echoes & aroundTo) for (const match of value.matchAll(nounThenVerb())) {
          const [whole, phrase, noun, verb] = match
          if (noun!.toLowerCase() !== verb!.toLowerCase()) continue
          report(match.index + whole.length - phrase!.length, phrase!, `${noun} to`, 'the same word as noun and verb')
        }
        if (echoes & aroundWord) for (const match of value.matchAll(adverbAround())) {
          const [whole, first, second] = match
          if (first !== second || !commonTags(first!)?.includes('RB')) continue
          report(match.index, whole, whole.slice(0, whole.length - second!.length).trimEnd(), 'the same adverb on both sides of a word')
        }
        if (echoes & afterPossessive) for (const match of value.matchAll(possessive())) {
          const [whole, phrase, owner, owned] = match
          if (owner!.toLowerCase() !== owned!.toLowerCase()) continue
          // The possessive as written: a curly apostrophe stays curly.
          report(match.index + whole.length - phrase!.length, phrase!, phrase!.slice(0, owner!.length + 2), 'the same word as owner and owned')
        }
        if (echoes & glued) for (const match of value.matchAll(gluedCandidate())) {
          const whole = match[0]
          const half = whole.slice(0, whole.length / 2)
          if (whole.length % 2 !== 0 || half.toLowerCase() !== whole.slice(half.length).toLowerCase()) continue
          // "NewsNews", not a word that repeats a syllable ("murmur") or a name ("Tingting").
          if (!isEnglishWord(half.toLowerCase()) || isEnglishWord(whole.toLowerCase()) || pinyinSyllables(whole)) continue
          // "Bongbong" is a name; "NewsNews" and "newsnews" are two words.
          if (/^\p{Lu}/u.test(whole) && !/^\p{Lu}/u.test(whole.slice(half.length))) continue
          report(match.index, whole, half, 'the same word twice, glued')
        }
      }
    }
  }
})

const inAnotherCase = 1
const aroundAnd = 2
const aroundTo = 4
const aroundWord = 8
const afterPossessive = 16
const glued = 32

/**
 * Which of the patterns may match in a block of these words, as bits: a
 * match of each is words in a row, the same word twice among them — two
 * words the same but for case ("plant Plant"), one word on both sides of
 * `and`, of `to` or of any word ("actively supervised actively"), a
 * possessive and its word ("company's company"), or a long word whose halves
 * are the same. Lengths are compared before any text. Where the loop below
 * would pass over every match a pattern can find (the second word not a
 * capital, an idiom or a function word around `and`, no article before the
 * noun of `to`, halves that are no English word), the block is not searched
 * for it: each search reads the whole block with a Unicode pattern.
 */
function echoesIn(words: readonly Word[]): number {
  let found = 0
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    const length = word.end - word.start
    const next = words[i + 1]
    const third = words[i + 2]
    if (next && next.end - next.start === length && length >= 3 && next.lower === word.lower && !word.capital && next.capital) found |= inAnotherCase
    if (next && third && third.end - third.start === length) {
      const middle = next.end - next.start
      if (middle === 3 && next.text === 'and' && third.text === word.text && !idioms.has(word.text) && !isFunctionWord(word.text)) found |= aroundAnd
      if (middle === 2 && next.lower === 'to' && third.lower === word.lower && isArticle(words[i - 1])) found |= aroundTo
      if (length >= 5 && third.text === word.text && word.text.endsWith('ly')) found |= aroundWord
    }
    if (next && length === next.end - next.start + 2 && endsPossessive(word.text) && word.lower.slice(0, -2) === next.lower) found |= afterPossessive
    if (length >= 8 && length % 2 === 0 && halvesAlike(word.text) && isGluedPair(word)) found |= glued
  }
  return found
}

/** "a" or "an", as "paid a visit to visit" has it before its noun. */
function isArticle(word: Word | undefined): boolean {
  return word !== undefined && (word.lower === 'a' || word.lower === 'an')
}

/** Whether a word of two like halves is two words glued as the loop below wants them: the half English, the whole not. */
function isGluedPair(word: Word): boolean {
  return isEnglishWord(word.text.slice(0, word.text.length / 2).toLowerCase()) && !isEnglishWord(word.lower)
}

/** Whether `text` ends in `'s` or `’s` (`s` in any case, as the patterns match it: `S`, the long `ſ`). */
function endsPossessive(text: string): boolean {
  const mark = text.charCodeAt(text.length - 2)
  const s = text.charCodeAt(text.length - 1)
  return (mark === 0x27 || mark === 0x2019) && (s === 0x73 || s === 0x53 || s === 0x17f)
}

/** Whether the two halves of `text` are the same but for case. */
function halvesAlike(text: string): boolean {
  const half = text.length / 2
  for (let i = 0; i < half; i++) {
    const a = text.charCodeAt(i)
    const b = text.charCodeAt(half + i)
    if (a >= 0x80 || b >= 0x80) return text.slice(0, half).toLowerCase() === text.slice(half).toLowerCase()
    if (a !== b && (a | 0x20) !== (b | 0x20)) return false
  }
  return true
}

/** "better and better", "faster and faster": a comparative repeated on purpose. */
function isComparative(word: string): boolean {
  return commonTags(word)?.some((tag) => tag === 'JJR' || tag === 'RBR') ?? /er$/.test(word)
}
