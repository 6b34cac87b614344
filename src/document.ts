// The document model: an article as the rules see it, prose blocks with
// their words placed in the file, and the inline directives found in it.
// Built by the pipeline (pipeline/prose.ts); read by rules, text helpers and
// the source alignment. Types only, so every layer can depend on it.
import type {Paragraph, Root} from 'nlcst'
import type {NameSpan} from './text/name-spans.js'
import type {Token} from './text/phrases.js'
import type {ProseText} from './text/prose-text.js'
import type {SentenceSpan} from './text/sentences.js'
import type {Word} from './text/words.js'

export type BlockKind = 'paragraph' | 'heading' | 'tableCell'

export interface ProseBlock {
  kind: BlockKind
  /** Inside a blockquote: quoted material, not the article's own voice. */
  quoted: boolean
  node: Paragraph
  // The article model of the block (text/block-model.ts): each part built
  // on first use and shared by every rule. Indexes are into `text.value`.
  /** The block's words as one string, with file offsets. */
  readonly text: ProseText
  /** Words and marks, from the one tokenizer (text/phrases.ts), each word with its lexeme (text/lexemes.ts). */
  readonly tokens: readonly Token[]
  /** Letters and digits joined by apostrophes and hyphens ("state-owned"), with lowercase, lemma, form numbers, function-word and English flags. */
  readonly words: readonly Word[]
  /** Sentences as parse-english finds them, cut at line breaks. */
  readonly sentences: readonly SentenceSpan[]
  /** Runs of two or more capitalized words, connectors inside: candidate multi-word names. */
  readonly nameSpans: readonly NameSpan[]
  /** The block reads as a headline in Title Case: its capitals say nothing about names. */
  readonly titleCase: boolean
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
