// The contract between the engine and the rules in src/rules/.
// A rule is data about itself plus a `create` that returns handlers for the
// one shared walk of the prose tree (see pipeline/lint.ts). The engine stamps
// id, source, url and severity on every finding, so rule bodies never do.
import type {Paragraph, Root, Sentence, Word} from 'nlcst'
import type {JSONSchema7} from 'json-schema'
import type {ProseBlock, ProseDocument} from './pipeline/prose.js'
import type {GlossaryEntry, Preset} from './config/types.js'
import type {SourceDocument} from './source/document.js'

export type Severity = 'off' | 'info' | 'warn' | 'error'

/** A text edit in file offsets: replace `[start, end)` with `text`. */
export interface FixEdit {
  range: [number, number]
  text: string
}

/** What a rule reports; offsets are into the original file. */
export interface Finding {
  /** Plain English: what is wrong and what to write instead. */
  reason: string
  start: number
  end: number
  /** The offending text, when it differs from the file slice. */
  actual?: string
  /** Suggested replacements. */
  expected?: string[]
  /** A longer explanation. */
  note?: string
  /** Only when the repair is certain. */
  fix?: FixEdit
}

export interface RuleContext<Options> {
  readonly options: Options
  readonly document: ProseDocument
  /** The house glossary from the configuration. */
  readonly glossary: readonly GlossaryEntry[]
  /** The Chinese original, when one was given or found; rules comparing with it do nothing without it. */
  readonly source?: SourceDocument
  report(finding: Finding): void
}

/**
 * Handlers for the shared walk. Each gets the node and the block (paragraph,
 * heading, table cell…) it stands in. `RootNode:exit` runs once after the
 * walk, for rules that compare across the whole article.
 */
export interface RuleHandlers {
  ParagraphNode?(node: Paragraph, block: ProseBlock): void
  SentenceNode?(node: Sentence, block: ProseBlock): void
  WordNode?(node: Word, block: ProseBlock): void
  'RootNode:exit'?(node: Root): void
}

export interface RuleDocs {
  /** Text that triggers the rule. */
  bad: string
  /** The same text written well. */
  good: string
  /** The Chinese original both examples translate, for rules that compare with it. */
  source?: string
}

export interface RuleDefinition<Options extends object> {
  /** User-facing id: config key, disable comments, CI annotations. */
  id: string
  /** One line, shown in help, SARIF and the README table. */
  description: string
  severity: Exclude<Severity, 'off'>
  fixable: boolean
  /** JSON Schema of the options object (`additionalProperties: false`). */
  schema: JSONSchema7
  defaults: Options
  docs: RuleDocs
  /** A house style this rule belongs to: off unless the configuration picks it (`"preset": "ap"`). */
  preset?: Preset
  create(context: RuleContext<Options>): RuleHandlers
}

export interface Rule<Options extends object = object> extends RuleDefinition<Options> {
  url: string
}

export const repositoryUrl = 'https://github.com/copydesk/copydesk'

/** Rule docs live in the README, one section per rule id. */
export function ruleUrl(id: string): string {
  return `${repositoryUrl}#${id}`
}

export function defineRule<Options extends object>(
  definition: RuleDefinition<Options>
): Rule<Options> {
  return {...definition, url: ruleUrl(definition.id)}
}
