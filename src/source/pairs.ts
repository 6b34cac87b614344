// The paragraph alignment as plain data, for reports that show the Chinese
// beside the English (the html format's bilingual view): each pair names
// the source paragraphs and the file offsets of the article blocks that
// translate them.
import type {ProseBlock} from '../document.js'
import type {SourceDocument} from './document.js'

export interface BilingualPair {
  /** The Chinese paragraphs, in order; empty when the English has no source. */
  source: string[]
  /** From the first block's start to the last block's end; null when nothing translates them. */
  target: [number, number] | null
}

declare module 'vfile' {
  interface DataMap {
    /** Set when the article was compared with its source. */
    bilingual: BilingualPair[]
  }
}

export function bilingualPairs(source: SourceDocument, blocks: readonly ProseBlock[]): BilingualPair[] {
  return source.alignment.beads.map((bead) => {
    const paragraphs = source.paragraphs.slice(bead.source[0], bead.source[1]).map((paragraph) => paragraph.text)
    const first = blocks[bead.target[0]]?.node.position?.start.offset
    const last = blocks[bead.target[1] - 1]?.node.position?.end.offset
    const target: BilingualPair['target'] = bead.target[1] > bead.target[0] && first !== undefined && last !== undefined ? [first, last] : null
    return {source: paragraphs, target}
  })
}
