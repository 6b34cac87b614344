// Most of a news article is plain text: paragraphs of words with no
// Markdown syntax in them, `# ` headings, and front matter above them. For
// such text the tree micromark would build is known in advance; building it
// directly spares the parser's character-by-character state machine, most
// of the parse. parseInPieces (parse.ts) hands the plain runs of a file here
// and the rest to micromark; the tests and the fuzzer hold both to the same
// trees.
import type {Heading, Root, RootContent, Yaml} from 'mdast'
import type {Point} from 'unist'

/**
 * What keeps text from being plain: a character that can start inline
 * syntax, a tab (micromark counts its columns in virtual spaces), a
 * carriage return or NUL; a line that is indented, ends in a space, or
 * starts with what could open another block (`-`, `+`, `>`, `=`, `1.`,
 * `2)`); a `#` line other than `#` to `######`, one space and text without
 * `#`.
 */
const notPlain = /[\\`*_[\]<&~|\t\r\0]|^(?:[ \-+>=]|\d+[.)])| $|^#(?!#{0,5} [^ #\n][^#\n]*$)/m

/** Whether `text`, whole lines of a file, holds only plain paragraphs, `# ` headings and blank lines. */
export function isPlain(text: string): boolean {
  return !notPlain.test(text)
}

/** Front matter as the first piece of a file holds it: `---` lines round it, nothing else on them. */
const plainFrontmatter = /^---\n(?:([^\r]*)\n)?---\n?$/

/** Whether `text` is front matter plainTree can build. */
export function isPlainFrontmatter(text: string): boolean {
  return plainFrontmatter.test(text)
}

/**
 * The mdast of plain text (see isPlain) or plain front matter that starts
 * a line of a file, at `origin` in it: what micromark gives, without
 * running it.
 */
export function plainTree(text: string, origin: {line: number; offset: number} = {line: 1, offset: 0}): Root {
  /** The point at `offset` in `text`, on its `line`, which starts at `lineStart`. */
  const point = (line: number, lineStart: number, offset: number): Point => ({
    line: origin.line + line - 1,
    column: offset - lineStart + 1,
    offset: origin.offset + offset
  })
  const children: RootContent[] = []
  const frontmatter = plainFrontmatter.exec(text)
  if (frontmatter) {
    const end = text.endsWith('\n') ? text.length - 1 : text.length
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0)
    const yaml: Yaml = {type: 'yaml', value: frontmatter[1] ?? '', position: {start: point(1, 0, 0), end: point(lines, end - 3, end)}}
    const last = end === text.length ? point(lines, end - 3, end) : point(lines + 1, text.length, text.length)
    return {type: 'root', children: [yaml], position: {start: point(1, 0, 0), end: last}}
  }
  let line = 1
  let lineStart = 0
  /** The open paragraph: where it starts, and where its last line so far ends. */
  let paragraph: {start: Point; end: Point} | undefined
  const close = () => {
    if (!paragraph) return
    const {start, end} = paragraph
    const value = text.slice(start.offset! - origin.offset, end.offset! - origin.offset)
    children.push({type: 'paragraph', children: [{type: 'text', value, position: {start: {...start}, end: {...end}}}], position: {start, end}})
    paragraph = undefined
  }
  for (;;) {
    const found = text.indexOf('\n', lineStart)
    const lineEnd = found === -1 ? text.length : found
    const end = point(line, lineStart, lineEnd)
    if (lineEnd === lineStart) close()
    else if (text.charCodeAt(lineStart) === 0x23 /* # */) {
      // An ATX heading closes the paragraph above it.
      close()
      const space = text.indexOf(' ', lineStart)
      const heading: Heading = {
        type: 'heading',
        depth: (space - lineStart) as Heading['depth'],
        children: [{type: 'text', value: text.slice(space + 1, lineEnd), position: {start: point(line, lineStart, space + 1), end: {...end}}}],
        position: {start: point(line, lineStart, lineStart), end}
      }
      children.push(heading)
    } else if (paragraph) paragraph.end = end
    else paragraph = {start: point(line, lineStart, lineStart), end}
    if (found === -1) break
    lineStart = found + 1
    line++
  }
  close()
  return {type: 'root', children, position: {start: point(1, 0, 0), end: point(line, lineStart, text.length)}}
}
