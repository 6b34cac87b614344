// A paragraph's words as one string, with a map back to file offsets.
// Rules match on this string; Markdown syntax between inline nodes (`**`,
// `[`, `](url)`) is not in it, and inline code is masked, so a regular
// expression sees only prose yet every match maps to exact file positions.
import type {Nodes, Paragraph} from 'nlcst'

/** Stands in for each character of inline code or a bare URL. */
export const MASK = '\uFFFC'

interface Segment {
  /** Index in `value` where this leaf starts. */
  at: number
  /** File offset of that character. */
  offset: number
}

export class ProseText {
  readonly value: string
  private readonly segments: Segment[] = []

  /**
   * `file`, when given, is the text the paragraph was parsed from as one
   * run, every leaf where the file has it: the words are then the file
   * from the paragraph's start to its end, one segment, and no walk.
   */
  constructor(paragraph: Paragraph, file?: string) {
    const {start, end} = paragraph.position ?? {}
    if (file !== undefined && start?.offset !== undefined && end?.offset !== undefined) {
      this.value = file.slice(start.offset, end.offset)
      this.segments.push({at: 0, offset: start.offset})
      return
    }
    const parts: string[] = []
    let length = 0
    let last: Segment | undefined
    // nlcst is shallow (paragraph, sentence, word, text): a loop per level,
    // no closure per paragraph.
    const add = (leaf: Exclude<Nodes, {children: unknown}>) => {
      const offset = leaf.position?.start.offset
      if (offset === undefined) return
      // A leaf that follows the last one in the file extends its segment:
      // a paragraph has a few segments, not one per word.
      if (!last || last.offset + (length - last.at) !== offset) {
        last = {at: length, offset}
        this.segments.push(last)
      }
      const text = leaf.type === 'SourceNode' ? MASK.repeat(leaf.value.length) : leaf.value
      parts.push(text)
      length += text.length
    }
    for (const child of paragraph.children) {
      if (!('children' in child)) {
        add(child)
        continue
      }
      for (const grandchild of child.children) {
        if ('children' in grandchild) for (const leaf of grandchild.children) add(leaf)
        else add(grandchild)
      }
    }
    this.value = parts.join('')
  }

  /** File offset of the character at `index` (or just past the end). */
  offsetAt(index: number): number {
    const segments = this.segments
    if (segments.length === 0) return 0
    let low = 0
    let high = segments.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (segments[middle]!.at <= index) low = middle
      else high = middle - 1
    }
    const segment = segments[low]!
    return segment.offset + (index - segment.at)
  }

  /** File offsets of the half-open range `[start, end)` of `value`. */
  range(start: number, end: number): [number, number] {
    const from = this.offsetAt(start)
    return [from, end > start ? this.offsetAt(end - 1) + 1 : from]
  }
}
