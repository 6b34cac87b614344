// A file of megabytes read from disk a piece at a time, never held whole:
// decoded piece by piece (io/read.ts), scanned line by line, cut into the
// sections sectionsOf (parse.ts) would cut the same text into, and each
// section handed on as soon as it is known. Two passes over the file: the
// first checks its bytes, its nesting and every definition it may make
// (the definitions size the pieces, see stepsFor); the second cuts the
// sections. Only the text of the section in hand, and of a block not yet
// ended, is held.
import type {Point, Span} from '../message.js'
import {PieceDecoder, type DecodedFacts, type ReadAt} from '../io/read.js'
import {CutScanner, frontmatterEnd, NestingScanner, PieceGatherer, sectionSize, stepsFor, type LineAt, type LineSpan} from './chunks.js'
import {SectionGrouper, UncheckableError, type Section} from './parse.js'

/**
 * The sections of a file of megabytes, each checked as a text of its own
 * and its messages moved into the file: held in memory (lintParts) or read
 * from disk a piece at a time (lintFileParts), the same sections give the
 * same messages.
 */
export interface SectionedText {
  /** Each section's text and where it starts in the file, in order. */
  sections: Iterator<SectionText>
  /** The file's end, where the closing message of --max-findings stands. */
  end: Point
  /** Where the first bad byte's U+FFFD stands (see encodingMessage). */
  encodingPlace: Span | undefined
}

export interface SectionText {
  text: string
  start: Section['start']
}

/** A file read again from its start: how to read it, and in pieces of how many bytes (tests make them small). */
export interface FileReader {
  read: ReadAt
  pieceSize?: number | undefined
}

/**
 * The lines of a text that comes in pieces, each handed to `onLine` once
 * whole; the text is kept from the offset `keepFrom()` answers on, so that
 * what the scanners ask of it (`textBetween`) is there.
 */
class LineFeeder {
  private buffer = ''
  /** The file offset of the buffer's first character. */
  private bufferStart = 0
  /** Where the next line starts. */
  private next = 0
  private index = 0

  constructor(
    private readonly onLine: (line: LineSpan, index: number) => void,
    private readonly keepFrom: () => number
  ) {}

  readonly textBetween = (from: number, to: number): string => this.buffer.slice(from - this.bufferStart, to - this.bufferStart)

  add(piece: string): void {
    const keep = Math.min(this.keepFrom(), this.next)
    if (keep > this.bufferStart) {
      this.buffer = this.buffer.slice(keep - this.bufferStart)
      this.bufferStart = keep
    }
    this.buffer += piece
    const ending = /\r\n|\r|\n/g
    ending.lastIndex = this.next - this.bufferStart
    for (let match = ending.exec(this.buffer); match; match = ending.exec(this.buffer)) {
      // A CR at the end may be the first half of a CRLF.
      if (match[0] === '\r' && match.index === this.buffer.length - 1) break
      const next = this.bufferStart + match.index + match[0].length
      this.onLine({text: this.buffer.slice(this.next - this.bufferStart, match.index), start: this.next, next}, this.index++)
      this.next = next
    }
  }

  /** The text has ended: its last line (empty after a final line ending). */
  end(): LineAt {
    const length = this.bufferStart + this.buffer.length
    this.onLine({text: this.buffer.slice(this.next - this.bufferStart), start: this.next, next: length}, this.index++)
    return {line: this.index, offset: length}
  }
}

/** What the first pass learnt of a file. */
interface FirstPass {
  facts: DecodedFacts
  /** Why it is nested too deeply to check, if it is. */
  nesting: string | undefined
  frontmatter: LineAt
  labels: ReadonlySet<string>
  end: Point
  encodingPlace: Span | undefined
}

/** The lines of a file read in pieces, one at a time, each let go once read. */
function* linesOf(reader: FileReader): Generator<LineSpan> {
  const lines: LineSpan[] = []
  const feeder = new LineFeeder((line) => lines.push(line), () => Infinity)
  for (const piece of new PieceDecoder(reader.read, reader.pieceSize).pieces()) {
    feeder.add(piece)
    yield* lines.splice(0)
  }
  feeder.end()
  yield* lines.splice(0)
}

/** Decode the whole file once (see the file's head); a problem with its bytes, or what the sections need. */
function firstPass(reader: FileReader): {problem: string} | FirstPass {
  // Read only as far as front matter goes: the first line, unless it opens some.
  const frontmatter = frontmatterEnd(linesOf(reader))
  const decoder = new PieceDecoder(reader.read, reader.pieceSize)
  const nesting = new NestingScanner()
  let last = {line: 0, start: 0}
  let encodingPlace: Span | undefined
  const feeder: LineFeeder = new LineFeeder(
    (line, index) => {
      nesting.line(line.text)
      last = {line: index, start: line.start}
      const at = decoder.invalidAt
      if (at !== undefined && encodingPlace === undefined && at >= line.start && at < line.next) {
        const column = at - line.start + 1
        encodingPlace = {start: {line: index + 1, column, offset: at}, end: {line: index + 1, column: column + 1, offset: at + 1}}
      }
      scanner.line(line.text, index, line.start)
    },
    () => scanner.earliest
  )
  const scanner = new CutScanner(frontmatter, feeder.textBetween, () => {})
  for (const piece of decoder.pieces()) feeder.add(piece)
  if (decoder.problem !== undefined) return {problem: decoder.problem}
  const end = feeder.end()
  return {
    facts: decoder.facts!,
    nesting: nesting.problem(),
    frontmatter,
    labels: scanner.labels,
    end: {line: last.line + 1, column: end.offset - last.start + 1, offset: end.offset},
    encodingPlace
  }
}

/** The file's sections, cut in a second pass as sectionsOf would cut its text held whole. */
function* sectionsFrom(reader: FileReader, first: FirstPass, size: number): Generator<SectionText> {
  const decoder = new PieceDecoder(reader.read, reader.pieceSize)
  const done: SectionText[] = []
  const grouper = new SectionGrouper(size, (section) => done.push({text: feeder.textBetween(section.start.offset, section.end), start: section.start}))
  let gatherer: PieceGatherer | undefined
  const scanner: CutScanner = new CutScanner(first.frontmatter, (from, to) => feeder.textBetween(from, to), (line, offset) => gatherer!.block({line, offset}))
  const gather = () => new PieceGatherer(first.frontmatter, stepsFor(first.labels), feeder.textBetween, (next) => grouper.piece(next))
  const feeder: LineFeeder = new LineFeeder(
    (line, index) => {
      // Made once front matter is read whole: it is the first piece.
      if (index >= first.frontmatter.line) gatherer ??= gather()
      scanner.line(line.text, index, line.start)
    },
    () => Math.min(grouper.start ?? Infinity, gatherer?.earliest ?? 0, scanner.earliest)
  )
  for (const piece of decoder.pieces()) {
    feeder.add(piece)
    yield* done.splice(0)
  }
  const end = feeder.end()
  gatherer ??= gather()
  if (decoder.facts?.hash !== first.facts.hash) throw new UncheckableError('it changed on disk while it was being checked')
  gatherer.end(end)
  grouper.end(end.offset)
  yield* done.splice(0)
}

/**
 * A file of megabytes read from disk in pieces, as lintParts' sections (see
 * SectionedText), and why it cannot be checked (nested too deeply); or why
 * it is not an article (its bytes).
 */
export function sectionsOnDisk(reader: FileReader, size = sectionSize): {problem: string} | {facts: DecodedFacts; nesting: string | undefined; sectioned: SectionedText} {
  const first = firstPass(reader)
  if (!('facts' in first)) return first
  return {facts: first.facts, nesting: first.nesting, sectioned: {sections: sectionsFrom(reader, first, size), end: first.end, encodingPlace: first.encodingPlace}}
}
