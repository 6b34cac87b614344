// Step 2 of the pipeline: Markdown tree → prose tree.
// Each prose block (paragraph, heading, table cell) is turned into nlcst on
// its own, with remark-retext's mutate transformer and the English parser;
// a block that is one run of the file's text, most are, by the parser alone.
// Block by block keeps the cost linear (one huge sentence node is never
// built), lets table cells be checked, and tells rules what kind of block a
// paragraph came from (a heading is not a sentence).
import type {Heading, Html, Nodes as MdastNodes, Paragraph as MdastParagraph, Root as MdastRoot} from 'mdast'
import type {Nodes as NlcstNodes, Paragraph, Root} from 'nlcst'
import type {Point} from 'unist'
import {ParseEnglish} from 'parse-english'
import remarkRetext from 'remark-retext'
import {toString as mdastToString} from 'mdast-util-to-string'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {BlockModel} from '../text/block-model.js'
import {sharedLexicon, type Lexicon} from '../text/lexemes.js'
import {alignText, type Alignment} from './align.js'
import {splitLongBlock} from './chunks.js'
import {FastParseEnglish} from './tokenize.js'
import {parseDirective} from './directives.js'
import type {BlockKind, Directive, ProseBlock, ProseDocument} from '../document.js'


type ToProse = (tree: MdastNodes, file: VFile) => Root
// remark-retext in mutate mode returns the transformer that builds nlcst with
// the English parser; calling it per block is the same conversion, linear.
// Given a parser instance rather than its class, it makes no parser per block.
const english = new FastParseEnglish()
const toProse = (remarkRetext as unknown as (parser: ParseEnglish) => ToProse)(english)

/** Node types whose content is never prose. */
const notProse = new Set(['code', 'html', 'yaml', 'toml', 'math', 'inlineMath', 'definition'])

export function buildProse(tree: MdastRoot, file: VFile, frontmatter: ProseDocument['frontmatter']): ProseDocument {
  const value = String(file)
  const blocks: ProseBlock[] = []
  const directives: Directive[] = []
  const lexicon = sharedLexicon
  lexicon.startArticle()

  // One index of line endings, grown as blocks come in order, from where
  // the tree starts (a section of a file of megabytes starts far in).
  const place = locationFrom(value, tree.position?.start)
  const addBlock = (node: MdastParagraph | Heading, kind: BlockKind, quoted: boolean) => {
    markAutolinksAsSource(node)
    // A block of half a megabyte is built in parts (see splitLongBlock).
    for (const part of splitLongBlock(node, value, place)) {
      const {prose, verbatim} = blockToProse(part, value, place)
      for (const child of prose.children) {
        if (child.type === 'ParagraphNode') blocks.push(new Block(kind, quoted, child, lexicon, verbatim ? value : undefined))
      }
    }
  }

  // Blocks in file order; a stack, not recursion, for lists and quotes nested deep.
  const html = (node: Html) => {
    const start = node.position?.start
    const end = node.position?.end
    const directive = parseDirective(node.value, {offset: start?.offset ?? 0, end: end?.offset ?? 0, line: start?.line ?? 0, endLine: end?.line ?? 0})
    if (directive) directives.push(directive)
  }
  const stack: Array<{node: MdastNodes; quoted: boolean}> = [{node: tree, quoted: false}]
  while (stack.length > 0) {
    const {node, quoted} = stack.pop()!
    if (node.type === 'html') html(node)
    else if (notProse.has(node.type)) continue
    else if (node.type === 'paragraph') {
      // A directive can also stand inline, as an html node inside the paragraph.
      for (const child of node.children) if (child.type === 'html') html(child)
      addBlock(node, 'paragraph', quoted)
    } else if (node.type === 'heading') addBlock(node, 'heading', quoted)
    // The conversion skips table nodes; a cell's content converts as a paragraph.
    else if (node.type === 'tableCell') addBlock({type: 'paragraph', children: node.children, position: node.position}, 'tableCell', quoted)
    else if ('children' in node) {
      const inQuote = quoted || node.type === 'blockquote'
      for (let index = node.children.length - 1; index >= 0; index--) stack.push({node: node.children[index]!, quoted: inQuote})
    }
  }

  const root: Root = {type: 'RootNode', children: blocks.map((b) => b.node)}
  return {
    value,
    frontmatter,
    plainText: /\.txt$/i.test(file.path ?? ''),
    blocks,
    root,
    directives,
    toPoint: pointsIn(value, place)
  }
}

/**
 * Line and column of a file offset, from `place` (a vfile-location index of
 * `value`, made for the file when not given); past the end, the last position.
 */
export function pointsIn(value: string, place: Place = location(value)): ProseDocument['toPoint'] {
  return (offset) => {
    const point = place.toPoint(offset)
    if (point) return {line: point.line, column: point.column, offset}
    // Past the end (a finding ending at EOF): the last position.
    const last = place.toPoint(value.length) ?? {line: 1, column: 1}
    return {line: last.line, column: last.column, offset: value.length}
  }
}

type Place = ReturnType<typeof location>

/**
 * A vfile-location index of `value` for the offsets from `start` on, built
 * from there: each section of a file of megabytes indexing every line above
 * it made the sections cost the square of the file's length. An offset
 * before `start` is answered by an index of the whole text, made then.
 */
function locationFrom(value: string, start: Point | undefined): Place {
  const from = start?.offset
  if (start === undefined || from === undefined || from === 0) return location(value)
  const tail = location(value.slice(from))
  let whole: Place | undefined
  return {
    toPoint(offset) {
      if (typeof offset !== 'number' || offset < from) return (whole ??= location(value)).toPoint(offset)
      const point = tail.toPoint(offset - from)
      if (!point) return undefined
      return {line: point.line + start.line - 1, column: point.line === 1 ? point.column + start.column - 1 : point.column, offset}
    },
    toOffset(point) {
      const {line, column} = point ?? {}
      if (typeof line !== 'number' || typeof column !== 'number' || line < start.line || (line === start.line && column < start.column)) return (whole ??= location(value)).toOffset(point)
      const first = line === start.line
      const offset = tail.toOffset({line: line - start.line + 1, column: first ? column - start.column + 1 : column})
      return offset === undefined ? undefined : offset + from
    }
  }
}

/**
 * Convert one block as a small file of its own, then put the positions back
 * into the article. Given the whole file, the conversion would index line
 * endings from the start of the file for every block: quadratic in length.
 */
function blockToProse(node: MdastNodes, value: string, place: Place): {prose: Root; verbatim: boolean} {
  // Most blocks are one run of text as the file has it. The conversion
  // would tokenize it and run the same parser's plugins over it (as
  // `parse` does), after a walk placing every token that placeLeaves does
  // again: parse it directly.
  const only = 'children' in node && node.children.length === 1 ? node.children[0]! : undefined
  if (only?.type === 'text') {
    const start = only.position!.start.offset!
    const end = only.position!.end.offset!
    if (end - start === only.value.length && value.startsWith(only.value, start)) {
      const prose = english.parse(only.value)
      placeInOrder(prose, only.value, place.toPoint(start)!)
      return {prose, verbatim: true}
    }
  }
  const base = node.position!.start.offset!
  const slice = value.slice(base, node.position!.end.offset!)
  shiftOffsets(node, -base)
  const prose = toProse(node, blockFile(slice))
  shiftOffsets(node, base)
  placeLeaves(prose, slice, base, place, markdownLeaves(node, base))
  return {prose, verbatim: false}
}

/**
 * What the conversion reads of a file: its text, and a list of messages to
 * check it is one. A whole VFile per block costs more than the block.
 */
const blockFile = (text: string) => ({messages: [], toString: () => text}) as unknown as VFile

interface MarkdownLeaf {
  /** File range relative to the block. */
  start: number
  end: number
  /** A text node's value; its alignment with the file, computed on first use (null: none). */
  value?: string
  /** 'verbatim': the value is the file's text as it stands (most are), so no alignment is built. */
  alignment?: Alignment | 'verbatim' | null
}

/** A block's Markdown leaves (text, inline code…), in order, with offsets relative to `base`. */
function markdownLeaves(node: MdastNodes, base: number): MarkdownLeaf[] {
  const ranges: MarkdownLeaf[] = []
  const stack: MdastNodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if ('children' in current) {
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index] as MdastNodes)
      continue
    }
    const {start, end} = current.position ?? {}
    if (start?.offset === undefined || end?.offset === undefined) continue
    const leaf: MarkdownLeaf = {start: start.offset - base, end: end.offset - base}
    if (current.type === 'text') leaf.value = current.value
    ranges.push(leaf)
  }
  return ranges
}

/**
 * The file range, relative to the block, of `length` characters from
 * `index` of a text node's value; a run of whitespace ending in a line break
 * takes the next line's prefix too. Undefined when the node cannot be aligned.
 */
function alignedRange(leaf: MarkdownLeaf, slice: string, index: number, length: number, lineBreak: boolean): [number, number] | undefined {
  if (leaf.value === undefined || index < 0 || length === 0 || index + length > leaf.value.length) return undefined
  if (leaf.alignment === undefined) {
    const verbatim = leaf.end - leaf.start === leaf.value.length && slice.startsWith(leaf.value, leaf.start)
    leaf.alignment = verbatim ? 'verbatim' : (alignText(leaf.value, slice.slice(leaf.start, leaf.end)) ?? null)
  }
  const alignment = leaf.alignment
  if (alignment === 'verbatim') return [leaf.start + index, leaf.start + index + length]
  if (!alignment) return undefined
  const next = index + length
  const end = lineBreak && next < leaf.value.length ? alignment.starts[next]! : alignment.ends[next - 1]!
  return [leaf.start + alignment.starts[index]!, leaf.start + end]
}

/**
 * Give every leaf its real place in the file. The conversion counts a text
 * node's characters from the node's start, but inside list items and block
 * quotes the file has indentation and `>` markers on continuation lines that
 * the text does not: each leaf is found in the file from where the last one
 * ended. Parents then span their first to last leaf.
 */
function placeLeaves(prose: Root, slice: string, base: number, place: Place, ranges: readonly MarkdownLeaf[]): void {
  let cursor = 0
  let range = 0
  // Most leaves start where the one before ended: they share that point (as
  // parents share their children's), which halves the points to look up.
  let lastEnd: ReturnType<Place['toPoint']>
  const point = (offset: number) => (lastEnd?.offset === base + offset ? lastEnd : place.toPoint(base + offset)!)
  const placeLeaf = (current: Leaf): void => {
    const text = current.value
    const counted = current.position?.start.offset ?? cursor
    let start = Math.max(cursor, counted)
    let end = start + text.length
    // Inside a text node, the conversion counted characters of its value:
    // the alignment says where each one stands in the file.
    while (range < ranges.length && ranges[range]!.end <= counted) range++
    const leaf = ranges[range]
    const aligned = leaf ? alignedRange(leaf, slice, counted - leaf.start, text.length, endsInLineBreak(text)) : undefined
    if (aligned) [start, end] = aligned
    else if (!slice.startsWith(text, start)) {
      if (/^\s+$/.test(text) && text.includes('\n')) {
        // A line break plus the container prefix that follows it.
        end = start
        while (end < slice.length && /[\s>]/.test(slice[end]!)) end++
      } else {
        // The leaf stands in the Markdown leaf its counted offset falls in:
        // search there only. An escape or entity inside the leaf (`\*`,
        // `AT&amp;T`) keeps it from being found; searching further would jump
        // to a later, unrelated match.
        const limit = Math.min(leaf?.end ?? slice.length, start + 256 + text.length)
        const found = start < limit ? slice.slice(start, limit).indexOf(text) : -1
        if (found >= 0) {
          start += found
          end = start + text.length
        }
      }
    }
    // Never past the block, whatever drift the escapes caused.
    start = Math.min(start, slice.length)
    end = Math.min(Math.max(end, start), slice.length)
    const startPoint = point(start)
    lastEnd = point(end)
    current.position = {start: startPoint, end: lastEnd}
    cursor = end
  }
  placeTree(prose, placeLeaf)
}

/**
 * Give every leaf of a block parsed directly from `text`, which starts at
 * `start` in the file, its place: each leaf starts where the one before
 * ended, so lines and columns are counted on (CR, LF and CRLF each one
 * line break, as vfile-location counts them), not looked up. Parents span
 * their first to last leaf, as in placeLeaves.
 */
function placeInOrder(prose: Root, text: string, start: Point): void {
  placeNodeInOrder(prose, text, {point: start, index: 0})
}

/** Where placeInOrder stands: the end of the last leaf placed, and its index in the text. */
interface Cursor {
  point: Point
  index: number
}

/**
 * placeInOrder's walk: a plain recursive function, not placeTree's closure
 * per leaf, as every leaf of most blocks passes here. Only white space holds
 * line breaks (parse-latin's classes put CR and LF nowhere else), so only its
 * characters are looked at; a word moves the column on by its length. A
 * parent of one child (a word of one part, most are) takes that child's
 * position object: nothing changes a position once placed, and a third of
 * the objects this made were those copies.
 */
function placeNodeInOrder(node: NlcstNodes, text: string, cursor: Cursor): void {
  if (!('children' in node)) {
    const from = cursor.point
    const length = node.value.length
    let {line, column} = from
    if (node.type === 'WhiteSpaceNode') {
      const end = cursor.index + length
      for (let index = cursor.index; index < end; index++) {
        const code = text.charCodeAt(index)
        if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
          line++
          column = 1
        } else column++
      }
    } else column += length
    const point = {line, column, offset: from.offset! + length}
    node.position = {start: from, end: point}
    cursor.point = point
    cursor.index += length
    return
  }
  const children = node.children
  for (let index = 0; index < children.length; index++) placeNodeInOrder(children[index]!, text, cursor)
  if (children.length === 1) node.position = children[0]!.position
  else if (children.length > 1) node.position = {start: children[0]!.position!.start, end: children[children.length - 1]!.position!.end}
}

type Leaf = Extract<NlcstNodes, {value: string}>

/**
 * Place each leaf of `prose` in order with `placeLeaf`, then make each
 * parent span its first to last child. nlcst is at most five deep (root,
 * paragraph, sentence, word, text), so recursion is safe here.
 */
function placeTree(prose: Root, placeLeaf: (leaf: Leaf) => void): void {
  const placeNode = (current: NlcstNodes): void => {
    if ('children' in current) {
      for (const child of current.children) placeNode(child)
      const first = current.children[0]?.position
      const last = current.children.at(-1)?.position
      if (first && last) current.position = {start: first.start, end: last.end}
      return
    }
    placeLeaf(current)
  }
  placeNode(prose)
}

/** White space that ends in a line break. */
function endsInLineBreak(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  return (last === 10 || last === 13) && /^\s*$/.test(text)
}

function shiftOffsets(node: MdastNodes, by: number): void {
  // A point two nodes share (a bare URL split in two) moves once.
  const moved = new Set<object>()
  const move = (point: {offset?: number | undefined}) => {
    if (moved.has(point)) return
    moved.add(point)
    point.offset! += by
  }
  const stack: MdastNodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.position) {
      move(current.position.start)
      move(current.position.end)
    }
    if ('children' in current) for (const child of current.children) stack.push(child as MdastNodes)
  }
}

/**
 * A class, not an object literal with its own getters: every literal's
 * getter is a new closure, so each block had a shape of its own and every
 * rule's `block.text` was a slow lookup. The model's parts come from BlockModel.
 */
class Block extends BlockModel implements ProseBlock {
  /** `file`: the file's text, when the block was parsed from one run of it (see ProseText). */
  constructor(
    readonly kind: BlockKind,
    readonly quoted: boolean,
    node: Paragraph,
    lexicon: Lexicon,
    file?: string
  ) {
    super(node, lexicon, file)
  }
}

/**
 * A bare URL or e-mail address (GFM autolink literal, `<https://…>`) is not
 * prose: turn it into inline code, which the conversion keeps as a SourceNode.
 */
function markAutolinksAsSource(root: MdastNodes): void {
  // A stack, not recursion: emphasis and links can nest thousands deep.
  const stack: MdastNodes[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!('children' in node)) continue
    const children = node.children as MdastNodes[]
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!
      if (child.type === 'link') {
        const label = mdastToString(child)
        const bare = child.url.replace(/^(https?:\/\/|mailto:)/i, '')
        if (label === child.url || label === bare) {
          const start = child.position?.start
          // GFM runs a bare URL on through Chinese text that follows it with
          // no space ("gov.cn）查询"): the address ends at full-width punctuation.
          const address = /^[^\u3000-\u303f\uff00-\uffef]+/.exec(label)?.[0] ?? label
          const rest = label.slice(address.length)
          const code = {type: 'inlineCode', value: address, position: child.position} as unknown as MdastNodes
          if (rest === '' || !start || start.offset === undefined) {
            children[index] = code
            continue
          }
          const split = {line: start.line, column: start.column + address.length, offset: start.offset + address.length}
          code.position = {start, end: split}
          children.splice(index, 1, code, {type: 'text', value: rest, position: {start: split, end: child.position!.end}})
          index++
          continue
        }
      }
      stack.push(child)
    }
  }
}
