// The Chinese source as the rules see it: paragraphs split into sentences,
// and, computed once on first use, the alignment of those paragraphs with the
// article's prose blocks. Rules that compare the translation with its source
// read `context.source`; without a source it is undefined and they do nothing.
import type {Sentence} from 'nlcst'
import {toString as nlcstToString} from 'nlcst-to-string'
import {toString as mdastToString} from 'mdast-util-to-string'
import type {Nodes as MdastNodes, Root as MdastRoot} from 'mdast'
import type {ProseBlock, ProseDocument} from '../document.js'
import {alignLengths, type Bead} from './align.js'

export interface SourceSentence {
  text: string
  /** Index of the sentence's first character in its paragraph's text. */
  start: number
}

export interface SourceParagraph {
  text: string
  sentences: SourceSentence[]
}

/** An English sentence of the article, with its file offsets. */
export interface TargetSentence {
  text: string
  start: number
  end: number
  block: ProseBlock
}

/** One aligned pair: source paragraphs and the article blocks that translate them. */
export interface SourceBead extends Bead {
  /** Index of this bead in the alignment. */
  index: number
  /**
   * The pair's length is within the article's own norm, so a mismatch found
   * inside it is about this passage and not a misalignment.
   */
  confident: boolean
}

/** Source sentences and the English sentences that translate them, inside one bead. */
export interface SentencePair {
  source: Array<{paragraph: number; sentence: SourceSentence}>
  target: TargetSentence[]
  /** Length distance from the norm, as in `Bead`. */
  delta: number
}

export interface Alignment {
  beads: SourceBead[]
  /** The bead holding each source paragraph, by paragraph index. */
  beadOfParagraph: SourceBead[]
  /** The bead holding each article block, by index in `document.blocks`. */
  beadOfBlock: SourceBead[]
  /** The article's English length per source length. */
  ratio: number
}

export interface SourceDocument {
  /** Where the source came from, for messages (undefined for text given directly). */
  path: string | undefined
  /** The source text as read. */
  value: string
  paragraphs: SourceParagraph[]
  /** Paragraph alignment with the article's blocks, computed on first use. */
  readonly alignment: Alignment
  /** The English sentences of an article block, computed on first use. */
  sentencesOf(block: ProseBlock): TargetSentence[]
  /** The sentence alignment inside a bead, computed on first use. */
  sentencePairs(bead: SourceBead): SentencePair[]
  /**
   * The English sentences that translate the source text at `index` of
   * paragraph `paragraph`: by sentence alignment inside its bead, else the
   * bead's first sentence; empty when the bead has no English.
   */
  targetOf(paragraph: number, index: number): TargetSentence[]
}

/** English characters per Chinese character in the WMT zh→en references (median document). */
const typicalRatio = 3.3

/** A pair whose length is this many standard deviations off the norm is not trusted for per-passage comparison. */
const confidentDelta = 2.5

/** Build the source view of `value` for `document`; `path` only names it. */
export function createSourceDocument(value: string, tree: MdastRoot, document: ProseDocument, path?: string): SourceDocument {
  const paragraphs = splitSource(tree)
  let alignment: Alignment | undefined
  const sentences = new Map<ProseBlock, TargetSentence[]>()
  const pairs = new Map<SourceBead, SentencePair[]>()
  const self: SourceDocument = {
    path,
    value,
    paragraphs,
    get alignment() {
      alignment ??= alignDocument(paragraphs, document.blocks)
      return alignment
    },
    sentencesOf(block) {
      let list = sentences.get(block)
      if (!list) {
        list = targetSentences(block)
        sentences.set(block, list)
      }
      return list
    },
    sentencePairs(bead) {
      let list = pairs.get(bead)
      if (!list) {
        list = alignSentences(self, document.blocks, bead)
        pairs.set(bead, list)
      }
      return list
    },
    targetOf(paragraph, index) {
      const bead = self.alignment.beadOfParagraph[paragraph]
      if (!bead || bead.target[0] === bead.target[1]) return []
      for (const pair of self.sentencePairs(bead)) {
        const hit = pair.source.some(
          (s) => s.paragraph === paragraph && s.sentence.start <= index && index < s.sentence.start + s.sentence.text.length
        )
        if (hit && pair.target.length > 0) return pair.target
      }
      const first = document.blocks.slice(bead.target[0], bead.target[1]).flatMap((block) => self.sentencesOf(block))
      return first.slice(0, 1)
    }
  }
  return self
}

function alignSentences(source: SourceDocument, blocks: readonly ProseBlock[], bead: SourceBead): SentencePair[] {
  const chinese: SentencePair['source'] = []
  for (let p = bead.source[0]; p < bead.source[1]; p++) {
    for (const sentence of source.paragraphs[p]!.sentences) chinese.push({paragraph: p, sentence})
  }
  const english = blocks.slice(bead.target[0], bead.target[1]).flatMap((block) => source.sentencesOf(block))
  // The article's ratio, not the passage's: a passage missing a sentence has a low one of its own.
  return alignLengths(
    chinese.map((s) => textLength(s.sentence.text)),
    english.map((s) => textLength(s.text)),
    {ratio: source.alignment.ratio}
  ).map((pair) => ({
    source: chinese.slice(pair.source[0], pair.source[1]),
    target: english.slice(pair.target[0], pair.target[1]),
    delta: pair.delta
  }))
}

/** Length for alignment: characters that are not whitespace. */
export function textLength(text: string): number {
  let length = 0
  for (const char of text) if (!/\s/.test(char)) length++
  return length
}

function alignDocument(paragraphs: readonly SourceParagraph[], blocks: readonly ProseBlock[]): Alignment {
  const sourceLengths = paragraphs.map((p) => textLength(p.text))
  const targetLengths = blocks.map((b) => textLength(b.text.value))
  // The article's norm, robustly: the median ratio of the one-to-one pairs
  // of a first pass (with the corpus's typical ratio as one more vote), so
  // a dropped paragraph does not lower the norm it is measured against.
  const first = alignLengths(sourceLengths, targetLengths)
  const ratios = [typicalRatio]
  for (const bead of first) {
    if (bead.source[1] - bead.source[0] !== 1 || bead.target[1] - bead.target[0] !== 1) continue
    const ls = sourceLengths[bead.source[0]]!
    if (ls >= 5) ratios.push(targetLengths[bead.target[0]]! / ls)
  }
  ratios.sort((a, b) => a - b)
  const ratio = ratios[ratios.length >> 1]!
  const raw = alignLengths(sourceLengths, targetLengths, {ratio})
  const beads = raw.map((bead, index): SourceBead => ({
    ...bead,
    index,
    confident: bead.source[1] > bead.source[0] && bead.target[1] > bead.target[0] && Math.abs(bead.delta) <= confidentDelta
  }))
  const beadOfParagraph: SourceBead[] = []
  const beadOfBlock: SourceBead[] = []
  for (const bead of beads) {
    for (let i = bead.source[0]; i < bead.source[1]; i++) beadOfParagraph[i] = bead
    for (let j = bead.target[0]; j < bead.target[1]; j++) beadOfBlock[j] = bead
  }
  return {beads, beadOfParagraph, beadOfBlock, ratio}
}

/**
 * Source paragraphs: the prose blocks of the text's Markdown tree, parsed by
 * the pipeline with the article's parser (so front matter, code and HTML are
 * left out), each further split at line breaks, since Chinese text files put
 * one paragraph on each line without blank lines.
 */
export function splitSource(tree: MdastRoot): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = []
  const visit = (node: MdastNodes) => {
    if (node.type === 'yaml' || node.type === 'code' || node.type === 'html') return
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      for (const line of mdastToString(node).split('\n')) {
        const text = line.trim()
        if (text) paragraphs.push({text, sentences: splitSentences(text)})
      }
      return
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return paragraphs
}

/** A Chinese sentence ends at 。！？ (or their ASCII forms), with any closing quotes or brackets after. */
const sentencePattern = /[^。！？!?]+(?:[。！？!?]+[”’」』）)\]]*|$)|[。！？!?]+/gu

export function splitSentences(text: string): SourceSentence[] {
  const sentences: SourceSentence[] = []
  for (const match of text.matchAll(sentencePattern)) {
    const raw = match[0]
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (trimmed) sentences.push({text: trimmed, start: match.index + lead})
  }
  return sentences
}

function targetSentences(block: ProseBlock): TargetSentence[] {
  const list: TargetSentence[] = []
  for (const child of block.node.children) {
    if (child.type !== 'SentenceNode') continue
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    if (start === undefined || end === undefined) continue
    list.push({text: nlcstToString(child as Sentence), start, end, block})
  }
  return list
}
