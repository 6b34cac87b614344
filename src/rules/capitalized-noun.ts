// capitalized-noun: an everyday noun capitalized inside a sentence — "all
// staff attended the Meeting." — where the article writes the same noun in
// lower case elsewhere. Machine translation sometimes carries a capital over
// from a title or a list, and the reader looks for a name that is not there.
// Reported only after an article or demonstrative ("the", "a", "this"…),
// before punctuation or a lowercase word (so not "the Meeting Hall", nor a
// name that goes on with "of" or "and": "the Protection of Personal
// Information"), outside the headline lines at the top, on a
// noun of the everyday lexicon that the article also writes in lower case.
// Short forms of bodies ("the Committee", "the Company", "the Party"), which
// house styles capitalize, and the first word of a sentence or quotation are
// left alone.
// Bad: "The meeting opened at nine. All staff attended the Meeting."
// Good: "The meeting opened at nine. All staff attended the meeting."
import wordData from '../data/person-words.json' with {type: 'json'}
import titleData from '../data/person-titles.json' with {type: 'json'}
import {defineRule} from '../rule.js'
import {commonTags} from '../text/morphology.js'
import type {ProseBlock} from '../document.js'
import type {ProseText} from '../text/prose-text.js'

/** Bodies and posts whose short form house styles capitalize: "the Committee", "the Secretary". */
const bodies = new Set([...wordData.orgSuffixes, ...titleData.cores, 'party', 'state', 'government', 'people', 'constitution', 'president', 'summit', 'session', 'plenum', 'games', 'olympics'])
const candidate = /(?<![\p{L}\p{N}'’-])(?:the|a|an|this|that|these|those)[ \t\u00a0]+(\p{Lu}\p{Ll}{2,})(?=[ \t\u00a0]*(?:[.,;:!?)]|[ \t\u00a0](?!(?:of|and|for|on|in|to|de|at)[ \t\u00a0])\p{Ll}))/gu

interface Place {
  text: ProseText
  index: number
  word: string
}

export default defineRule({
  id: 'capitalized-noun',
  description: 'An everyday noun capitalized inside a sentence ("attended the Meeting")',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'The meeting opened at nine. All staff attended the Meeting.',
    good: 'The meeting opened at nine. All staff attended the meeting.'
  },
  create(context) {
    const places: Place[] = []
    let index = 0
    return {
      ParagraphNode(_node, block) {
        const place = index++
        if (block.kind !== 'paragraph') return
        const {text} = block
        // The first line of the first blocks, without a final stop, may be a headline in Title Case.
        const lineEnd = text.value.indexOf('\n')
        const firstLine = lineEnd < 0 ? text.value : text.value.slice(0, lineEnd)
        const body = place < 3 && !/[.!?。”"’)]\s*$/u.test(firstLine) ? firstLine.length : 0
        for (const match of text.value.matchAll(candidate)) {
          if (match.index < body) continue
          const word = match[1]!
          places.push({text, index: match.index + match[0].length - word.length, word})
        }
      },
      'RootNode:exit'() {
        if (places.length === 0) return
        const paragraphs = context.document.blocks.filter((block) => block.kind === 'paragraph')
        for (const {text, index, word} of places) {
          const lower = word.toLowerCase()
          if (bodies.has(lower)) continue
          // The tagger first, one lookup: the search of every paragraph only for the nouns it leaves.
          const tags = commonTags(lower)
          if (!tags || !tags.some((tag) => tag === 'NN' || tag === 'NNS') || tags.includes('NNP')) continue
          if (!writtenLowercase(paragraphs, lower)) continue
          const [start, end] = text.range(index, index + word.length)
          context.report({
            reason: `Unexpected \`${word}\`, expected \`${lower}\`: the article writes this noun in lower case elsewhere`,
            start,
            end,
            expected: [lower]
          })
        }
      }
    }
  }
})

/**
 * Whether a paragraph has `lower` as a whole word in lower case: three
 * lowercase letters or more, with no letter, digit, apostrophe or hyphen
 * either side. Searched for the few candidates rather than collecting
 * every lowercase word of the article.
 */
function writtenLowercase(paragraphs: readonly ProseBlock[], lower: string): boolean {
  if (!allLowercase.test(lower)) return false
  for (const {text} of paragraphs) {
    const {value} = text
    for (let at = value.indexOf(lower); at >= 0; at = value.indexOf(lower, at + 1)) {
      if (!wordPartBefore.test(value.slice(Math.max(0, at - 2), at)) && !wordPartAfter.test(value.slice(at + lower.length, at + lower.length + 2))) return true
    }
  }
  return false
}

const allLowercase = /^\p{Ll}{3,}$/u
const wordPartBefore = /[\p{L}\p{N}'’-]$/u
const wordPartAfter = /^[\p{L}\p{N}'’-]/u
