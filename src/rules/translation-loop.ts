// translation-loop: one unit of words said three or more times in a row,
// "Bern, Bern, Bern, Bern" or "the bank's products, the bank's products,
// the bank's products". Neural MT falls into such loops when it loses its
// place in a long or odd sentence; the text after the first copy is noise,
// and what the source said there is usually lost. An error.
// Units of one word must come four times: "no, no, no" and "very, very,
// very" are English. Figures alone ("0, 0, 0" in a list of scores) are data.
// Bad: "The minister visited Bern, Bern, Bern, Bern and Geneva."
// Good: "The minister visited Bern and Geneva."
import {defineRule} from '../rule.js'
import type {ProseBlock} from '../document.js'

interface Options {
  /** Longest unit, in words. */
  maxWords: number
  /** Fewest copies of a unit of two or more words (one-word units need one more). */
  minRepeats: number
}

interface Word {
  lower: string
  start: number
  end: number
  /** A number for `lower`: equal numbers, equal words (see `Word.form` in text/words.ts). */
  form: number
}

/**
 * The words of the pattern `[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*`: the
 * block's joined words, those one full stop apart ("U.S", "3.5") taken as
 * one. Read from the article model rather than scanned again.
 */
function loopWords(block: ProseBlock): readonly Word[] {
  const {value} = block.text
  const joined = block.words
  const joinedByStop = (i: number) => joined[i + 1]!.start === joined[i]!.end + 1 && value.charCodeAt(joined[i]!.end) === 0x2e
  let merge = 0
  while (merge < joined.length - 1 && !joinedByStop(merge)) merge++
  // Most blocks have none: their words are the block's.
  if (merge >= joined.length - 1) return joined
  const words: Word[] = joined.slice(0, merge)
  // A word with a full stop inside is no joined word's form: numbered here, below zero.
  const merged = new Map<string, number>()
  for (let i = merge; i < joined.length; i++) {
    const first = joined[i]!
    let end = first.end
    while (i + 1 < joined.length && joined[i + 1]!.start === end + 1 && value.charCodeAt(end) === 0x2e) end = joined[++i]!.end
    if (end === first.end) {
      words.push(first)
      continue
    }
    const lower = value.slice(first.start, end).toLowerCase()
    let form = merged.get(lower)
    if (form === undefined) merged.set(lower, (form = -1 - merged.size))
    words.push({lower, start: first.start, end, form})
  }
  return words
}

export default defineRule<Options>({
  id: 'translation-loop',
  description: 'The same words repeated three or more times in a row, a machine-translation loop',
  severity: 'error',
  fixable: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      maxWords: {type: 'integer', minimum: 1},
      minRepeats: {type: 'integer', minimum: 2}
    }
  },
  defaults: {maxWords: 12, minRepeats: 3},
  docs: {
    bad: 'The prime minister and his wife visited the university in Bern, Bern, Bern, Bern, Bern on Saturday.',
    good: 'The prime minister and his wife visited the university in Bern on Saturday.'
  },
  create(context) {
    const {maxWords, minRepeats} = context.options
    return {
      ParagraphNode(_node, block) {
        const text = block.text.value
        const words = loopWords(block)
        // Words compared by number, not by string: every word against the next dozen.
        const forms = words.map((word) => word.form)
        const same = (a: number, b: number, length: number) => {
          for (let k = 0; k < length; k++) if (forms[a + k] !== forms[b + k]) return false
          return true
        }
        let index = 0
        while (index < words.length) {
          let found: {length: number; copies: number} | undefined
          // The shortest unit that loops explains the run ("Bern, Bern" is not a two-word unit).
          const opening = forms[index]
          for (let length = 1; length <= maxWords && index + length * 2 <= words.length; length++) {
            // Most words are not said again `length` words on: out before counting copies.
            if (forms[index + length] !== opening) continue
            let copies = 1
            while (index + (copies + 1) * length <= words.length && same(index, index + copies * length, length)) copies++
            if (copies >= (length === 1 ? minRepeats + 1 : minRepeats) && !words.slice(index, index + length).every((w) => /^\p{N}+$/u.test(w.lower))) {
              found = {length, copies}
              break
            }
          }
          if (!found) {
            index++
            continue
          }
          const first = words[index + found.length - 1]!
          const last = words[index + found.copies * found.length - 1]!
          const unit = text.slice(words[index]!.start, first.end)
          const [start, end] = block.text.range(words[index + found.length]!.start, last.end)
          context.report({
            reason: `Unexpected \`${unit}\` repeated ${found.copies} times in a row, a translation loop: keep one and check the source`,
            start,
            end
          })
          index += found.copies * found.length
        }
      }
    }
  }
})
