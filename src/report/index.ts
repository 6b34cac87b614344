// Step 5 of the pipeline: messages → report text, one formatter per format.
import {reporter} from 'vfile-reporter'
import type {VFile} from 'vfile'
import {formatCompact} from './compact.js'
import {formatGithub} from './github.js'
import {formatHtml} from './html.js'
import {formatJson, formatJsonLines} from './json.js'
import {riskOfFile, riskSummary} from './risk.js'
import {pathOf} from './severity.js'
import {formatSarif} from './sarif.js'

export const formatNames = ['stylish', 'json', 'jsonl', 'github', 'sarif', 'compact', 'html'] as const
export type FormatName = (typeof formatNames)[number]

export interface FormatOptions {
  color: boolean
  /** Paths in SARIF are relative to this folder. */
  cwd: string
  /** copydesk's version, named in SARIF. */
  toolVersion: string
}

export function formatReport(files: VFile[], format: FormatName, options: FormatOptions): string {
  switch (format) {
    case 'json':
      return formatJson(files)
    case 'jsonl':
      return formatJsonLines(files)
    case 'stylish': {
      const text = formatStylish(files, options.color)
      const summary = riskSummary(files.map((file) => ({path: pathOf(file), score: riskOfFile(file).score})))
      return text === '' ? '' : summary === '' ? text : text + summary + '\n'
    }
    case 'github':
      return formatGithub(files)
    case 'sarif':
      return formatSarif(files, options)
    case 'compact':
      return formatCompact(files)
    case 'html':
      return formatHtml(files)
  }
}

/** vfile-reporter's text, without the risk summary. */
export function formatStylish(files: VFile[], color: boolean): string {
  // `quiet`: files without findings print nothing, as in ESLint.
  const text = reporter(files, {color, quiet: true})
  return text === '' ? '' : text + '\n'
}
