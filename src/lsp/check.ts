// What the language server's worker thread does with a document: lint its
// in-memory text as the command line lints the file (the same reading, the
// same configuration lookup, the same source beside it), and keep what the
// editor needs besides the findings: the fixes --fix would apply, and where
// a directive comment can go. Plain data in, plain data out.
import {basename, dirname, relative, resolve} from 'node:path'
import picomatch from 'picomatch'
import {decodeArticle} from '../io/read.js'
import {ConfigError, loadConfig} from '../config/load.js'
import type {ResolvedConfig} from '../config/types.js'
import {fixEdits, proseRanges} from '../fix/index.js'
import type {Message} from '../message.js'
import {lintArticle} from '../pipeline/index.js'
import {unreadableMessage} from '../pipeline/lint.js'
import type {ProseDocument} from '../document.js'
import {rules} from '../rules/index.js'
import type {FixEdit, RuleDocs} from '../rule.js'
import {sourceFileName} from '../source/resolve.js'

export interface DocumentInput {
  /** Absolute path of a document saved on disk; undefined for an unsaved one. */
  path: string | undefined
  text: string
  /** The folder the command line would run from: the workspace folder holding the document. */
  cwd: string
  /** The `configPath` setting (the CLI's --config), relative to `cwd`. */
  configPath?: string | undefined
}

/** Where a `copydesk-disable-next-line` comment for a line goes. */
export interface LinePlacement {
  /** File offset to insert at. */
  offset: number
  /** At the end of the line above, inside its paragraph; else on a line of its own. */
  inline: boolean
}

export interface CheckOutput {
  /** The findings, as every report reads them. */
  messages: Message[]
  /** Per message, the fix --fix would apply in its first pass, if any. */
  fixes: Array<FixEdit | undefined>
  /** Per line holding a finding (1-based), where a line directive goes; none where it cannot work (table cells). */
  lines: Record<number, LinePlacement>
  /** Offset of the first line after the front matter, where a file directive goes. */
  bodyStart: number
  /** The configuration file that applied, or failed. */
  configPath?: string
  /** The configuration could not be loaded: this line, and no findings. */
  configProblem?: string
  /** The source file the article was compared with (or failed to be). */
  sourcePath?: string
  /** Left alone: a Chinese source, or a path the configuration ignores. */
  skipped?: 'source' | 'ignored'
}

export interface RuleInfo {
  id: string
  description: string
  url: string
  fixable: boolean
  docs: RuleDocs
}

/** What hover shows of each rule. */
export function ruleInfo(): RuleInfo[] {
  return rules.map(({id, description, url, fixable, docs}) => ({id, description, url, fixable, docs}))
}

/** The file name reports show, as the CLI shows it: relative to its working folder. */
function displayPath(input: DocumentInput): string {
  return input.path === undefined ? 'untitled' : relative(input.cwd, input.path) || input.path
}

type Loaded = {config: ResolvedConfig; problem?: undefined} | {config?: undefined; problem: string; path: string | undefined}

/** The configuration, read afresh: an edit to it applies on the next lint. */
function configFor(input: DocumentInput): Loaded {
  try {
    return {config: loadConfig(input.configPath, input.cwd)}
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    return {problem: error.message, path: input.configPath === undefined ? undefined : resolve(input.cwd, input.configPath)}
  }
}

/** Whether the configuration's `ignore` globs drop this path, as they drop it from a folder the CLI walks. */
function isIgnored(path: string, config: ResolvedConfig, cwd: string): boolean {
  if (config.ignore.length === 0) return false
  const base = config.path ? dirname(config.path) : cwd
  return picomatch([...config.ignore], {dot: true})(relative(base, path).split('\\').join('/'))
}

/** A saved document's source is looked up as the CLI looks it up; an unsaved one has none, as stdin has none. */
function sourceOption(input: DocumentInput): {source?: false} {
  return input.path === undefined ? {source: false} : {}
}

const frontmatter = /^\uFEFF?---[ \t]*\r?\n(?:[^]*?\r?\n)??---[ \t]*(?:\r?\n|$)/

export function checkDocument(input: DocumentInput): CheckOutput {
  const empty: CheckOutput = {messages: [], fixes: [], lines: {}, bodyStart: 0}
  if (input.path !== undefined && sourceFileName.test(basename(input.path))) return {...empty, skipped: 'source'}
  const loaded = configFor(input)
  if (loaded.problem !== undefined) return {...empty, configProblem: loaded.problem, ...(loaded.path ? {configPath: loaded.path} : {})}
  const {config} = loaded
  const configPath = config.path ? {configPath: config.path} : {}
  if (input.path !== undefined && isIgnored(input.path, config, input.cwd)) return {...empty, ...configPath, skipped: 'ignored'}

  const display = displayPath(input)
  // Through the same decoding as a file's bytes: binary content is refused as on the CLI.
  const read = decodeArticle(Buffer.from(input.text), display, input.cwd)
  if (read.problem !== undefined) return {...empty, ...configPath, messages: [unreadableMessage(read.problem)]}
  const file = read.file
  const documents: PlacedDocument[] = []
  const {messages} = lintArticle(file, config, {...sourceOption(input), onDocument: (document, offset) => documents.push({document, offset})})
  const text = String(file)
  return {
    ...configPath,
    messages,
    fixes: firstPassFixes(messages, documents, text),
    lines: linePlacements(messages, documents, text),
    bodyStart: frontmatter.exec(text)?.[0].length ?? 0,
    ...(file.data.sourcePath !== undefined ? {sourcePath: file.data.sourcePath} : {})
  }
}

/** A prose document and where its text starts in the file (a section of a file of megabytes starts past 0). */
interface PlacedDocument {
  document: ProseDocument
  offset: number
}

/** Each message's fix, kept only where the fix engine would apply it (inside prose, inside its finding). */
function firstPassFixes(messages: Message[], documents: PlacedDocument[], text: string): Array<FixEdit | undefined> {
  if (!messages.some((message) => message.fix)) return messages.map(() => undefined)
  const ranges = documents.flatMap(({document, offset}) => proseRanges(document).map(([from, to]) => [from + offset, to + offset] as const))
  return messages.map((message) => (message.fix ? fixEdits([message], ranges, text)[0] : undefined))
}

/**
 * A `disable-next-line` comment must sit on the line above the finding. When
 * that line is paragraph text, the comment goes at its end, inline (a comment
 * on a line of its own would split the paragraph in two); otherwise it gets
 * a line of its own. In a table a comment line would break the table.
 */
function linePlacements(messages: Message[], documents: PlacedDocument[], text: string): Record<number, LinePlacement> {
  const lineStarts = [0]
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1)
  /** The 1-based line of a file offset. */
  const lineAt = (offset: number) => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return low + 1
  }
  // Each block's place in the file: a section's positions count from the section's start.
  const blocks = documents.flatMap(({document, offset}) =>
    document.blocks.map((block) => {
      const start = offset + (block.node.position?.start.offset ?? Infinity)
      const end = offset + (block.node.position?.end.offset ?? -Infinity)
      return {kind: block.kind, start, end, firstLine: lineAt(start), lastLine: lineAt(end)}
    })
  )
  const placements: Record<number, LinePlacement> = {}
  for (const message of messages) {
    const place = message.place
    const start = place && 'start' in place ? place.start : undefined
    if (!start || start.offset === undefined || placements[start.line]) continue
    const line = start.line
    const own = blocks.find((block) => block.start <= start.offset! && start.offset! <= block.end)
    if (own?.kind === 'tableCell') continue
    const above = line > 1 ? blocks.find((block) => block.kind === 'paragraph' && block.firstLine <= line - 1 && line - 1 <= block.lastLine) : undefined
    if (above) {
      const lineEnd = lineStarts[line - 1]! - 1
      placements[line] = {offset: text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd, inline: true}
    } else placements[line] = {offset: lineStarts[line - 1] ?? 0, inline: false}
  }
  return placements
}

/** The text with every fix applied, as `copydesk --fix` would save it; undefined when nothing changes. */
export function fixDocument(input: DocumentInput): {fixed?: string; configProblem?: string} {
  if (input.path !== undefined && sourceFileName.test(basename(input.path))) return {}
  const loaded = configFor(input)
  if (loaded.problem !== undefined) return {configProblem: loaded.problem}
  if (input.path !== undefined && isIgnored(input.path, loaded.config, input.cwd)) return {}
  const read = decodeArticle(Buffer.from(input.text), displayPath(input), input.cwd)
  if (read.problem !== undefined) return {}
  const {fix} = lintArticle(read.file, loaded.config, {...sourceOption(input), fix: true})
  return fix?.changed ? {fixed: String(read.file)} : {}
}
