// Checking one article from its bytes: the work of a worker thread, and of
// the main thread when it lints in-process. Lint it, fix it when asked (the
// fixes returned to be saved by the main thread, or described as a diff),
// and keep what the report needs.
import {unifiedDiff} from '../fix/diff.js'
import {closeSync, openSync, readFileSync, readSync} from 'node:fs'
import {VFile} from 'vfile'
import type {ProseDocument} from '../document.js'
import type {Message} from '../message.js'
import {collectTimings, lintArticle, lintArticleParts, lintFileParts} from '../pipeline/index.js'
import {parseErrorId} from '../pipeline/parse.js'
import {countText, type TextCounts} from '../report/risk.js'
import {articleCoverageGap} from '../source/coverage.js'
import {bytePieces, decodeArticle, type ReadAt} from '../io/read.js'
import {describeFsError, fsPath} from '../io/files.js'
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
  if (task.onDisk) {
    yield* checkOnDisk(task, context)
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
    yield* resultParts(file, parts, {textCounts: () => riskCounts(task.bytes, file), hash: () => sha1(task.bytes), value: () => String(file)}, context, timings)
  } finally {
    if (timings) collectTimings(undefined)
  }
}

/**
 * A file of megabytes read from disk a piece at a time (see lintFileParts),
 * never held whole: its parts as checkParts gives them, each part with its
 * own section's text when the report needs the text (SARIF).
 */
function* checkOnDisk(task: Task, context: CheckContext): Generator<FileResult> {
  let fd: number
  try {
    fd = openSync(fsPath(task.input), 'r')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    yield unreadableResult(task.display, code === 'ENOENT' ? 'it no longer exists (deleted during the run)' : describeFsError(error))
    return
  }
  const timings = context.timing ? new Map<string, number>() : undefined
  if (timings) collectTimings({add: (id, ms) => timings.set(id, (timings.get(id) ?? 0) + ms)})
  try {
    const read: ReadAt = (buffer, position) => readSync(fd, buffer, 0, buffer.length, position)
    const file = new VFile({path: task.display, cwd: context.cwd})
    let section: {value: string; offset: number} | undefined
    const onDocument = context.keepText ? (document: ProseDocument, offset: number) => (section = {value: document.value, offset}) : undefined
    const outcome = lintFileParts(file, {read}, context.config, {only: context.rules, source: context.source, maxFindings: context.maxFindings, ...(onDocument ? {onDocument} : {})})
    if ('problem' in outcome) {
      yield unreadableResult(task.display, outcome.problem)
      return
    }
    // No longer than a part once decoded: read and checked whole.
    if ('whole' in outcome) {
      yield* checkParts({input: task.input, display: task.display, bytes: readFileSync(fd)}, context)
      return
    }
    const {hash} = outcome.facts
    const sectionText = () => {
      const text = section
      section = undefined
      return text
    }
    yield* resultParts(file, outcome.parts, {textCounts: () => countText(bytePieces(read)), hash: () => hash, ...(onDocument ? {section: sectionText} : {})}, context, timings)
  } finally {
    if (timings) collectTimings(undefined)
    closeSync(fd)
  }
}

/** The results of a file's parts: the first with what the report reads of the file, the last with what the run needs. */
function* resultParts(
  file: VFile,
  parts: Generator<Message[], unknown>,
  whole: {textCounts(): TextCounts; hash(): string; value?: () => string; section?: () => {value: string; offset: number} | undefined},
  context: CheckContext,
  timings: Map<string, number> | undefined
): Generator<FileResult> {
  let unreadable = false
  let first = true
  // One part ahead: a part is known to be the last only once the next is asked for.
  for (let part = parts.next(), next: typeof part; !part.done; part = next) {
    const messages = part.value
    if (messages.some((message) => message.ruleId === parseErrorId)) unreadable = true
    // Asked before the next part is checked, which would give the next section's.
    const section = whole.section?.()
    next = parts.next()
    const result: FileResult = {path: file.path, messages}
    if (section) {
      result.value = section.value
      result.valueOffset = section.offset
    }
    if (first) {
      if (context.keepText && whole.value) {
        result.value = whole.value()
        if (file.data.bilingual) result.bilingual = file.data.bilingual
      }
      result.textCounts = whole.textCounts()
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
      result.hash = whole.hash()
      if (file.data.sourcePath !== undefined) result.sourcePath = file.data.sourcePath
    }
    yield result
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
