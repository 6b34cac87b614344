// misspelling: a word that is not English and is one slip from a word that
// is — "inspecton", "procesing", "Shanhgai". Pages of this genre go up
// unedited, and a typing slip in the English is as common as in any draft.
// Other spell checkers flag every romanized name; this one checks only what
// cannot be a name or a term of the article:
// - lowercase words of five letters or more, and a capitalized word only
//   where two swapped letters make a pinyin name ("Shanhgai" → "Shanghai");
// - never pinyin (any case: "xiaoping", "kaifu"), words with digits, capitals
//   inside or hyphens (codes, brands, compounds), a word the article uses
//   twice or more (its own term), or the last word of a text cut off mid-word;
// - never a word made of English parts ("rehydration", "commenters",
//   "grassroot"), which dictionaries leave out;
// - only when an everyday word one edit away inside the word (a letter
//   missing, added, changed, or two swapped) is English, which it suggests.
// A word is English when the wink lexicon knows it (the other rules' words,
// at no cost) or else when Hunspell's en_US dictionary does (what nspell
// answers from dictionary-en, packed by the build: text/dictionary.ts).
// nspell's own suggestions take about a second a word, so suggestions are
// the lexicon's words one edit away.
// Bad: "The inspecton of the procesing line ended."
// Good: "The inspection of the processing line ended."
import {defineRule} from '../rule.js'
import type {ProseBlock} from '../document.js'
import {isSpelledRight} from '../text/dictionary.js'
import {isCommonWord, isEnglishWord} from '../text/morphology.js'
import {charLength, combiningMark, isAsciiAlphanumeric, isAsciiLetter, mayHoldCombiningMark} from '../text/chars.js'
import {pinyinSyllables} from '../text/pinyin.js'
import {remember} from '../text/memo.js'
import {once} from '../text/once.js'

const letters = 'abcdefghijklmnopqrstuvwxyz'

/**
 * What a lowercase word not English is taken for (see `suggestionFor`),
 * kept for the configuration's life: MT repeats its slips from article to
 * article, and each answer asks the lexicon about a hundred strings.
 */
type Suggestions = Map<string, string | undefined>

export default defineRule<object, Suggestions>({
  id: 'misspelling',
  description: 'A word that is not English, one slip from one that is ("inspecton")',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'The inspecton of the procesing line ended.',
    good: 'The inspection of the processing line ended.'
  },
  prepare: () => new Map(),
  create(context) {
    const suggestions = context.prepared
    const suggestion = (lower: string) => (suggestions.has(lower) ? suggestions.get(lower) : remember(suggestions, lower, suggestionFor(lower)))
    /** Each block's text and its lowercase, made on the first question about the article's words. */
    let texts: Array<{text: string; lower: string}> | undefined
    /** `uses` of each word asked in this article: a name not in the lexicon comes again and again. */
    const counted = new Map<string, number>()
    const uses = (lower: string) => {
      let count = counted.get(lower)
      if (count === undefined) counted.set(lower, (count = countUses(lower)))
      return count
    }
    /** How often `lower` appears in the article as a word, in any case: a word used twice is the article's own term. */
    const countUses = (lower: string) => {
      texts ??= context.document.blocks.map(({text}) => ({text: text.value, lower: text.value.toLowerCase()}))
      let count = 0
      for (const {text, lower: lowered} of texts) {
        // Lowercasing kept every character's place (no "İ" became two): search the copy.
        if (lowered.length === text.length) {
          for (let at = lowered.indexOf(lower); at !== -1; at = lowered.indexOf(lower, at + 1)) {
            if (!standsBefore(text, at) && !standsAfter(text, at + lower.length)) count++
          }
        } else {
          eachLetterWord(text, (start, end) => {
            if (end - start === lower.length && text.slice(start, end).toLowerCase() === lower) count++
          })
        }
      }
      return count
    }
    const lastBlock = context.document.blocks.at(-1)
    /** Report the word at `[index, end)` of `block`, lowercase `lower`, if it is a slip. */
    const check = (block: ProseBlock, index: number, end: number, lower: string) => {
      if (isEnglishWord(lower) || pinyinSyllables(lower, 5) || uses(lower) > 1) return
      const {text} = block
      const value = text.value
      // A page cut off mid-word ends on a fragment.
      if (!/\S/.test(value.slice(end)) && block === lastBlock) return
      const found = value.slice(index, end)
      const capital = found !== lower
      const swap = capital ? swapped(lower) : undefined
      const suggested = capital ? (swap && pinyinSyllables(swap) ? swap : undefined) : suggestion(lower)
      if (!suggested || isSpelledRight(found)) return
      const expected = capital ? suggested.charAt(0).toUpperCase() + suggested.slice(1) : suggested
      const [start, stop] = text.range(index, end)
      context.report({reason: `Unexpected \`${found}\`, expected \`${expected}\`: not an English word`, start, end: stop, expected: [expected]})
    }
    return {
      ParagraphNode(_node, block) {
        const value = block.text.value
        // Without combining marks, a plain word of letters is a whole word of
        // the block's (letters, digits and marks joined by apostrophes and
        // hyphens, none of which may stand beside it): its lowercase and
        // whether it is English are the lexicon's, found once per
        // form, and the text is scanned once for all rules.
        if (!mayHoldCombiningMark(value) || !combiningMark.test(value)) {
          for (const word of block.words) {
            const {start, end} = word
            if (end - start < 5 || !isPlainWord(value, start, end) || standsBefore(value, start) || standsAfter(value, end) || word.english) continue
            check(block, start, end, word.lower)
          }
          return
        }
        eachLetterWord(value, (index, end) => {
          if (end - index >= 5 && isPlainWord(value, index, end)) check(block, index, end, value.slice(index, end).toLowerCase())
        })
      }
    }
  }
})

/** A letter (`\p{L}`) at `index`, a surrogate pair whole: its length in code units, or 0. */
const letterAt = once(() => /\p{L}/uy)
/** What may not stand right before a word: letters, digits, `'’-_@/.`. */
const notBefore = once(() => /[\p{L}\p{N}'’\-_@/.]/u)
/** What may not stand right after one: the same but the full stop. */
const notAfter = once(() => /[\p{L}\p{N}'’\-_@/]/uy)

function letterLength(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code < 0x80) return isAsciiLetter(code) ? 1 : 0
  const letter = letterAt()
  letter.lastIndex = index
  return letter.test(text) ? letter.lastIndex - index : 0
}

/**
 * Calls `each` with every word of `text`: a run of letters with no letter,
 * digit, `'’-_@/` or `.` right before it and no letter, digit or `'’-_@/`
 * right after it, which is what
 * `/(?<![\p{L}\p{N}'’\-_@/.])(\p{L}+)(?![\p{L}\p{N}'’\-_@/])/gu` matches.
 */
function eachLetterWord(text: string, each: (start: number, end: number) => void): void {
  let at = 0
  while (at < text.length) {
    let length = letterLength(text, at)
    if (length === 0) {
      at += charLength(text, at)
      continue
    }
    const start = at
    while (length > 0) {
      at += length
      length = letterLength(text, at)
    }
    if (!standsBefore(text, start) && !standsAfter(text, at)) each(start, at)
  }
}

/** Whether the character before `index` (a code point) is one no word may follow. */
function standsBefore(text: string, index: number): boolean {
  if (index === 0) return false
  const code = text.charCodeAt(index - 1)
  if (code < 0x80) return isAsciiAlphanumeric(code) || "'-_@/.".includes(text.charAt(index - 1))
  const low = code >= 0xdc00 && code <= 0xdfff && index >= 2 && text.charCodeAt(index - 2) >= 0xd800 && text.charCodeAt(index - 2) <= 0xdbff
  return notBefore().test(text.slice(low ? index - 2 : index - 1, index))
}

/** Whether the character at `index` is one no word may stand before. */
function standsAfter(text: string, index: number): boolean {
  if (index >= text.length) return false
  const code = text.charCodeAt(index)
  if (code < 0x80) return isAsciiAlphanumeric(code) || "'-_@/".includes(text.charAt(index))
  const after = notAfter()
  after.lastIndex = index
  return after.test(text)
}

/** Only ASCII letters, lowercase but perhaps the first (`/^\p{Lu}?\p{Ll}+$/u` and `/^[A-Za-z]+$/`). */
function isPlainWord(text: string, start: number, end: number): boolean {
  if (!isAsciiLetter(text.charCodeAt(start))) return false
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x61 || code > 0x7a) return false
  }
  return true
}

/** An English word made by swapping two neighbouring letters. */
function swapped(lower: string): string | undefined {
  for (let i = 0; i + 1 < lower.length; i++) {
    const candidate = lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2)
    if (candidate !== lower && isEnglishWord(candidate)) return candidate
  }
  return undefined
}

/** For a lowercase word that is not English: none when English makes it from English parts, else `nearest`. */
function suggestionFor(lower: string): string | undefined {
  return isDerived(lower) ? undefined : nearest(lower)
}

/** The everyday English word one edit away, not at the word's ends (where prefixes and suffixes change); undefined when there is none. */
function nearest(lower: string): string | undefined {
  for (const candidate of edits(lower)) {
    if (candidate.length >= 4 && isCommonWord(candidate) && isSpelledRight(candidate)) return candidate
  }
  return undefined
}

/**
 * Every word one edit from `lower`: two letters swapped first, then a letter
 * added, missing or changed. The last letter is never touched ("genomic" /
 * "genomics", "surnamed" / "surname"), nor a first letter added or dropped
 * ("amidst" / "midst"): those are other words more often than slips.
 */
function* edits(lower: string): Generator<string> {
  const swap = swapped(lower)
  if (swap) yield swap
  for (let i = 1; i < lower.length; i++) {
    for (const letter of letters) yield lower.slice(0, i) + letter + lower.slice(i)
  }
  for (let i = 0; i < lower.length - 1; i++) {
    if (i > 0) yield lower.slice(0, i) + lower.slice(i + 1)
    for (const letter of letters) if (letter !== lower[i]) yield lower.slice(0, i) + letter + lower.slice(i + 1)
  }
}

const prefixes = ['anti', 'bio', 'co', 'de', 'dis', 'geo', 'hyper', 'inter', 'micro', 'mis', 'multi', 'non', 'over', 'post', 'pre', 're', 'semi', 'sub', 'super', 'un', 'under']
const suffixes = ['ers', 'er', 'ors', 'or', 'ics', 'ic', 'ism', 'ists', 'ist', 'ed', 'ing', 'ly', 'ness', 'ment', 'ance', 'ence', 'ity', 'ize', 'ise', 'ation', 'ations', 's']

/**
 * A word English makes from English parts, which dictionaries leave out:
 * "rehydration", "commenters", "genomic", "advocation", "grassroot".
 */
function isDerived(lower: string): boolean {
  const known = (part: string) => part.length >= 3 && isEnglishWord(part)
  for (const prefix of prefixes) if (lower.startsWith(prefix) && known(lower.slice(prefix.length))) return true
  for (const suffix of suffixes) {
    if (!lower.endsWith(suffix)) continue
    const stem = lower.slice(0, -suffix.length)
    if (known(stem) || known(`${stem}e`) || known(`${stem}ate`) || known(stem.replace(/(.)\1$/, '$1'))) return true
  }
  for (let cut = 4; cut <= lower.length - 4; cut++) if (known(lower.slice(0, cut)) && known(lower.slice(cut))) return true
  return false
}
