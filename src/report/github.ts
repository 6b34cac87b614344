// GitHub Actions workflow commands: one annotation per finding, shown on the
// pull request's changed lines.
//   ::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=RULE-ID::MESSAGE
// The runner reads `%`, CR and LF in the message as escapes, and `:` and `,`
// in properties as separators; both are escaped the way @actions/core does.
import {pathOf, spanOf, type SeverityCounts, type SeverityName} from './severity.js'
import type {ReportFile} from './file.js'

const command: Record<SeverityName, string> = {error: 'error', warning: 'warning', info: 'notice'}

/** GitHub shows at most this many annotations of each kind per step. */
export const annotationLimit = 10

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export function formatGithub(files: readonly ReportFile[]): string {
  let out = ''
  for (const file of files) {
    for (const message of file.messages) {
      const {line, column, endLine, endColumn} = spanOf(message)
      const properties: Array<[string, string | number]> = [['file', pathOf(file)], ['line', line]]
      // GitHub takes columns only for a finding on one line.
      if (line === endLine) properties.push(['col', column], ['endLine', endLine], ['endColumn', endColumn])
      else properties.push(['endLine', endLine])
      properties.push(['title', message.ruleId])
      const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')
      out += `::${command[message.severity]} ${list}::${escapeData(message.reason)}\n`
    }
  }
  return out
}

/** A file's name and the count of its findings of each severity: all the step summary needs of it. */
export interface FileCounts {
  path: string
  counts: SeverityCounts
}

/**
 * A Markdown table of findings per file for `$GITHUB_STEP_SUMMARY`, when the
 * run has more errors or warnings than GitHub will show as annotations;
 * undefined otherwise.
 */
export function githubStepSummary(files: readonly FileCounts[]): string | undefined {
  const total: SeverityCounts = {error: 0, warning: 0, info: 0}
  for (const {counts} of files) for (const severity of ['error', 'warning', 'info'] as const) total[severity] += counts[severity]
  if (total.error <= annotationLimit && total.warning <= annotationLimit) return undefined
  const rows = files
    .map(({path, counts}) => ({path: pathOf({path}), counts}))
    .filter(({counts}) => counts.error + counts.warning + counts.info > 0)
    .map(({path, counts}) => `| ${markdownCell(path)} | ${counts.error} | ${counts.warning} | ${counts.info} |`)
  // A blank line first: the file may already hold another step's Markdown.
  return [
    '',
    '### copydesk',
    '',
    `${count(total.error, 'error')}, ${count(total.warning, 'warning')} and ${count(total.info, 'notice')} in ${count(rows.length, 'file')}. ` +
      `GitHub shows only the first ${annotationLimit} errors and ${annotationLimit} warnings as annotations; all of them are counted here.`,
    '',
    '| file | errors | warnings | notices |',
    '| --- | ---: | ---: | ---: |',
    ...rows
  ].join('\n') + '\n'
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`

function markdownCell(text: string): string {
  return '`' + text.replace(/\|/g, '\\|').replace(/`/g, "'") + '`'
}
