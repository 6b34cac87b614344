// duplicate-sentence: the same sentence twice in one article, compared
// without case, spacing or punctuation. Machine translation of a page with
// a repeated caption or pull quote, or of a source pasted in twice, carries
// the repeat over; an editor merging two drafts does the same.
// Only sentences count: a line without a final stop (a headline, a section
// label such as "The world's deadliest earthquakes" over each part of a
// series) repeats by design, and so do table cells. A headline on a soft line
// break before the body is split off first. Short sentences ("Thank you.",
// "The meeting ended.") repeat naturally and are skipped too, and so is a
// caption or credit said again as one: a line of its own that opens with a
// label ("Photo: …", "Caption: …", "By …") or is set in italics.
// Bad: "The plant will double its output by 2025. … The plant will double its output by 2025."
// Good: "The plant will double its output by 2025. … It will also hire 300 workers."
import {defineRule} from '../rule.js'
import {isAsciiAlphanumeric, isAsciiCapital} from '../text/chars.js'
import type {ProseText} from '../text/prose-text.js'
import type {SentenceSpan} from '../text/sentences.js'

interface Options {
  /** Shortest sentence compared, in words. */
  minWords: number
}

/** A sentence's last mark, before closing quotes and brackets. */
const ending = /[.!?。！？…][\s"'”’)\]）]*$/u

/** A sentence said once so far; where it stands is worked out only if it comes again. */
interface Seen {
  raw: string
  /** Its normalized form, made when another sentence's hash meets its own. */
  key: string | undefined
  text: ProseText
  span: SentenceSpan
  /** Its line, found when it is first repeated. */
  line: number | undefined
  /** A caption or credit line: two of them may repeat. */
  furniture: boolean
}

export default defineRule<Options>({
  id: 'duplicate-sentence',
  description: 'The same sentence twice in one article',
  severity: 'warn',
  fixable: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      minWords: {type: 'integer', minimum: 1, description: 'Shortest sentence compared, in words; shorter ones repeat naturally.'}
    }
  },
  defaults: {minWords: 6},
  docs: {
    bad: 'The plant will double its output by 2025. Orders are strong. The plant will double its output by 2025!',
    good: 'The plant will double its output by 2025. Orders are strong.'
  },
  create(context) {
    // Sentences by the hash of their normalized form: most are said once,
    // and building that form for each cost more than the rest of the rule.
    const seen = new Map<number, Seen[]>()
    return {
      ParagraphNode(_node, block) {
        if (block.kind === 'tableCell') return
        const {text} = block
        for (const span of block.sentences) {
          const raw = text.value.slice(span.start, span.end)
          if (!ending.test(raw)) continue
          const {hash, words, key} = sketch(raw)
          if (words < context.options.minWords) continue
          const furniture = isFurnitureLine(context.document.value, text, span)
          const sentence: Seen = {raw, key, text, span, line: undefined, furniture}
          const alike = seen.get(hash)
          // A repeat is mostly the same text again: no need to normalize either.
          const first = alike?.find((other) => other.raw === raw || keyOf(other) === keyOf(sentence))
          if (!first) {
            if (alike) alike.push(sentence)
            else seen.set(hash, [sentence])
            continue
          }
          if (furniture && first.furniture) continue
          const line = (first.line ??= context.document.toPoint(first.text.range(first.span.start, first.span.end)[0]).line)
          const [start, end] = text.range(span.start, span.end)
          context.report({
            reason: `Sentence repeats line ${line}, remove one of them`,
            start,
            end,
            note: `First said on line ${line}: “${first.raw}”`
          })
        }
      }
    }
  }
})

/** "Photo: …", "Caption: …", "Credit: …", "By Laura Benning, …": a label that opens a caption or a credit. */
const label = /^(?:photo|picture|image|caption|credit|source|video|graphic|file photo|by)\b[^.:]{0,40}(?::|\s)/i

/**
 * A caption or credit line: the sentence is its paragraph's whole text, and
 * it opens with a label or the file sets the line in italics (`*…*`). Pages
 * repeat these by design.
 */
function isFurnitureLine(file: string, text: ProseText, span: SentenceSpan): boolean {
  const {value} = text
  if (value.slice(0, span.start).trim() !== '' || value.slice(span.end).trim() !== '') return false
  if (label.test(value.slice(span.start, span.end))) return true
  const [start, end] = text.range(span.start, span.end)
  return /[*_]$/.test(file.slice(Math.max(0, start - 1), start)) && /^[*_]/.test(file.slice(end, end + 1))
}

const ascii = /^[\x00-\x7f]*$/
/** Runs of what is not a letter or a digit: in ASCII text, and in any text. */
const asciiGaps = /[^a-z0-9]+/g
const gaps = /[^\p{L}\p{N}]+/gu

/**
 * Lowercase words and numbers joined by single spaces, nothing else:
 * "U.S. output, up 5%!" → "u s output up 5". NFKC leaves ASCII text as it is,
 * and there a plain character class does what the Unicode one does.
 */
function normalize(sentence: string): string {
  if (ascii.test(sentence)) return sentence.toLowerCase().replace(asciiGaps, ' ').trim()
  return sentence.normalize('NFKC').toLowerCase().replace(gaps, ' ').trim()
}

function keyOf(sentence: Seen): string {
  return (sentence.key ??= normalize(sentence.raw))
}

/** A sentence's normalized form as its hash and its number of words, and the form itself where it had to be made. */
interface Sketch {
  hash: number
  words: number
  key?: string
}

/**
 * `normalize` without building its string for ASCII text: there the
 * normalized form is the runs of letters and digits, lowercased, joined by
 * single spaces, and the hash (FNV-1a) is taken over those characters as
 * they come. Other text is normalized, then hashed the same way.
 */
function sketch(sentence: string): Sketch {
  let hash = fnvBasis
  let words = 0
  let inWord = false
  for (let i = 0; i < sentence.length; i++) {
    let code = sentence.charCodeAt(i)
    if (code >= 0x80 && !isPlainMark(code)) return sketchOfKey(normalize(sentence))
    if (isAsciiCapital(code)) code += 0x20
    if (isAsciiAlphanumeric(code)) {
      if (!inWord) {
        if (words > 0) hash = fnv(hash, 0x20)
        words++
        inWord = true
      }
      hash = fnv(hash, code)
    } else inWord = false
  }
  return {hash, words}
}

/**
 * Curly quotes, dashes and the ellipsis: common in news, and in text
 * otherwise ASCII `normalize` makes each of them (NFKC leaves them or gives
 * dots, no letter case) a gap like any ASCII mark.
 */
function isPlainMark(code: number): boolean {
  return code === 0x2018 || code === 0x2019 || code === 0x201c || code === 0x201d || code === 0x2013 || code === 0x2014 || code === 0x2026
}

function sketchOfKey(key: string): Sketch {
  let hash = fnvBasis
  let words = key ? 1 : 0
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i)
    if (code === 0x20) words++
    hash = fnv(hash, code)
  }
  return {hash, words, key}
}

const fnvBasis = 0x811c9dc5

function fnv(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193)
}
