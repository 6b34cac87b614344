// Sentences of a block as ranges of its text (ProseText.value), for rules
// that match on the string but think in sentences. parse-english finds the
// sentences; a sentence that runs over a line break (a headline without a
// full stop above the body) is cut there, each line a sentence of its own.
import type {Nodes, Paragraph} from 'nlcst'
import {isWhitespace} from './chars.js'

export interface SentenceSpan {
  /** Indexes in the block's text, trimmed of surrounding whitespace. */
  start: number
  end: number
}

/**
 * The sentences of a paragraph whose text is `value` (a block's are
 * `block.sentences`). `placed`: every leaf was placed in order from the
 * text (a block parsed as one run of the file, see ProseText), so a node's
 * text is as long as its position spans, and the tree need not be walked.
 */
export function sentenceSpans(paragraph: Paragraph, value: string, placed = false): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  // The block's text is its leaves in order, so each sentence's place in it
  // is the length of what comes before.
  let index = 0
  for (const child of paragraph.children) {
    const length = (placed && spannedLength(child)) || textLength(child)
    if (child.type === 'SentenceNode') addLines(spans, value, index, index + length)
    index += length
  }
  return spans
}

/** Each line of `value[start, end)` with more than whitespace, trimmed, as a span. */
function addLines(spans: SentenceSpan[], value: string, start: number, end: number): void {
  for (let lineStart = start; lineStart <= end; ) {
    let lineEnd = value.indexOf('\n', lineStart)
    if (lineEnd === -1 || lineEnd > end) lineEnd = end
    let from = lineStart
    let to = lineEnd
    while (from < to && isWhitespace(value.charCodeAt(from))) from++
    while (to > from && isWhitespace(value.charCodeAt(to - 1))) to--
    if (to > from) spans.push({start: from, end: to})
    lineStart = lineEnd + 1
  }
}

/** The length a placed node's position spans, or 0 when it has none. */
function spannedLength(node: Nodes): number {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? 0 : end - start
}

/** The length of a node's text (nlcst-to-string's, without building the string). */
function textLength(node: Nodes): number {
  if ('value' in node) return node.value.length
  let length = 0
  for (const child of node.children) length += textLength(child)
  return length
}
