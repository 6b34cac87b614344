// The pipeline, end to end: parse → prose tree → rules → messages.
// `lintVFile` is the one place a finding comes from; the CLI and the Node
// API both call it.
import {VFile} from 'vfile'
import {encodingMessage} from '../io/read.js'
import {resolve} from 'node:path'
import {configForFile} from '../config/resolve.js'
import type {ResolvedConfig} from '../config/types.js'
import {rulesById} from '../rules/index.js'
import {messageSource, runRules, type EnabledRule, type LintTimings} from './lint.js'
import {treeParts} from './chunks.js'
import {directiveId, directiveProblems} from './directives.js'
import {parseErrorId, parseMarkdown, UncheckableError} from './parse.js'
import {buildProse} from './prose.js'
import type {Directive, ProseDocument} from '../document.js'
import {createSourceDocument, type SourceDocument} from '../source/document.js'
import {bilingualPairs} from '../source/pairs.js'
import type {SourceLookup, SourceText} from '../source/resolve.js'

export interface LintOptions {
  /** Run only these rule ids (still with their configured settings). */
  only?: readonly string[]
  timings?: LintTimings
  /**
   * Called with the prose document after the rules ran (--fix keeps its
   * edits inside prose); once for each part of a file of megabytes.
   */
  onDocument?: (document: ProseDocument) => void
  /**
   * The Chinese source, for the rules that compare with it: its text, or a
   * function that finds it from the file and its front matter (see
   * `findSource` in source/resolve.ts). Without it those rules do nothing.
   */
  source?: string | SourceText | ((file: VFile, frontmatter: Record<string, unknown> | undefined) => SourceLookup)
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
  const started = timings ? performance.now() : 0
  let tree, frontmatter, frontmatterError, document, sourceText
  try {
    ;({tree, frontmatter, frontmatterError} = parseMarkdown(file))
  } catch (error) {
    return uncheckable(file, error)
  }
  const parsed = timings ? performance.now() : 0
  if (timings) timings.add(parseTimingId, parsed - started)
  if (frontmatterError) {
    const message = file.message(`Front matter is not valid YAML: ${frontmatterError.reason}`, {
      ruleId: 'front-matter',
      source: messageSource
    })
    message.fatal = false
  }
  // A file of megabytes is checked part by part (see treeParts); an article is one part.
  const parts = treeParts(tree)
  const enabled = enabledRules(config, options.only)
  let directives: Directive[] = []
  for (const [index, part] of parts.entries()) {
    const building = timings ? performance.now() : 0
    try {
      document = buildProse(part, file, frontmatter)
    } catch (error) {
      return uncheckable(file, error)
    }
    if (timings) timings.add(proseTimingId, performance.now() - building)
    // Inline directives reach into later parts.
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
      } else if (sourceText && parts.length > 1) {
        const message = file.message('Not compared with the Chinese source: the file is too big to align with it', {place: document.toPoint(0), ruleId: 'source', source: messageSource})
        message.fatal = false
      }
    }
    const source = sourceText && 'value' in sourceText && parts.length === 1 ? sourceDocument(sourceText.value, document, sourceText.path) : undefined
    runRules(document, file, enabled, config.glossary, timings, source)
    if (source) file.data.bilingual = bilingualPairs(source, document.blocks)
    options.onDocument?.(document)
  }
  if (document && directives.length > 0) reportDirectives(file, document, directives, enabled, config.reportUnusedDirectives ?? false)
  return file
}

/** The Chinese source of `document`, its paragraphs read with the article's Markdown parser; `path` only names it. */
export function sourceDocument(value: string, document: ProseDocument, path?: string): SourceDocument {
  return createSourceDocument(value, parseMarkdown(new VFile({value})).tree, document, path)
}

/** Warnings on directives naming unknown rules or, when asked, switching nothing off; messages then go back in file order. */
function reportDirectives(file: VFile, document: ProseDocument, directives: Directive[], enabled: readonly EnabledRule[], reportUnused: boolean): void {
  const problems = directiveProblems(directives, [...rulesById.keys()], new Set(enabled.map(({rule}) => rule.id)), reportUnused)
  if (problems.length === 0) return
  for (const {directive, reason} of problems) {
    const message = file.message(reason, {place: {start: document.toPoint(directive.offset), end: document.toPoint(directive.end)}, ruleId: directiveId, source: messageSource})
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
