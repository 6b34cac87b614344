// One article, once read: lint it, fix it when asked (save the fixes, or
// describe them as a diff), and keep what the report should show.
import type {VFile} from 'vfile'
import type {ResolvedConfig} from '../config/types.js'
import {unifiedDiff} from '../fix/diff.js'
import {writeFixedArticle, type FixedArticle, type WriteDeps} from '../fix/write.js'
import {lint} from '../index.js'

export interface CheckOptions {
  config: ResolvedConfig
  rules: readonly string[] | undefined
  /** The source text, `false` for none, undefined to look for it beside the article. */
  source: string | false | undefined
  /** `write`: save fixes to `path`; `keep`: return the fixed text to be saved later; `diff`: describe them. */
  fix: 'write' | 'keep' | 'diff' | undefined
  /** Report errors only. */
  quiet: boolean
  /** Keep a file's first this many findings (--max-findings); undefined: all. */
  maxFindings?: number | undefined
  deps?: WriteDeps
}

export interface CheckResult {
  /** Why the fixes were not saved. */
  problem?: string
  /** With `fix: 'diff'`, the changes as a unified diff. */
  diff?: string
  /** With `fix: 'keep'`, the text as checked and as fixed, for `writeFixedArticle`. */
  fixed?: FixedArticle
}

/** Check `file` (read from `path`) in place; its messages become the report's. */
export function checkArticle(file: VFile, path: string, options: CheckOptions): CheckResult {
  const lintOptions = {config: options.config, source: options.source, maxFindings: options.maxFindings, ...(options.rules ? {rules: options.rules} : {})}
  const original = String(file)
  lint(file, {...lintOptions, fix: options.fix !== undefined})
  const result: CheckResult = {}
  if (file.data.fix?.changed) {
    const fixed = String(file)
    if (options.fix === 'diff') result.diff = unifiedDiff(file.path, original, fixed)
    else if (options.fix === 'keep') result.fixed = {path, original, fixed, bom: file.data.bom ?? false}
    else {
      result.problem = writeFixedArticle({path, original, fixed, bom: file.data.bom ?? false}, options.deps)
      if (result.problem !== undefined) {
        // Not saved: report the file as it is.
        file.value = original
        delete file.data.fix
        lint(file, lintOptions)
      }
    }
  }
  if (options.quiet) file.messages = file.messages.filter((message) => message.fatal === true)
  return result
}
