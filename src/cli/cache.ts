// --cache: findings of files that have not changed since the last run, read
// back instead of linting again. A file's entry holds for as long as its
// bytes (SHA-1), its Chinese source if it has one (or the absence of one
// beside it), the resolved configuration and copydesk's version stay the
// same. Cached findings are reported as fresh ones, files with findings
// included.
//
// The cache is one file of lines: a JSON header naming copydesk's version and
// the configuration's hash, then one line per article: its path, hash, the
// source files its findings depend on and, for an article compared with its
// source, the coverage gap its risk score reads (JSON), a tab, and its
// messages as JSON, as the engine made them (src/message.ts).
// Only an index (path → where the line is) stays in memory, read from the
// part before the tab; a hit reads its line back from the file, so a run's
// memory does not grow with the cache. Once a file is linted afresh, the new
// cache is written beside the old one as the run goes (the hits so far
// first), old entries of files not checked this time are carried over, and it
// replaces the old one by a rename at the end; a run that changed nothing
// leaves the old cache as it is. A cache
// from another version or configuration is rewritten without a word; one
// that is not a cache (random bytes, another tool's file) or holds entries
// that are not well formed is rewritten with one warning, each bad entry's
// file checked afresh. Every entry is checked field by field as it is read:
// a cache is a file anyone can edit, and it decides what the report says.
// Only a regular file, or a path where nothing is yet, is a cache (a
// symbolic link is followed): a device, FIFO or folder is never read or
// replaced, and the run goes on without a cache. A cache that cannot be
// written costs a warning, never the run: the exit code is the findings'.
import {closeSync, existsSync, fsyncSync, lstatSync, openSync, readFileSync, readlinkSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {describeWriteError, removeOnExit, removeStaleTemporaries, temporaryPath} from '../io/atomic.js'
import type {Message} from '../message.js'
import {siblingSources} from '../source/resolve.js'
import {describeFsError} from '../io/files.js'
import type {FixEdit} from '../rule.js'
import {sha1} from './result.js'

export const defaultCacheLocation = '.copydeskcache'

/** A file the findings depend on, with the hash of its bytes; null: it did not exist. */
type Dependency = [path: string, hash: string | null]
/** What an entry's line holds before the tab. */
type Head = [path: string, hash: string, dependencies: Dependency[], gap?: number]

/** A file's cached findings, and the source's coverage gap when it was compared with one. */
export interface CachedResult {
  messages: Message[]
  gap?: number
}

interface Indexed {
  path: string
  hash: string
  dependencies: Dependency[]
  gap: number | undefined
  /** Byte range of the entry's line in the old cache file. */
  start: number
  length: number
}

interface Header {
  copydesk: 'cache'
  format: number
  version: string
  config: string
}

const format = 5

/** A header is a short line: more bytes than this without a line break is not a cache. */
const headerLimit = 1 << 20

export class ResultCache {
  private readonly index = new Map<string, Indexed>()
  private readonly visited = new Set<string>()
  /** Files read from the old cache before the new one was opened. */
  private readonly hits: string[] = []
  private readonly header: string
  private oldFd: number | undefined
  private newFd: number | undefined
  private readonly temporary: string
  /** Set once the temporary file exists: stops its removal at exit. */
  private cancelRemoval: (() => void) | undefined
  /** Why the new cache cannot be written, once known. */
  private problem: string | undefined
  /** The old cache was not a cache at all. */
  private foreign = false
  /** Entries of the old cache that were not well formed, their files checked again. */
  private badEntries = 0

  /**
   * Open the cache at `location` for a run with this version and
   * configuration hash. Never throws.
   */
  constructor(
    private readonly location: string,
    version: string,
    config: string
  ) {
    const header: Header = {copydesk: 'cache', format, version, config}
    this.header = JSON.stringify(header)
    removeStaleTemporaries(dirname(location))
    this.readIndex()
    this.temporary = temporaryPath(location)
  }

  /** The cached findings of `path` when it has not changed (its bytes, or their hash), else undefined. */
  get(path: string, bytes: Uint8Array | string, fixing: boolean): CachedResult | undefined {
    const indexed = this.index.get(path)
    if (!indexed || this.oldFd === undefined) return undefined
    if (indexed.hash !== (typeof bytes === 'string' ? bytes : sha1(bytes))) return undefined
    if (indexed.dependencies.some(([dependency, hash]) => hashFile(dependency) !== hash)) return undefined
    const line = this.oldLine(indexed)
    if (!line) return undefined
    let messages: Message[]
    try {
      const stored = JSON.parse(line.toString('utf8', line.indexOf(0x09) + 1, indexed.length)) as unknown
      if (!Array.isArray(stored) || !stored.every(isMessage)) throw new Error('not an entry')
      messages = stored
    } catch {
      // Checked again, and its entry written anew.
      this.badEntries++
      this.index.delete(path)
      return undefined
    }
    // --fix has work to do on a file with fixable findings.
    if (fixing && messages.some((message) => message.fix)) return undefined
    this.visited.add(path)
    if (this.newFd === undefined) this.hits.push(path)
    else this.write(line)
    return indexed.gap === undefined ? {messages} : {messages, gap: indexed.gap}
  }

  /** Remember the findings of `path` (absolute), its bytes hashed as `hash`, and its source's coverage gap. */
  set(path: string, hash: string, sourcePath: string | undefined, messages: readonly Message[], gap?: number): void {
    this.visited.add(path)
    this.open()
    const head: Head = gap === undefined ? [path, hash, dependencies(path, sourcePath)] : [path, hash, dependencies(path, sourcePath), gap]
    this.write(`${JSON.stringify(head)}\t${JSON.stringify(messages)}\n`)
  }

  /**
   * Carry over the entries of files not checked this run (while they exist)
   * and put the new cache in place. Returns a warning when it could not.
   */
  save(): string | undefined {
    const kept = [...this.index.values()].filter((indexed) => !this.visited.has(indexed.path) && existsSync(indexed.path))
    // Nothing linted afresh and no entry dropped: the old cache says it all.
    if (this.oldFd === undefined || this.visited.size + kept.length < this.index.size) this.open()
    if (this.oldFd !== undefined) {
      if (this.newFd !== undefined) {
        for (const indexed of kept) {
          const line = this.oldLine(indexed)
          if (line) this.write(line)
        }
      }
      closeSync(this.oldFd)
      this.oldFd = undefined
    }
    if (this.newFd !== undefined) {
      try {
        fsyncSync(this.newFd)
        closeSync(this.newFd)
        this.newFd = undefined
        renameSync(this.temporary, this.location)
      } catch (error) {
        this.fail(error)
      }
    }
    this.cancelRemoval?.()
    return this.problem === undefined ? undefined : `cannot write the cache ${this.location} (${this.problem}); the next run checks every file again`
  }

  /** What was wrong with the old cache, in one line, or undefined. */
  notice(): string | undefined {
    if (this.foreign) return `${this.location} is not a copydesk cache (or is damaged beyond use); every file was checked and it is replaced by a new cache`
    if (this.badEntries > 0) {
      const entries = this.badEntries === 1 ? '1 entry' : `${this.badEntries} entries`
      return `${entries} of the cache ${this.location} could not be read back; their files were checked again`
    }
    return undefined
  }

  /** Start the new cache: its header, then the entries read from the old one so far. */
  private open(): void {
    if (this.newFd !== undefined || this.problem !== undefined) return
    // A run that ends before `save` (Ctrl-C, or its reader closed the pipe)
    // leaves no half-written cache behind; asked before the file exists, so
    // no signal finds it unguarded.
    this.cancelRemoval = removeOnExit(this.temporary)
    try {
      this.newFd = openSync(this.temporary, 'wx', 0o644)
    } catch (error) {
      this.fail(error)
      return
    }
    this.write(this.header + '\n')
    for (const path of this.hits) {
      const line = this.oldLine(this.index.get(path)!)
      if (line) this.write(line)
    }
    this.hits.length = 0
  }

  /** An entry's line in the old cache, line ending included; undefined when it cannot be read. */
  private oldLine(indexed: Indexed): Buffer | undefined {
    const line = Buffer.allocUnsafe(indexed.length + 1)
    try {
      // Cut short (the file shrank since it was indexed): not a line to trust.
      if (readSync(this.oldFd!, line, 0, indexed.length, indexed.start) < indexed.length) return undefined
    } catch {
      return undefined
    }
    line[indexed.length] = 0x0a
    return line
  }

  private readIndex(): void {
    let fd: number
    try {
      fd = openSync(this.location, 'r')
    } catch {
      return
    }
    let ok = false
    try {
      ok = this.scan(fd, this.header)
    } catch {
      ok = false
    }
    if (ok) this.oldFd = fd
    else {
      this.badEntries = 0
      this.index.clear()
      closeSync(fd)
    }
  }

  /** Index the lines of the old cache; false when it is not ours or not for this run. */
  private scan(fd: number, expected: string): boolean {
    let buffer = Buffer.allocUnsafe(1 << 20)
    /** Bytes of a line begun in the last read, moved to the front of the buffer. */
    let carried = 0
    let position = 0
    let first = true
    for (;;) {
      // A line longer than the buffer: double it.
      if (carried === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)])
      const read = readSync(fd, buffer, carried, buffer.length - carried, position)
      if (read === 0) break
      const data = buffer.subarray(0, carried + read)
      const base = position - carried
      let start = 0
      for (let end = data.indexOf(0x0a); end !== -1; end = data.indexOf(0x0a, start)) {
        if (first) {
          const header = data.toString('utf8', start, end)
          if (header !== expected) {
            // Another version or configuration: rewritten without a word.
            this.foreign = !isCacheHeader(header)
            return false
          }
          first = false
        } else {
          // Only the head is read now; findings when a file hits.
          const tab = data.indexOf(0x09, start)
          const head = tab === -1 || tab > end ? undefined : parseJson(data.toString('utf8', start, tab))
          if (isHead(head)) this.index.set(head[0], {path: head[0], hash: head[1], dependencies: head[2], gap: head[3], start: base + start, length: end - start})
          else this.badEntries++
        }
        start = end + 1
      }
      // No header in the first megabyte (a copy of /dev/zero, say): not a cache.
      if (first && data.length - start >= headerLimit) {
        this.foreign = true
        return false
      }
      carried = data.length - start
      data.copyWithin(0, start)
      position += read
    }
    return !first
  }

  private write(data: string | Uint8Array): void {
    if (this.newFd === undefined) return
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data) : data
      let written = 0
      while (written < bytes.length) written += writeSync(this.newFd, bytes, written)
    } catch (error) {
      this.fail(error)
    }
  }

  private fail(error: unknown): void {
    this.problem ??= describeWriteError(error)
    if (this.newFd !== undefined) {
      try {
        closeSync(this.newFd)
      } catch {
        // Closed already.
      }
      this.newFd = undefined
    }
    try {
      unlinkSync(this.temporary)
    } catch {
      // Never created, or gone.
    }
    this.cancelRemoval?.()
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** A copydesk cache's header line, of whatever version or configuration. */
function isCacheHeader(line: string): boolean {
  const header = parseJson(line) as Partial<Header> | undefined
  return typeof header === 'object' && header !== null && header.copydesk === 'cache'
}

const isOptional = (value: unknown, type: 'string') => value === undefined || typeof value === type
const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0
const isPoint = (value: unknown) => {
  const point = value as {line?: unknown; column?: unknown; offset?: unknown} | null
  return typeof point === 'object' && point !== null && isCount(point.line) && isCount(point.column) && (point.offset === undefined || isCount(point.offset))
}

const severities: ReadonlySet<unknown> = new Set(['error', 'warning', 'info'])

/** Whether an entry's message has every field a report, exit code and fix rely on, each of its type. */
function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const message = value as Record<string, unknown>
  const {place, fix, expected} = message
  const placeOk = place === undefined || isPoint(place) || (isPoint((place as {start?: unknown}).start) && isPoint((place as {end?: unknown}).end))
  const fixOk =
    fix === undefined ||
    (typeof fix === 'object' &&
      fix !== null &&
      typeof (fix as FixEdit).text === 'string' &&
      Array.isArray((fix as FixEdit).range) &&
      (fix as FixEdit).range.length === 2 &&
      (fix as FixEdit).range.every(isCount))
  return (
    typeof message['reason'] === 'string' &&
    typeof message['ruleId'] === 'string' &&
    severities.has(message['severity']) &&
    isOptional(message['actual'], 'string') &&
    isOptional(message['note'], 'string') &&
    isOptional(message['url'], 'string') &&
    (expected === undefined || (Array.isArray(expected) && expected.every((item) => typeof item === 'string'))) &&
    placeOk &&
    fixOk
  )
}

function isHead(value: unknown): value is Head {
  return (
    Array.isArray(value) &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'string' &&
    Array.isArray(value[2]) &&
    value[2].every((dependency) => Array.isArray(dependency) && typeof dependency[0] === 'string' && (dependency[1] === null || typeof dependency[1] === 'string')) &&
    (value[3] === undefined || (typeof value[3] === 'number' && value[3] >= 0 && value[3] <= 1))
  )
}

/**
 * The files an article's findings depend on besides itself: the source it
 * was compared with when its front matter names one, else the sibling files
 * that would hold its source (a story.zh.md added later changes findings).
 */
function dependencies(path: string, sourcePath: string | undefined): Dependency[] {
  const siblings = siblingSources(path)
  const paths = sourcePath !== undefined && !siblings.includes(sourcePath) ? [sourcePath] : siblings
  return paths.map((dependency) => [dependency, hashFile(dependency)])
}

function hashFile(path: string): string | null {
  // Most articles have no source beside them: asking first spares the error
  // object, with its stack trace, of a failed read.
  if (!existsSync(path)) return null
  try {
    return sha1(readFileSync(path))
  } catch {
    return null
  }
}

/** The configuration part of the cache key: every rule setting, the glossary and --rule. */
export function configKey(config: {rules: Map<string, unknown>; glossary: unknown; overrides?: unknown; reportUnusedDirectives?: boolean}, only: readonly string[] | undefined): string {
  return sha1(JSON.stringify([[...config.rules], config.glossary, only ?? null, config.overrides ?? [], config.reportUnusedDirectives ?? false]))
}

/**
 * Where the cache at `location` is read and written: the path itself, or the
 * target of a symbolic link (the link stays); a problem when what is there
 * is not a regular file.
 */
export function cacheFile(location: string): {path: string; problem?: undefined} | {path?: undefined; problem: string} {
  let path = location
  try {
    if (lstatSync(location).isSymbolicLink()) path = realpathSync(location)
    const stats = statSync(path)
    if (!stats.isFile()) {
      const kind = stats.isDirectory() ? 'a folder' : stats.isFIFO() ? 'a FIFO' : stats.isSocket() ? 'a socket' : 'a device'
      return {problem: `${location} is not a regular file (it is ${kind}); running without the cache`}
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return {problem: `${location}: cannot use it as the cache (${describeFsError(error)}); running without the cache`}
    // A link to a cache not written yet: the new cache goes where it points, and the link stays.
    if (path === location && lstatSync(location, {throwIfNoEntry: false})?.isSymbolicLink()) path = resolve(dirname(location), readlinkSync(location))
  }
  return {path}
}

/** The cache file: `location` (resolved from `cwd`; a folder gets the default name inside), else the default in `cwd`. */
export function cachePath(location: string | undefined, cwd: string): string {
  if (location === undefined) return join(cwd, defaultCacheLocation)
  const path = resolve(cwd, location)
  const isFolder = /[\\/]$/.test(location) || statSync(path, {throwIfNoEntry: false})?.isDirectory() === true
  return isFolder ? join(path, defaultCacheLocation) : path
}
