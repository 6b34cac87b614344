// Checking the inputs of a run: read each file, answer from the cache when it
// can, lint the rest in-process or on worker threads, and report each result
// in input order as it comes, with a progress bar for long runs on a
// terminal. Nothing here keeps a file once it is reported.
import {createHash} from 'node:crypto'
import {closeSync, openSync, readSync, statSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import type {Writable} from 'node:stream'
import {onExit} from 'signal-exit'
import {writeFixedArticle} from '../fix/write.js'
import type {FormatName} from '../report/index.js'
import {htmlMaxFindings} from '../report/html.js'
import {appendStepSummary, openReportFile} from '../report/output.js'
import {countText, riskOf} from '../report/risk.js'
import type {FileCounts} from '../report/github.js'
import {countSeverities, type SeverityCounts} from '../report/severity.js'
import type {Message} from '../message.js'
import type {CliIo} from './io.js'
import {cacheFile, ResultCache} from './cache.js'
import {wantsProgress} from './progress.js'
import {bytePieces, decodeArticle} from '../io/read.js'
import {partSize} from '../pipeline/chunks.js'
import {describeFsError, fsPath, readArticle, readInput} from '../io/files.js'
import {createReportSink, FindingTally, slices} from './report-stream.js'
import {unreadableResult, type CheckContext, type FileResult, type Task} from './result.js'
import {TimingTable} from './timing.js'

/**
 * With the default --jobs, threads only pay on runs this big, and only with
 * more than two cores: one thread already keeps 1.4 cores busy (V8 compiles
 * and collects garbage on threads of its own, and each isolate compiles the
 * code again), so on two cores a second thread measured 0.76–0.95× here.
 */
export const poolMinimum = {cores: 3, files: 16, bytes: 256 * 1024}

export interface RunSettings {
  /** Absolute paths, `-` for stdin, in report order. */
  inputs: readonly string[]
  display(input: string): string
  stdin(): Uint8Array
  context: Omit<CheckContext, 'keepText' | 'hash' | 'timing'>
  format: FormatName
  quiet: boolean
  color: boolean
  outputFile: string | undefined
  /** Worker threads; undefined: as many as cores, when the run is big enough. */
  jobs: number | undefined
  /** The cache file, with --cache. */
  cache: {path: string; key: string} | undefined
  timing: boolean
  /** Findings to hide (--baseline), or to record (`update`, --update-baseline). */
  baseline?: {apply(result: FileResult, absolute: string, acceptAll: boolean): void; update: boolean}
  version: string
  /** The worker script (dist/cli/worker.js beside the CLI). */
  worker: URL
}

export interface RunOutcome {
  /** A file could not be read or fixed, or the report not written. */
  failed: boolean
  counts: SeverityCounts
}

export async function runChecks(settings: RunSettings, io: CliIo): Promise<RunOutcome> {
  const {inputs, context: base} = settings
  // The cache cannot see a --source text given on the command line, nor
  // keeps the alignment with the source that the html report shows.
  const cacheable = settings.cache !== undefined && base.source === undefined && settings.format !== 'html'
  const keepText = settings.format === 'sarif' || settings.format === 'html' || settings.baseline !== undefined
  // The html page shows an article whole with its findings marked: it holds them, so it keeps a cap whatever --max-findings says.
  const maxFindings = settings.format === 'html' ? Math.min(base.maxFindings ?? htmlMaxFindings, htmlMaxFindings) : base.maxFindings
  const context: CheckContext = {...base, maxFindings, keepText, hash: cacheable, timing: settings.timing}
  const cacheAt = cacheable ? cacheFile(settings.cache!.path) : undefined
  if (cacheAt?.problem !== undefined) io.stderr.write(`copydesk: warning: ${cacheAt.problem}\n`)
  const cache = cacheAt?.path !== undefined ? new ResultCache(cacheAt.path, settings.version, settings.cache!.key) : undefined
  const timing = settings.timing ? new TimingTable() : undefined
  const progress = wantsProgress(inputs.length, io.stderr, io.env) ? await (await import('./progress.js')).startProgress(inputs.length, io.stderr) : undefined
  const warn = (text: string) => (progress ? progress.log(`copydesk: ${text}\n`) : io.stderr.write(`copydesk: ${text}\n`))

  // The report goes out as it is made, to --output-file or stdout; on stdout
  // it waits for the end after diffs, or behind a bar on the same terminal.
  const reportFile = settings.outputFile === undefined ? undefined : openReportFile(settings.outputFile, base.cwd)
  const held: string[] = []
  const hold = reportFile === undefined && (base.fix === 'diff' || (progress !== undefined && io.stdout.isTTY === true))
  const out = reportFile ? (text: string) => reportFile.write(text) : hold ? (text: string) => held.push(text) : (text: string) => io.stdout.write(text)
  const formatOptions = {color: settings.color, cwd: base.cwd, toolVersion: settings.version}
  const sink = createReportSink(settings.format, formatOptions, out)
  // Per-file counts for GitHub's step summary, without the messages.
  const summary: FileCounts[] = []
  const counts: SeverityCounts = {error: 0, warning: 0, info: 0}
  let failed = false

  // Ctrl-C and SIGTERM are handled (by signal-exit) only on a turn of the
  // event loop: a fix is saved after one, so one pressed before it stops the
  // run first, and nothing is written after it. With --fix the handler is
  // there from the start; the cache's and the report's come with their files.
  const releaseSignals = base.fix === 'write' ? onExit(() => {}) : undefined
  const handlesSignals = releaseSignals !== undefined || reportFile !== undefined || cache !== undefined || settings.format === 'sarif'
  // A reader that closes the pipe (`copydesk … | head`) ends the run: the
  // failed write is heard on a turn of the event loop.
  const reader = reportFile === undefined && !hold && 'on' in io.stdout ? watchReader(io.stdout as Writable) : undefined
  let stopped = false

  const lint = await runner(settings, context, handlesSignals)
  try {
    // The file whose parts are coming in: what its later parts need of its first.
    let file: FileInHand | undefined
    for await (let {input, bytes, result} of ordered(inputs, settings, context, cache, lint, reader !== undefined)) {
      const first = file === undefined
      const last = !result.more
      file ??= {value: result.value, textCounts: result.textCounts, counts: {error: 0, warning: 0, info: 0}, cached: last || !cache ? undefined : [], tally: last ? undefined : new FindingTally()}
      if (!first) {
        // The text and counts come once, with the first part (a part read from disk brings its own section's text).
        if (file.value !== undefined && result.value === undefined) result.value = file.value
        result.textCounts = file.textCounts
      }
      if (result.fixed !== undefined) result = await saveFixes(input, bytes, result, context)
      // A file in parts is cached unless it has too many findings to hold.
      if (file.cached) file.cached = addUpTo(file.cached, result.messages, cachedFindings)
      const cachedMessages = file.tally ? file.cached : result.messages
      if (last && result.hash !== undefined && cachedMessages) cache?.set(input, result.hash, result.sourcePath, cachedMessages, file.textCounts?.gap)
      if (result.timings) timing?.merge(result.timings)
      if (result.unreadable) failed = true
      if (result.problem !== undefined) {
        failed = true
        warn(`${result.path}: ${result.problem}`)
      }
      if (result.diff !== undefined) io.stdout.write(result.diff)
      if (settings.baseline && input !== '-') settings.baseline.apply(result, input, settings.baseline.update)
      if (settings.quiet) result.messages = result.messages.filter((message) => message.severity === 'error')
      const partCounts = countSeverities(result.messages)
      for (const severity of ['error', 'warning', 'info'] as const) {
        counts[severity] += partCounts[severity]
        file.counts[severity] += partCounts[severity]
      }
      // The risk of a file in parts is its whole file's, known with its last part.
      file.tally?.add(result.messages)
      if (last && file.tally) result.risk = riskOf(file.tally.messages(), file.textCounts ?? countText(file.value ?? ''))
      if (last && settings.format === 'github' && file.counts.error + file.counts.warning + file.counts.info > 0) summary.push({path: result.path, counts: file.counts})
      // In slices: a file with two million findings is never two million messages at once, nor one string.
      for (const slice of slices(result)) sink.add(slice.file, first && slice.first, last && slice.last)
      if (last) {
        progress?.tick(file.counts.error + file.counts.warning + file.counts.info)
        file = undefined
      }
      if (reader !== undefined && (await reader.gone())) {
        stopped = true
        break
      }
    }
  } finally {
    progress?.stop()
    await lint.close()
    releaseSignals?.()
  }

  // The reader has gone: the findings so far decide the exit code, and nothing more is said.
  if (!stopped) sink.end()
  if (hold) io.stdout.write(held.join(''))
  const problems = [settings.format === 'github' ? appendStepSummary(summary, io.env) : undefined, reportFile?.close()].filter((problem) => problem !== undefined)
  const cacheProblems = [cache?.notice(), cache?.save()].filter((problem) => problem !== undefined)
  for (const problem of cacheProblems) io.stderr.write(`copydesk: warning: ${problem}\n`)
  for (const problem of problems) io.stderr.write(`copydesk: ${problem}\n`)
  if (timing) io.stderr.write(timing.format())
  return {failed: failed || problems.length > 0, counts}
}

/** The parts of one file's result, in order (see checkParts): each `next()` the next part. */
interface PartSource {
  next(): FileResult | Promise<FileResult>
}

/** A file reported in parts, between its first part and its last. */
interface FileInHand {
  value: string | undefined
  textCounts: FileResult['textCounts']
  counts: SeverityCounts
  /** Its messages so far, for the cache; undefined without a cache, for a file in one part, or one with too many. */
  cached: Message[] | undefined
  /** Its findings so far, for its risk; undefined for a file in one part. */
  tally: FindingTally | undefined
}

/** The most findings of a file the cache keeps: a file with more is checked again on the next run. */
export const cachedFindings = 100_000

/** `list` with `more` added, or undefined when that would hold more than `limit`. */
function addUpTo(list: Message[], more: readonly Message[], limit: number): Message[] | undefined {
  if (list.length + more.length > limit) return undefined
  for (const message of more) list.push(message)
  return list
}

interface Runner {
  /** Threads that lint, the main thread included. */
  threads: number
  lint(task: Task): PartSource
  close(): Promise<void>
}

/** One result as the only part of its file. */
const onePart = (result: FileResult): PartSource => ({next: () => result})

/**
 * In-process, and with `jobs` above 1, beside `jobs - 1` worker threads: the
 * main thread lints whatever the workers have no room for. It would
 * otherwise wait, and one isolate fewer is one less copy of the heap and of
 * the compiled code.
 */
async function runner(settings: RunSettings, context: CheckContext, handlesSignals: boolean): Promise<Runner> {
  const jobs = threadCount(settings.inputs, settings.jobs, context.source)
  const {checkParts} = await import('./task.js')
  // Linted as its parts are asked for: a file of megabytes is reported
  // section by section as it is checked.
  const inProcess = (task: Task): PartSource => {
    const parts = checkParts(task, context)
    return {next: () => parts.next().value!}
  }
  if (jobs <= 1 && !handlesSignals) return {threads: 1, lint: inProcess, close: async () => {}}
  const {WorkerPool} = await import('./pool.js')
  // Started on the first file the cache cannot answer: a warm run starts none.
  let pool: InstanceType<typeof WorkerPool> | undefined
  return {
    threads: jobs,
    lint: (task) => {
      // A signal handler runs only between this thread's tasks: an article
      // that takes longer than a second goes to a worker, so Ctrl-C is
      // heard at once.
      const long = handlesSignals && (task.onDisk === true || task.bytes.length >= longArticle)
      if (jobs <= 1 && !long) return inProcess(task)
      pool ??= new WorkerPool(Math.max(jobs - 1, 1), settings.worker, context)
      return pool.hasRoom || long ? pool.run(task) : inProcess(task)
    },
    close: async () => pool?.close()
  }
}

/**
 * Whether a file is checked from disk a piece at a time (see checkOnDisk in
 * task.ts): a regular file of more than a part, unless --fix (it needs the
 * whole text), the html report (it shows the article whole) or a baseline
 * (it reads the text around each finding) needs it whole.
 */
function onDisk(input: string, settings: RunSettings, context: CheckContext): boolean {
  if (input === '-' || context.fix !== undefined || settings.format === 'html' || settings.baseline !== undefined) return false
  const stats = statSync(fsPath(input), {throwIfNoEntry: false})
  return stats !== undefined && stats.isFile() && stats.size > partSize
}

/** A file's bytes, a megabyte at a time; none when it cannot be read (the check says why). */
function* bytesOnDisk(input: string): Generator<Uint8Array> {
  let fd: number
  try {
    fd = openSync(fsPath(input), 'r')
  } catch {
    return
  }
  try {
    yield* bytePieces((buffer, position) => readSync(fd, buffer, 0, buffer.length, position))
  } finally {
    closeSync(fd)
  }
}

/** SHA-1 of a file's bytes, as the cache keys it, read a piece at a time. */
function hashOnDisk(input: string): string {
  const hash = createHash('sha1')
  for (const piece of bytesOnDisk(input)) hash.update(piece)
  return hash.digest('hex')
}

/** Bytes of an article that takes about half a second to lint, or more (0.8 MB a second measured). */
export const longArticle = 400 * 1024

/**
 * Save the fixes of a result, after a turn of the event loop (a Ctrl-C
 * pressed before stops the run there). When they cannot be saved, the file
 * is checked again as it is, and the result says why.
 */
async function saveFixes(input: string, bytes: Uint8Array, result: FileResult, context: CheckContext): Promise<FileResult> {
  await new Promise((resolve) => setImmediate(resolve))
  const problem = writeFixedArticle(result.fixed!)
  if (problem === undefined) {
    delete result.fixed
    return result
  }
  const {checkTask} = await import('./task.js')
  const unfixed = checkTask({input, display: result.path, bytes}, {...context, fix: undefined})
  unfixed.problem = problem
  return unfixed
}

/**
 * Whether the reader of standard output has gone. While a slow reader
 * catches up the run waits, so an unread report never piles up in memory.
 */
function watchReader(stdout: Writable): {gone(): Promise<boolean>} {
  let gone = false
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') gone = true
  })
  return {
    async gone() {
      if (stdout.writableNeedDrain && !gone) {
        await new Promise<void>((resolve) => {
          const done = () => {
            stdout.off('drain', done)
            stdout.off('error', done)
            resolve()
          }
          stdout.on('drain', done)
          stdout.on('error', done)
        })
      }
      return gone
    }
  }
}

/** Threads for a run, the main thread included: `jobs` if given, else one per core when it pays; 1 means in-process. */
export function threadCount(inputs: readonly string[], jobs: number | undefined, source: CheckContext['source'], cores = availableParallelism()): number {
  // One article, stdin, or one --source text: nothing to share out.
  if (inputs.length < 2 || inputs.includes('-') || typeof source === 'string') return 1
  if (jobs !== undefined) return Math.min(jobs, inputs.length)
  if (cores < poolMinimum.cores || inputs.length < poolMinimum.files) return 1
  let bytes = 0
  for (const input of inputs) {
    bytes += statSync(fsPath(input), {throwIfNoEntry: false})?.size ?? 0
    if (bytes >= poolMinimum.bytes) return Math.min(cores, inputs.length)
  }
  return 1
}

/** Between articles, a turn of the event loop at least this often while Ctrl-C has a handler to run. */
const signalCheckMs = 50

/**
 * Results in input order. Reading runs a little ahead of reporting, so the
 * workers always have work queued yet only a bounded number of files is
 * held at any time.
 */
async function* ordered(
  inputs: readonly string[],
  settings: RunSettings,
  context: CheckContext,
  cache: ResultCache | undefined,
  runner: Runner,
  /** Turn the event loop between articles even without a signal handler (to hear a closed pipe). */
  turns: boolean
): AsyncGenerator<{input: string; bytes: Uint8Array; result: FileResult}> {
  // Four per thread: what each worker may have waiting, and the main thread's share.
  const ahead = Math.max(8, 4 * runner.threads)
  const queue: Array<{input: string; bytes: Uint8Array; parts: PartSource}> = []
  let next = 0
  // Date.now, not performance.now: the first use of `performance` loads perf_hooks (some 2 ms of a one-file run).
  let turn = Date.now()
  while (next < inputs.length || queue.length > 0) {
    // A Ctrl-C handler (removing a half-written cache or report) runs only
    // on a turn of the event loop, and a run answered in-process takes none
    // of its own; nor does it hear that its reader closed the pipe. Without
    // a handler or a pipe, Ctrl-C ends the run at once; the turns are
    // skipped then, as they change when V8 collects garbage.
    if ((turns || process.listenerCount('SIGINT') > 0) && Date.now() - turn > signalCheckMs) {
      await new Promise((resolve) => setImmediate(resolve))
      turn = Date.now()
    }
    while (next < inputs.length && queue.length < ahead) {
      const input = inputs[next++]!
      queue.push({input, ...start(input, settings, context, cache, runner)})
    }
    // The file in turn, part after part; the next file once its last has come.
    const {input, bytes, parts} = queue[0]!
    const result = await parts.next()
    if (!result.more) queue.shift()
    yield {input, bytes, result}
  }
}

function start(
  input: string,
  settings: RunSettings,
  context: CheckContext,
  cache: ResultCache | undefined,
  runner: Runner
): {bytes: Uint8Array; parts: PartSource} {
  const display = settings.display(input)
  if (onDisk(input, settings, context)) {
    // Hashed a piece at a time for the cache, and checked from disk: never held whole here.
    // With SARIF its text is read again for the fingerprints, as the check reads it: not from the cache.
    const hash = cache && !context.keepText ? hashOnDisk(input) : undefined
    const cached = hash === undefined ? undefined : cache?.get(input, hash, false)
    if (!cached) return {bytes: new Uint8Array(), parts: runner.lint({input, display, bytes: new Uint8Array(), onDisk: true})}
    return {bytes: new Uint8Array(), parts: onePart({path: display, messages: cached.messages, textCounts: {...countText(bytesOnDisk(input)), gap: cached.gap}})}
  }
  let bytes: Uint8Array
  if (input === '-') bytes = settings.stdin()
  else {
    try {
      bytes = readInput(input)
    } catch (error) {
      // Worded as every other read problem is (read again, a device could stream forever).
      const problem = readArticle(input, display, context.cwd, () => {
        throw error
      }).problem ?? describeFsError(error)
      return {bytes: new Uint8Array(), parts: onePart(unreadableResult(display, problem))}
    }
  }
  const cached = input === '-' ? undefined : cache?.get(input, bytes, context.fix !== undefined)
  if (!cached) return {bytes, parts: runner.lint({input, display, bytes})}
  const result: FileResult = {path: display, messages: cached.messages, textCounts: {...countText(bytes), gap: cached.gap}}
  if (context.keepText) result.value = String(decodeArticle(bytes, display, context.cwd).file?.value ?? '')
  return {bytes, parts: onePart(result)}
}
