// An accepted-findings baseline, for archives and long series: findings
// recorded in it are not reported again (ESLint's bulk suppressions, Psalm's
// and detekt's baselines). An entry is the rule, the flagged text and the
// text around it on its line, never a line number, so it survives edits
// elsewhere in the article; it may carry a reason. An entry that no longer
// matches a finding of a file checked in the run is stale, and said so.
import {readFileSync} from 'node:fs'
import {dirname, relative} from 'node:path'
import {parseErrorId} from '../pipeline/parse.js'
import {describeWriteError, writeFileAtomic} from '../io/atomic.js'
import {readErrorId} from '../io/read.js'
import type {Message} from '../message.js'
import type {FileResult} from './result.js'

export interface BaselineEntry {
  /** The article, relative to the baseline file's folder, with `/`. */
  file: string
  rule: string
  /** The flagged text. */
  text: string
  /** The flagged text with up to `contextChars` around it on its line, whitespace collapsed. */
  context: string
  /** Why it is accepted; kept when the baseline is updated. */
  reason?: string
}

interface BaselineFile {
  /** What the file is, for a reader who finds it in a repository. */
  description?: string
  version: 1
  findings: BaselineEntry[]
}

export const contextChars = 30

const description = 'copydesk baseline: accepted findings, not reported again (copydesk --baseline FILE; rewrite with --update-baseline). Add a "reason" to any entry.'

/** Messages never hidden: a file that could not be read or parsed is a failure, not a finding. */
const unhideable = new Set([readErrorId, parseErrorId])

export class Baseline {
  /** Entries not yet matched, by file then fingerprint. */
  private readonly open = new Map<string, Map<string, BaselineEntry[]>>()
  private readonly checked = new Set<string>()
  /** What this run found, for --update-baseline: by file. */
  private readonly found = new Map<string, BaselineEntry[]>()
  hidden = 0

  private constructor(
    readonly path: string,
    private readonly entries: BaselineEntry[]
  ) {
    for (const entry of entries) {
      const byKey = this.open.get(entry.file) ?? new Map<string, BaselineEntry[]>()
      this.open.set(entry.file, byKey)
      const key = fingerprint(entry)
      byKey.set(key, [...(byKey.get(key) ?? []), entry])
    }
  }

  /** The baseline at `path`; none there yet is an empty one (for --update-baseline). */
  static load(path: string, mustExist: boolean): Baseline | {problem: string} {
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT' && !mustExist) return new Baseline(path, [])
      return {problem: `${path}: cannot read the baseline (${code === 'ENOENT' ? 'no such file; create it with --update-baseline' : (code ?? String(error))})`}
    }
    let data: BaselineFile
    try {
      data = JSON.parse(text) as BaselineFile
    } catch (error) {
      return {problem: `${path}: the baseline is not valid JSON (${(error as Error).message})`}
    }
    const entries = Array.isArray(data?.findings) ? data.findings : undefined
    const bad = entries?.findIndex((entry) => !isEntry(entry))
    if (!entries || bad === undefined || bad >= 0) {
      return {problem: `${path}: ${entries ? `/findings/${bad}: an entry needs \`file\`, \`rule\`, \`text\` and \`context\` as text` : 'expected {"findings": [...]}'}`}
    }
    return new Baseline(path, entries)
  }

  /**
   * Take the recorded findings out of one file's result, or one part of it
   * (its `value` must be kept); `absolute` is the file's path. With `acceptAll` (--update-baseline)
   * every finding is taken out, to be recorded.
   */
  apply(result: FileResult, absolute: string, acceptAll = false): void {
    const file = relative(dirname(this.path), absolute).split('\\').join('/')
    this.checked.add(file)
    const open = this.open.get(file)
    // A file of megabytes comes in parts: what each part found is added up.
    const found = this.found.get(file) ?? []
    this.found.set(file, found)
    const kept: Message[] = []
    for (const message of result.messages) {
      const entry = entryOf(message, file, result.value ?? '')
      if (!entry) {
        kept.push(message)
        continue
      }
      found.push(entry)
      const matches = open?.get(fingerprint(entry))
      const accepted = matches?.shift()
      if (accepted?.reason !== undefined) entry.reason = accepted.reason
      if (accepted || acceptAll) this.hidden++
      else kept.push(message)
    }
    result.messages = kept
  }

  /** Entries of files checked in this run that matched no finding. */
  stale(): BaselineEntry[] {
    const stale: BaselineEntry[] = []
    for (const [file, byKey] of this.open) if (this.checked.has(file)) for (const entries of byKey.values()) stale.push(...entries)
    return stale
  }

  /** The baseline as this run leaves it: every finding of the files checked (reasons kept), and the entries of files not checked. */
  updated(): {text: string; count: number} {
    const findings = [...this.entries.filter((entry) => !this.checked.has(entry.file)), ...[...this.found.values()].flat()]
    findings.sort((a, b) => compare(a.file, b.file) || compare(a.rule, b.rule) || compare(a.context, b.context))
    const data: BaselineFile = {description, version: 1, findings}
    return {text: JSON.stringify(data, null, 2) + '\n', count: findings.length}
  }

  /** Write `updated()`; the problem, if it could not. */
  save(): {count: number; problem?: string} {
    const {text, count} = this.updated()
    try {
      writeFileAtomic(this.path, new TextEncoder().encode(text), {mode: 0o644})
      return {count}
    } catch (error) {
      return {count, problem: `${this.path}: cannot write the baseline (${describeWriteError(error)})`}
    }
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

function fingerprint(entry: BaselineEntry): string {
  return `${entry.rule}\0${collapse(entry.text)}\0${collapse(entry.context)}`
}

function isEntry(entry: unknown): entry is BaselineEntry {
  const value = entry as Record<string, unknown>
  return typeof value === 'object' && value !== null && ['file', 'rule', 'text', 'context'].every((key) => typeof value[key] === 'string')
}

/** A finding as a baseline entry; undefined for what a baseline cannot hide. */
function entryOf(message: Message, file: string, value: string): BaselineEntry | undefined {
  if (message.ruleId === undefined || unhideable.has(message.ruleId)) return undefined
  const place = message.place
  const start = place && 'start' in place ? place.start.offset : place?.offset
  const end = place && 'start' in place ? place.end.offset : start
  if (start === undefined || start === null) return {file, rule: message.ruleId, text: message.actual ?? '', context: message.reason}
  const stop = end ?? start
  const lineStart = Math.max(value.lastIndexOf('\n', start - 1) + 1, start - contextChars)
  const lineEnd = value.indexOf('\n', stop)
  const after = Math.min(lineEnd < 0 ? value.length : lineEnd, stop + contextChars)
  return {file, rule: message.ruleId, text: collapse(value.slice(start, stop)), context: collapse(value.slice(lineStart, after))}
}
