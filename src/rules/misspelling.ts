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
// at no cost) or else when Hunspell's en_US dictionary does (nspell with
// dictionary-en, built only when the lexicon leaves a candidate: about 1.9 s
// once per process). nspell's own suggestions take about a second a word,
// so suggestions are the lexicon's words one edit away.
// Bad: "The inspecton of the procesing line ended."
// Good: "The inspection of the processing line ended."
import {defineRule} from '../rule.js'
import {isSpelledRight} from '../text/dictionary.js'
import {commonTags, isEnglishWord} from '../text/morphology.js'
import {pinyinSyllables} from '../text/pinyin.js'

const letters = 'abcdefghijklmnopqrstuvwxyz'
const word = /(?<![\p{L}\p{N}'’\-_@/.])(\p{L}+)(?![\p{L}\p{N}'’\-_@/])/gu

export default defineRule({
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
  create(context) {
    /** How often each lowercase word appears in the article: a word used twice is the article's own term. */
    let counts: Map<string, number> | undefined
    const uses = (lower: string) => {
      if (!counts) {
        counts = new Map()
        for (const block of context.document.blocks) {
          for (const match of block.text.value.matchAll(word)) {
            const key = match[1]!.toLowerCase()
            counts.set(key, (counts.get(key) ?? 0) + 1)
          }
        }
      }
      return counts.get(lower) ?? 0
    }
    const lastBlock = context.document.blocks.at(-1)
    return {
      ParagraphNode(_node, block) {
        const {text} = block
        for (const match of text.value.matchAll(word)) {
          const found = match[1]!
          if (found.length < 5 || !/^\p{Lu}?\p{Ll}+$/u.test(found) || !/^[A-Za-z]+$/.test(found)) continue
          const lower = found.toLowerCase()
          if (isEnglishWord(lower) || pinyinSyllables(lower, 5) || uses(lower) > 1) continue
          // A page cut off mid-word ends on a fragment.
          if (!/\S/.test(text.value.slice(match.index + found.length)) && block === lastBlock) continue
          const capital = found !== lower
          const swap = capital ? swapped(lower) : undefined
          const suggestion = capital ? (swap && pinyinSyllables(swap) ? swap : undefined) : isDerived(lower) ? undefined : nearest(lower)
          if (!suggestion || isSpelledRight(found)) continue
          const expected = capital ? suggestion.charAt(0).toUpperCase() + suggestion.slice(1) : suggestion
          const [start, end] = text.range(match.index, match.index + found.length)
          context.report({reason: `Unexpected \`${found}\`, expected \`${expected}\`: not an English word`, start, end, expected: [expected]})
        }
      }
    }
  }
})

/** An English word made by swapping two neighbouring letters. */
function swapped(lower: string): string | undefined {
  for (let i = 0; i + 1 < lower.length; i++) {
    const candidate = lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2)
    if (candidate !== lower && isEnglishWord(candidate)) return candidate
  }
  return undefined
}

/** The everyday English word one edit away, not at the word's ends (where prefixes and suffixes change); undefined when there is none. */
function nearest(lower: string): string | undefined {
  for (const candidate of edits(lower)) {
    if (candidate.length >= 4 && commonTags(candidate) && isSpelledRight(candidate)) return candidate
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
