// duplicate-sentence: the same sentence twice in one article, compared
// without case, spacing or punctuation. Machine translation of a page with
// a repeated caption or pull quote, or of a source pasted in twice, carries
// the repeat over; an editor merging two drafts does the same.
// Only sentences count: a line without a final stop (a headline, a section
// label such as "The world's deadliest earthquakes" over each part of a
// series) repeats by design, and so do table cells. A headline on a soft line
// break before the body is split off first. Short sentences ("Thank you.",
// "The meeting ended.") repeat naturally and are skipped too.
// Bad: "The plant will double its output by 2025. … The plant will double its output by 2025."
// Good: "The plant will double its output by 2025. … It will also hire 300 workers."
import {defineRule} from '../rule.js'
import {sentenceSpans} from '../text/sentences.js'

interface Options {
  /** Shortest sentence compared, in words. */
  minWords: number
}

/** A sentence's last mark, before closing quotes and brackets. */
const ending = /[.!?。！？…][\s"'”’)\]）]*$/u

interface Seen {
  line: number
  text: string
}

export default defineRule<Options>({
  id: 'duplicate-sentence',
  description: 'The same sentence twice in one article',
  severity: 'warn',
  fixable: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      minWords: {type: 'integer', minimum: 1, description: 'Shortest sentence compared, in words; shorter ones repeat naturally.'}
    }
  },
  defaults: {minWords: 6},
  docs: {
    bad: 'The plant will double its output by 2025. Orders are strong. The plant will double its output by 2025!',
    good: 'The plant will double its output by 2025. Orders are strong.'
  },
  create(context) {
    const seen = new Map<string, Seen>()
    return {
      ParagraphNode(node, block) {
        if (block.kind === 'tableCell') return
        const {text} = block
        for (const span of sentenceSpans(node, text.value)) {
          const raw = text.value.slice(span.start, span.end)
          if (!ending.test(raw)) continue
          const key = normalize(raw)
          if (wordCount(key) < context.options.minWords) continue
          const [start, end] = text.range(span.start, span.end)
          const first = seen.get(key)
          if (!first) {
            seen.set(key, {line: context.document.toPoint(start).line, text: raw})
            continue
          }
          context.report({
            reason: `Sentence repeats line ${first.line}, remove one of them`,
            start,
            end,
            note: `First said on line ${first.line}: “${first.text}”`
          })
        }
      }
    }
  }
})

const ascii = /^[\x00-\x7f]*$/
/** Runs of what is not a letter or a digit: in ASCII text, and in any text. */
const asciiGaps = /[^a-z0-9]+/g
const gaps = /[^\p{L}\p{N}]+/gu

/**
 * Lowercase words and numbers joined by single spaces, nothing else:
 * "U.S. output, up 5%!" → "u s output up 5". NFKC leaves ASCII text as it is,
 * and there a plain character class does what the Unicode one does.
 */
function normalize(sentence: string): string {
  if (ascii.test(sentence)) return sentence.toLowerCase().replace(asciiGaps, ' ').trim()
  return sentence.normalize('NFKC').toLowerCase().replace(gaps, ' ').trim()
}

/** Words in a normalized sentence. */
function wordCount(key: string): number {
  if (!key) return 0
  let count = 1
  for (let i = key.indexOf(' '); i !== -1; i = key.indexOf(' ', i + 1)) count++
  return count
}
