// Literal phrase matching over words: the one engine behind the glossary,
// calques, spelling pairs and term variants.
// Phrases are compiled once into a trie of normalized words (lowercase, `’`
// as `'`); a text is tokenized once and walked from each word, so the cost
// is the text's length times the longest phrase, whatever the number of
// phrases. Matching is whole-word, case-insensitive and blind to line breaks
// and hyphens between words ("new-crown" is "new crown"); any other mark is a
// token of its own, so a phrase never runs across a full stop unless it
// spells one. No user text ever becomes a regular expression.

export interface Token {
  /** Lowercase, curly apostrophe as straight; a mark is itself. */
  norm: string
  /** Indexes in the tokenized string, half-open. */
  start: number
  end: number
  word: boolean
  /** Whitespace and hyphens between the previous token and this one. */
  gap: string
}

const tokenPattern = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}\-‐‑]/gu
const hyphens = /[-‐‑]/

let cachedText: string | undefined
let cachedTokens: Token[] = []

/**
 * Words and marks of `text`. The last result is kept: every rule that
 * matches phrases tokenizes the same block one after the other.
 */
export function tokenize(text: string): readonly Token[] {
  if (text === cachedText) return cachedTokens
  const tokens: Token[] = []
  let previous = 0
  for (const match of text.matchAll(tokenPattern)) {
    const start = match.index
    const value = match[0]
    const word = isWord(value)
    tokens.push({
      norm: word ? value.toLowerCase().replaceAll('’', "'") : value,
      start,
      end: start + value.length,
      word,
      gap: text.slice(previous, start)
    })
    previous = start + value.length
  }
  cachedText = text
  cachedTokens = tokens
  return tokens
}

/** Whether token `index` is joined to the word before it by a hyphen ("snow-white"). */
export function hyphenJoined(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  return token !== undefined && index > 0 && tokens[index - 1]!.word && token.word && hyphens.test(token.gap) && !/\s/.test(token.gap)
}

/** Marks that open a quotation or aside; the word after them can still start a sentence. */
const openers = new Set(['“', '"', '‘', "'", '(', '[', '【', '《', '«', '「', '『', '*', '_'])
const sentenceEnds = new Set(['.', '!', '?', '…', ':', ';', '。', '！', '？', '：', '；'])

/** Whether the word at `index` starts a sentence (its capital says nothing). */
export function startsSentence(tokens: readonly Token[], index: number): boolean {
  let i = index - 1
  while (i >= 0 && openers.has(tokens[i]!.norm)) i--
  if (i < 0) return true
  return sentenceEnds.has(tokens[i]!.norm)
}

/** How the last word of a match differed from the phrase. */
export type MatchForm = 'exact' | 'plural' | 'possessive'

export interface PhraseMatch<T> {
  /** Token indexes of the first and last word, inclusive. */
  first: number
  last: number
  /** Indexes in the text, half-open. */
  start: number
  end: number
  /** `end` without a possessive `'s`: where the phrase proper stops. */
  stem: number
  form: MatchForm
  /** A word inside the match carried a possessive the phrase lacks ("Chinalco’s Guizhou…"). */
  innerPossessive: boolean
  /** Everything added under this phrase. */
  values: readonly T[]
}

export interface MatcherOptions {
  /** Accept a plural last word ("white clouds"). Default true. */
  plural?: boolean
  /** Accept a possessive last word ("Baiyun’s"). Default true. */
  possessive?: boolean
  /** Accept a possessive on inner words too ("Chinalco’s Guizhou enterprise"). Default false. */
  innerPossessive?: boolean
}

interface Candidate {
  norm: string
  form: MatchForm
  /** Characters of a possessive suffix to leave out of the stem. */
  suffix: number
}

export class PhraseMatcher<T> {
  // The trie as one map of edges, "node id + space + word" → child id: one
  // map for the whole trie instead of one per node keeps compiling fast.
  private readonly edges = new Map<string, number>()
  private readonly values: Array<T[] | undefined> = [undefined]
  private readonly branches: boolean[] = [false]
  /** Words that start a phrase: most tokens start none, and are passed over at the cost of one lookup. */
  private readonly firstWords = new Set<string>()
  private readonly plural: boolean
  private readonly possessive: boolean
  private readonly loosePossessive: boolean
  /** Distinct phrases added. */
  size = 0

  constructor(options: MatcherOptions = {}) {
    this.plural = options.plural ?? true
    this.possessive = options.possessive ?? true
    this.loosePossessive = options.innerPossessive ?? false
  }

  /** Add a literal phrase; returns false when it has no word to match. */
  add(phrase: string, value: T): boolean {
    const norms = phraseNorms(phrase)
    if (norms.length === 0 || !isWord(norms[0]!)) return false
    let node = 0
    this.firstWords.add(norms[0]!)
    for (const norm of norms) {
      const key = `${node} ${norm}`
      let child = this.edges.get(key)
      if (child === undefined) {
        child = this.values.length
        this.values.push(undefined)
        this.branches.push(false)
        this.edges.set(key, child)
        this.branches[node] = true
      }
      node = child
    }
    const values = this.values[node]
    if (values) values.push(value)
    else {
      this.values[node] = [value]
      this.size++
    }
    return true
  }

  /** Leftmost-longest, non-overlapping matches in `tokens`. */
  match(tokens: readonly Token[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = []
    if (this.size === 0) return found
    for (let i = 0; i < tokens.length; i++) {
      const best = this.matchAt(tokens, i)
      if (best) {
        found.push(best)
        i = best.last
      }
    }
    return found
  }

  /** The longest match starting at token `index`, overlapping others or not. */
  matchAt(tokens: readonly Token[], index: number): PhraseMatch<T> | undefined {
    if (this.size === 0 || !tokens[index]?.word || hyphenJoined(tokens, index)) return undefined
    return this.longestFrom(tokens, index)
  }

  private longestFrom(tokens: readonly Token[], from: number): PhraseMatch<T> | undefined {
    const first = tokens[from]!
    // Only a plural or possessive reading ends in another word than the token.
    const starts = this.firstWords.has(first.norm) || (first.norm.endsWith('s') && this.readings(first).some((candidate) => this.firstWords.has(candidate.norm)))
    if (!starts) return undefined
    let best: PhraseMatch<T> | undefined
    // Depth-first over the words' readings; only a possessive word branches.
    const walk = (node: number, index: number, innerPossessive: boolean) => {
      const token = tokens[index]
      if (!token || !this.branches[node]) return
      for (const candidate of this.readings(token)) {
        const child = this.edges.get(`${node} ${candidate.norm}`)
        if (child === undefined) continue
        const values = this.values[child]
        const accepted = candidate.form === 'exact' || (candidate.form === 'plural' ? this.plural : this.possessive)
        if (values && accepted && !hyphenJoined(tokens, index + 1)) {
          const better =
            !best || index > best.last || (index === best.last && best.form !== 'exact' && candidate.form === 'exact')
          if (better) {
            best = {
              first: from,
              last: index,
              start: tokens[from]!.start,
              end: token.end,
              stem: token.end - candidate.suffix,
              form: candidate.form,
              innerPossessive,
              values
            }
          }
        }
        // Inner words take only the exact reading, or a loose possessive.
        if (candidate.form === 'exact') walk(child, index + 1, innerPossessive)
        else if (candidate.form === 'possessive' && this.loosePossessive) walk(child, index + 1, true)
      }
    }
    walk(0, from, false)
    return best
  }

  private readings(token: Token): Candidate[] {
    const norm = token.norm
    const readings: Candidate[] = [{norm, form: 'exact', suffix: 0}]
    if (!token.word) return readings
    if (norm.endsWith("'s") && norm.length > 2) {
      if (this.possessive || this.loosePossessive) readings.push({norm: norm.slice(0, -2), form: 'possessive', suffix: 2})
    } else if (this.plural && norm.endsWith('s') && norm.length > 3 && !norm.endsWith('ss')) {
      if (norm.endsWith('ies')) readings.push({norm: norm.slice(0, -3) + 'y', form: 'plural', suffix: 0})
      if (norm.endsWith('es')) readings.push({norm: norm.slice(0, -2), form: 'plural', suffix: 0})
      readings.push({norm: norm.slice(0, -1), form: 'plural', suffix: 0})
    }
    return readings
  }
}

const plainPhrase = /^[A-Za-z0-9]+(?:[ -]+[A-Za-z0-9]+)*$/

/** A phrase's normalized tokens, without touching the shared cache. */
function phraseNorms(phrase: string): string[] {
  const trimmed = phrase.trim()
  // Most phrases are plain ASCII words: split them without the Unicode pattern.
  if (plainPhrase.test(trimmed)) return trimmed.toLowerCase().split(/[ -]+/)
  return Array.from(trimmed.matchAll(tokenPattern), ([value]) => (isWord(value) ? value.toLowerCase().replaceAll('’', "'") : value))
}

function isWord(value: string): boolean {
  return /^[\p{L}\p{N}\p{M}]/u.test(value)
}

/** A phrase in normalized form ("New-Crown" → "new crown"), for comparing phrases. */
export function normalizePhrase(phrase: string): string {
  return phraseNorms(phrase).join(' ')
}
