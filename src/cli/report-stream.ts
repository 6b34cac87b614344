// The report, file by file and, within a file, slice by slice of its
// findings, so a run never holds every file's report, nor all of one file's
// with two million findings. Each format writes each slice's part from the
// messages as they are: stylish, compact and github text as each slice comes
// in; a JSON report as the text of one array, a file's object opened on its
// first slice and closed on its last; SARIF each result to a spool file as
// it comes and the document at the end, when the list of rules that fired is
// known. Every format's text is the same as formatting all files at once,
// except that stylish aligns its columns per slice of a file.
import {closeSync, openSync, readSync, unlinkSync, writeSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {StringDecoder} from 'node:string_decoder'
import {removeOnExit, temporaryPath} from '../io/atomic.js'
import type {Message} from '../message.js'
import {formatReport, type FormatName, type FormatOptions} from '../report/index.js'
import {HtmlReport} from '../report/html.js'
import {jsonHead, jsonMessages, jsonTail} from '../report/json.js'
import {countText, riskOf, riskOfFile, riskSummary} from '../report/risk.js'
import {Fingerprints, sarifLog, SarifResults} from '../report/sarif.js'
import {countSeverities, pathOf} from '../report/severity.js'
import type {ReportFile} from '../report/file.js'
import {byline, stylishFile} from '../report/stylish.js'
import type {FileResult} from './result.js'

/** Findings formatted at a time: a few megabytes of report text, whatever the format. */
export const sliceSize = 10_000

/**
 * A result in slices of `sliceSize` findings each (one for a file without
 * any); a file cut in slices carries its whole risk on each (on its last
 * part's, for a file in parts: see FindingTally).
 */
export function* slices(result: FileResult, size = sliceSize): Generator<{file: ReportFile; first: boolean; last: boolean}> {
  const {messages} = result
  const risk = result.risk ?? (messages.length > size && !result.more ? riskOf(messages, result.textCounts ?? countText(result.value ?? '')) : undefined)
  for (let from = 0; from === 0 || from < messages.length; from += size) {
    const file: ReportFile = messages.length > size ? {...result, messages: messages.slice(from, from + size), risk} : result
    yield {file, first: from === 0, last: from + size >= messages.length}
  }
}

/**
 * The findings of a file reported in parts, as its risk reads them: how
 * many of each rule and severity, in the order they first came, given back
 * one by one as if the file's messages were all held.
 */
export class FindingTally {
  private readonly counts = new Map<string, {message: Message; count: number}>()

  add(messages: readonly Message[]): void {
    for (const {ruleId, severity} of messages) {
      const key = `${severity}\0${ruleId}`
      const seen = this.counts.get(key)
      if (seen) seen.count++
      else this.counts.set(key, {message: {ruleId, severity, reason: ''}, count: 1})
    }
  }

  *messages(): Generator<Message> {
    for (const {message, count} of this.counts.values()) for (let index = 0; index < count; index++) yield message
  }
}

export interface ReportSink {
  /**
   * One slice of a file's findings, in order: `first` on its first slice,
   * `last` on its last (a file without findings is one slice, both).
   */
  add(file: ReportFile, first: boolean, last: boolean): void
  /** Write the rest of the report, once every file is in. */
  end(): void
}

export function createReportSink(format: FormatName, options: FormatOptions, write: (text: string) => void): ReportSink {
  switch (format) {
    case 'stylish':
      return stylishSink(options, write)
    case 'json':
    case 'jsonl':
      return jsonSink(format, options, write)
    case 'sarif':
      return sarifSink(options, write)
    case 'compact':
    case 'github':
      return {add: (file) => write(formatReport([file], format, options)), end: () => {}}
    case 'html':
      return htmlSink(write)
  }
}

/**
 * The page's head at once, each article as it comes, the index at the end.
 * An article is shown whole, its findings marked in its text: the slices of
 * one file are joined again first.
 */
function htmlSink(write: (text: string) => void): ReportSink {
  const report = new HtmlReport()
  write(report.head())
  let article: ReportFile | undefined
  let messages: Message[] = []
  return {
    add(file, firstSlice, lastSlice) {
      if (firstSlice) {
        article = file
        messages = []
      }
      // One by one: a file of megabytes has more findings than a spread allows.
      for (const message of file.messages) messages.push(message)
      // The whole file's risk, on its last slice when it came in slices.
      if (lastSlice) write(report.article({...article!, messages, risk: file.risk}))
    },
    end: () => write(report.tail())
  }
}

/**
 * Each file's part as it comes (its name on its first slice only), a blank
 * line between files; the count of the whole run and its riskiest articles
 * at the end.
 */
function stylishSink(options: FormatOptions, write: (text: string) => void): ReportSink {
  const total = {error: 0, warning: 0, info: 0}
  // For the closing risk ranking: a path and a number per file with findings.
  const scores: Array<{path: string; score: number}> = []
  let first = true
  return {
    add(file, firstSlice, lastSlice) {
      if (lastSlice) scores.push({path: pathOf(file), score: riskOfFile(file).score})
      const text = stylishFile(file, options.color, firstSlice)
      if (text === '') return
      const counts = countSeverities(file.messages)
      total.error += counts.error
      total.warning += counts.warning
      total.info += counts.info
      write(first || !firstSlice ? text : '\n' + text)
      first = false
    },
    end() {
      if (total.error + total.warning + total.info === 0) return
      const summary = riskSummary(scores)
      write(`\n${byline(total, options.color)}\n${summary === '' ? '' : summary + '\n'}`)
    }
  }
}

/**
 * A file's object is `{"path":…,"messages":[…],"risk":{…}}`, its messages
 * before its risk: a file's first slice opens the object and its list, later
 * slices add to the list, and the last closes the list and adds the risk
 * (the whole file's, see `slices`). json puts the objects in one array,
 * jsonl one on each line.
 */
function jsonSink(format: 'json' | 'jsonl', options: FormatOptions, write: (text: string) => void): ReportSink {
  const lines = format === 'jsonl'
  let firstFile = true
  let messagesOfFile = false
  return {
    add(file, firstSlice, lastSlice) {
      const messages = jsonMessages(file.messages)
      if (firstSlice) {
        write((lines || firstFile ? (lines ? '' : '[') : ',') + jsonHead(file, options.cwd) + messages)
        firstFile = false
        messagesOfFile = file.messages.length > 0
      } else if (file.messages.length > 0) {
        write((messagesOfFile ? ',' : '') + messages)
        messagesOfFile = true
      }
      if (lastSlice) write(jsonTail(file) + (lines ? '\n' : ''))
    },
    end: () => {
      if (!lines) write((firstFile ? '[' : '') + ']\n')
    }
  }
}

/** Results are written inside `runs[0].results`, indented as JSON.stringify(log, null, 2) does. */
const resultIndent = ' '.repeat(8)

/**
 * SARIF names the rules that fired before the results: the results wait in
 * a spool file in the system's temporary folder, and are copied into the
 * document at the end, a megabyte at a time.
 */
function sarifSink(options: FormatOptions, write: (text: string) => void): ReportSink {
  const made = new SarifResults(options.cwd)
  const spool = new Spool()
  let fingerprints: Fingerprints | undefined
  let count = 0
  return {
    add(file, firstSlice) {
      if (firstSlice || fingerprints === undefined) fingerprints = new Fingerprints(file.value ?? '', undefined, file.valueOffset)
      // A file read from disk in pieces brings each section's text with its part.
      else if (file.valueOffset !== undefined) fingerprints.moveTo(file.value ?? '', file.valueOffset)
      for (const result of made.results(file, fingerprints)) {
        spool.write((count++ === 0 ? '' : ',\n') + resultIndent + JSON.stringify(result, null, 2).replaceAll('\n', '\n' + resultIndent))
      }
    },
    end() {
      const marker = '\u0000results\u0000'
      const document = JSON.stringify(sarifLog(made.rules, count === 0 ? [] : [marker as never], options.toolVersion, made.omitted), null, 2) + '\n'
      if (count === 0) {
        spool.close()
        write(document)
        return
      }
      const at = document.indexOf(`${resultIndent}${JSON.stringify(marker)}`)
      write(document.slice(0, at))
      spool.copy(write)
      write(document.slice(at + resultIndent.length + JSON.stringify(marker).length))
    }
  }
}

/** Text written to a temporary file and read back once, in order; removed after, or at exit. */
class Spool {
  private readonly path = temporaryPath(join(tmpdir(), 'copydesk-sarif'))
  private cancelRemoval: (() => void) | undefined
  private fd: number | undefined

  write(text: string): void {
    if (this.fd === undefined) {
      this.cancelRemoval = removeOnExit(this.path)
      this.fd = openSync(this.path, 'wx+', 0o600)
    }
    let written = writeSync(this.fd, text)
    if (written < Buffer.byteLength(text)) {
      const bytes = Buffer.from(text)
      while (written < bytes.length) written += writeSync(this.fd, bytes, written)
    }
  }

  /** Hand every byte written, as text, to `write`; then remove the file. */
  copy(write: (text: string) => void): void {
    if (this.fd !== undefined) {
      const buffer = Buffer.allocUnsafe(1 << 20)
      const decoder = new StringDecoder('utf8')
      let position = 0
      for (let read = readSync(this.fd, buffer, 0, buffer.length, position); read > 0; read = readSync(this.fd, buffer, 0, buffer.length, position)) {
        position += read
        write(decoder.write(buffer.subarray(0, read)))
      }
      write(decoder.end())
    }
    this.close()
  }

  close(): void {
    if (this.fd !== undefined) {
      closeSync(this.fd)
      this.fd = undefined
      unlinkSync(this.path)
    }
    this.cancelRemoval?.()
  }
}
