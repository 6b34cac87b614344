// glossary: a house term rendered wrongly — "precious aluminum" for Guizhou
// Aluminum (贵铝), "white cloud" for the Baiyun (白云) district, "new crown"
// for COVID-19 (新冠). Machine translation renders the characters of a name
// one by one; the glossary in rules.config.json lists the renderings to catch.
// Entries are literal phrases, matched case-insensitively as whole words,
// across line breaks and with a plural or possessive last word. `when` holds
// an entry back unless the article also mentions that text.
// Bad: "Officials toured precious aluminum's new smelter."
// Good: "Officials toured Guizhou Aluminum's new smelter."
import type {GlossaryEntry} from '../text/glossary.js'
import {defineRule, type Finding} from '../rule.js'
import {glossaryMatcher, type GlossaryHit} from '../text/glossary.js'
import {PhraseMatcher, type PhraseMatch, type Token} from '../text/phrases.js'
import type {ProseDocument} from '../document.js'
import type {ProseText} from '../text/prose-text.js'
import {verbatimRange} from '../text/verbatim.js'
import {capitalizedLike} from '../text/chars.js'

export default defineRule({
  id: 'glossary',
  description: 'A house term rendered wrongly ("precious aluminum" for Guizhou Aluminum)',
  severity: 'error',
  fixable: true,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'Officials toured precious aluminum’s new smelter in white cloud district.',
    good: 'Officials toured Guizhou Aluminum’s new smelter in Baiyun District.'
  },
  create(context) {
    const matcher = glossaryMatcher(context.glossary)
    if (matcher.size === 0) return {}
    // Each block's words, kept for the `when` check: re-tokenizing every block at the end cost more than matching.
    const blockTokens: Array<readonly Token[]> = []
    const found: Array<{match: PhraseMatch<GlossaryHit>; text: ProseText}> = []
    return {
      ParagraphNode(_node, block) {
        const tokens = block.tokens
        blockTokens.push(tokens)
        for (const match of matcher.match(tokens)) {
          // A house term written right, even where a wrong rendering is its start.
          if (match.values.some((hit) => hit.right)) continue
          // The title of a work quoted verbatim (“My People, My Country”) is a name.
          if (inQuotedTitle(block.text.value, match.start, match.end)) continue
          found.push({match, text: block.text})
        }
      },
      'RootNode:exit'() {
        const whens = found.flatMap(({match}) => match.values.flatMap(({entry}) => (entry.when ? [entry.when] : [])))
        const mentioned = mentions(whens, blockTokens)
        for (const {match, text} of found) {
          const entries = match.values.map(({entry}) => entry).filter((entry) => !entry.when || mentioned.has(entry.when))
          if (entries.length > 0) context.report(finding(match, text, entries, context.document))
        }
      }
    }
  }
})

const minorWords = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from'])

/** Whether `[start, end)` lies inside quotation marks around Title Case words. */
function inQuotedTitle(value: string, start: number, end: number): boolean {
  const open = Math.max(value.lastIndexOf('“', start), value.lastIndexOf('"', start))
  if (open < 0 || /[”"]/.test(value.slice(open + 1, start))) return false
  // A straight quote opens only after an even number of them.
  if (value[open] === '"' && (value.slice(0, open).split('"').length - 1) % 2 === 1) return false
  const close = value.slice(end).search(/[”"]/)
  if (close < 0) return false
  const words = value.slice(open + 1, end + close).match(/[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu) ?? []
  return words.length > 1 && words.every((word, i) => /^[\p{Lu}\p{N}]/u.test(word) || (i > 0 && minorWords.has(word)))
}

/** Which of `phrases` the article mentions, as whole words. */
function mentions(phrases: readonly string[], blocks: ReadonlyArray<readonly Token[]>): Set<string> {
  const seen = new Set<string>()
  if (phrases.length === 0) return seen
  const matcher = new PhraseMatcher<string>()
  for (const phrase of new Set(phrases)) matcher.add(phrase, phrase)
  for (const tokens of blocks) {
    for (const match of matcher.match(tokens)) for (const phrase of match.values) seen.add(phrase)
  }
  return seen
}

function finding(match: PhraseMatch<GlossaryHit>, text: ProseText, entries: readonly GlossaryEntry[], document: ProseDocument): Finding {
  const wrong = text.value.slice(match.start, match.stem)
  const possessive = text.value.slice(match.stem, match.end)
  const terms = [...new Set(entries.map((entry) => entry.term))]
  // As the fix writes it: capitalized where the wrong text was.
  const expected = terms.map((term) => capitalizedLike(term, wrong) + possessive)
  const notes = [...new Set(entries.flatMap((entry) => (entry.note ? [entry.note] : [])))]
  const [start, end] = text.range(match.start, match.end)
  const shown = text.value.slice(match.start, match.end).replace(/\s+/g, ' ')
  const result: Finding = {
    reason: `Unexpected \`${shown}\`, expected ${expected.map((term) => `\`${term}\``).join(' or ')}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`,
    start,
    end,
    expected
  }
  if (notes.length > 0) result.note = notes.join('\n')
  // Replace only a single term, in a plain span (no Markdown inside), and
  // not a plural: the plural of a name is rarely what was meant.
  const range = verbatimRange(document, text, match.start, match.stem)
  if (terms.length === 1 && match.form !== 'plural' && range) result.fix = {range, text: capitalizedLike(terms[0]!, wrong)}
  return result
}
