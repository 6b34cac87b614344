// Where a report goes besides stdout: --output-file, written as the report
// streams in and put in place atomically at the end (a CI step never reads
// half a SARIF file, and a big run never holds its whole report); with
// --format github, also a summary table for $GITHUB_STEP_SUMMARY when GitHub
// would hide annotations.
import {appendFileSync, closeSync, fchmodSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {describeWriteError, removeOnExit, removeStaleTemporaries, temporaryPath} from '../io/atomic.js'
import {githubStepSummary, type FileCounts} from './github.js'

/** Append the step summary when the run needs one; returns the problem, if any. */
export function appendStepSummary(files: readonly FileCounts[], env: NodeJS.ProcessEnv): string | undefined {
  const summaryPath = env['GITHUB_STEP_SUMMARY']
  if (!summaryPath) return undefined
  const summary = githubStepSummary(files)
  try {
    if (summary) appendFileSync(summaryPath, summary)
  } catch (error) {
    return `${summaryPath}: cannot write the step summary (${describeWriteError(error)})`
  }
  return undefined
}

export interface ReportFile {
  write(text: string): void
  /** Put the report in place; returns the problem (one line), if any. */
  close(): string | undefined
}

/**
 * Open --output-file. A device, pipe or terminal (/dev/null, /dev/stdout, a
 * FIFO) is written through: a rename would replace it with a plain file.
 * Anything else gets a temporary file beside it, renamed over it by `close`
 * (over the target of a symbolic link, which stays a link; with the old
 * file's permissions). On any failure the old file is left as it was.
 */
export function openReportFile(outputFile: string, cwd: string): ReportFile {
  const path = resolve(cwd, outputFile)
  let problem: string | undefined
  let fd: number | undefined
  let temporary: string | undefined
  let cancelRemoval: (() => void) | undefined
  let target = path
  const fail = (error: unknown) => {
    problem ??= `${outputFile}: cannot write the report (${describeWriteError(error)})`
    if (fd !== undefined) {
      try {
        closeSync(fd)
      } catch {
        // Closed already.
      }
      fd = undefined
    }
    if (temporary !== undefined) {
      try {
        unlinkSync(temporary)
      } catch {
        // Never created, or gone.
      }
    }
    cancelRemoval?.()
  }
  try {
    const stats = statSync(path, {throwIfNoEntry: false})
    if (stats && !stats.isFile()) fd = openSync(path, 'w')
    else {
      target = stats ? realpathSync(path) : path
      const mode = stats ? stats.mode & 0o7777 : 0o644
      temporary = temporaryPath(target)
      removeStaleTemporaries(dirname(target))
      // Ctrl-C before `close` leaves the old report, and no temporary file
      // (asked before the file exists, so no signal finds it unguarded).
      cancelRemoval = removeOnExit(temporary)
      fd = openSync(temporary, 'wx', mode)
      // The umask may have narrowed the mode.
      fchmodSync(fd, mode)
    }
  } catch (error) {
    fail(error)
  }
  return {
    write(text) {
      if (fd === undefined) return
      try {
        // A string is encoded by the write itself; a copy as bytes is made
        // only for what a short write (a pipe) left over.
        let written = writeSync(fd, text)
        if (written < Buffer.byteLength(text)) {
          const bytes = Buffer.from(text)
          while (written < bytes.length) written += writeSync(fd, bytes, written)
        }
      } catch (error) {
        fail(error)
      }
    },
    close() {
      if (fd === undefined) return problem
      try {
        if (temporary !== undefined) fsyncSync(fd)
        closeSync(fd)
        fd = undefined
        if (temporary !== undefined) renameSync(temporary, target)
      } catch (error) {
        fail(error)
      }
      cancelRemoval?.()
      return problem
    }
  }
}
