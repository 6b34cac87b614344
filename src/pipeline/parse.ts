// Step 1 of the pipeline: text → Markdown tree (mdast) and front matter.
// A plain-text article is Markdown too: its paragraphs are Markdown paragraphs.
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
import {unified, type Processor} from 'unified'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {linkBareUrls, mayHoldAutolinks} from './autolinks.js'
import {simpleFrontmatter} from './frontmatter.js'
import {nestingProblem, paragraphSize, pieceSize, splitMarkdown, type Piece} from './chunks.js'

/**
 * GFM as remark-gfm has it (footnotes, strikethrough, tables, task lists)
 * but for autolink literals, found after parsing by autolinks.ts instead.
 */
function gfmWithoutAutolinks(this: Processor): void {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem())
  ;(data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown())
}

const require = createRequire(import.meta.url)
/** The yaml package, loaded only for front matter frontmatter.ts cannot read: it is big to load. */
const parseYaml = (text: string, options: {schema: 'core'}): unknown => (require('yaml') as typeof import('yaml')).parse(text, options)

const markdown = unified().use(remarkParse).use(gfmWithoutAutolinks).freeze()
const markdownWithFrontmatter = markdown().use(remarkFrontmatter, ['yaml']).freeze()

/** A `---` line first and another below it: front matter as micromark reads it. */
const closedFrontmatter = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)(?:[^]*?(?:\r\n|\r|\n))??---[ \t]*(?:\r\n|\r|\n|$)/

/**
 * The front matter extension only for a file that has front matter: after a
 * `---` first line that is never closed, it stops finding lists and block
 * quotes in the rest of the file (micromark-extension-frontmatter#5).
 */
const parserFor = (value: string) => (closedFrontmatter.test(value) ? markdownWithFrontmatter : markdown)

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
  const tree = value.length > pieceSize ? parseInPieces(value) : parserFor(value).parse(file)
  const text = String(file)
  if (mayHoldAutolinks(text)) linkBareUrls(tree, text)
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

/** Parse a big file piece by piece (see chunks.ts) into one tree with file positions. */
export function parseInPieces(file: string, size = pieceSize, paragraph = paragraphSize): Root {
  // micromark skips a leading byte-order mark and counts positions without
  // it; so do the pieces, or the first would disagree with the rest.
  const value = file.startsWith('\uFEFF') ? file.slice(1) : file
  const {pieces, definitions, openAtEnd} = splitMarkdown(value, size, paragraph)
  const parser = parserFor(value)
  const children: RootContent[] = []
  pieces.forEach((piece, index) => {
    const last = index === pieces.length - 1
    // micromark drops a byte-order mark that starts its input: give it one
    // to drop, so a piece that starts with U+FEFF keeps its own.
    const tree = parser.parse('\uFEFF' + piece.text + (last && openAtEnd ? '' : definitions))
    for (const child of tree.children) {
      // The appended definitions are not in the file.
      if (child.position!.start.offset! >= piece.text.length) break
      moveInto(child, piece)
      children.push(child)
    }
  })
  const end = location(value).toPoint(value.length)!
  return {type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end}}
}

/** The file in one parse, without bare-URL links: what the pieces must add up to (for tests). */
export function parseWhole(value: string): Root {
  return parserFor(value).parse(value)
}

/** Shift a piece's node positions to the file's. */
function moveInto(node: Nodes, piece: Piece): void {
  const moved = new Set<object>()
  const move = (point: {line: number; column: number; offset?: number | undefined}) => {
    if (moved.has(point)) return
    moved.add(point)
    if (point.line === 1) point.column += piece.column - 1
    point.line += piece.line - 1
    point.offset! += piece.offset
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
