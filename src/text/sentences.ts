// Sentences of a block as ranges of its text (ProseText.value), for rules
// that match on the string but think in sentences. parse-english finds the
// sentences; a sentence that runs over a line break (a headline without a
// full stop above the body) is cut there, each line a sentence of its own.
import type {Nodes, Paragraph} from 'nlcst'

export interface SentenceSpan {
  /** Indexes in the block's text, trimmed of surrounding whitespace. */
  start: number
  end: number
}

/** The sentences of a paragraph whose text is `value` (a block's are `block.sentences`). */
export function sentenceSpans(paragraph: Paragraph, value: string): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  // The block's text is its leaves in order, so each sentence's place in it
  // is the length of what comes before.
  let index = 0
  for (const child of paragraph.children) {
    const length = textLength(child)
    if (child.type === 'SentenceNode') {
      let lineStart = index
      for (const line of value.slice(index, index + length).split('\n')) {
        const lead = line.length - line.trimStart().length
        const trimmed = line.trim()
        if (trimmed) spans.push({start: lineStart + lead, end: lineStart + lead + trimmed.length})
        lineStart += line.length + 1
      }
    }
    index += length
  }
  return spans
}

/** The length of a node's text (nlcst-to-string's, without building the string). */
function textLength(node: Nodes): number {
  if ('value' in node) return node.value.length
  let length = 0
  for (const child of node.children) length += textLength(child)
  return length
}
