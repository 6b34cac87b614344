// The document model: an article as the rules see it, prose blocks with
// their words placed in the file, and the inline directives found in it.
// Built by the pipeline (pipeline/prose.ts); read by rules, text helpers and
// the source alignment. Types only, so every layer can depend on it.
import type {Paragraph, Root} from 'nlcst'
import type {ProseText} from './text/prose-text.js'

export type BlockKind = 'paragraph' | 'heading' | 'tableCell'

export interface ProseBlock {
  kind: BlockKind
  /** Inside a blockquote: quoted material, not the article's own voice. */
  quoted: boolean
  node: Paragraph
  /** The block's words with file offsets; built on first use. */
  readonly text: ProseText
}

export interface ProseDocument {
  /** The whole file as read. */
  value: string
  /** Parsed YAML front matter; undefined when there is none. */
  frontmatter: Record<string, unknown> | undefined
  /** A `.txt` file: plain text, whose first line is its title (a Markdown file marks headings). */
  plainText: boolean
  blocks: ProseBlock[]
  /** All blocks' paragraphs under one root, in file order. */
  root: Root
  directives: Directive[]
  toPoint(offset: number): {line: number; column: number; offset: number}
}

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line'

export interface Directive {
  kind: DirectiveKind
  /** Empty: all rules. */
  ruleIds: string[]
  /** File offsets of the comment. */
  offset: number
  end: number
  /** Lines the comment starts and ends on (disable-line, disable-next-line). */
  line: number
  endLine: number
  /** The ids it switched findings off for (`*`: all, when it names none). */
  used: Set<string>
}
