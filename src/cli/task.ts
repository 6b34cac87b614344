// Checking one article from its bytes: the work of a worker thread, and of
// the main thread when it lints in-process.
import {collectTimings} from '../pipeline/index.js'
import {parseErrorId} from '../pipeline/parse.js'
import {countText} from '../report/risk.js'
import {checkArticle} from './check.js'
import {decodeArticle} from '../io/read.js'
import {fromVFile, sha1, unreadableResult, type CheckContext, type FileResult, type Task} from './result.js'

/** Lint one article; the same code runs in-process and in a worker. */
export function checkTask(task: Task, context: CheckContext): FileResult {
  const read = decodeArticle(task.bytes, task.display, context.cwd)
  if (read.problem !== undefined) {
    return unreadableResult(task.display, context.cwd, read.problem)
  }
  const file = read.file
  const timings = context.timing ? new Map<string, number>() : undefined
  if (timings) collectTimings({add: (id, ms) => timings.set(id, (timings.get(id) ?? 0) + ms)})
  const checked = checkArticle(file, task.input, {
    config: context.config,
    rules: context.rules,
    source: context.source,
    // Saved by the main thread (src/cli/run.ts), after Ctrl-C has had its chance to stop the run.
    fix: context.fix === 'write' ? 'keep' : context.fix,
    // Applied by the report, so the cache keeps every finding.
    quiet: false,
    maxFindings: context.maxFindings
  })
  if (timings) collectTimings(undefined)
  const result = fromVFile(file, context.keepText)
  // The text as reported: after fixes, what the next run reads from disk.
  result.textCounts = countText(file.data.fix?.changed ? String(file) : task.bytes)
  // Refused by the parser (nested too deeply): an input failure, like an unreadable file.
  if (file.messages.some((message) => message.ruleId === parseErrorId)) result.unreadable = true
  if (timings) result.timings = [...timings]
  if (checked.diff !== undefined) result.diff = checked.diff
  if (checked.problem !== undefined) result.problem = checked.problem
  if (checked.fixed !== undefined) result.fixed = checked.fixed
  // A file rewritten by --fix is hashed on the next run, as it is on disk.
  if (context.hash && checked.fixed === undefined) {
    result.hash = sha1(task.bytes)
    if (file.data.sourcePath !== undefined) result.sourcePath = file.data.sourcePath
  }
  return result
}

