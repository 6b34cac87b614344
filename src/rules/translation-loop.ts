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
}

const wordPattern = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu

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
        const words: Word[] = []
        for (const match of text.matchAll(wordPattern)) words.push({lower: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length})
        const same = (a: number, b: number, length: number) => {
          for (let k = 0; k < length; k++) if (words[a + k]!.lower !== words[b + k]!.lower) return false
          return true
        }
        let index = 0
        while (index < words.length) {
          let found: {length: number; copies: number} | undefined
          // The shortest unit that loops explains the run ("Bern, Bern" is not a two-word unit).
          for (let length = 1; length <= maxWords && index + length * 2 <= words.length; length++) {
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
