// boilerplate: site furniture scraped along with the article — "Link to this
// article:", "Reprint Statement:", "Responsible Editor:", QR-code prompts,
// a dateline with credits ("2020-07-26 14:40:44 Source: xx Author: yy"),
// and any line that is furniture by its shape (text/furniture.ts):
// breadcrumbs, credits, counters and stamps, sharing and list controls,
// machine-translation notices. It flags the whole line so the editor
// deletes it, not a word of it; a furniture line is deleted by --fix, but a
// credit that names someone is only `info` (a desk may keep bylines).
// A scraped title that keeps its site's name after a dash or bar ("Navy
// Day parade held - Example News Network") has the name flagged.
// The phrases are data (src/data/boilerplate.json); the options add more.
// Bad: "Reprint Statement: all articles on this site are original."
// Good: (the line removed)
import data from '../data/boilerplate.json' with {type: 'json'}
import {defineRule, type Finding} from '../rule.js'
import type {ProseBlock} from '../document.js'
import {furnitureOf, halfWidth} from '../text/furniture.js'
import {siteSuffix} from '../text/site-names.js'

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

function compile(options: Options): Compiled {
  const patterns: Pattern[] = [
    ...(data.lines as Entry[]).map((entry) => ({...entry, pattern: entry.pattern === undefined ? undefined : new RegExp(entry.pattern, 'diu')})),
    ...options.start.map((start) => ({start: start.toLowerCase()})),
    ...options.contains.map((contains) => ({contains: contains.toLowerCase()}))
  ]
  const contained = patterns.flatMap((pattern) => (pattern.contains ? [pattern.contains.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')] : []))
  return {
    patterns,
    expressions: patterns.filter((pattern) => pattern.pattern),
    anyContained: contained.length > 0 ? new RegExp(contained.join('|')) : undefined,
    initials: new Set(patterns.flatMap((pattern) => (pattern.start ? [pattern.start[0]!] : [])))
  }
}

export default defineRule<Options, Compiled>({
  id: 'boilerplate',
  description: 'Scraped site text: breadcrumbs, bylines, view counters, share buttons, "Reprint Statement:", a site name left in a title',
  severity: 'warn',
  fixable: true,
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
  prepare: compile,
  create(context) {
    const lines = context.prepared
    const {document} = context
    return {
      ParagraphNode(_node, block) {
        const {value} = block.text
        let lineStart = 0
        for (const line of value.split('\n')) {
          const found = matchLine(line, lines)
          const furniture = found ? undefined : furnitureOf(line)
          const lead = line.length - line.trimStart().length
          const [start, end] = found || furniture ? block.text.range(lineStart + lead, lineStart + line.trimEnd().length) : [0, 0]
          if (found) {
            context.report({reason: `Scraped site text \`${found}\`, remove the line before publishing`, start, end})
          } else if (furniture) {
            const finding: Finding = {reason: `Page furniture (${furniture.kind}) \`${quote(line.trim())}\`, delete the line`, start, end}
            if (furniture.certain) {
              const fix = lineDeletion(block, lineStart + lead, line.trim())
              if (fix) finding.fix = fix
            } else finding.severity = 'info'
            context.report(finding)
          } else {
            const suffix = siteSuffix(line)
            if (suffix) {
              const [from, to] = block.text.range(lineStart + suffix.start, lineStart + suffix.end)
              const edit = document.value.slice(from, to) === line.slice(suffix.start, suffix.end) ? {fix: {range: [from, to] as [number, number], text: ''}} : {}
              context.report({reason: `Site name \`${suffix.name}\` left in the title, remove it`, start: from, end: to, ...edit})
            }
          }
          lineStart += line.length + 1
        }
      }
    }

    /**
     * The edit deleting a line's text, when the file holds it as the prose
     * does (no Markdown inside it). What is left is a blank line, which
     * Markdown ignores; the line break and any quote or list marker before
     * the text are not prose, and the fix engine edits only prose.
     */
    function lineDeletion(block: ProseBlock, lineStart: number, line: string): Finding['fix'] | undefined {
      const [from, to] = block.text.range(lineStart, lineStart + line.length)
      return document.value.slice(from, to) === line ? {range: [from, to], text: ''} : undefined
    }
  }
})

/** How much of a long line the message quotes. */
const quoted = 60
const quote = (line: string) => ([...line].length > quoted ? [...line].slice(0, quoted).join('') + '…' : line)

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
