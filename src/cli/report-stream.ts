// The report, file by file, so a run never holds every file: stylish,
// compact and github text is written as each file comes in; a JSON report is
// streamed as the text of one array; SARIF keeps each file's results as text
// and writes the document at the end, when the list of rules that fired is
// known. Every format's text is the same as formatting all files at once,
// except that stylish aligns its columns per file.
import type {Result} from 'sarif'
import type {VFile} from 'vfile'
import {formatReport, formatStylish, type FormatName, type FormatOptions} from '../report/index.js'
import {riskOfFile, riskSummary} from '../report/risk.js'
import {HtmlReport} from '../report/html.js'
import {formatSarif} from '../report/sarif.js'
import {countSeverities, pathOf} from '../report/severity.js'

export interface ReportSink {
  add(file: VFile): void
  /** The rest of the report, once every file is in. */
  end(): string
}

export function createReportSink(format: FormatName, options: FormatOptions, write: (text: string) => void): ReportSink {
  switch (format) {
    case 'stylish':
      return stylishSink(options, write)
    case 'json':
      return jsonSink(options, write)
    case 'sarif':
      return sarifSink(options)
    case 'compact':
    case 'github':
    case 'jsonl':
      return {add: (file) => write(formatReport([file], format, options)), end: () => ''}
    case 'html':
      return htmlSink(write)
  }
}

/** The page's head at once, each article as it comes, the index at the end. */
function htmlSink(write: (text: string) => void): ReportSink {
  const report = new HtmlReport()
  write(report.head())
  return {add: (file) => write(report.article(file)), end: () => report.tail()}
}

/**
 * vfile-reporter ends a report with a count of errors and warnings: strip it
 * from each file's part and count once for the whole run.
 */
function stylishSink(options: FormatOptions, write: (text: string) => void): ReportSink {
  const total = {error: 0, warning: 0, info: 0}
  // For the closing risk ranking: a path and a number per file with findings.
  const scores: Array<{path: string; score: number}> = []
  let first = true
  return {
    add(file) {
      let text = formatStylish([file], options.color)
      if (text === '') return
      scores.push({path: pathOf(file), score: riskOfFile(file).score})
      const counts = countSeverities(file.messages)
      if (counts.error + counts.warning > 0) text = text.slice(0, text.lastIndexOf('\n\n')) + '\n'
      total.error += counts.error
      total.warning += counts.warning
      total.info += counts.info
      write(first ? text : '\n' + text)
      first = false
    },
    end() {
      if (total.error + total.warning + total.info === 0) return ''
      const summary = riskSummary(scores)
      return `\n${byline(total, options.color)}\n${summary === '' ? '' : summary + '\n'}`
    }
  }
}

/**
 * The closing line, vfile-reporter's with information counted too:
 * `✖ 2 errors`, or `4 messages (✖ 2 errors, ⚠ 1 warning, 1 info)` for more than one kind.
 */
export function byline(counts: {error: number; warning: number; info: number}, color: boolean): string {
  const paint = (code: string, text: string) => (color ? `\u001B[${code}m${text}\u001B[39m` : text)
  const parts: string[] = []
  if (counts.error) parts.push(`${paint('31', '✖')} ${counts.error} error${counts.error === 1 ? '' : 's'}`)
  if (counts.warning) parts.push(`${paint('33', '⚠')} ${counts.warning} warning${counts.warning === 1 ? '' : 's'}`)
  if (counts.info) parts.push(`${counts.info} info`)
  const all = counts.error + counts.warning + counts.info
  return parts.length > 1 ? `${all} messages (${parts.join(', ')})` : parts.join('')
}

function jsonSink(options: FormatOptions, write: (text: string) => void): ReportSink {
  let first = true
  return {
    add(file) {
      // `[{…}]\n` for one file: keep the object.
      const text = formatReport([file], 'json', options).slice(1, -2)
      write(first ? '[' + text : ',' + text)
      first = false
    },
    end: () => (first ? '[' : '') + ']\n'
  }
}

/** Results are written inside `runs[0].results`, indented as JSON.stringify(log, null, 2) does. */
const resultIndent = ' '.repeat(8)

function sarifSink(options: FormatOptions): ReportSink {
  const results: string[] = []
  const rules: unknown[] = []
  const ruleIndex = new Map<string, number>()
  let skeleton: {runs: Array<{tool: {driver: {rules: unknown[]}}; results: unknown[]}>} | undefined
  return {
    add(file) {
      const log = JSON.parse(formatSarif([file], options)) as NonNullable<typeof skeleton>
      skeleton ??= log
      const run = log.runs[0]!
      for (const result of run.results as Result[]) {
        let index = ruleIndex.get(result.ruleId!)
        if (index === undefined) {
          index = rules.length
          ruleIndex.set(result.ruleId!, index)
          rules.push(run.tool.driver.rules[result.ruleIndex!])
        }
        result.ruleIndex = index
        results.push(resultIndent + JSON.stringify(result, null, 2).replaceAll('\n', '\n' + resultIndent))
      }
    },
    end() {
      const log = skeleton ?? (JSON.parse(formatSarif([], options)) as NonNullable<typeof skeleton>)
      const run = log.runs[0]!
      run.tool.driver.rules = rules
      if (results.length === 0) {
        run.results = []
        return JSON.stringify(log, null, 2) + '\n'
      }
      const marker = '\u0000results\u0000'
      run.results = [marker]
      return JSON.stringify(log, null, 2).replace(`${resultIndent}${JSON.stringify(marker)}`, () => results.join(',\n')) + '\n'
    }
  }
}
