// calque: stock phrases of Chinese officialese rendered word for word —
// "give full play to" (发挥), "for investigation" (调研), "put forward
// suggestions" (提出建议), "the broad masses" (广大群众). Machine translation
// keeps the Chinese set phrase; an English story says it plainly.
// The phrases are data (src/data/calques.json) matched by the glossary's
// engine; the options add phrases or drop some.
// Bad: "The mayor came to the smelter for investigation and put forward suggestions."
// Good: "The mayor made a fact-finding visit to the smelter and made suggestions."
import data from '../data/calques.json' with {type: 'json'}
import {defineRule} from '../rule.js'
import {normalizePhrase, PhraseMatcher, tokenize, type Token} from '../text/phrases.js'

interface Calque {
  suggestion: string
  note?: string
  /** Flag only after one of these words earlier in the sentence. */
  after?: string[]
}

interface Options {
  /** More phrases to flag. */
  extra: Array<{phrase: string; suggestion: string; note?: string}>
  /** Phrases from the built-in list not to flag. */
  exclude: string[]
}

/** How far back, in words, `after` looks. */
const afterWindow = 8

const compiled = new WeakMap<Options, PhraseMatcher<Calque>>()

function matcherFor(options: Options): PhraseMatcher<Calque> {
  let matcher = compiled.get(options)
  if (!matcher) {
    const excluded = new Set(options.exclude.map(normalizePhrase))
    matcher = new PhraseMatcher<Calque>()
    for (const {phrases, ...calque} of data.calques as Array<Calque & {phrases: string[]}>) {
      for (const phrase of phrases) if (!excluded.has(normalizePhrase(phrase))) matcher.add(phrase, calque)
    }
    for (const {phrase, ...calque} of options.extra) matcher.add(phrase, calque)
    compiled.set(options, matcher)
  }
  return matcher
}

export default defineRule<Options>({
  id: 'calque',
  description: 'Literal renderings of Chinese officialese, with plainer English',
  severity: 'info',
  fixable: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      extra: {
        type: 'array',
        description: 'More phrases to flag, each with the plainer wording to suggest.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['phrase', 'suggestion'],
          properties: {
            phrase: {type: 'string', minLength: 1, description: 'A literal phrase, matched case-insensitively as whole words.'},
            suggestion: {type: 'string', minLength: 1, description: 'What to write instead.'},
            note: {type: 'string', description: 'The Chinese original or why; shown with the finding.'}
          }
        }
      },
      exclude: {
        type: 'array',
        items: {type: 'string', minLength: 1},
        description: 'Phrases from the built-in list not to flag.'
      }
    }
  },
  defaults: {extra: [], exclude: []},
  docs: {
    bad: 'The delegation came to the plant for investigation and urged it to give full play to its advantages.',
    good: 'The delegation made a fact-finding visit to the plant and urged it to make full use of its advantages.'
  },
  create(context) {
    const matcher = matcherFor(context.options)
    return {
      ParagraphNode(_node, block) {
        const tokens = tokenize(block.text.value)
        for (const match of matcher.match(tokens)) {
          const calques = match.values.filter((calque) => !calque.after || comesAfter(tokens, match.first, calque.after))
          const calque = calques[0]
          if (!calque) continue
          const [start, end] = block.text.range(match.start, match.end)
          const phrase = block.text.value.slice(match.start, match.end).replace(/\s+/g, ' ')
          context.report({
            reason: `Unexpected literal rendering \`${phrase}\`, expected \`${calque.suggestion}\`${calque.note ? ` (${calque.note})` : ''}`,
            start,
            end,
            expected: [calque.suggestion],
            ...(calque.note ? {note: calque.note} : {})
          })
        }
      }
    }
  }
})

/** Whether one of `words` stands in the same sentence, a few words before `index`. */
function comesAfter(tokens: readonly Token[], index: number, words: readonly string[]): boolean {
  let seen = 0
  for (let i = index - 1; i >= 0 && seen < afterWindow; i--) {
    const token = tokens[i]!
    if (!token.word) {
      if (/^[.!?;:。！？；]$/.test(token.norm)) return false
      continue
    }
    if (words.includes(token.norm)) return true
    seen++
  }
  return false
}
