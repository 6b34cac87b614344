// repeated-headline: the headline said again below it, as the body's first
// line or as an image caption. Pages of Chinese company and government
// sites repeat the title over each photo, and a paste of such a page carries
// the copies into the text, where a reader meets the same line three times.
// duplicate-sentence leaves lines without a final stop alone, since section
// labels repeat by design; a headline is not a section label: it is one of
// the first lines, of five words or more, and each later line that says it
// again (or whose first sentence does) is reported.
// Bad: "Mayor visits the new rolling mill in the port district\n\nMayor visits the new rolling mill in the port district\n\nThe mayor toured the mill on Monday."
// Good: "Mayor visits the new rolling mill in the port district\n\nThe mayor toured the mill on Monday."
import {defineRule} from '../rule.js'
import type {ProseText} from '../text/prose-text.js'

/** Lines this far into the article may be its headline. */
const headlineBlocks = 3
const minWords = 5

interface Line {
  text: ProseText
  start: number
  end: number
  key: string
}

export default defineRule({
  id: 'repeated-headline',
  description: 'The headline repeated as the first line of the body or as an image caption',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'Mayor visits the new rolling mill in the port district\n\nMayor visits the new rolling mill in the port district\n\nThe mayor toured the mill on Monday.',
    good: 'Mayor visits the new rolling mill in the port district\n\nThe mayor toured the mill on Monday.'
  },
  create(context) {
    return {
      'RootNode:exit'() {
        const headlines = new Map<string, Line>()
        const blocks = context.document.blocks
        for (const [index, block] of blocks.entries()) {
          for (const line of lines(block.text)) {
            const said = headlines.get(line.key) ?? headlines.get(firstSentenceKey(line))
            if (said) {
              const [start, end] = line.text.range(line.start, line.end)
              context.report({
                reason: `Unexpected repeat of the headline \`${said.text.value.slice(said.start, said.end)}\`, remove it`,
                start,
                end,
                note: 'A headline is said once, above the story, not again as its first line or under each photo'
              })
              continue
            }
            if (index < headlineBlocks && isHeadline(line)) headlines.set(line.key, line)
          }
        }
      }
    }
  }
})

function* lines(text: ProseText): Generator<Line> {
  let at = 0
  for (const raw of text.value.split('\n')) {
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (trimmed) yield {text, start: at + lead, end: at + lead + trimmed.length, key: normalize(trimmed)}
    at += raw.length + 1
  }
}

/** Without a final stop and five words long at least. */
function isHeadline(line: Line): boolean {
  const value = line.text.value.slice(line.start, line.end)
  return !/[.!?。！？:：][”"’)]*$/u.test(value) && line.key.split(' ').length >= minWords
}

/** The key of a line's first sentence: "Headline. Body goes on…" */
function firstSentenceKey(line: Line): string {
  const value = line.text.value.slice(line.start, line.end)
  const stop = /[.!?。！？](?=\s|$)/u.exec(value)
  return stop ? normalize(value.slice(0, stop.index)) : ''
}

/** Lowercase words and numbers, one space apart. */
function normalize(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}
