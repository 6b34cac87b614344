// Where a report goes: stdout, or --output-file written atomically (a CI
// step never reads half a SARIF file); with --format github, also a summary
// table for $GITHUB_STEP_SUMMARY when GitHub would hide annotations.
import {appendFileSync, realpathSync, statSync, writeFileSync} from 'node:fs'
import {resolve} from 'node:path'
import type {VFile} from 'vfile'
import {describeWriteError, writeFileAtomic} from '../fix/atomic.js'
import {githubStepSummary} from './github.js'
import type {FormatName} from './index.js'

export interface ReportTarget {
  format: FormatName
  outputFile: string | undefined
  cwd: string
  env: NodeJS.ProcessEnv
  stdout: {write(text: string): unknown}
}

/** Deliver the report; returns the problems met (each one line), if any. */
export function deliverReport(text: string, files: readonly VFile[], target: ReportTarget): string[] {
  const problems: string[] = []
  const summaryPath = target.env['GITHUB_STEP_SUMMARY']
  if (target.format === 'github' && summaryPath) {
    const summary = githubStepSummary(files)
    try {
      if (summary) appendFileSync(summaryPath, summary)
    } catch (error) {
      problems.push(`${summaryPath}: cannot write the step summary (${describeWriteError(error)})`)
    }
  }
  if (target.outputFile === undefined) {
    target.stdout.write(text)
    return problems
  }
  const path = resolve(target.cwd, target.outputFile)
  try {
    const stats = statSync(path, {throwIfNoEntry: false})
    if (stats && !stats.isFile()) {
      // A device, pipe or terminal (/dev/null, /dev/stdout, a FIFO): write
      // through it; a rename would replace it with a plain file.
      writeFileSync(path, text)
    } else {
      // A symbolic link stays a link: its target gets the new report.
      const file = stats ? realpathSync(path) : path
      writeFileAtomic(file, new TextEncoder().encode(text), {mode: stats ? stats.mode & 0o7777 : 0o644})
    }
  } catch (error) {
    problems.push(`${target.outputFile}: cannot write the report (${describeWriteError(error)})`)
  }
  return problems
}
