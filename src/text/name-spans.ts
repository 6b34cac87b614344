// Runs of capitalized words in running text: the candidate multi-word names
// ("Baiyun District Party Committee", "Ministry of Industry and Information
// Technology", "Guizhou Aluminum Plant’s"). Shared by the rules that compare
// how one name is written across an article (capitalization-variants,
// term-variants).
import {isAsciiCapital} from './chars.js'
import {startsSentence, type Token} from './phrases.js'

/** Lowercase words that may stand inside a name, between capitalized ones. */
const connectors = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'at', 'to', 'de', '&'])

export interface NameSpan {
  /** Token indexes of the first and last word, inclusive. */
  first: number
  last: number
  /** The first word starts a sentence, so its capital says nothing. */
  initial: boolean
}

/** Whether the token is written with a capital first letter. */
export function capitalized(value: string, token: Token): boolean {
  if (!token.word) return false
  const code = value.charCodeAt(token.start)
  // ASCII, most of the text, without the Unicode pattern.
  if (code < 0x80) return isAsciiCapital(code)
  return capital.test(value[token.start]!)
}

const capital = /^\p{Lu}/u

/** Whether the token is one of the small words a name may hold: of, and, the… */
export function isConnector(token: Token): boolean {
  return connectors.has(token.norm)
}

/** Whether a capitalized token can open or close a name ("The" and "Of" cannot). */
function nameWord(value: string, token: Token): boolean {
  return capitalized(value, token) && !connectors.has(token.norm)
}

/** Whether a lowercase connector stands right after token `index` ("Committee | of Guiyang"). */
export function beforeConnector(value: string, tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1]
  return next !== undefined && connectors.has(next.norm) && !capitalized(value, next)
}

/** Runs of two or more capitalized words, with lowercase connectors inside (a block's are `block.nameSpans`). */
export function findNameSpans(value: string, tokens: readonly Token[]): NameSpan[] {
  const spans: NameSpan[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (!nameWord(value, tokens[i]!)) continue
    let last = i
    let words = 1
    while (!tokens[last]!.norm.endsWith("'s")) {
      // Skip connectors; the run goes on only if a capitalized word follows,
      // and not after "and the", which joins two names.
      let next = last + 1
      while (tokens[next] && connectors.has(tokens[next]!.norm) && !capitalized(value, tokens[next]!)) next++
      const token = tokens[next]
      if (!token || !nameWord(value, token)) break
      if (andThe(tokens, last + 1, next)) break
      last = next
      words++
    }
    if (words >= 2) spans.push({first: i, last, initial: startsSentence(tokens, i)})
    i = last
  }
  return spans
}

/** Whether "and the" stands among the connectors `[from, to)`. */
function andThe(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) if (tokens[i]!.norm === 'and' && tokens[i + 1]!.norm === 'the') return true
  return false
}

/**
 * Whether a block reads as a headline in Title Case (a block's is
 * `block.titleCase`): every word of four letters or more is capitalized,
 * but for one slip in ten. Its capitals say nothing about names. (Running
 * text has lowercase verbs and nouns.)
 */
export function isTitleCase(value: string, tokens: readonly Token[]): boolean {
  let long = 0
  let lower = 0
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (!token.word || token.end - token.start < 4) continue
    long++
    if (capitalized(value, token)) continue
    lower++
    // More slips than even every token left being a long capitalized word
    // would allow: running text, settled without reading the rest.
    if (lower > Math.max(1, Math.floor((long + tokens.length - 1 - i) / 10))) return false
  }
  return long >= 3 && lower <= Math.max(1, Math.floor(long / 10))
}
