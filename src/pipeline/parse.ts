// Step 1 of the pipeline: text → Markdown tree (mdast) and front matter.
// A plain-text article (see isPlainTextPath) is read as Markdown without
// code: its blank lines part paragraphs, `#` lines are headings, and every
// line of it is prose, however it is indented.
import {createRequire} from 'node:module'
import type {Nodes, Root, RootContent} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {linkBareUrls, mayHoldAutolinks} from './autolinks.js'
import {simpleFrontmatter} from './frontmatter.js'
import {nestingProblem, paragraphSize, pieceSize, sectionSize, splitMarkdown, type Piece} from './chunks.js'
import {plainTree} from './plain.js'

const require = createRequire(import.meta.url)
/** The yaml package, loaded only for front matter frontmatter.ts cannot read: it is big to load. */
const parseYaml = (text: string, options: {schema: 'core'}): unknown => (require('yaml') as typeof import('yaml')).parse(text, options)

/** The syntax a file may use beyond CommonMark, or below it (`text`: no code). */
interface Syntax {
  text: boolean
  frontmatter: boolean
  table: boolean
  footnote: boolean
  strikethrough: boolean
  taskList: boolean
}

/** A `---` line first and another below it: front matter as micromark reads it. */
const closedFrontmatter = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)(?:[^]*?(?:\r\n|\r|\n))??---[ \t]*(?:\r\n|\r|\n|$)/

/**
 * GFM as remark-gfm has it (footnotes, strikethrough, tables, task lists;
 * autolink literals are found after parsing by autolinks.ts), each extension
 * only for a file holding the characters its syntax needs: the table
 * extension alone is a third of the parse, and most articles have no `|`.
 * Front matter only for a file that has it: after a `---` first line that is
 * never closed, the extension stops finding lists and block quotes in the
 * rest of the file (micromark-extension-frontmatter#5).
 */
function syntaxOf(value: string, text = false): Syntax {
  return {
    text,
    frontmatter: closedFrontmatter.test(value),
    // A delimiter row needs a `|`, or a `:` against its dashes.
    table: /\||:[ \t]*-|-[ \t]*:/.test(value),
    footnote: value.includes('[^'),
    strikethrough: value.includes('~'),
    taskList: /\[[ xX]\]/.test(value)
  }
}

/**
 * What a plain-text article cannot hold: pasted web text indents its
 * paragraphs and puts backticks for apostrophes, and none of it is code.
 * HTML comments stay, for the inline directives.
 */
const noCode = {disable: {null: ['codeIndented', 'codeFenced', 'codeText']}}

/** Markdown file names; any other name, `.txt` or stdin's `<stdin>`, is plain text. */
const markdownPath = /\.(?:md|markdown|mdown|mkdn?|mdwn|mdx)$/i

/**
 * Whether an article named `path` is plain text rather than Markdown: a
 * `.txt` file, stdin read without a Markdown `--stdin-filename`, any file
 * not named as Markdown. Text given to the API with no path is Markdown.
 */
export function isPlainTextPath(path: string | undefined): boolean {
  return path !== undefined && !markdownPath.test(path)
}

/** Each GFM part: its name in `Syntax`, its micromark syntax, its mdast builder. */
const gfmParts = [
  ['footnote', gfmFootnote, gfmFootnoteFromMarkdown],
  ['strikethrough', gfmStrikethrough, gfmStrikethroughFromMarkdown],
  ['table', gfmTable, gfmTableFromMarkdown],
  ['taskList', gfmTaskListItem, gfmTaskListItemFromMarkdown]
] as const

interface MarkdownParser {
  parse(file: VFile | string): Root
}

/** One parser per combination of syntax, made on first use. */
const parsers = new Map<string, MarkdownParser>()

function parserWith(syntax: Syntax): MarkdownParser {
  const key = JSON.stringify(syntax)
  let parser = parsers.get(key)
  if (!parser) {
    const parts = gfmParts.filter(([name]) => syntax[name])
    const base = unified()
      .use(remarkParse)
      .data({micromarkExtensions: [...parts.map(([, extension]) => extension()), ...(syntax.text ? [noCode] : [])], fromMarkdownExtensions: parts.map(([, , build]) => build())})
    parser = (syntax.frontmatter ? base.use(remarkFrontmatter, ['yaml']) : base).freeze()
    parsers.set(key, parser)
  }
  return parser
}

export interface ParsedMarkdown {
  tree: Root
  frontmatter: Record<string, unknown> | undefined
  /** Why the front matter could not be read, when it could not. */
  frontmatterError: {reason: string; offset: number} | undefined
}

/** ruleId of the fatal message on a file too deeply nested to parse. */
export const parseErrorId = 'parse-error'

/** A file the pipeline refuses to check; the reason is shown as a fatal message on it. */
export class UncheckableError extends Error {
  override name = 'UncheckableError'
}

export function parseMarkdown(file: VFile): ParsedMarkdown {
  const value = String(file)
  const nesting = nestingProblem(value)
  if (nesting) throw new UncheckableError(nesting)
  // Files of megabytes have their paragraphs cut too (see splitParagraph).
  const tree = parseInPieces(value, pieceSize, value.length > pieceSize ? paragraphSize : Infinity, isPlainTextPath(file.path))
  if (mayHoldAutolinks(value)) linkBareUrls(tree, value)
  return withFrontmatter(tree)
}

/** A section of a file of megabytes: where it starts (a piece's place) and where it ends. */
export interface Section {
  start: Pick<Piece, 'offset' | 'line' | 'column'>
  end: number
}

/**
 * Where a file of megabytes is cut into sections of about `size`
 * characters, to be parsed one at a time (parseSection), so that only one
 * section's tree is held at a time. Sections are cut where the pieces are
 * (see chunks.ts): a section's tree is the whole file's for its blocks,
 * except that a link or footnote defined in another section does not
 * resolve. Front matter is read from the first section. Offsets count
 * without a byte-order mark, as in parseInPieces.
 */
export function sectionsOf(file: VFile, size = sectionSize, piece = pieceSize): Section[] {
  const whole = String(file)
  const nesting = nestingProblem(whole)
  if (nesting) throw new UncheckableError(nesting)
  const value = whole.startsWith('\uFEFF') ? whole.slice(1) : whole
  const sections: Section[] = []
  const grouper = new SectionGrouper(size, (section) => sections.push(section))
  for (const next of splitMarkdown(value, piece, paragraphSize).pieces) grouper.piece(next)
  grouper.end(value.length)
  return sections
}

/**
 * Sections from a file's pieces as they come, in order (see sectionsOf): a
 * section ends before the first piece at least `size` past its start (never
 * before one that starts with U+FEFF: parseInPieces would take it for a
 * byte-order mark). Numbers only: the pieces' texts are let go.
 */
export class SectionGrouper {
  private first: Section['start'] | undefined

  constructor(
    private readonly size: number,
    private readonly onSection: (section: Section) => void
  ) {}

  /** Where the section in hand starts, if one is. */
  get start(): number | undefined {
    return this.first?.offset
  }

  piece(piece: Piece): void {
    if (this.first && piece.offset - this.first.offset >= this.size && !piece.text.startsWith('\uFEFF')) {
      this.onSection({start: this.first, end: piece.offset})
      this.first = undefined
    }
    this.first ??= {offset: piece.offset, line: piece.line, column: piece.column}
  }

  /** The file ends at `length`. */
  end(length: number): void {
    if (this.first) this.onSection({start: this.first, end: length})
    this.first = undefined
  }
}

/**
 * The tree of a section's `text` alone (see sectionsOf), its positions in
 * that text: the section is checked as a text of its own, and its
 * messages moved into the file after. `path` says whether it is Markdown.
 */
export function parseSectionText(text: string, path: string | undefined): ParsedMarkdown {
  const tree = parseInPieces(text, pieceSize, paragraphSize, isPlainTextPath(path))
  if (mayHoldAutolinks(text)) linkBareUrls(tree, text)
  return withFrontmatter(tree)
}

/** One section's tree (see sectionsOf), its positions the file's, and its front matter. */
export function parseSection(file: VFile, section: Section): ParsedMarkdown {
  const whole = String(file)
  const value = whole.startsWith('\uFEFF') ? whole.slice(1) : whole
  const text = value.slice(section.start.offset, section.end)
  const tree = parseInPieces(text, pieceSize, paragraphSize, isPlainTextPath(file.path))
  // The root too: the section's tree starts where the section does.
  moveInto(tree, section.start, {chars: 0, lines: 0})
  if (mayHoldAutolinks(text)) linkBareUrls(tree, whole)
  return withFrontmatter(tree)
}

/** A file of megabytes as the trees of its sections, each parsed when it is asked for (see sectionsOf). */
export function* parseSections(file: VFile, size = sectionSize, piece = pieceSize): Generator<ParsedMarkdown> {
  for (const section of sectionsOf(file, size, piece)) yield parseSection(file, section)
}

/** The tree with its front matter read, when its first node is front matter. */
function withFrontmatter(tree: Root): ParsedMarkdown {
  const first = tree.children[0]
  if (first?.type !== 'yaml') return {tree, frontmatter: undefined, frontmatterError: undefined}
  try {
    // YAML dates stay strings: rules read years from them, not time zones.
    const data: unknown = simpleFrontmatter(first.value) ?? parseYaml(first.value, {schema: 'core'})
    const frontmatter = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
    return {tree, frontmatter, frontmatterError: undefined}
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error)
    return {tree, frontmatter: {}, frontmatterError: {reason, offset: first.position?.start.offset ?? 0}}
  }
}

/** Parse a file piece by piece (see chunks.ts; plain pieces by plain.ts) into one tree with file positions. */
export function parseInPieces(file: string, size = pieceSize, paragraph = paragraphSize, plainText = false): Root {
  // micromark skips a leading byte-order mark and counts positions without
  // it; so do the pieces, or the first would disagree with the rest.
  const value = file.startsWith('\uFEFF') ? file.slice(1) : file
  const {pieces} = splitMarkdown(value, size, paragraph)
  // Only the first piece may hold front matter; later ones starting with
  // `---` must not meet the front matter extension (see syntaxOf).
  const syntax = syntaxOf(value, plainText)
  const parsers = pieces.map((_, index) => parserWith(index === 0 ? syntax : {...syntax, frontmatter: false}))
  const parse = (index: number, prefix: string): Root => {
    const {text} = pieces[index]!
    // A piece ending at a line ending has more blocks below it: end it with
    // one of the same kind (dropped), or a list item or fenced code inside
    // one open at the end would not close where it does in the whole file.
    // A block quote, a container, closes them at its own line; any other
    // block (an empty comment stands in) before the blank lines above it.
    const next = pieces[index + 1]?.text
    const below = next !== undefined && /[\r\n]$/.test(text) ? (/^ {0,3}>/.test(next) ? '>' : '<!---->') : ''
    // micromark drops a byte-order mark that starts its input: give it one
    // to drop, so a piece that starts with U+FEFF keeps its own.
    return parsers[index]!.parse('\uFEFF' + prefix + text + below)
  }
  // Plain pieces hold no definitions, and their trees are built in place.
  const trees = pieces.map((piece, index) => (piece.plain ? undefined : parse(index, '')))
  // The definitions each piece makes, found by the parser itself: whether a
  // line defines a label depends on all the Markdown around it.
  const defined = trees.map((tree) => (tree ? definedLabels(tree) : new Set<string>()))
  const all = new Set(defined.flatMap((labels) => [...labels]))
  const children: RootContent[] = []
  pieces.forEach((piece, index) => {
    let tree = trees[index]
    if (!tree) {
      // One by one: a plain piece of megabytes has more paragraphs than a spread allows.
      for (const child of plainTree(piece.text, piece).children) children.push(child)
      return
    }
    let skip = {chars: 0, lines: 0}
    const others = [...all].filter((label) => !defined[index]!.has(label))
    // Front matter (the first piece then) must stay first.
    const frontmatter = index === 0 && syntax.frontmatter
    if (others.length > 0 && piece.text.includes('[') && !frontmatter) {
      // The other pieces' labels, defined before this one. The empty
      // comment closes a footnote definition, which would otherwise take an
      // indented first line of the piece as its own.
      const prefix = others.map((label) => `${label}: x\n\n`).join('') + '<!---->\n\n'
      tree = parse(index, prefix)
      skip = {chars: prefix.length, lines: prefix.split('\n').length - 1}
    }
    for (const child of tree.children) {
      const start = child.position!.start.offset!
      // The definitions before the piece and the comment after it are not in the file.
      if (start < skip.chars) continue
      if (start >= skip.chars + piece.text.length) break
      moveInto(child, piece, skip)
      children.push(child)
    }
  })
  const end = location(value).toPoint(value.length)!
  return {type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end}}
}

/** `[label]` and `[^label]` of every definition in a tree, as written. */
function definedLabels(tree: Root): Set<string> {
  const labels = new Set<string>()
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'definition') labels.add(`[${node.label}]`)
    else if (node.type === 'footnoteDefinition') labels.add(`[^${node.label}]`)
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
  return labels
}

/** The file in one parse, without bare-URL links: what the pieces must add up to (for tests). */
export function parseWhole(value: string, text = false): Root {
  return parserWith(syntaxOf(value, text)).parse(value)
}

/** Shift a piece's node positions to the file's, past the `skip` characters and lines parsed before it. */
function moveInto(node: Nodes, piece: Pick<Piece, 'offset' | 'line' | 'column'>, skip: {chars: number; lines: number}): void {
  const moved = new Set<object>()
  const first = skip.lines + 1
  const move = (point: {line: number; column: number; offset?: number | undefined}) => {
    if (moved.has(point)) return
    moved.add(point)
    if (point.line === first) point.column += piece.column - 1
    point.line += piece.line - first
    point.offset! += piece.offset - skip.chars
  }
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.position) {
      move(current.position.start)
      move(current.position.end)
    }
    if ('children' in current) for (const child of current.children) stack.push(child)
  }
}
