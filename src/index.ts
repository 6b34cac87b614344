// The Node API: `import {lint, lintFile, loadConfig} from 'copydesk'`.
// It runs the pipeline as the command line does (`lintArticle`), and gives
// its messages in vfile's shape, converted once, at this edge.
import {readFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import {VFile} from 'vfile'
import {decodeArticle} from './io/read.js'
import {loadConfig as loadConfigFile} from './config/load.js'
import type {ResolvedConfig} from './config/types.js'
import type {FixOutcome} from './fix/index.js'
import {addVFileMessages, lintArticle} from './pipeline/index.js'
import {unreadableMessage} from './pipeline/lint.js'
// For their type augmentations, in the declarations too: `message.fix` and
// `file.data.bom`.
import './pipeline/index.js'
import './io/read.js'

export type {ConfigFile, ResolvedConfig, RuleSetting} from './config/types.js'
export type {GlossaryEntry} from './text/glossary.js'
export type {FixEdit, Severity} from './rule.js'
export {ConfigError} from './config/load.js'
export {rules} from './rules/index.js'
export type {VFile} from 'vfile'
export type {VFileMessage} from 'vfile-message'

declare module 'vfile' {
  interface DataMap {
    /** Set by `fix: true`: how many passes changed the text. */
    fix: FixOutcome
  }
}

export interface LintOptions {
  /**
   * A configuration from `loadConfig`, or the path of a rules.config.json.
   * Default: the nearest rules.config.json from `cwd` upward, else the
   * built-in defaults — what the command line does.
   */
  config?: ResolvedConfig | string
  /** Folder to resolve paths and find the configuration from; default `process.cwd()`. */
  cwd?: string
  /** Run only these rule ids. */
  rules?: readonly string[]
  /**
   * Apply the fixes of fixable findings (up to 10 passes). The returned
   * file's value is then the fixed text, its messages what is left, and
   * `file.data.fix` says how many passes changed it. Nothing is written.
   */
  fix?: boolean
  /**
   * The Chinese source text, for the rules that compare with it; `false`
   * never looks for one. Default: for a VFile with a path, the source named
   * in its front matter or found beside it; for plain text, none.
   */
  source?: string | false
  /** With `lint(text)`: the file name shown in reports. */
  path?: string
  /**
   * Keep only a file's first this many findings, and end them with one
   * (rule id `max-findings`) saying how many more there were, of each
   * severity. Default: all.
   */
  maxFindings?: number
}

/**
 * Load a configuration: `path` if given, else the nearest rules.config.json
 * from `cwd` upward, else the built-in defaults. Throws `ConfigError` (one
 * line naming the file and the place) when it is invalid.
 */
export function loadConfig(path?: string, cwd: string = process.cwd()): ResolvedConfig {
  return loadConfigFile(path, cwd)
}

/**
 * Lint an article given as text (or as a VFile, which is linted in place).
 * Findings are the returned file's `messages`, each a VFileMessage with
 * `ruleId`, `reason`, `place`, `fatal` (true error, false warning,
 * undefined info), `actual`, `expected`, `url`, and `fix` when certain.
 */
export function lint(input: string | VFile, options: LintOptions = {}): VFile {
  const cwd = options.cwd ?? process.cwd()
  const file = typeof input === 'string' ? new VFile({value: input, cwd, ...(options.path ? {path: options.path} : {})}) : input
  const config = typeof options.config === 'object' ? options.config : loadConfigFile(options.config, cwd)
  const result = lintArticle(file, config, {
    only: options.rules,
    // A text has no place to look for its source beside.
    source: options.source ?? (typeof input === 'string' ? false : undefined),
    fix: options.fix,
    maxFindings: options.maxFindings
  })
  if (result.fix) file.data.fix = result.fix
  file.messages = []
  return addVFileMessages(file, result.messages)
}

/**
 * Read and lint an article file. Its Chinese source is found as the command
 * line finds it (front matter `source:`, or story.zh.md beside story.md)
 * unless `options.source` gives it. Rejects when the file cannot be read; a
 * file that is not text gives a VFile with one fatal message instead.
 */
export async function lintFile(path: string, options: LintOptions = {}): Promise<VFile> {
  const cwd = options.cwd ?? process.cwd()
  const bytes = await readFile(resolve(cwd, path))
  const read = decodeArticle(bytes, path, cwd)
  if (read.problem !== undefined) return addVFileMessages(new VFile({path, cwd}), [unreadableMessage(read.problem)])
  return lint(read.file, options)
}
