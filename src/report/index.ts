// Step 5 of the pipeline: messages → report text, one formatter per format.
// Each format writes a file's part as the file comes (see
// src/cli/report-stream.ts); `formatReport` is the report of files all at once.
import {formatCompact} from './compact.js'
import {formatGithub} from './github.js'
import {formatHtml} from './html.js'
import {formatJson, formatJsonLines} from './json.js'
import {riskOfFile, riskSummary} from './risk.js'
import {countSeverities, pathOf} from './severity.js'
import type {ReportFile} from './file.js'
import {formatSarif} from './sarif.js'
import {byline, stylishFile} from './stylish.js'

export const formatNames = ['stylish', 'json', 'jsonl', 'github', 'sarif', 'compact', 'html'] as const
export type FormatName = (typeof formatNames)[number]

export interface FormatOptions {
  color: boolean
  /** Paths in SARIF are relative to this folder; the json formats name it as each file's `cwd`. */
  cwd: string
  /** copydesk's version, named in SARIF. */
  toolVersion: string
}

export function formatReport(files: readonly ReportFile[], format: FormatName, options: FormatOptions): string {
  switch (format) {
    case 'json':
      return formatJson(files, options.cwd)
    case 'jsonl':
      return formatJsonLines(files, options.cwd)
    case 'stylish':
      return formatStylish(files, options.color)
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

/** Each file's part, a blank line between, then the closing count and the risk ranking. */
function formatStylish(files: readonly ReportFile[], color: boolean): string {
  const parts = files.map((file) => stylishFile(file, color, true)).filter((part) => part !== '')
  if (parts.length === 0) return ''
  const summary = riskSummary(files.map((file) => ({path: pathOf(file), score: riskOfFile(file).score})))
  return `${parts.join('\n')}\n${byline(countSeverities(files.flatMap((file) => file.messages)), color)}\n${summary === '' ? '' : summary + '\n'}`
}
