// The risk score: one number per article that ranks articles by how much
// editing they are likely to need, so a desk can read the worst first.
//
//   score = 100 × Σ weight(rule) × weight(severity) / max(words, minimumWords)
//
// that is, weighted findings per 100 words. The source checks weigh most
// when the Chinese source was there: a name or a paragraph the translation
// lost is a meaning error, which professional raters (MQM) penalise five
// times a fluency slip. `minimumWords` keeps a two-line brief with one
// finding from outranking a long story with ten. The weights were fitted
// on half of the WMT23 zh-en MQM documents and checked on the other half
// (scripts/risk-bench.ts prints the figures).
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {ruleIdOf, severityOf, type SeverityName} from './severity.js'

export const riskWeights = {
  severity: {error: 1, warning: 1, info: 0.25} satisfies Record<SeverityName, number>,
  /** Any rule not named weighs 1. */
  rules: {'name-mismatch': 4, 'dropped-content': 4, 'number-mismatch': 1, 'source-glossary': 0.5} as Record<string, number>,
  minimumWords: 100
}

export interface Risk {
  /** Weighted findings per 100 words, one decimal. */
  score: number
  words: number
  /** The sum of the findings' weights. */
  weighted: number
  /** Each rule's share of `weighted`. */
  rules: Record<string, number>
}

declare module 'vfile' {
  interface DataMap {
    /** The article's word count (see countWords), for the risk score. */
    words: number
  }
}

export function riskOf(messages: Iterable<VFileMessage>, words: number): Risk {
  const rules: Record<string, number> = {}
  let weighted = 0
  for (const message of messages) {
    const id = ruleIdOf(message)
    const weight = (riskWeights.rules[id] ?? 1) * riskWeights.severity[severityOf(message)]
    if (weight === 0) continue
    rules[id] = round((rules[id] ?? 0) + weight, 2)
    weighted += weight
  }
  const score = round((100 * weighted) / Math.max(words, riskWeights.minimumWords), 1)
  return {score, words, weighted: round(weighted, 2), rules}
}

/** A file's risk, from its messages and `data.words` (counted from its text when missing). */
export function riskOfFile(file: VFile): Risk {
  return riskOf(file.messages, file.data.words ?? countWords(String(file.value ?? '')))
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits

/**
 * Words: runs of characters between ASCII whitespace that hold a letter, a
 * digit or any non-ASCII character. Counted the same way from UTF-8 bytes
 * (a cached file is never decoded) as from text, so a cached run ranks
 * articles as a fresh one does; a byte order mark is skipped in both.
 */
export function countWords(input: Uint8Array | string): number {
  let words = 0
  let inWord = false
  let counted = false
  const bom = typeof input === 'string' ? input.charCodeAt(0) === 0xfeff : input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf
  for (let index = bom ? (typeof input === 'string' ? 1 : 3) : 0; index < input.length; index++) {
    const code = typeof input === 'string' ? input.charCodeAt(index) : input[index]!
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
      inWord = false
      continue
    }
    if (!inWord) {
      inWord = true
      counted = false
    }
    if (!counted && (code >= 0x80 || (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a))) {
      counted = true
      words++
    }
  }
  return words
}

/**
 * The stylish report's closing line: the riskiest articles first, up to
 * `shown`, or nothing when no article has a finding that counts.
 */
export function riskSummary(scores: ReadonlyArray<{path: string; score: number}>, shown = 5): string {
  const ranked = scores.filter(({score}) => score > 0).sort((a, b) => b.score - a.score || (a.path < b.path ? -1 : 1))
  if (ranked.length === 0) return ''
  const list = ranked.slice(0, shown).map(({path, score}) => `${score.toFixed(1)} ${path}`)
  if (ranked.length > shown) list.push(`and ${ranked.length - shown} more`)
  return `Risk, highest first (weighted findings per 100 words): ${list.join(', ')}`
}
