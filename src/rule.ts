// The contract between the engine and the rules in src/rules/.
// A rule is data about itself plus a `create` that returns handlers for the
// one shared walk of the prose tree (see pipeline/lint.ts). The engine stamps
// id, source, url and severity on every finding, so rule bodies never do.
import type {Paragraph, Root, Sentence, Word} from 'nlcst'
import type {ProseBlock, ProseDocument} from './document.js'
import type {GlossaryEntry} from './text/glossary.js'
import type {SourceDocument} from './source/document.js'
import {rulePagesUrl} from './links.js'

export type Severity = 'off' | 'info' | 'warn' | 'error'

/** Opt-in house styles: `ap`, the Associated Press's news style. */
export type Preset = 'ap'

export type JsonSchemaType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null'

/**
 * A JSON Schema (draft-07) as plain data. Declared here rather than taken
 * from @types/json-schema so the published declarations need no package a
 * user may not have; src/config/schema.ts reads it as a JSONSchema7.
 */
export interface JsonSchema {
  type?: JsonSchemaType | readonly JsonSchemaType[]
  description?: string
  properties?: Record<string, JsonSchema | boolean>
  items?: JsonSchema | boolean | readonly (JsonSchema | boolean)[]
  enum?: readonly unknown[]
  additionalProperties?: JsonSchema | boolean
  /** Any other keyword (minimum, minItems, pattern…). */
  [keyword: string]: unknown
}

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
  /**
   * A milder severity for this finding than the rule's (a stilted phrase
   * beside misleading ones): the lower of the two is used, so a rule
   * configured at `info` stays at `info`.
   */
  severity?: Exclude<Severity, 'off'>
}

export interface RuleContext<Options, Prepared = undefined> {
  readonly options: Options
  /** What the rule's `prepare` made of these options, once per configuration. */
  readonly prepared: Prepared
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
  /**
   * What the rule catches and why machine translation produces it, in plain
   * English, for its page (docs/rules/<id>.md). Without it the page takes
   * the prose of the rule file's header comment.
   */
  why?: string
}

export interface RuleDefinition<Options extends object, Prepared = undefined> {
  /** User-facing id: config key, disable comments, CI annotations. */
  id: string
  /** One line, shown in help, SARIF and the README table. */
  description: string
  severity: Exclude<Severity, 'off'>
  /** Whether the rule offers fix edits; the engine refuses a fix from a rule that says no. */
  fixable: boolean
  /** JSON Schema of the options object (`additionalProperties: false`); none by default. */
  schema?: JsonSchema
  defaults?: Options
  /** Compares with the Chinese source: not run at all without one. */
  needsSource?: boolean
  /**
   * Rules whose finding on the same words, suggesting the same text, this
   * rule's finding replaces, because it says the same with more evidence
   * (the source beside it): the editor reads it once.
   */
  supersedes?: readonly string[]
  /** Work that depends only on the options (compiling word lists), done once per configuration. */
  prepare?(options: Options): Prepared
  docs: RuleDocs
  /** A house style this rule belongs to: off unless the configuration picks it (`"preset": "ap"`). */
  preset?: Preset
  create(context: RuleContext<Options, Prepared>): RuleHandlers
}

export interface Rule<Options extends object = object, Prepared = unknown> extends RuleDefinition<Options, Prepared> {
  url: string
  schema: JsonSchema
  defaults: Options
  needsSource: boolean
}

/** The options schema of a rule that takes none. */
const noOptions: JsonSchema = {type: 'object', properties: {}, additionalProperties: false}

/** A rule's page online: docs/rules/<id>.md (also in the package, and printed by `copydesk --explain <id>`). */
export function ruleUrl(id: string): string {
  return `${rulePagesUrl}${id}.md`
}

export function defineRule<Options extends object, Prepared = undefined>(
  definition: RuleDefinition<Options, Prepared>
): Rule<Options, Prepared> {
  return {
    ...definition,
    schema: definition.schema ?? noOptions,
    defaults: definition.defaults ?? ({} as Options),
    needsSource: definition.needsSource ?? false,
    url: ruleUrl(definition.id)
  }
}
