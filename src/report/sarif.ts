// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
// One run; `tool.driver.rules` lists every rule that fired, and each result
// points at it by id and index. Each result carries a partial fingerprint
// made of the rule, the matched text and the paragraph it stands in (all
// whitespace-normalized), so an alert keeps its identity when lines move
// because of edits elsewhere in the article.
import {createHash} from 'node:crypto'
import {relative, resolve, sep} from 'node:path'
import type {Log, ReportingDescriptor, Result} from 'sarif'
import {homepageUrl} from '../links.js'
import {rulesById} from '../rules/index.js'
import type {Message} from '../message.js'
import {omittedCounts} from '../pipeline/omitted.js'
import {pathOf, spanOf, type SeverityCounts, type SeverityName} from './severity.js'
import type {ReportFile} from './file.js'

export const sarifSchemaUri = 'https://json.schemastore.org/sarif-2.1.0.json'
export const fingerprintKey = 'copydesk/v1'

const levels: Record<SeverityName, Result.level> = {error: 'error', warning: 'warning', info: 'note'}

export interface SarifOptions {
  /** Artifact URIs are relative to this folder. */
  cwd: string
  toolVersion: string
}

export function formatSarif(files: readonly ReportFile[], options: SarifOptions): string {
  const made = new SarifResults(options.cwd)
  const results: Result[] = []
  for (const file of files) {
    // One by one: a file of megabytes has more results than a spread allows.
    for (const result of made.results(file, new Fingerprints(file.value ?? ''))) results.push(result)
  }
  return JSON.stringify(sarifLog(made.rules, results, options.toolVersion, made.omitted), null, 2) + '\n'
}

/** A file whose findings went past --max-findings: where, how many were left out, and the closing message's words. */
export interface OmittedFindings {
  uri: string
  counts: SeverityCounts
  reason: string
}

/** The run's property naming how many findings --max-findings left out, of every file. */
export const omittedProperty = 'copydesk/omittedFindings'

/**
 * The log around `results`, with the rules they point at. Findings left out
 * by --max-findings are counted in a run property, `{total, error, warning,
 * info}`, and each file that lost some has a notification of its own.
 */
export function sarifLog(rules: ReportingDescriptor[], results: Result[], toolVersion: string, omitted: readonly OmittedFindings[] = []): Log {
  const run: Log['runs'][number] = {
    tool: {driver: {name: 'copydesk', version: toolVersion, informationUri: homepageUrl, rules}},
    columnKind: 'utf16CodeUnits',
    results
  }
  if (omitted.length > 0) {
    const total = {total: 0, error: 0, warning: 0, info: 0}
    for (const {counts} of omitted) {
      for (const severity of ['error', 'warning', 'info'] as const) {
        total[severity] += counts[severity]
        total.total += counts[severity]
      }
    }
    run.invocations = [
      {
        executionSuccessful: true,
        toolExecutionNotifications: omitted.map(({uri, counts, reason}) => ({
          level: 'warning',
          message: {text: reason},
          locations: [{physicalLocation: {artifactLocation: {uri}}}],
          properties: {omitted: {total: counts.error + counts.warning + counts.info, ...counts}}
        }))
      }
    ]
    run.properties = {[omittedProperty]: total}
  }
  return {$schema: sarifSchemaUri, version: '2.1.0', runs: [run]}
}

/**
 * Results made file by file (or slice by slice of a file's messages), the
 * rules they point at gathered in the order they first fire.
 */
export class SarifResults {
  readonly rules: ReportingDescriptor[] = []
  /** The files whose findings went past --max-findings, as their closing messages came. */
  readonly omitted: OmittedFindings[] = []
  private readonly ruleIndex = new Map<string, number>()

  constructor(private readonly cwd: string) {}

  /** The results of `file`'s messages; `fingerprints` is made once per file, for all its slices. */
  results(file: ReportFile, fingerprints: Fingerprints): Result[] {
    const uri = artifactUri(pathOf(file), this.cwd)
    const results: Result[] = []
    for (const message of file.messages) {
      const id = message.ruleId
      const counts = omittedCounts(message)
      if (counts) this.omitted.push({uri, counts, reason: message.reason})
      const level = levels[message.severity]
      let index = this.ruleIndex.get(id)
      if (index === undefined) {
        index = this.rules.length
        this.ruleIndex.set(id, index)
        this.rules.push(describeRule(id, level))
      }
      const {line, column, endLine, endColumn} = spanOf(message)
      results.push({
        ruleId: id,
        ruleIndex: index,
        level,
        message: {text: message.reason},
        locations: [
          {
            physicalLocation: {
              artifactLocation: {uri},
              region: {startLine: line, startColumn: column, endLine, endColumn}
            }
          }
        ],
        partialFingerprints: {[fingerprintKey]: fingerprints.next(id, message)}
      })
    }
    return results
  }
}

function describeRule(id: string, level: Result.level): ReportingDescriptor {
  const rule = rulesById.get(id)
  return {
    id,
    shortDescription: {text: rule?.description ?? id},
    ...(rule ? {helpUri: rule.url} : {}),
    // The level this run used, which is the configured severity.
    defaultConfiguration: {level}
  }
}

/** A relative URI reference, `/`-separated and percent-encoded per segment. */
export function artifactUri(path: string, cwd: string): string {
  const relativePath = relative(cwd, resolve(cwd, path)) || path
  return relativePath.split(sep).join('/').split('/').map(encodeURIComponent).join('/')
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * Fingerprints for one file's results: hash of rule id, matched text and
 * enclosing paragraph, plus a counter telling apart identical findings in
 * one paragraph. Paragraphs are runs of non-blank lines; each is found by
 * binary search and hashed once, so a file costs linear time. A file's
 * findings come in file order: past `keep` remembered counters and hashes,
 * those of the paragraphs before the one in hand are let go, so a file of
 * millions of findings is never remembered whole.
 */
export class Fingerprints {
  /** Where each paragraph starts and ends: numbers, not a pair a paragraph, for a file of megabytes. */
  private readonly starts: number[] = []
  private readonly ends: number[] = []
  private readonly paragraphHashes = new Map<number, string>()
  /** Counters by hash, and the last paragraph each was counted in (-1: a finding without a place). */
  private readonly seen = new Map<string, {count: number; paragraph: number}>()
  private limit: number

  /** The paragraphs of texts before this one (a file read in sections), so each paragraph's index is the file's. */
  private base = 0
  private value = ''
  private offset = 0

  constructor(
    value: string,
    private readonly keep = 100_000,
    offset = 0
  ) {
    this.limit = keep
    this.moveTo(value, offset)
  }

  /**
   * The text findings now come from: the file's next section, which starts
   * at `offset` (a file read from disk in pieces). Its paragraphs are its
   * own: one cut by a section is hashed in its parts; counters go on.
   */
  moveTo(value: string, offset: number): void {
    this.base += this.starts.length
    this.starts.length = 0
    this.ends.length = 0
    this.paragraphHashes.clear()
    this.value = value
    this.offset = offset
    const blank = /(?:^|\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n|$))+/g
    let start = 0
    for (const match of value.matchAll(blank)) {
      if (match.index > start) this.addParagraph(start, match.index)
      start = match.index + match[0].length
    }
    if (start < value.length) this.addParagraph(start, value.length)
  }

  next(ruleId: string, message: Message): string {
    const place = message.place
    const fileStart = place && 'start' in place ? place.start.offset : place?.offset
    const start = fileStart === undefined ? undefined : fileStart - this.offset
    const end = place && 'start' in place ? place.end.offset! - this.offset : start
    const matched = start === undefined ? '' : normalize(this.value.slice(start, end ?? start))
    const local = start === undefined ? -1 : this.paragraphAt(start)
    const index = local < 0 ? local : this.base + local
    const paragraph = local < 0 ? '' : this.paragraphHash(local)
    const base = createHash('sha256').update(`${ruleId}\0${matched}\0${paragraph}`).digest('hex').slice(0, 32)
    if (this.seen.size >= this.limit) {
      this.forgetBefore(index)
      // What is left is in use: look again only after as many more.
      this.limit = this.seen.size + this.keep
    }
    const seen = this.seen.get(base)
    const count = (seen?.count ?? 0) + 1
    this.seen.set(base, {count, paragraph: Math.max(index, seen?.paragraph ?? -1)})
    return `${base}:${count}`
  }

  private addParagraph(start: number, end: number): void {
    this.starts.push(start)
    this.ends.push(end)
  }

  /** Let go of the counters and hashes last used before paragraph `index`. */
  private forgetBefore(index: number): void {
    for (const [base, {paragraph}] of this.seen) if (paragraph >= 0 && paragraph < index) this.seen.delete(base)
    for (const paragraph of this.paragraphHashes.keys()) if (this.base + paragraph < index) this.paragraphHashes.delete(paragraph)
  }

  /** The paragraph holding `offset`, or -1 before the first. */
  private paragraphAt(offset: number): number {
    let low = 0
    let high = this.starts.length - 1
    let found = -1
    while (low <= high) {
      const middle = (low + high) >> 1
      if (this.starts[middle]! <= offset) {
        found = middle
        low = middle + 1
      } else high = middle - 1
    }
    return found
  }

  /** The hash of this text's paragraph `index`. */
  private paragraphHash(index: number): string {
    let hash = this.paragraphHashes.get(index)
    if (hash === undefined) {
      hash = createHash('sha256').update(normalize(this.value.slice(this.starts[index], this.ends[index]))).digest('hex')
      this.paragraphHashes.set(index, hash)
    }
    return hash
  }
}
