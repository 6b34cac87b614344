// Literal phrase matching over words: the one engine behind the glossary,
// calques, spelling pairs and term variants.
// Phrases are compiled once into a trie of normalized words (lowercase, `’`
// as `'`); a text is tokenized once and walked from each word, so the cost
// is the text's length times the longest phrase, whatever the number of
// phrases. Matching is whole-word, case-insensitive and blind to line breaks
// and hyphens between words ("new-crown" is "new crown"); any other mark is a
// token of its own, so a phrase never runs across a full stop unless it
// spells one. No user text ever becomes a regular expression.

export class Token {
  constructor(
    /** The tokenized string. */
    readonly source: string,
    /** Lowercase, curly apostrophe as straight; a mark is itself. */
    readonly norm: string,
    /** Indexes in the tokenized string, half-open. */
    readonly start: number,
    readonly end: number,
    readonly word: boolean,
    /** Where the gap before this token starts: the previous token's end. */
    private readonly gapStart: number
  ) {}

  /** Whitespace and hyphens between the previous token and this one (sliced on demand: few callers read it). */
  get gap(): string {
    return this.source.slice(this.gapStart, this.start)
  }
}

const tokenPattern = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}\-‐‑]/gu
/** The hyphens a gap may hold: -, U+2010, U+2011. */
const hyphens = new Set([0x2d, 0x2010, 0x2011])

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
    tokens.push(new Token(text, word ? normalizeWord(value) : value, start, start + value.length, word, previous))
    previous = start + value.length
  }
  cachedText = text
  cachedTokens = tokens
  return tokens
}

/** Whether token `index` is joined to the word before it by a hyphen ("snow-white"). */
export function hyphenJoined(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  if (token === undefined || index === 0 || !token.word) return false
  const previous = tokens[index - 1]!
  // A gap holds only whitespace and hyphens: joined when it is all hyphens.
  if (!previous.word || previous.end === token.start) return false
  for (let i = previous.end; i < token.start; i++) if (!hyphens.has(token.source.charCodeAt(i))) return false
  return true
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
    const token = tokens[index]
    // The cheap test first: most words start no phrase.
    if (this.size === 0 || !token?.word || !this.mayStart(token.norm) || hyphenJoined(tokens, index)) return undefined
    return this.longestFrom(tokens, index)
  }

  /** Whether one of a word's readings starts a phrase. */
  private mayStart(norm: string): boolean {
    if (this.firstWords.has(norm)) return true
    // Only a word ending in s has other readings.
    if (!norm.endsWith('s')) return false
    for (let kind = 1; kind < readingKinds; kind++) {
      const reading = this.reading(norm, kind)
      if (reading !== undefined && this.firstWords.has(reading)) return true
    }
    return false
  }

  private longestFrom(tokens: readonly Token[], from: number): PhraseMatch<T> | undefined {
    const search: Search<T> = {tokens, from, best: undefined}
    this.walk(search, 0, from, false)
    return search.best
  }

  /** Depth-first over the words' readings; only a possessive word branches. */
  private walk(search: Search<T>, node: number, index: number, innerPossessive: boolean): void {
    const {tokens, from} = search
    const token = tokens[index]
    if (!token || !this.branches[node]) return
    // A mark, or a word not ending in s, has only itself as reading.
    const kinds = token.word && token.norm.endsWith('s') ? readingKinds : 1
    for (let kind = 0; kind < kinds; kind++) {
      const norm = this.reading(token.norm, kind)
      if (norm === undefined) continue
      const child = this.edges.get(`${node} ${norm}`)
      if (child === undefined) continue
      const form: MatchForm = kind === 0 ? 'exact' : kind === 1 ? 'possessive' : 'plural'
      const values = this.values[child]
      const accepted = form === 'exact' || (form === 'plural' ? this.plural : this.possessive)
      if (values && accepted && !hyphenJoined(tokens, index + 1)) {
        const best = search.best
        const better = !best || index > best.last || (index === best.last && best.form !== 'exact' && form === 'exact')
        if (better) {
          search.best = {
            first: from,
            last: index,
            start: tokens[from]!.start,
            end: token.end,
            stem: token.end - (form === 'possessive' ? 2 : 0),
            form,
            innerPossessive,
            values
          }
        }
      }
      // Inner words take only the exact reading, or a loose possessive.
      if (form === 'exact') this.walk(search, child, index + 1, innerPossessive)
      else if (form === 'possessive' && this.loosePossessive) this.walk(search, child, index + 1, true)
    }
  }

  /**
   * Reading `kind` (0 to `readingKinds` − 1) of a word, or undefined when it
   * has none: 0 the word as written, 1 without a possessive `'s`, 2 to 4 the
   * singular of a plural (-ies → -y, -es, -s). Indexed rather than listed so
   * that the hot loops allocate no array of candidates.
   */
  private reading(norm: string, kind: number): string | undefined {
    if (kind === 0) return norm
    if (!norm.endsWith('s')) return undefined
    const possessive = norm.endsWith("'s") && norm.length > 2
    if (kind === 1) return possessive && (this.possessive || this.loosePossessive) ? norm.slice(0, -2) : undefined
    if (possessive || !this.plural || norm.length <= 3 || norm.endsWith('ss')) return undefined
    if (kind === 2) return norm.endsWith('ies') ? norm.slice(0, -3) + 'y' : undefined
    if (kind === 3) return norm.endsWith('es') ? norm.slice(0, -2) : undefined
    return norm.slice(0, -1)
  }
}

/** How many readings a word may have: see `PhraseMatcher.reading`. */
const readingKinds = 5

/** One search from a start word: what the depth-first walk shares. */
interface Search<T> {
  tokens: readonly Token[]
  from: number
  best: PhraseMatch<T> | undefined
}

const plainPhrase = /^[A-Za-z0-9]+(?:[ -]+[A-Za-z0-9]+)*$/

/** A phrase's normalized tokens, without touching the shared cache. */
function phraseNorms(phrase: string): string[] {
  const trimmed = phrase.trim()
  // Most phrases are plain ASCII words: split them without the Unicode pattern.
  if (plainPhrase.test(trimmed)) return trimmed.toLowerCase().split(/[ -]+/)
  return Array.from(trimmed.matchAll(tokenPattern), ([value]) => (isWord(value) ? normalizeWord(value) : value))
}

function isWord(value: string): boolean {
  const code = value.charCodeAt(0)
  // ASCII, most of the text, without the Unicode pattern.
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)
  return /^[\p{L}\p{N}\p{M}]/u.test(value)
}

/** A word's normalized form: lowercase, `’` as `'`. */
function normalizeWord(value: string): string {
  const lower = value.toLowerCase()
  return lower.includes('’') ? lower.replaceAll('’', "'") : lower
}

/** A phrase in normalized form ("New-Crown" → "new crown"), for comparing phrases. */
export function normalizePhrase(phrase: string): string {
  return phraseNorms(phrase).join(' ')
}
