// The risk score: one number per article that ranks articles by how much
// editing they are likely to need, so a desk can read the worst first.
//
//   score    = findings + length + coverage
//   findings = 100 × Σ weight(rule) × weight(severity) / max(words, minimumWords)
//   length   = perSentenceWord × max(0, words / sentences − sentenceWords)
//   coverage = perGap × gap (with the source only)
//
// `findings` is weighted findings per 100 words. A name the source has and
// the translation lost (or the reverse) is a meaning error, which
// professional raters (MQM) penalise five times a fluency slip, so it weighs
// four times (`coverage` sees a little of the meaning errors beyond names). The house's own
// preferences (its style and its terms) weigh least: the strongest systems
// render a term faithfully but not as the house writes it as often as the
// weakest, so counting those at full weight ranked the systems backwards.
// `minimumWords` keeps a two-line brief with one finding from outranking a
// long story with ten. `length` adds a little for long sentences, where
// machine translation goes wrong more often than the rules can see; it
// mostly orders the articles the rules found nothing in.
// `coverage` is the share of the source's content words whose dictionary
// glosses the aligned English does not show (src/source/coverage.ts): the
// one signal that sees mistranslations and omissions beyond names and
// figures, where the systems differ most.
// The weights were fitted on half of the WMT23 zh-en MQM documents and
// checked on the other half: docs/risk.md has the figures and
// scripts/risk-bench.ts prints them.
import {ruleIdOf, severityOf, type MessageFields, type SeverityName} from './severity.js'

export const riskWeights = {
  severity: {error: 1, warning: 1, info: 0.25} satisfies Record<SeverityName, number>,
  /** Any rule not named weighs 1, or `house` for a rule of `houseRules`. */
  rules: {'name-mismatch': 4} as Record<string, number>,
  /**
   * The rules of the house's style and terms: quick to fix, and raters hardly
   * count them against a translation.
   */
  house: 0.25,
  minimumWords: 100,
  /** Mean sentence length (words) above which `length` grows… */
  sentenceWords: 25,
  /** …by this much per word. */
  perSentenceWord: 0.0125,
  /** Points per unit of the source's coverage gap (0 to 1). */
  perGap: 0.3
}

export interface Risk {
  /** `findings` + `length` + `coverage`, one decimal. */
  score: number
  /** Weighted findings per 100 words. */
  findings: number
  /** The part for long sentences. */
  length: number
  /** The part for the source's coverage gap; only with the source. */
  coverage?: number
  words: number
  sentences: number
  /** The source's coverage gap (0 to 1); only with the source. */
  gap?: number
  /** The sum of the findings' weights. */
  weighted: number
  /** Each rule's share of `weighted`. */
  rules: Record<string, number>
}

/** What the score reads of an article besides its findings. */
export interface TextCounts {
  words: number
  sentences: number
  /** With the source: the share of its content words the English leaves uncovered (src/source/coverage.ts). */
  gap?: number | undefined
}

/**
 * Rules that check the house's preferences rather than the translation
 * (`house` above): its style (layout, number and quote style, page
 * furniture) and its terms (the glossary's renderings and the phrasing it
 * prefers to a literal one).
 */
export const houseRules: ReadonlySet<string> = new Set([
  'ap-style',
  'boilerplate',
  'calque',
  'extra-space',
  'glossary',
  'headline-case',
  'headline-punctuation',
  'mixed-quotes',
  'number-style',
  'source-glossary',
  'spelling-variants'
])

export function riskOf(messages: Iterable<MessageFields>, counts: TextCounts): Risk {
  const rules: Record<string, number> = {}
  let weighted = 0
  for (const message of messages) {
    const id = ruleIdOf(message)
    const weight = (riskWeights.rules[id] ?? (houseRules.has(id) ? riskWeights.house : 1)) * riskWeights.severity[severityOf(message)]
    if (weight === 0) continue
    rules[id] = round((rules[id] ?? 0) + weight, 2)
    weighted += weight
  }
  const {words, sentences, gap} = counts
  const findings = (100 * weighted) / Math.max(words, riskWeights.minimumWords)
  const length = sentences === 0 ? 0 : riskWeights.perSentenceWord * Math.max(0, words / sentences - riskWeights.sentenceWords)
  if (gap === undefined) return {score: round(findings + length, 1), findings: round(findings, 2), length: round(length, 2), words, sentences, weighted: round(weighted, 2), rules}
  const coverage = riskWeights.perGap * gap
  return {
    score: round(findings + length + coverage, 1),
    findings: round(findings, 2),
    length: round(length, 2),
    coverage: round(coverage, 2),
    words,
    sentences,
    gap: round(gap, 3),
    weighted: round(weighted, 2),
    rules
  }
}

/** A file's risk: `risk` (a slice's whole file's), else from its messages and `textCounts` (counted from its text when missing). */
export function riskOfFile(file: {messages: Iterable<MessageFields>; textCounts?: TextCounts | undefined; value?: string | undefined; risk?: Risk | undefined}): Risk {
  return file.risk ?? riskOf(file.messages, file.textCounts ?? countText(file.value ?? ''))
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits

/**
 * Words: runs of characters between ASCII whitespace that hold a letter, a
 * digit or any non-ASCII character. Sentences: stretches with a word in them
 * that end at `.`, `!` or `?` before whitespace, at a blank line, or at the
 * end. Counted the same way from UTF-8 bytes (a cached file is never
 * decoded) as from text, so a cached run ranks articles as a fresh one
 * does; a byte order mark is skipped in both.
 */
export function countText(whole: Uint8Array | string | Iterable<Uint8Array>): TextCounts {
  // Or the bytes of a file read in pieces, counted as if read whole.
  const pieces = typeof whole === 'string' || whole instanceof Uint8Array ? [whole] : whole
  let first = true
  let words = 0
  let sentences = 0
  let inWord = false
  let counted = false
  /** The sentence in hand has a word. */
  let open = false
  /** The last character was `.`, `!` or `?`. */
  let stop = false
  let lineBreaks = 0
  for (const input of pieces) {
    const text = typeof input === 'string'
    const bom = first && (text ? input.charCodeAt(0) === 0xfeff : input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf)
    first = false
    for (let index = bom ? (text ? 1 : 3) : 0; index < input.length; index++) {
      const code = text ? input.charCodeAt(index) : input[index]!
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
        if (code === 0x0a) lineBreaks++
        if (open && (stop || lineBreaks >= 2)) {
          sentences++
          open = false
        }
        inWord = false
        stop = false
        continue
      }
      lineBreaks = 0
      stop = code === 0x2e || code === 0x21 || code === 0x3f
      if (!inWord) {
        inWord = true
        counted = false
      }
      if (!counted && (code >= 0x80 || (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a))) {
        counted = true
        open = true
        words++
      }
    }
  }
  if (open) sentences++
  return {words, sentences}
}

/**
 * The stylish report's closing line: the riskiest articles first, up to
 * `shown`, or nothing when no article has a risk.
 */
export function riskSummary(scores: ReadonlyArray<{path: string; score: number}>, shown = 5): string {
  const ranked = scores.filter(({score}) => score > 0).sort((a, b) => b.score - a.score || (a.path < b.path ? -1 : 1))
  if (ranked.length === 0) return ''
  const list = ranked.slice(0, shown).map(({path, score}) => `${score.toFixed(1)} ${path}`)
  if (ranked.length > shown) list.push(`and ${ranked.length - shown} more`)
  return `Risk, highest first: ${list.join(', ')}`
}
