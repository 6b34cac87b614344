// Big files are parsed in pieces. micromark, remark's parser, is quadratic
// in places: every list or quote closed by a later block copies the events
// of the whole document so far, and inside one paragraph every emphasis,
// link or line of text is spliced into the paragraph's whole event list.
// A 20 MB article would take hours in one piece.
//
// So a file over `pieceSize` is cut where the Markdown above cannot reach
// the Markdown below: at a line that starts a new top-level block after a
// blank line, outside fenced code, multi-line HTML and front matter, and not
// a list item (it could continue the list above). Parsed alone, each piece
// gives the same nodes as in the whole file; the caller moves their
// positions back. Link reference definitions reach across the whole file:
// the caller gives each piece the labels the others define (parse.ts).
//
// A paragraph bigger than `paragraphSize` (a 5 MB paragraph pasted on one
// line) is cut too, between sentences where no inline code, link, emphasis or
// quote is open: it is then checked as several paragraphs, each fast to parse
// and to turn into sentences.
//
// The pieces are cut at least `pieceSize` apart, so the work stays linear in
// the file's length, whatever is in it.
//
// Plain text, in a file of any size, is a piece of its own: blocks without
// Markdown syntax (see plain.ts), whose tree is built without micromark.

import type {Heading, Paragraph, PhrasingContent, Text} from 'mdast'
import {htmlBlockNames} from 'micromark-util-html-tag-name'
import type {Point} from 'unist'
import {isPlain, isPlainFrontmatter} from './plain.js'
import {once} from '../text/once.js'

export const pieceSize = 64 * 1024
/** A paragraph longer than this is cut between sentences (no news paragraph is). */
export const paragraphSize = 16 * 1024

export interface Piece {
  /** File offset of the piece's first character. */
  offset: number
  /** Line and column of that character. */
  line: number
  column: number
  text: string
  /** Plain text or front matter (see plain.ts): its tree is built without micromark. */
  plain?: boolean
}

export interface Pieces {
  pieces: Piece[]
}

const lineEnding = /\r\n|\r|\n/g
const blank = /^[ \t]*$/
const listItem = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/
// `[^]`, not `.`: an info string may hold U+2028, which `.` does not match.
const fenceLine = /^ {0,3}(`{3,}|~{3,})([^]*)$/
/** HTML blocks that run until a closing marker, across blank lines (CommonMark kinds 1–5). */
const htmlOpeners: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/]
]
/** HTML blocks that run until a blank line (kinds 6 and 7; a kind 7 cannot interrupt a paragraph). */
const blockTag = new RegExp(`^ {0,3}</?(?:${htmlBlockNames.join('|')})(?:[ \\t>]|/>|$)`, 'i')
const loneTag = /^ {0,3}(?:<[A-Za-z][A-Za-z\d-]*(?:[ \t]+[A-Za-z_:][\w.:-]*(?:[ \t]*=[ \t]*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z\d-]*[ \t]*>)[ \t]*$/
/** A link reference or footnote definition, also inside quotes and list items. */
const definition = /^([ \t]*(?:(?:>|[-+*][ \t]|\d{1,9}[.)][ \t])[ \t]*)*)(\[(?:[^\\[\]]|\\.){1,999}\]):/
const containerMarkers = /^[ \t]*(?:>[ \t]*)*(?:[-+*][ \t]+|\d{1,9}[.)][ \t]+)?/
/**
 * Whether a line, past its container markers, leaves no paragraph open
 * below it: a heading, fence, thematic break, setext underline (below
 * paragraph text), an empty container line (`>`; an empty list item only
 * where no paragraph is open: it cannot interrupt one). A lone `_` or `**`
 * is text.
 */
const closedLine = (line: string, paragraphOpen: boolean) => {
  const rest = line.replace(containerMarkers, '')
  if (/^(?:#{1,6}(?:[ \t]|$)|`{3}|~{3}|([-*_])(?:[ \t]*\1){2,}[ \t]*$)/.test(rest)) return true
  return paragraphOpen ? /^(?:=+|-+)?[ \t]*$/.test(rest) : /^(?:[-+*]|\d{1,9}[.)])?[ \t]*$/.test(rest)
}
/**
 * Whether a line, past its container markers, is an HTML block: a line that
 * merely starts with `<` (an autolink, inline HTML) is paragraph text.
 */
const htmlLine = (line: string, paragraphOpen: boolean) => {
  const rest = line.replace(containerMarkers, '')
  return htmlOpeners.some(([start]) => start.test(rest)) || blockTag.test(rest) || (!paragraphOpen && loneTag.test(rest))
}
const quoteDepth = (prefix: string) => prefix.split('>').length - 1

export function splitMarkdown(value: string, size = pieceSize, paragraph = paragraphSize): Pieces {
  const textBetween = (from: number, to: number) => value.slice(from, to)
  const frontmatter = frontmatterEnd(lineSpans(value))
  const cuts: LineAt[] = []
  const scanner = new CutScanner(frontmatter, textBetween, (line, offset) => cuts.push({line, offset}))
  let line = 0
  for (const {text, start} of lineSpans(value)) scanner.line(text, line++, start)
  const pieces: Piece[] = []
  const gatherer = new PieceGatherer(frontmatter, stepsFor(scanner.labels, size, paragraph), textBetween, (piece) => pieces.push(piece))
  for (const cut of cuts) gatherer.block(cut)
  gatherer.end({line, offset: value.length})
  return {pieces}
}

/** A line of a file: its text without its line ending, the offset it starts at, and the offset after its ending. */
export interface LineSpan {
  text: string
  start: number
  next: number
}

/** The lines of `value` with their offsets, one at a time, as `value.split(/\r\n|\r|\n/)` gives them. */
function* lineSpans(value: string): Generator<LineSpan> {
  let from = 0
  for (const match of value.matchAll(lineEnding)) {
    const next = match.index + match[0].length
    yield {text: value.slice(from, match.index), start: from, next}
    from = next
  }
  yield {text: value.slice(from), start: from, next: value.length}
}

/** A place in a file: a line index (from 0) and the offset it starts at. */
export interface LineAt {
  line: number
  offset: number
}

/**
 * Where front matter ends among a file's `lines` (a `---` first line, and
 * the next `---` line closes it): the line after it and its offset; the
 * file's start without front matter. Reads only that far.
 */
export function frontmatterEnd(lines: Iterable<LineSpan>): LineAt {
  let index = 0
  for (const {text, next} of lines) {
    const fence = /^---[ \t]*$/.test(text)
    if (index === 0 && !fence) break
    if (index > 0 && fence) return {line: index + 1, offset: next}
    index++
  }
  return {line: 0, offset: 0}
}

/** How far apart pieces are gathered, and long paragraphs cut, once every definition of the file is known. */
export function stepsFor(labels: ReadonlySet<string>, size = pieceSize, paragraph = paragraphSize): {step: number; paragraphStep: number} {
  // Each piece may be parsed again with the other pieces' definitions
  // (`[label]: x`): keep them a small share of it.
  let definitions = 0
  for (const label of labels) definitions += label.length + 6
  return {step: Math.max(size, definitions * 4), paragraphStep: Math.max(paragraph, definitions * 4)}
}

/**
 * Where a new piece may start, line after line (see splitMarkdown): fed
 * each line of a file in order, with its index and offset, it calls
 * `onCut` at each line a piece may start at, and gathers the labels the
 * file may define. It needs the text only since the last cut
 * (`textBetween`), so a file read from disk in pieces is scanned as a
 * string held whole is.
 */
export class CutScanner {
  /** Every label a line may define: they only size the pieces. */
  readonly labels = new Set<string>()
  private fence: {marker: string} | undefined
  private html: RegExp | undefined
  private untilBlank = false
  private previousBlank = false
  /** Whether the line above is paragraph text, and inside how many quotes. */
  private paragraphOpen = false
  private openDepth = 0
  /** Where the last cut is (front matter's end before the first). */
  private lastCut: number
  /**
   * A list item may go on with a list above: not when all above it since
   * the last cut is plain text. What is known of that text is kept, so each
   * line is looked at once, however many list items follow it.
   */
  private region = {start: -1, checked: 0, plain: true}

  constructor(
    private readonly frontmatter: LineAt,
    private readonly textBetween: (from: number, to: number) => string,
    private readonly onCut: (line: number, offset: number) => void
  ) {
    this.lastCut = frontmatter.offset
  }

  /** The first offset whose text this may still ask for: the last cut. */
  get earliest(): number {
    return this.lastCut
  }

  /** The line at `index`, starting at `offset`, without its line ending. */
  line(line: string, index: number, offset: number): void {
    // Front matter is never cut.
    if (index < this.frontmatter.line) return
    if (this.fence) {
      const closing = fenceLine.exec(line)
      if (closing && closing[1]!.startsWith(this.fence.marker) && blank.test(closing[2]!)) this.fence = undefined
      return
    }
    if (this.html) {
      if (this.html.test(line)) this.html = undefined
      return
    }
    if (this.untilBlank) {
      if (!blank.test(line)) return
      this.untilBlank = false
    }
    const isBlank = blank.test(line)
    // Not at `---` either: at the start of a piece it would open front matter.
    if (this.previousBlank && !isBlank && !/^[ \t]/.test(line) && !this.continues(line, offset) && !line.startsWith('---')) {
      this.lastCut = offset
      this.onCut(index, offset)
    }
    this.previousBlank = isBlank
    const opening = fenceLine.exec(line)
    // A backtick fence's info string has no backtick.
    if (opening && !(opening[1]![0] === '`' && opening[2]!.includes('`'))) {
      this.fence = {marker: opening[1]!}
      this.paragraphOpen = false
      return
    }
    const opener = htmlOpeners.find(([start]) => start.test(line))
    // The end may stand on the opening line itself.
    if (opener && !opener[1].test(line.replace(opener[0], ''))) this.html = opener[1]
    else if (!opener && (blockTag.test(line) || (!this.paragraphOpen && loneTag.test(line)))) this.untilBlank = true
    // A link definition cannot interrupt a paragraph (a footnote's can):
    // after a line of paragraph text, at the same quote depth or lazily
    // below it, it is text itself.
    const defined = definition.exec(line)
    const [, prefix = '', label = ''] = defined ?? []
    const defines: boolean = defined !== null && (label.startsWith('[^') || /[-+*\d]/.test(prefix) || !this.paragraphOpen || quoteDepth(prefix) > this.openDepth)
    // Every line that may define one: the labels only size the pieces.
    if (defined) this.labels.add(label)
    this.paragraphOpen = !isBlank && !defines && !closedLine(line, this.paragraphOpen) && !htmlLine(line, this.paragraphOpen)
    this.openDepth = quoteDepth(/^[ \t>]*/.exec(line)![0])
  }

  private continues(line: string, offset: number): boolean {
    if (!listItem.test(line)) return false
    const start = this.lastCut
    if (this.region.start !== start) this.region = {start, checked: start, plain: true}
    // Whole lines, so the text is plain if each part is.
    if (this.region.plain) this.region.plain = isPlain(this.textBetween(this.region.checked, offset))
    this.region.checked = offset
    return !this.region.plain
  }
}

/**
 * The pieces of a file, from its blocks in order (the text from one cut to
 * the next, see CutScanner): small ones gathered into pieces of `step`, a
 * big one (a paragraph to cut further) alone, and a run of plain ones
 * alone. Each piece is handed to `onPiece` once its start is known (a plain
 * run's text may grow after: later plain blocks join it).
 */
export class PieceGatherer {
  /** Where the blocks not yet in a piece start. */
  private start: LineAt
  /** Where the block in hand starts. */
  private from: LineAt
  /** The plain piece that a plain block right after it joins. */
  private plainRun: Piece | undefined

  constructor(
    frontmatter: LineAt,
    private readonly steps: {step: number; paragraphStep: number},
    private readonly textBetween: (from: number, to: number) => string,
    private readonly onPiece: (piece: Piece) => void
  ) {
    // Front matter is a piece of its own: the caller may put definitions
    // before any other piece, never before front matter (it must come first).
    const origin = {line: 0, offset: 0}
    const text = textBetween(0, frontmatter.offset)
    if (text !== '' && isPlainFrontmatter(text)) onPiece({offset: 0, line: 1, column: 1, text, plain: true})
    else this.push(origin, frontmatter)
    this.start = this.from = {line: frontmatter.line, offset: frontmatter.offset}
  }

  /** The first offset whose text this may still ask for. */
  get earliest(): number {
    return Math.min(this.start.offset, this.plainRun?.offset ?? Infinity)
  }

  /** The block in hand ends at `to`, a cut, or the end of the file. */
  block(to: LineAt): void {
    const {from, start} = this
    const block = this.textBetween(from.offset, to.offset)
    if (block.length > this.steps.paragraphStep) {
      this.push(start, from)
      this.push(from, to)
      this.start = to
    } else if (isPlain(block)) {
      this.push(start, from)
      this.pushPlain(from, to)
      this.start = to
    } else if (to.offset - start.offset >= this.steps.step) {
      this.push(start, to)
      this.start = to
    }
    this.from = to
  }

  /** The file ends at `end` (the line index past the last, and the file's length). */
  end(end: LineAt): void {
    this.block(end)
    this.push(this.start, end)
  }

  private push(from: LineAt, to: LineAt): void {
    if (from.offset === to.offset) return
    this.plainRun = undefined
    const piece = {offset: from.offset, line: from.line + 1, column: 1, text: this.textBetween(from.offset, to.offset)}
    for (const part of splitParagraph(piece, this.steps.paragraphStep)) this.onPiece(part)
  }

  // A run's text is one slice of the file, not the blocks' texts joined;
  // past `step`, a new run starts, so that a file of plain text can be cut
  // into sections (its blocks' trees are the same, whatever run they are in).
  private pushPlain(from: LineAt, to: LineAt): void {
    if (from.offset === to.offset) return
    if (this.plainRun && from.offset - this.plainRun.offset < this.steps.step) this.plainRun.text = this.textBetween(this.plainRun.offset, to.offset)
    else this.onPiece((this.plainRun = {offset: from.offset, line: from.line + 1, column: 1, text: this.textBetween(from.offset, to.offset), plain: true}))
  }
}

/** A first line that does not open a plain paragraph. */
const notParagraph = /^(?: {4}|\t| {0,3}(?:[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|>|#{1,6}(?:[ \t]|$)|[|[<]|`{3}|~{3}))|^[ \t]*[-=_*:|]*[ \t]*$/
/** A later line that ends or interrupts a paragraph, or makes it a heading or table. */
const interrupts = /^ {0,3}(?:[-+*][ \t]+\S|1[.)][ \t]+\S|>|#{1,6}(?:[ \t]|$)|<|`{3}|~{3})|^[ \t]*[-=_*:|]*[ \t]*$/
/**
 * Where a paragraph may be cut: after a sentence end, before a capital; or,
 * in text without full stops, at any space before a letter, an emphasis mark
 * or an opening quote or bracket (never before what could start a block:
 * `- `, `1. `, `#`, `>`, `<`, `|`).
 */
const paragraphBreak = once(() => /[.!?][”"’)]*[ \t]+(?=\p{Lu})|[ \t]+(?=\p{L}|[*_](?!\s)|["“‘(])/gu)

/**
 * Cut a piece that is one paragraph bigger than `size` into runs of at least
 * `size`: at a sentence end where nothing inline is open; past twice the
 * size, at any break where nothing is open; past four times, at any break.
 * Only plain paragraphs: every line must go on with the paragraph.
 */
function splitParagraph(piece: Piece, size: number): Piece[] {
  const {text} = piece
  if (text.length <= size) return [piece]
  const lines = text.split(/\r\n|\r|\n/)
  // The blank lines that close the piece are not part of the paragraph.
  while (lines.length > 1 && blank.test(lines.at(-1)!)) lines.pop()
  if (notParagraph.test(lines[0]!) || lines.slice(1).some((line) => interrupts.test(line))) return [piece]

  const pieces: Piece[] = []
  let last = 0
  const balance = new Balance()
  let scanned = 0
  for (const match of text.matchAll(paragraphBreak())) {
    const end = match.index + match[0].length
    if (end - last < size) continue
    balance.add(text, scanned, end)
    scanned = end
    const length = end - last
    const sentence = /^[.!?]/.test(match[0])
    const cut = length >= 4 * size || (balance.closed() && (sentence || length >= 2 * size))
    if (!cut) continue
    pieces.push(slicePiece(piece, last, end))
    last = end
    balance.reset()
  }
  pieces.push(slicePiece(piece, last, text.length))
  return pieces
}

function slicePiece(piece: Piece, start: number, end: number): Piece {
  const before = piece.text.slice(0, start)
  const breaks = before.match(/\r\n|\r|\n/g)?.length ?? 0
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1
  return {
    offset: piece.offset + start,
    line: piece.line + breaks,
    column: (breaks === 0 ? piece.column - 1 : 0) + start - lineStart + 1,
    text: piece.text.slice(start, end)
  }
}

/** Inline constructs open so far in a run of text: a cut must not fall inside one. */
class Balance {
  private counts = new Map<string, number>()

  add(text: string, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const char = text[i]!
      if ('`*[]()“”"<>'.includes(char)) this.counts.set(char, (this.counts.get(char) ?? 0) + 1)
    }
  }

  closed(): boolean {
    const count = (char: string) => this.counts.get(char) ?? 0
    return (
      count('`') % 2 === 0 &&
      count('*') % 2 === 0 &&
      count('"') % 2 === 0 &&
      count('[') === count(']') &&
      count('(') === count(')') &&
      count('“') === count('”') &&
      count('<') === count('>')
    )
  }

  reset(): void {
    this.counts.clear()
  }
}

/** Lines nested deeper than this cost little; beyond it, micromark's work grows with the square of the depth. */
const shallow = 8
/** The most deep-nesting work a file may ask for: about one line 500 levels deep. */
const nestingBudget = 250_000
/**
 * The same for lists nested by indentation, a line per level: about 230
 * levels (200 took 3 s; 400, 16 s; a thousand, 47 s).
 */
const indentedBudget = 4_000_000
const marker = /[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))/y
const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/

/**
 * Why a file is nested too deeply to parse, or undefined. Each line's quote
 * and list markers (`> > - …`), and the list items it sits in by its
 * indentation, cost micromark the square of their number, and a few
 * thousand overflow its stack: a file whose deep lines add up to more than
 * the budget is refused before parsing. (A list indented a thousand levels
 * deep took 47 s; two thousand, minutes.)
 */
export function nestingProblem(value: string): string | undefined {
  const nesting = new NestingScanner()
  for (const text of linesOf(value)) nesting.line(text)
  return nesting.problem()
}

/** nestingProblem line by line: fed each line of a file in order, then asked. */
export class NestingScanner {
  private spent = 0
  private listsSpent = 0
  private deepest = {depth: 0, line: 0}
  private readonly inline = new InlineDepth()
  private readonly lists = new IndentedLists()
  private fence: string | undefined
  private lineNumber = 0

  line(text: string): void {
    const line = ++this.lineNumber
    // Code is not Markdown: `> >` or `**argv` in a fence nests nothing.
    const fenced = fenceLine.exec(text)
    if (this.fence !== undefined) {
      if (fenced && fenced[1]!.startsWith(this.fence) && blank.test(fenced[2]!)) this.fence = undefined
      return
    }
    // A backtick fence's info string has no backtick (else it is inline code).
    if (fenced && !(fenced[1]![0] === '`' && fenced[2]!.includes('`'))) {
      this.fence = fenced[1]!
      return
    }
    this.inline.line(text, line)
    if (thematicBreak.test(text)) return
    let depth = 0
    marker.lastIndex = 0
    while (marker.test(text)) depth++
    const indented = this.lists.line(text)
    if (indented > shallow) this.listsSpent += indented * indented
    if (indented > this.deepest.depth) this.deepest = {depth: indented, line}
    if (depth <= shallow) return
    this.spent += depth * depth
    if (depth > this.deepest.depth) this.deepest = {depth, line}
  }

  problem(): string | undefined {
    const {deepest, inline} = this
    if (this.spent > nestingBudget || this.listsSpent > indentedBudget) return `its Markdown is nested too deeply to check (line ${deepest.line} opens ${deepest.depth} quotes or lists)`
    if (inline.deepest.depth > inlineLimit) return `its Markdown is nested too deeply to check (line ${inline.deepest.line} opens ${inline.deepest.depth} links or emphases)`
    return undefined
  }
}

/** The lines of `value` one at a time, as `value.split(/\r\n|\r|\n/)` gives them, never all held at once. */
function* linesOf(value: string): Generator<string> {
  let from = 0
  for (const match of value.matchAll(lineEnding)) {
    yield value.slice(from, match.index)
    from = match.index + match[0].length
  }
  yield value.slice(from)
}

const listMarker = /^[ \t]*(?:[-+*]|\d{1,9}[.)])(?:([ \t]+)|$)/

/**
 * How many list items a line sits in, by indentation, as CommonMark nests
 * them: an item stays open while lines are indented at least to its
 * content. An estimate (lazy continuation lines are taken to close items),
 * enough to see a list indented hundreds of levels deep.
 */
class IndentedLists {
  /** Content columns of the open items, innermost last. */
  private readonly open: number[] = []

  line(text: string): number {
    if (blank.test(text)) return this.open.length
    const indent = columns(text)
    while (this.open.length > 0 && indent < this.open.at(-1)!) this.open.pop()
    const item = listMarker.exec(text)
    if (item) {
      const spaces = item[1] === undefined ? 1 : columns(item[1])
      // Five spaces or more after the marker: the content starts after one, the rest is indented code.
      this.open.push(item[0].trimStart().length - (item[1]?.length ?? 0) + indent + (spaces > 4 ? 1 : spaces))
    }
    return this.open.length
  }
}

/** The width of a line's leading whitespace, tabs to the next multiple of four. */
function columns(text: string): number {
  let width = 0
  for (const char of text) {
    if (char === ' ') width++
    else if (char === '\t') width += 4 - (width % 4)
    else break
  }
  return width
}

/** Links and emphasis nested deeper than this cost micromark seconds (the square of the depth). */
const inlineLimit = 1000
const delimiters = /[*_~]+/y
/** What InlineDepth counts: a line without any leaves the count as it is. */
const inlineMarks = /[\\[\]*_~]/

/**
 * The deepest nesting of brackets and emphasis in any paragraph (reset at
 * blank lines), estimated as CommonMark's flanking rules would: a run of
 * `*`, `_` or `~` before a word opens, after a word closes.
 */
class InlineDepth {
  deepest = {depth: 0, line: 0}
  private brackets = 0
  private emphasis = 0

  line(text: string, line: number): void {
    if (blank.test(text)) {
      this.brackets = this.emphasis = 0
      return
    }
    if (!inlineMarks.test(text)) return
    for (let index = 0; index < text.length; index++) {
      const char = text[index]!
      if (char === '\\') index++
      else if (char === '[') this.brackets++
      else if (char === ']') this.brackets = Math.max(0, this.brackets - 1)
      else if (char === '*' || char === '_' || char === '~') {
        delimiters.lastIndex = index
        const run = delimiters.exec(text)![0]
        const before = text[index - 1] ?? ' '
        const after = text[index + run.length] ?? ' '
        const opens = !/\s/.test(after) && /[\s\p{P}\p{S}]/u.test(before)
        const closes = !/\s/.test(before) && /[\s\p{P}\p{S}]/u.test(after)
        if (opens && !closes) this.emphasis += run.length
        else if (closes && !opens) this.emphasis = Math.max(0, this.emphasis - run.length)
        index += run.length - 1
      } else continue
      const depth = this.brackets + this.emphasis
      if (depth > this.deepest.depth) this.deepest = {depth, line}
    }
  }
}

/**
 * A file bigger than this (no article is) is parsed and checked in sections
 * of `sectionSize`, one at a time (see sectionsOf in parse.ts), to bound
 * memory: the prose tree and the findings cost about 200 bytes a character,
 * and a 20 MB file in one piece would need 4 GB, more than Node's default
 * heap.
 */
export const partSize = 2 * 2 ** 20
/** About 100 MB of trees and findings: what a file of megabytes holds at a time, whatever its size. */
export const sectionSize = 512 * 1024

type Block = Paragraph | Heading

/**
 * A block longer than `size` (a quoted or listed paragraph, a heading or a
 * table cell of half a megabyte: top-level paragraphs were cut before
 * parsing) as several blocks of about `size`, cut between its inline nodes
 * or inside a long text node after a line break or a space. The sentence
 * tree is built one block at a time, and its builder is quadratic in a
 * block's length (and overflows the stack past 100,000 words).
 */
export function splitLongBlock(
  node: Block,
  value: string,
  place: {toPoint(offset: number): Point | undefined; toOffset(point: {line: number; column: number}): number | undefined},
  size = paragraphSize
): Block[] {
  const toPoint = (offset: number) => place.toPoint(offset)!
  const toOffset = (line: number) => place.toOffset({line, column: 1})!
  const from = node.position?.start.offset
  const to = node.position?.end.offset
  if (from === undefined || to === undefined || to - from <= size) return [node]
  const groups: PhrasingContent[][] = [[]]
  let groupStart = from
  const add = (child: PhrasingContent) => {
    const start = child.position?.start.offset ?? groupStart
    if (start - groupStart >= size && groups.at(-1)!.length > 0) {
      groups.push([])
      groupStart = start
    }
    groups.at(-1)!.push(child)
  }
  for (const child of node.children) {
    if (child.type === 'text') for (const part of splitText(child, value, toPoint, toOffset, size)) add(part)
    else add(child)
  }
  return groups.map((children) => ({
    ...node,
    children,
    // Copies: the conversion shifts every node's points, shared ones twice.
    position: {start: {...children[0]!.position!.start}, end: {...children.at(-1)!.position!.end}}
  })) as Block[]
}

/**
 * A long text node in parts of about `size`, cut after a line break (the next
 * part starts on the next line of the file, after its `>` or indentation) or,
 * on one long line, after a space (the file may hold more than the text
 * there, never less: escapes, entities; the part is found from there on).
 */
function splitText(node: Text, value: string, toPoint: (offset: number) => Point, toOffset: (line: number) => number, size: number): Text[] {
  const start = node.position?.start
  const to = node.position?.end.offset
  if (start?.offset === undefined || to === undefined || node.value.length <= size) return [node]
  const parts: Text[] = []
  let index = 0
  let offset = start.offset
  let line = start.line
  while (node.value.length - index > size) {
    const breaks = /\r\n|\r|\n/g
    breaks.lastIndex = index + size
    const lineBreak = breaks.exec(node.value)
    let cut: number
    let next: number
    if (lineBreak && lineBreak.index < index + 2 * size) {
      cut = lineBreak.index + lineBreak[0].length
      line += (node.value.slice(index, cut).match(/\r\n|\r|\n/g) ?? []).length
      const lineStart = toOffset(line)
      next = lineStart + /^[ \t>]*/.exec(value.slice(lineStart, lineStart + 256))![0].length
    } else {
      const space = node.value.indexOf(' ', index + size)
      if (space === -1 || /\r|\n/.test(node.value.slice(index, space))) break
      cut = space + 1
      const estimate = offset + (cut - index)
      const found = value.slice(estimate, Math.min(to, estimate + 256)).indexOf(node.value.slice(cut, cut + 32))
      if (found === -1) break
      next = estimate + found
    }
    if (cut >= node.value.length || next > to) break
    parts.push({type: 'text', value: node.value.slice(index, cut), position: {start: toPoint(offset), end: toPoint(next)}})
    index = cut
    offset = next
  }
  parts.push({type: 'text', value: node.value.slice(index), position: {start: toPoint(offset), end: {...node.position!.end}}})
  return parts
}
