// headline-case: a headline with its small words capitalized — "Awati Sets
// Up Alliance To Strengthen And Strengthen The Cotton Industry". Chinese has
// no capitals, and machine translation or a site's template capitalizes every
// word; every English title style (AP, Chicago, APA) keeps articles, short
// conjunctions and short prepositions in lower case inside a headline.
// A headline is a heading, or the first line of one of the first three
// blocks of the text when it has no final stop. It is reported when two small words or more are
// capitalized inside it (not first, not after a colon or dash): one alone may
// belong to a name ("Serie A", "Bank Of …" as a firm writes it).
// Bad: "County Sets Up Alliance To Strengthen And Grow The Cotton Industry"
// Good: "County Sets Up Alliance to Strengthen and Grow the Cotton Industry"
import {defineRule} from '../rule.js'

/** Articles, short conjunctions and prepositions of three letters or fewer; not "A", a label as often ("Serie A", "Class A"). */
const smallWords = new Set(['an', 'the', 'and', 'but', 'or', 'nor', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'as', 'via'])
const headlineBlocks = 3
const minSmall = 2

export default defineRule({
  id: 'headline-case',
  description: 'A headline with its small words capitalized ("To Strengthen And Grow The Industry")',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'County Sets Up Alliance To Strengthen And Grow The Cotton Industry',
    good: 'County Sets Up Alliance to Strengthen and Grow the Cotton Industry'
  },
  create(context) {
    let index = 0
    return {
      ParagraphNode(_node, block) {
        const place = index++
        if (block.kind === 'tableCell' || (block.kind !== 'heading' && place >= headlineBlocks)) return
        const {text} = block
        // A headline is a block's first line: the rest of a plain-text block is its body.
        const lines = block.kind === 'heading' ? text.value.split('\n') : [text.value.split('\n')[0]!]
        let at = 0
        for (const line of lines) {
          const start = at
          at += line.length + 1
          if (block.kind !== 'heading' && /[.!?。！？:：][”"’)]*\s*$/u.test(line)) continue
          const small = [...line.matchAll(/(?<=[\p{L}\p{N},'’”")]\s+)(\p{Lu}\p{Ll}{0,2})(?=\s+\p{L})/gu)].filter(
            (match) => smallWords.has(match[1]!.toLowerCase())
          )
          if (small.length < minSmall || line.trim().split(/\s+/).length < 4) continue
          // One finding for the headline: the fix is the line with its small words lowered.
          const lead = line.length - line.trimStart().length
          const trimmed = line.trim()
          let expected = trimmed
          for (const match of small.reverse()) {
            const cut = match.index - lead
            expected = expected.slice(0, cut) + match[1]!.toLowerCase() + expected.slice(cut + match[1]!.length)
          }
          const words = small.reverse().map((match) => `\`${match[1]}\``).join(', ')
          const [from, to] = text.range(start + lead, start + lead + trimmed.length)
          context.report({
            reason: `Unexpected capitals on ${words} in a headline, expected \`${expected}\`: small words stay in lower case inside a title`,
            start: from,
            end: to,
            expected: [expected]
          })
        }
      }
    }
  }
})
