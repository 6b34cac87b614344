// One article's outcome as plain data: what crosses from a worker thread to
// the main thread (structured clone keeps no classes), what the cache stores
// (its messages), and what the report reads as it is. The main thread lets
// it go once reported: no run keeps every file.
import {createHash} from 'node:crypto'
import type {ResolvedConfig} from '../config/types.js'
import type {FixedArticle} from '../fix/write.js'
import {unreadableMessage} from '../pipeline/lint.js'
import type {Message} from '../message.js'
import type {ReportFile} from '../report/file.js'

/** A file as the report reads it (its text and alignment with the source kept only when the format needs them), and what the run needs besides. */
export interface FileResult extends ReportFile {
  messages: Message[]
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
  /**
   * More parts of this file's messages follow (a file of megabytes is
   * reported section by section, see checkParts). Its first part carries
   * what the report reads of the file (text, counts); its last, what the
   * run needs (fixes, hash, timings, whether it could be read).
   */
  more?: boolean
}

/** One article to check: its bytes, read by the main thread; or a file of megabytes the checker reads from disk in pieces. */
export interface Task {
  /** Absolute path, or `-` for stdin. */
  input: string
  display: string
  /** Empty when `onDisk`. */
  bytes: Uint8Array
  /** Read from disk a piece at a time by the thread that checks it (see checkOnDisk in task.ts), never whole. */
  onDisk?: boolean
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
export function unreadableResult(path: string, problem: string): FileResult {
  return {path, messages: [unreadableMessage(problem)], unreadable: true}
}
