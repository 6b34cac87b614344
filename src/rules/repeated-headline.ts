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
import {isAsciiAlphanumeric} from '../text/chars.js'
import type {ProseText} from '../text/prose-text.js'

/** Lines this far into the article may be its headline. */
const headlineBlocks = 3
const minWords = 5

interface Line {
  text: ProseText
  start: number
  end: number
  /** The line normalized (see `normalize`), made on first use. */
  key?: string
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
        // The first word of each headline's key: a line that starts otherwise repeats none.
        const firstWords = new Set<string>()
        const blocks = context.document.blocks
        for (const [index, block] of blocks.entries()) {
          if (index >= headlineBlocks && headlines.size === 0) break
          for (const line of lines(block.text)) {
            const said = mayRepeat(line, firstWords) ? (headlines.get(keyOf(line)) ?? headlines.get(firstSentenceKey(line))) : undefined
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
            if (index < headlineBlocks && isHeadline(line)) {
              const key = keyOf(line)
              headlines.set(key, line)
              firstWords.add(key.slice(0, key.indexOf(' ')))
            }
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
    if (trimmed) yield {text, start: at + lead, end: at + lead + trimmed.length}
    at += raw.length + 1
  }
}

/** Without a final stop and five words long at least. */
function isHeadline(line: Line): boolean {
  const value = line.text.value.slice(line.start, line.end)
  return !/[.!?。！？:：][”"’)]*$/u.test(value) && keyOf(line).split(' ').length >= minWords
}

function keyOf(line: Line): string {
  return (line.key ??= normalize(line.text.value.slice(line.start, line.end)))
}

/**
 * Whether the line may repeat a headline: its key, or its first sentence's,
 * starts with a headline's first word. Told from the line's first ASCII
 * word without normalizing the line; a line that opens otherwise is let through.
 */
function mayRepeat(line: Line, firstWords: ReadonlySet<string>): boolean {
  if (firstWords.size === 0) return false
  const {value} = line.text
  let at = line.start
  while (at < line.end && !isAsciiAlphanumeric(value.charCodeAt(at))) {
    if (value.charCodeAt(at) >= 0x80) return true
    at++
  }
  const start = at
  while (at < line.end && isAsciiAlphanumeric(value.charCodeAt(at))) at++
  if (at < line.end && value.charCodeAt(at) >= 0x80) return true
  return firstWords.has(value.slice(start, at).toLowerCase())
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
