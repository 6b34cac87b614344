// The pipeline, end to end: parse → prose tree → rules → messages.
// `lintVFile` is the one place a finding comes from; the CLI and the Node
// API both call it.
import type {VFile} from 'vfile'
import {encodingMessage} from '../io/read.js'
import {resolve} from 'node:path'
import {configForFile} from '../config/resolve.js'
import type {ResolvedConfig} from '../config/types.js'
import {rulesById} from '../rules/index.js'
import {messageSource, runRules, type EnabledRule, type LintTimings} from './lint.js'
import {partSize} from './chunks.js'
import {directiveId, directiveProblems} from './directives.js'
import {parseErrorId, parseMarkdown, parseSections, UncheckableError, type ParsedMarkdown} from './parse.js'
import {buildProse} from './prose.js'
import type {Directive, ProseDocument} from '../document.js'
import {createSourceDocument} from '../source/document.js'
import {bilingualPairs} from '../source/pairs.js'
import type {SourceLookup, SourceText} from '../source/resolve.js'

export interface LintOptions {
  /** Run only these rule ids (still with their configured settings). */
  only?: readonly string[]
  timings?: LintTimings
  /**
   * Called with the prose document after the rules ran (--fix keeps its
   * edits inside prose); once for each section of a file of megabytes.
   */
  onDocument?: (document: ProseDocument) => void
  /**
   * The Chinese source, for the rules that compare with it: its text, or a
   * function that finds it from the file and its front matter (see
   * `findSource` in source/resolve.ts). Without it those rules do nothing.
   */
  source?: string | SourceText | ((file: VFile, frontmatter: Record<string, unknown> | undefined) => SourceLookup)
  /**
   * Keep only the first this many messages of the file, and close them with
   * one saying how many more there were (see reportOmitted). Undefined: all.
   */
  maxFindings?: number
}

declare module 'vfile' {
  interface DataMap {
    /** The source file the article was compared with (or failed to be): the cache depends on it. */
    sourcePath: string
  }
}

let threadTimings: LintTimings | undefined
/** Time every lint on this thread from now on (the CLI's --timing); undefined stops. */
export function collectTimings(timings: LintTimings | undefined): void {
  threadTimings = timings
}

/** Engine stages in the timing table, beside the rule ids. */
export const parseTimingId = '(markdown parse)'
export const proseTimingId = '(prose tree)'

/** The rules a configuration enables, in registry order. */
export function enabledRules(config: ResolvedConfig, only?: readonly string[]): EnabledRule[] {
  const enabled: EnabledRule[] = []
  for (const [id, setting] of config.rules) {
    if (only && !only.includes(id)) continue
    enabled.push({rule: rulesById.get(id)!, setting})
  }
  return enabled
}

/** Lint one article held in `file`; findings are added to `file.messages`. */
export function lintVFile(file: VFile, fileConfig: ResolvedConfig, options: LintOptions = {}): VFile {
  // A configuration's overrides for this file's folder.
  const config = file.path ? configForFile(fileConfig, resolve(file.cwd, file.path)) : fileConfig
  const timings = options.timings ?? threadTimings
  // A file of megabytes is parsed and checked section by section, each
  // section's trees let go before the next is parsed (see parseSections);
  // an article is one section.
  const sectioned = String(file).length > partSize
  const sections = sectioned ? parseSections(file) : undefined
  const enabled = enabledRules(config, options.only)
  const omitted = {error: 0, warning: 0, info: 0}
  let directives: Directive[] = []
  let checked = false
  let frontmatter: ProseDocument['frontmatter']
  let sourceText: SourceText | SourceLookup | undefined
  for (let index = 0; ; index++) {
    const started = timings ? performance.now() : 0
    let parsed: ParsedMarkdown | undefined
    try {
      if (sections) parsed = sections.next().value ?? undefined
      else if (index === 0) parsed = parseMarkdown(file)
    } catch (error) {
      return uncheckable(file, error)
    }
    if (!parsed) break
    const {tree, frontmatterError} = parsed
    if (timings) timings.add(parseTimingId, performance.now() - started)
    // Front matter only ever opens the first section.
    if (index === 0) frontmatter = parsed.frontmatter
    if (frontmatterError) {
      const message = file.message(`Front matter is not valid YAML: ${frontmatterError.reason}`, {
        ruleId: 'front-matter',
        source: messageSource
      })
      message.fatal = false
    }
    const building = timings ? performance.now() : 0
    let document: ProseDocument
    try {
      document = buildProse(tree, file, frontmatter)
    } catch (error) {
      return uncheckable(file, error)
    }
    checked = true
    if (timings) timings.add(proseTimingId, performance.now() - building)
    // Inline directives reach into later sections.
    directives = document.directives = [...directives, ...document.directives]
    if (index === 0) {
      encodingMessage(file, document.toPoint)
      const found = typeof options.source === 'function' ? options.source(file, frontmatter) : options.source
      if (found && typeof found === 'object' && found.path !== undefined) file.data.sourcePath = found.path
      sourceText = typeof found === 'string' ? {value: found} : found
      if (sourceText && 'problem' in sourceText) {
        const message = file.message(`Cannot read the source \`${sourceText.path}\`: ${sourceText.problem}`, {
          place: document.toPoint(0),
          ruleId: 'source',
          source: messageSource
        })
        message.fatal = true
      } else if (sourceText && sectioned) {
        const message = file.message('Not compared with the Chinese source: the file is too big to align with it', {place: document.toPoint(0), ruleId: 'source', source: messageSource})
        message.fatal = false
      }
    }
    const source = sourceText && 'value' in sourceText && !sectioned ? createSourceDocument(sourceText.value, document, sourceText.path) : undefined
    runRules(document, file, enabled, config.glossary, timings, source)
    if (source) file.data.bilingual = bilingualPairs(source, document.blocks)
    options.onDocument?.(document)
    if (options.maxFindings !== undefined) dropPast(file, options.maxFindings, omitted)
  }
  if (!checked) return file
  // Positions from a document without blocks: a section's document, even
  // its toPoint, would hold that section's trees while the next is parsed.
  const {toPoint} = buildProse({type: 'root', children: []}, file, frontmatter)
  if (directives.length > 0) reportDirectives(file, toPoint, directives, enabled, config.reportUnusedDirectives ?? false)
  if (options.maxFindings !== undefined) {
    dropPast(file, options.maxFindings, omitted)
    reportOmitted(file, toPoint, options.maxFindings, omitted)
  }
  return file
}

/** ruleId of the closing message on a file whose findings went past --max-findings. */
const maxFindingsId = 'max-findings'

type SeverityCounts = {error: number; warning: number; info: number}

/** Drop a file's messages past the first `max`, counting them by severity. */
function dropPast(file: VFile, max: number, omitted: SeverityCounts): void {
  if (file.messages.length <= max) return
  for (let index = max; index < file.messages.length; index++) {
    const {fatal} = file.messages[index]!
    omitted[fatal === true ? 'error' : fatal === false ? 'warning' : 'info']++
  }
  file.messages.length = max
}

/**
 * The closing message of a file whose findings went past `max`: how many
 * were left out, of each severity, at the end of the file. Its severity is
 * the gravest left out, so that the exit code stays what all of them call
 * for.
 */
function reportOmitted(file: VFile, toPoint: ProseDocument['toPoint'], max: number, omitted: SeverityCounts): void {
  const total = omitted.error + omitted.warning + omitted.info
  if (total === 0) return
  const count = (n: number, noun: string) => `${n.toLocaleString('en-US')} ${noun}${n === 1 || noun === 'info' ? '' : 's'}`
  const kinds = [count(omitted.error, 'error'), count(omitted.warning, 'warning'), count(omitted.info, 'info')].filter((_, kind) => [omitted.error, omitted.warning, omitted.info][kind]! > 0)
  const message = file.message(
    `${count(total, 'more finding')} not shown (${kinds.join(', ')}): only the first ${max.toLocaleString('en-US')} of a file are reported (--max-findings)`,
    {place: toPoint(String(file).length), ruleId: maxFindingsId, source: messageSource}
  )
  message.fatal = omitted.error > 0 ? true : omitted.warning > 0 ? false : undefined
}

/** Warnings on directives naming unknown rules or, when asked, switching nothing off; messages then go back in file order. */
function reportDirectives(file: VFile, toPoint: ProseDocument['toPoint'], directives: Directive[], enabled: readonly EnabledRule[], reportUnused: boolean): void {
  const problems = directiveProblems(directives, [...rulesById.keys()], new Set(enabled.map(({rule}) => rule.id)), reportUnused)
  if (problems.length === 0) return
  for (const {directive, reason} of problems) {
    const message = file.message(reason, {place: {start: toPoint(directive.offset), end: toPoint(directive.end)}, ruleId: directiveId, source: messageSource})
    message.fatal = false
  }
  const offset = (message: VFile['messages'][number]) => (message.place && 'start' in message.place ? message.place.start.offset ?? 0 : -1)
  file.messages.sort((a, b) => offset(a) - offset(b))
}

/** Too deeply nested or too big to parse: one fatal message on the file, never a crash of the run. */
function uncheckable(file: VFile, error: unknown): VFile {
  if (!(error instanceof UncheckableError || error instanceof RangeError)) throw error
  const reason = error instanceof UncheckableError ? error.message : `a block in it is too long or nested too deeply to check (${error.message})`
  const message = file.message(`Cannot check this file: ${reason}`, {place: {line: 1, column: 1}, ruleId: parseErrorId, source: messageSource})
  message.fatal = true
  return file
}
