// `copydesk merge REPORT…`: the json (or jsonl) reports of the shards of an
// archive, checked on many machines with --shard, made into one report in
// any format, as one run over every file would have printed it: files in the
// order a run over the archive's folder lists them (name by name, folder by
// folder), and the risk ranking (stylish summary, html index) across all.
// The html and SARIF formats need the articles' text (marks, fingerprints):
// it is read from the files when they are found from the working folder.
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {parseArgs} from 'node:util'
import type {CliIo} from './io.js'
import type {Message, Point, SeverityName, Span} from '../message.js'
import {formatNames, type FormatName} from '../report/index.js'
import {openReportFile} from '../report/output.js'
import {countSeverities} from '../report/severity.js'
import type {ReportFile} from '../report/file.js'
import {decodeArticle} from '../io/read.js'
import {describeFsError} from '../io/files.js'
import {createReportSink} from './report-stream.js'

export const mergeHelpText = `Usage: copydesk merge <report.json | report.jsonl>... [options]

Combine the json or jsonl reports of several runs (the shards of an archive,
checked with --shard K/N) into one report, as one run over all the files.

Options:
  --format NAME          output format: ${formatNames.join(', ')} (default: json)
  --output-file PATH     write the report to PATH instead of stdout
  --no-color             plain output (also NO_COLOR=1)
  --help                 print this help

Exit codes: 0 no errors, 1 errors, 2 usage failure or a report that cannot be read.`

/** One file of a json report, as far as merging needs it. */
interface ReportEntry {
  path: string
  cwd?: string
  messages: JsonMessage[]
  risk?: {words?: number; sentences?: number; gap?: number}
}

/** A message as the json format writes it: vfile's fields. */
interface JsonMessage {
  reason: string
  ruleId?: string
  source?: string
  /** true error, false warning, absent information. */
  fatal?: boolean
  place?: Point | Span
  url?: string
  actual?: string | null
  expected?: string[]
  note?: string
}

export async function mergeReports(argv: readonly string[], io: CliIo, toolVersion: string): Promise<number> {
  const fail = (text: string) => {
    io.stderr.write(`copydesk: ${text}\n`)
    return 2
  }
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string', short: 'f', default: 'json'},
        'output-file': {type: 'string', short: 'o'},
        color: {type: 'boolean'},
        'no-color': {type: 'boolean'},
        help: {type: 'boolean', short: 'h', default: false}
      }
    })
  } catch (error) {
    return fail(`${(error as Error).message.split('\n')[0]}\n\n${mergeHelpText}`)
  }
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout.write(mergeHelpText + '\n')
    return 0
  }
  const format = values.format as FormatName
  if (!formatNames.includes(format)) return fail(`unknown format \`${values.format}\`; expected one of ${formatNames.join(', ')}`)
  if (positionals.length === 0) return fail(`no reports to merge\n\n${mergeHelpText}`)

  let failed = false
  const entries = new Map<string, ReportEntry>()
  for (const path of positionals) {
    const read = readReport(resolve(io.cwd, path))
    if ('problem' in read) {
      io.stderr.write(`copydesk: ${path}: ${read.problem}\n`)
      failed = true
      continue
    }
    for (const entry of read.entries) {
      if (entries.has(entry.path)) io.stderr.write(`copydesk: ${path}: \`${entry.path}\` is in an earlier report too; the first is kept\n`)
      else entries.set(entry.path, entry)
    }
  }

  const color = values['output-file'] === undefined && (values['no-color'] ? false : values.color ?? (Boolean(io.stdout.isTTY) && !io.env['NO_COLOR']))
  const reportFile = values['output-file'] === undefined ? undefined : openReportFile(values['output-file'], io.cwd)
  const write = reportFile ? (text: string) => reportFile.write(text) : (text: string) => io.stdout.write(text)
  const sink = createReportSink(format, {color, cwd: io.cwd, toolVersion}, write)
  const withText = format === 'html' || format === 'sarif'
  let errors = 0
  for (const entry of [...entries.values()].sort((a, b) => comparePaths(a.path, b.path))) {
    const file = toReportFile(entry, io.cwd, withText)
    errors += countSeverities(file.messages).error
    sink.add(file, true, true)
  }
  sink.end()
  const problem = reportFile?.close()
  if (problem !== undefined) return fail(problem)
  return failed ? 2 : errors > 0 ? 1 : 0
}

/** The entries of a json report (one array) or a jsonl report (one object a line), or why not. */
export function readReport(path: string): {entries: ReportEntry[]} | {problem: string} {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    return {problem: `cannot read the report (${describeFsError(error)})`}
  }
  let values: unknown[]
  let where = (index: number) => `entry ${index + 1}`
  try {
    if (text.trimStart().startsWith('[')) values = JSON.parse(text) as unknown[]
    else {
      const lines = text.split('\n')
      const numbers: number[] = []
      values = []
      for (const [index, line] of lines.entries()) {
        if (line.trim() === '') continue
        try {
          values.push(JSON.parse(line))
        } catch {
          return {problem: `not a copydesk json or jsonl report (line ${index + 1} is not JSON)`}
        }
        numbers.push(index + 1)
      }
      where = (index) => `line ${numbers[index]}`
    }
  } catch {
    return {problem: 'not a copydesk json or jsonl report (it is not valid JSON)'}
  }
  if (!Array.isArray(values)) return {problem: 'not a copydesk json report (expected an array of files)'}
  for (const [index, value] of values.entries()) {
    const entry = value as Partial<ReportEntry> | null
    if (typeof entry !== 'object' || entry === null || typeof entry.path !== 'string' || !Array.isArray(entry.messages)) {
      return {problem: `not a copydesk json report (${where(index)} has no \`path\` and \`messages\`)`}
    }
  }
  return {entries: values as ReportEntry[]}
}

/** A report entry as the formatters read it, with the article's text when asked and found. */
function toReportFile(entry: ReportEntry, cwd: string, withText: boolean): ReportFile {
  const file: ReportFile = {path: entry.path, cwd: typeof entry.cwd === 'string' ? entry.cwd : cwd, messages: entry.messages.map(toMessage)}
  const {words, sentences, gap} = entry.risk ?? {}
  if (typeof words === 'number' && typeof sentences === 'number') file.textCounts = {words, sentences, gap: typeof gap === 'number' ? gap : undefined}
  if (withText) {
    try {
      const read = decodeArticle(readFileSync(resolve(cwd, entry.path)), entry.path, cwd)
      if (read.file) file.value = String(read.file)
    } catch {
      // Not on this machine: the report lists the findings without the text.
    }
  }
  return file
}

const severityOfFatal = (fatal: boolean | undefined): SeverityName => (fatal === true ? 'error' : fatal === false ? 'warning' : 'info')

/** A json report's message as the engine made it (its source is copydesk's, and a fix is never in a report). */
function toMessage(data: JsonMessage): Message {
  const message: Message = {ruleId: data.ruleId ?? data.source ?? 'copydesk', severity: severityOfFatal(data.fatal), reason: String(data.reason)}
  if (data.place) message.place = data.place
  if (data.url) message.url = data.url
  if (data.actual !== undefined && data.actual !== null) message.actual = data.actual
  if (data.expected) message.expected = data.expected
  if (data.note) message.note = data.note
  return message
}

/**
 * The order a run over a folder lists its files in: by name, code unit by
 * code unit, at each level, files and folders together (`news/a/b.md`
 * before `news/a.md`, since `a` < `a.md`), as the folder walk sorts them.
 */
export function comparePaths(a: string, b: string): number {
  const left = a.split(/[\\/]/)
  const right = b.split(/[\\/]/)
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    if (left[index] !== right[index]) return left[index]! < right[index]! ? -1 : 1
  }
  return left.length - right.length
}
