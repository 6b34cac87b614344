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

/** One configuration's patterns, and what lets a line skip most of them. */
interface Compiled {
  patterns: readonly Pattern[]
  /** Those with a regular expression: all a line can match when the two tests below fail. */
  expressions: readonly Pattern[]
  /**
   * Any `contains` phrase, as one expression of escaped literals: one test
   * instead of a search per phrase, and most lines hold none.
   */
  anyContained: RegExp | undefined
  /** The first characters of the `start` phrases. */
  initials: ReadonlySet<string>
}

const compiled = new WeakMap<Options, Compiled>()

function compile(options: Options): Compiled {
  let result = compiled.get(options)
  if (!result) {
    const patterns: Pattern[] = [
      ...(data.lines as Entry[]).map((entry) => ({...entry, pattern: entry.pattern === undefined ? undefined : new RegExp(entry.pattern, 'diu')})),
      ...options.start.map((start) => ({start: start.toLowerCase()})),
      ...options.contains.map((contains) => ({contains: contains.toLowerCase()}))
    ]
    const contained = patterns.flatMap((pattern) => (pattern.contains ? [pattern.contains.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')] : []))
    result = {
      patterns,
      expressions: patterns.filter((pattern) => pattern.pattern),
      anyContained: contained.length > 0 ? new RegExp(contained.join('|')) : undefined,
      initials: new Set(patterns.flatMap((pattern) => (pattern.start ? [pattern.start[0]!] : [])))
    }
    compiled.set(options, result)
  }
  return result
}

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
    const lines = compile(context.options)
    return {
      ParagraphNode(_node, block) {
        const {value} = block.text
        let lineStart = 0
        for (const line of value.split('\n')) {
          const found = matchLine(line, lines)
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
function matchLine(line: string, {patterns, expressions, anyContained, initials}: Compiled): string | undefined {
  const lower = halfWidth(line).toLowerCase()
  const body = lower.replace(/^[\s【[(（*#]+/u, '')
  const view: LineView = {line, lower, body, mayStart: initials.has(body.charAt(0)), mayContain: anyContained?.test(lower) ?? false}
  for (const pattern of view.mayStart || view.mayContain ? patterns : expressions) {
    const found = phraseIn(view, pattern)
    // The line must also hold `with`: looked for last, as few lines get that far.
    if (found !== undefined && (!pattern.with || lower.includes(pattern.with))) return found
  }
  return undefined
}

/** A line as the patterns read it. */
interface LineView {
  line: string
  /** Half-width and lowercase. */
  lower: string
  /** `lower` without leading space and brackets. */
  body: string
  /** Whether some `start` phrase begins with the body's first character. */
  mayStart: boolean
  /** Whether some `contains` phrase is in the line. */
  mayContain: boolean
}

/** The phrase of one pattern in the line, as written, whatever its `with`. */
function phraseIn({line, lower, body, mayStart, mayContain}: LineView, pattern: Pattern): string | undefined {
  if (pattern.pattern) {
    const [from, to] = pattern.pattern.exec(lower)?.indices?.[1] ?? []
    if (from !== undefined && to !== undefined) return line.slice(from, to)
  }
  if (mayStart && pattern.start && body.startsWith(pattern.start)) {
    const offset = lower.length - body.length
    return line.slice(offset, offset + pattern.start.length + (lower[offset + pattern.start.length] === ':' ? 1 : 0))
  }
  if (mayContain && pattern.contains) {
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
