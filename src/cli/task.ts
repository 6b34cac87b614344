// Checking one article from its bytes: the work of a worker thread, and of
// the main thread when it lints in-process. Lint it, fix it when asked (the
// fixes returned to be saved by the main thread, or described as a diff),
// and keep what the report needs.
import {unifiedDiff} from '../fix/diff.js'
import {collectTimings, lintArticle, lintArticleParts} from '../pipeline/index.js'
import {parseErrorId} from '../pipeline/parse.js'
import {countText, type TextCounts} from '../report/risk.js'
import {articleCoverageGap} from '../source/coverage.js'
import type {VFile} from 'vfile'
import {decodeArticle} from '../io/read.js'
import {holdYoungGeneration} from './heap.js'
import {sha1, unreadableResult, type CheckContext, type FileResult, type Task} from './result.js'

/**
 * Lint one article part by part, each part's messages as they come (a file
 * of megabytes in sections, see lintParts; an article is one part), so that
 * a file of millions of findings is never held whole. With --fix, one part:
 * the fix loop needs every message.
 */
export function* checkParts(task: Task, context: CheckContext): Generator<FileResult> {
  if (context.fix !== undefined) {
    yield checkTask(task, context)
    return
  }
  const read = decodeArticle(task.bytes, task.display, context.cwd)
  if (read.problem !== undefined) {
    yield unreadableResult(task.display, read.problem)
    return
  }
  const file = read.file
  const timings = context.timing ? new Map<string, number>() : undefined
  if (timings) collectTimings({add: (id, ms) => timings.set(id, (timings.get(id) ?? 0) + ms)})
  try {
    const parts = lintArticleParts(file, context.config, {only: context.rules, source: context.source, maxFindings: context.maxFindings})
    let unreadable = false
    let first = true
    // One part ahead: a part is known to be the last only once the next is asked for.
    for (let part = parts.next(), next: typeof part; !part.done; part = next) {
      const messages = part.value
      if (messages.some((message) => message.ruleId === parseErrorId)) unreadable = true
      next = parts.next()
      const result: FileResult = {path: file.path, messages}
      if (first) {
        if (context.keepText) {
          result.value = String(file)
          if (file.data.bilingual) result.bilingual = file.data.bilingual
        }
        result.textCounts = riskCounts(task.bytes, file)
        first = false
      }
      if (!next.done) {
        result.more = true
        yield result
        continue
      }
      if (unreadable) result.unreadable = true
      if (timings) result.timings = [...timings]
      if (context.hash) {
        result.hash = sha1(task.bytes)
        if (file.data.sourcePath !== undefined) result.sourcePath = file.data.sourcePath
      }
      yield result
    }
  } finally {
    if (timings) collectTimings(undefined)
  }
}

/** Lint one article whole (with --fix, and fixed); the same code runs in-process and in a worker. */
export function checkTask(task: Task, context: CheckContext): FileResult {
  const read = decodeArticle(task.bytes, task.display, context.cwd)
  if (read.problem !== undefined) return unreadableResult(task.display, read.problem)
  const file = read.file
  const original = String(file)
  const timings = context.timing ? new Map<string, number>() : undefined
  if (timings) collectTimings({add: (id, ms) => timings.set(id, (timings.get(id) ?? 0) + ms)})
  const {messages, fix} = lintArticle(file, context.config, {only: context.rules, source: context.source, fix: context.fix !== undefined, maxFindings: context.maxFindings})
  if (timings) collectTimings(undefined)
  holdYoungGeneration()
  const result: FileResult = {path: file.path, messages}
  if (context.keepText) {
    result.value = String(file)
    if (file.data.bilingual) result.bilingual = file.data.bilingual
  }
  // The text as reported: after fixes, what the next run reads from disk.
  result.textCounts = riskCounts(fix?.changed ? String(file) : task.bytes, file)
  // Refused by the parser (nested too deeply): an input failure, like an unreadable file.
  if (messages.some((message) => message.ruleId === parseErrorId)) result.unreadable = true
  if (timings) result.timings = [...timings]
  if (fix?.changed) {
    const fixed = String(file)
    if (context.fix === 'diff') result.diff = unifiedDiff(file.path, original, fixed)
    // Saved by the main thread (src/cli/run.ts), after Ctrl-C has had its chance to stop the run.
    else result.fixed = {path: task.input, original, fixed, bom: file.data.bom ?? false}
  }
  // A file rewritten by --fix is hashed on the next run, as it is on disk.
  if (context.hash && result.fixed === undefined) {
    result.hash = sha1(task.bytes)
    if (file.data.sourcePath !== undefined) result.sourcePath = file.data.sourcePath
  }
  return result
}

/** What the risk score reads of an article: its words and sentences, and with its source, how much of it the English covers. */
function riskCounts(text: Uint8Array | string, file: VFile): TextCounts {
  const counts = countText(text)
  if (file.data.bilingual) counts.gap = articleCoverageGap(file.data.bilingual, String(file))
  return counts
}
