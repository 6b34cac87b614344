// Step 3 and 4 of the pipeline: rules → messages.
// Every enabled rule registers handlers by node type (as ESLint and textlint
// do); each rule in turn is called with the article's blocks in order, the
// blocks' sentences and words after each, so no rule walks the tree itself
// and one rule's code stays hot through the article. Findings become
// messages (src/message.ts) stamped with the rule's id, severity and url,
// minus those switched off by inline directives or said again by a rule
// that `supersedes` theirs: the one place a finding takes the shape every
// consumer reads.
import type {Root} from 'nlcst'
import type {ActiveRuleSetting} from '../config/types.js'
import {readErrorId} from '../io/read.js'
import type {GlossaryEntry} from '../text/glossary.js'
import type {Message, Point, SeverityName, Span} from '../message.js'
import type {Finding, Rule, RuleHandlers} from '../rule.js'
import type {SourceDocument} from '../source/document.js'
import {suppressedBy} from './directives.js'
import type {ProseDocument} from '../document.js'

export interface EnabledRule {
  rule: Rule
  setting: ActiveRuleSetting
}

export interface LintTimings {
  /** Milliseconds spent in each rule's handlers. */
  add(ruleId: string, ms: number): void
}

/** Run the rules over `document`: internal errors as they happen, then the findings in file order. */
export function runRules(
  document: ProseDocument,
  enabled: readonly EnabledRule[],
  glossary: readonly GlossaryEntry[],
  timings?: LintTimings,
  source?: SourceDocument
): Message[] {
  const messages: Message[] = []
  const findings: Array<{rule: EnabledRule; finding: Finding}> = []
  const active: Array<{rule: EnabledRule; handlers: RuleHandlers}> = []

  for (const entry of enabled) {
    if (entry.rule.needsSource && !source) continue
    const report = (finding: Finding) => findings.push({rule: entry, finding})
    guard(entry, messages, document, () => {
      const context = {options: entry.setting.options, prepared: prepared(entry), document, glossary, source, report}
      active.push({rule: entry, handlers: entry.rule.create(context)})
    })
  }

  const failed = new Set<EnabledRule>()
  // Rule by rule, each over every block in order (its sentences and words
  // after it, as a walk would reach them): one rule's code stays hot through
  // the article, and its call sites see one handler. No answer depends on
  // the order: a rule sees its own blocks in order, the article model's
  // parts are the same whoever builds them first, and findings are sorted below.
  for (const {rule, handlers} of active) {
    const {ParagraphNode: paragraph, SentenceNode: sentence, WordNode: word} = handlers
    if (!paragraph && !sentence && !word) continue
    const started = timings ? performance.now() : 0
    try {
      for (const block of document.blocks) {
        if (paragraph) paragraph.call(handlers, block.node, block)
        if (!sentence && !word) continue
        for (const child of block.node.children) {
          if (child.type !== 'SentenceNode') continue
          if (sentence) sentence.call(handlers, child, block)
          if (word) for (const leaf of child.children) if (leaf.type === 'WordNode') word.call(handlers, leaf, block)
        }
      }
    } catch (error) {
      internalError(rule, messages, document, error)
      failed.add(rule)
    }
    if (timings) timings.add(rule.rule.id, performance.now() - started)
  }
  for (const {rule, handlers} of active) {
    const exit = handlers['RootNode:exit']
    if (!exit || failed.has(rule)) continue
    const started = timings ? performance.now() : 0
    if (!guard(rule, messages, document, () => exit.call(handlers, document.root as Root))) failed.add(rule)
    if (timings) timings.add(rule.rule.id, performance.now() - started)
  }
  // A range outside the file, or ending before it starts, or a fix from a
  // rule that does not declare itself fixable, is a bug in its rule: one
  // internal error, as if it had thrown.
  for (const {rule, finding} of findings) {
    if (failed.has(rule)) continue
    const problem = !validRanges(finding, document.value.length)
      ? `it reported the invalid range [${finding.start}, ${finding.end}) or fix ${JSON.stringify(finding.fix?.range)}`
      : finding.fix && !rule.rule.fixable
        ? 'it offered a fix but is not declared fixable'
        : undefined
    if (!problem) continue
    failed.add(rule)
    guard(rule, messages, document, () => {
      throw new Error(problem)
    })
  }

  findings.sort((a, b) => a.finding.start - b.finding.start || a.finding.end - b.finding.end)
  const shown: Array<{rule: EnabledRule; finding: Finding; start: Point}> = []
  for (const {rule, finding} of findings) {
    if (failed.has(rule)) continue
    const start = document.toPoint(finding.start)
    if (!suppressedBy(document.directives, rule.rule.id, finding.start, start.line)) shown.push({rule, finding, start})
  }
  // What a shown finding of a rule that `supersedes` others says again for them.
  const replaced = new Set<string>()
  for (const {rule, finding} of shown) for (const id of rule.rule.supersedes ?? []) replaced.add(claim(id, finding))
  for (const {rule, finding, start} of shown) {
    if (replaced.size > 0 && replaced.has(claim(rule.rule.id, finding))) continue
    // One literal of one shape, the optional fields added after.
    const message: Message = {
      ruleId: rule.rule.id,
      severity: severityName[milder(rule.setting.severity, finding.severity)],
      reason: finding.reason,
      place: {start, end: document.toPoint(finding.end)},
      url: rule.rule.url,
      actual: finding.actual ?? document.value.slice(finding.start, finding.end)
    }
    if (finding.expected) message.expected = finding.expected
    if (finding.note) message.note = finding.note
    if (finding.fix) message.fix = finding.fix
    messages.push(message)
  }
  return messages
}

/** A finding's claim, to match one rule's finding against another's: the rule, the words, the suggestion. */
function claim(ruleId: string, finding: Finding): string {
  return `${ruleId} ${finding.start} ${finding.end} ${finding.expected?.[0] ?? ''}`
}

/** The one message of a file that could not be read or is not text, at 1:1 so every format has a place to show. */
export function unreadableMessage(problem: string): Message {
  return engineMessage(readErrorId, 'error', `Cannot check this file: ${problem}`, {line: 1, column: 1})
}

/** A message of the engine's own (a file it cannot read or parse, a source it cannot use, a directive that does nothing). */
export function engineMessage(ruleId: string, severity: SeverityName, reason: string, place?: Point | Span): Message {
  return place ? {ruleId, severity, reason, place} : {ruleId, severity, reason}
}

function validRanges(finding: Finding, length: number): boolean {
  const valid = (start: number, end: number) => Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length
  return valid(finding.start, finding.end) && (!finding.fix || (valid(...finding.fix.range) && typeof finding.fix.text === 'string'))
}

const preparedByOptions = new WeakMap<object, unknown>()

/**
 * A rule's `prepare` result for its configured options: the resolved
 * configuration keeps one options object per rule, so this runs once per
 * configuration, not once per article.
 */
function prepared({rule, setting}: EnabledRule): unknown {
  if (!rule.prepare) return undefined
  if (!preparedByOptions.has(setting.options)) preparedByOptions.set(setting.options, rule.prepare(setting.options))
  return preparedByOptions.get(setting.options)
}

const weight = {info: 0, warn: 1, error: 2} as const
const severityName = {info: 'info', warn: 'warning', error: 'error'} as const

/** The rule's configured severity, lowered to a finding's own when that is milder. */
function milder(configured: ActiveRuleSetting['severity'], own: Finding['severity']): ActiveRuleSetting['severity'] {
  return own !== undefined && weight[own] < weight[configured] ? own : configured
}

/**
 * Run a rule's code; if it throws, report an internal error for this file
 * and rule (the other rules and files go on). Returns whether it succeeded.
 */
function guard(entry: EnabledRule, messages: Message[], document: ProseDocument, run: () => void): boolean {
  try {
    run()
    return true
  } catch (error) {
    internalError(entry, messages, document, error)
    return false
  }
}

function internalError(entry: EnabledRule, messages: Message[], document: ProseDocument, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error)
  messages.push(engineMessage(entry.rule.id, 'error', `Internal error in rule \`${entry.rule.id}\`: ${detail}; please report it with this file`, document.toPoint(0)))
}
