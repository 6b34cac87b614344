// One article's outcome as plain data: what crosses from a worker thread to
// the main thread (structured clone keeps no classes), what the cache stores,
// and what the report is made from. The main thread turns it back into a
// VFile for the formatters, then lets it go: no run keeps every file.
import {createHash} from 'node:crypto'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {ResolvedConfig} from '../config/types.js'
import {withoutStackTraces} from '../pipeline/lint.js'
import type {FixEdit} from '../rule.js'
import type {FixedArticle} from '../fix/write.js'
import {unreadableFile} from '../io/read.js'
import type {TextCounts} from '../report/risk.js'
import type {BilingualPair} from '../source/pairs.js'

/** A vfile message's fields that reports, exit codes and fixes use. */
export interface MessageData {
  reason: string
  ruleId?: string
  source?: string
  /** true error, false warning, undefined info. */
  fatal?: boolean
  place?: VFileMessage['place']
  url?: string
  actual?: string
  expected?: string[]
  note?: string
  fix?: FixEdit
}

export interface FileResult {
  /** The name shown in reports. */
  path: string
  messages: MessageData[]
  /** Words and sentences in the article, for its risk score. */
  textCounts?: TextCounts
  /** The file's text, kept only when the report needs it (SARIF fingerprints). */
  value?: string
  /** The paragraph alignment with the source, kept with the text (the html report). */
  bilingual?: BilingualPair[]
  /** Fixes as a unified diff (--fix-dry-run). */
  diff?: string
  /** Why fixes could not be saved; printed on stderr, exit 2. */
  problem?: string
  /** With --fix, the fixed text the main thread is to save. */
  fixed?: FixedArticle
  /** The file could not be read or is not text: exit 2. */
  unreadable?: boolean
  /** SHA-1 of the bytes linted and the files the findings depend on, for the cache. */
  hash?: string
  sourcePath?: string
  /** Milliseconds per rule spent on this file (--timing). */
  timings?: Array<[string, number]>
}

/** One article to check: its bytes, read by the main thread. */
export interface Task {
  /** Absolute path, or `-` for stdin. */
  input: string
  display: string
  bytes: Uint8Array
}

/** What every article of a run shares; cloned once into each worker. */
export interface CheckContext {
  cwd: string
  config: ResolvedConfig
  rules: readonly string[] | undefined
  /** The source text, `false` for none, undefined to look beside each article. */
  source: string | false | undefined
  fix: 'write' | 'diff' | undefined
  /** Keep a file's first this many findings (--max-findings); undefined: all. */
  maxFindings: number | undefined
  /** Keep the text in results (SARIF). */
  keepText: boolean
  /** Hash the bytes (the cache is on). */
  hash: boolean
  /** Time each rule (--timing). */
  timing: boolean
}

export const sha1 = (data: Uint8Array | string) => createHash('sha1').update(data).digest('hex')

/** The result for a file that could not be read or is not text. */
export function unreadableResult(path: string, cwd: string, problem: string): FileResult {
  return {...fromVFile(unreadableFile(path, cwd, problem), false), unreadable: true}
}

export function fromVFile(file: VFile, keepText: boolean): FileResult {
  const result: FileResult = {path: file.path, messages: file.messages.map(toMessageData)}
  if (keepText) result.value = String(file.value ?? '')
  if (keepText && file.data.bilingual) result.bilingual = file.data.bilingual
  return result
}

function toMessageData(message: VFileMessage): MessageData {
  const data: MessageData = {reason: message.reason}
  if (message.ruleId) data.ruleId = message.ruleId
  if (message.source) data.source = message.source
  if (typeof message.fatal === 'boolean') data.fatal = message.fatal
  if (message.place) data.place = message.place
  if (message.url) data.url = message.url
  if (message.actual !== undefined) data.actual = message.actual
  if (message.expected) data.expected = message.expected
  if (message.note) data.note = message.note
  if (message.fix) data.fix = message.fix
  return data
}

/** The VFile the formatters expect, rebuilt from a result. */
export function toVFile(result: FileResult, cwd: string): VFile {
  const file = new VFile({cwd, ...(result.path ? {path: result.path} : {}), ...(result.value !== undefined ? {value: result.value} : {})})
  if (result.textCounts) file.data.textCounts = result.textCounts
  if (result.bilingual) file.data.bilingual = result.bilingual
  withoutStackTraces(() => {
    for (const data of result.messages) {
      // One options object of one shape: spreading optional fields in made
      // rebuilding a cached file's messages cost twice as much.
      const message = file.message(data.reason, {place: data.place, ruleId: data.ruleId, source: data.source})
      message.fatal = data.fatal
      if (data.url) message.url = data.url
      if (data.actual !== undefined) message.actual = data.actual
      if (data.expected) message.expected = data.expected
      if (data.note) message.note = data.note
      if (data.fix) message.fix = data.fix
    }
  })
  return file
}
