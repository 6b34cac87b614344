// boilerplate: site furniture scraped along with the article — "Link to this
// article:", "Reprint Statement:", "Responsible Editor:", QR-code prompts,
// a dateline with credits ("2020-07-26 14:40:44 Source: xx Author: yy").
// It flags the whole line so the editor deletes it, not a word of it.
// The phrases are data (src/data/boilerplate.json); the options add more.
// Bad: "Reprint Statement: all articles on this site are original."
// Good: (the line removed)
import data from '../data/boilerplate.json' with {type: 'json'}
import {defineRule} from '../rule.js'

interface Options {
  /** More phrases that mark a line when it starts with them. */
  start: string[]
  /** More phrases that mark a line wherever they stand in it. */
  contains: string[]
}

interface Entry {
  start?: string
  contains?: string
  pattern?: string
  with?: string
}

interface Pattern extends Omit<Entry, 'pattern'> {
  pattern?: RegExp
}

/** The built-in lines, compiled once rather than for every file. */
const builtIn: readonly Pattern[] = (data.lines as Entry[]).map((entry) => ({
  ...entry,
  pattern: entry.pattern === undefined ? undefined : new RegExp(entry.pattern, 'diu')
}))

export default defineRule<Options>({
  id: 'boilerplate',
  description: 'Scraped site text: "Link to this article:", "Reprint Statement:", editor credits, share and QR-code prompts',
  severity: 'warn',
  fixable: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      start: {type: 'array', items: {type: 'string', minLength: 1}, description: 'Phrases that mark a line when it starts with them.'},
      contains: {type: 'array', items: {type: 'string', minLength: 1}, description: 'Phrases that mark a line wherever they stand.'}
    }
  },
  defaults: {start: [], contains: []},
  docs: {
    bad: 'Reprint Statement: If there are no special instructions, all articles on this site are original.',
    good: '(delete the line)'
  },
  create(context) {
    const patterns: Pattern[] = [
      ...builtIn,
      ...context.options.start.map((start) => ({start: start.toLowerCase()})),
      ...context.options.contains.map((contains) => ({contains: contains.toLowerCase()}))
    ]
    return {
      ParagraphNode(_node, block) {
        const {value} = block.text
        let lineStart = 0
        for (const line of value.split('\n')) {
          const found = matchLine(line, patterns)
          if (found) {
            const lead = line.length - line.trimStart().length
            const [start, end] = block.text.range(lineStart + lead, lineStart + line.trimEnd().length)
            context.report({
              reason: `Scraped site text \`${found}\`, remove the line before publishing`,
              start,
              end
            })
          }
          lineStart += line.length + 1
        }
      }
    }
  }
})

/** The phrase that makes `line` boilerplate, as written in the line. */
function matchLine(line: string, patterns: readonly Pattern[]): string | undefined {
  const lower = halfWidth(line).toLowerCase()
  const body = lower.replace(/^[\s【[(（*#]+/u, '')
  for (const pattern of patterns) {
    const found = phraseIn(line, lower, body, pattern)
    // The line must also hold `with`: looked for last, as few lines get that far.
    if (found !== undefined && (!pattern.with || lower.includes(pattern.with))) return found
  }
  return undefined
}

/** The phrase of one pattern in `line`, as written, whatever its `with`. */
function phraseIn(line: string, lower: string, body: string, pattern: Pattern): string | undefined {
  if (pattern.pattern) {
    const [from, to] = pattern.pattern.exec(lower)?.indices?.[1] ?? []
    if (from !== undefined && to !== undefined) return line.slice(from, to)
  }
  if (pattern.start && body.startsWith(pattern.start)) {
    const offset = lower.length - body.length
    return line.slice(offset, offset + pattern.start.length + (lower[offset + pattern.start.length] === ':' ? 1 : 0))
  }
  if (pattern.contains) {
    const at = lower.indexOf(pattern.contains)
    if (at >= 0) return line.slice(at, at + pattern.contains.length)
  }
  return undefined
}

/**
 * Full-width ASCII (U+FF01–FF5E: "Source：", "ＡＢ") and Chinese brackets as
 * their ASCII forms, one character for one, so offsets stay the same.
 */
function halfWidth(line: string): string {
  return line.replace(/[\uFF01-\uFF5E【】]/gu, (char) =>
    char === '【' ? '[' : char === '】' ? ']' : String.fromCharCode(char.charCodeAt(0) - 0xfee0)
  )
}
