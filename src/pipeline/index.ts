// The pipeline, end to end: parse → prose tree → rules → messages.
// `lintVFile` is the one place a finding comes from; the CLI and the Node
// API both call it.
import type {VFile} from 'vfile'
import type {ResolvedConfig} from '../config/types.js'
import {rulesById} from '../rules/index.js'
import {messageSource, runRules, type EnabledRule, type LintTimings} from './lint.js'
import {parseMarkdown} from './parse.js'
import {buildProse} from './prose.js'

export interface LintOptions {
  /** Run only these rule ids (still with their configured settings). */
  only?: readonly string[]
  timings?: LintTimings
}

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
export function lintVFile(file: VFile, config: ResolvedConfig, options: LintOptions = {}): VFile {
  const {tree, frontmatter, frontmatterError} = parseMarkdown(file)
  if (frontmatterError) {
    const message = file.message(`Front matter is not valid YAML: ${frontmatterError.reason}`, {
      ruleId: 'front-matter',
      source: messageSource
    })
    message.fatal = false
  }
  const document = buildProse(tree, file, frontmatter)
  runRules(document, file, enabledRules(config, options.only), config.glossary, options.timings)
  return file
}
