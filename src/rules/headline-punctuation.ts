// headline-punctuation: a headline that ends in a full stop.
// News headlines take none, yet MT systems close every segment with one, and
// a scraped title keeps it. A headline is a Markdown heading, or the first
// line of a plain-text (.txt) article when that is one short sentence (a
// longer first line is the lede).
// With the source the Chinese decides: its headline without 。 is a title
// whatever the English length, and one with 。 is a sentence, never reported.
// Bad: "Aluminium park signs twelve new projects." (above the story)
// Good: "Aluminium park signs twelve new projects"
import {defineRule} from '../rule.js'
import type {ProseBlock} from '../document.js'
import type {SourceDocument} from '../source/document.js'
import {isAbbreviation} from '../text/abbreviations.js'

interface Options {
  /** The most words an article's first line may have and still be read as its headline (without the source). */
  maxWords: number
}

/** A Chinese text that reads as sentences rather than a title. */
const chineseSentenceEnd = /[。！？]/

export default defineRule<Options>({
  id: 'headline-punctuation',
  description: 'Headline that ends in a full stop',
  severity: 'warn',
  fixable: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {maxWords: {type: 'integer', minimum: 1}}
  },
  defaults: {maxWords: 20},
  docs: {
    bad: '# Aluminium park signs twelve new projects.\n\nThe industrial park in Baiyun District signed twelve projects in the first two months, the district said.',
    good: '# Aluminium park signs twelve new projects\n\nThe industrial park in Baiyun District signed twelve projects in the first two months, the district said.'
  },
  create(context) {
    const {source, document} = context
    /** The headline's text, trimmed, and where it starts in the block. */
    const check = (block: ProseBlock, from: number, to: number) => {
      const text = block.text.value
      let end = to
      while (end > from && /[\s"'”’]/.test(text[end - 1]!)) end--
      if (text[end - 1] !== '.' || text[end - 2] === '.') return
      const lastWord = /(\S+)\.$/.exec(text.slice(from, end))?.[1] ?? ''
      if (isAbbreviation(lastWord) || /\.\w$/.test(lastWord)) return
      const [start, stop] = block.text.range(end - 1, end)
      context.report({
        reason: 'Unexpected `.` at the end of a headline, remove it',
        start,
        end: stop,
        expected: [''],
        fix: {range: [start, stop], text: ''}
      })
    }
    return {
      'RootNode:exit'() {
        const blocks = document.blocks
        const headings = blocks.flatMap((block, index) => (block.kind === 'heading' ? [index] : []))
        if (headings.length > 0) {
          for (const index of headings) {
            if (source && sourceOf(source, index).some((text) => chineseSentenceEnd.test(text))) continue
            check(blocks[index]!, 0, blocks[index]!.text.value.length)
          }
          return
        }
        // A plain-text article's first line, when something follows it.
        const first = blocks[0]
        if (!document.plainText || !first || first.quoted || first.kind !== 'paragraph') return
        const text = first.text.value
        const lineEnd = text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length
        if (lineEnd === text.length && blocks.length < 2) return
        const line = text.slice(0, lineEnd)
        if (source) {
          const chinese = sourceOf(source, 0)
          if (chinese.length === 0 || chinese.some((t) => chineseSentenceEnd.test(t))) return
          if (source.paragraphs[0] && !chinese.includes(source.paragraphs[0].text)) return
        } else {
          const words = line.split(/\s+/).filter(Boolean).length
          // A line run on into the next with no blank line between is a title
          // only when it is short: a long one is the lede's first sentence.
          const at = first.text.offsetAt(lineEnd)
          const after = document.value.slice(at, at + 16)
          const runOn = lineEnd < text.length || !/^[ \t]*\r?\n[ \t]*(?:\r?\n|$)/.test(after)
          const limit = runOn ? Math.min(runOnTitleWords, context.options.maxWords) : context.options.maxWords
          // A dateline or an outlet in brackets opens a lede, not a title.
          if (words > limit || /^\s*\(/.test(line)) return
          // Two sentences on the line are prose, even run together ("ended.Then").
          if (first.sentences.filter((span) => span.start < lineEnd).length > 1 || innerSentenceEnd(line)) return
        }
        check(first, 0, lineEnd)
      }
    }
  }
})

/** Words at most in a first line that the next line follows without a blank line, for it to be a title. */
const runOnTitleWords = 12

/** The source paragraphs aligned with article block `index`. */
function sourceOf(source: SourceDocument, index: number): string[] {
  const bead = source.alignment.beadOfBlock[index]
  if (!bead) return []
  return source.paragraphs.slice(bead.source[0], bead.source[1]).map((paragraph) => paragraph.text)
}

/** Whether `line` ends a sentence before its last character: a `.`, `!` or `?` after a word that is no abbreviation. */
function innerSentenceEnd(line: string): boolean {
  for (const match of line.trimEnd().slice(0, -1).matchAll(/([\p{L}\p{N}.]*)[.!?](?=["”’)]?(?:\s|\p{Lu}))/gu)) {
    const word = match[1]!
    if (!isAbbreviation(word) && !/^(?:\p{L}\.)*\p{L}$/u.test(word)) return true
  }
  return false
}
