// Literal phrase matching over words: the one engine behind the glossary,
// calques, spelling pairs and term variants.
// Phrases are compiled once into a trie of normalized words (lowercase, `’`
// as `'`); a text is tokenized once and walked from each word, so the cost
// is the text's length times the longest phrase, whatever the number of
// phrases. Matching is whole-word, case-insensitive and blind to line breaks
// and hyphens between words ("new-crown" is "new crown"); any other mark is a
// token of its own, so a phrase never runs across a full stop unless it
// spells one. No user text ever becomes a regular expression.
import {charLength, isAsciiAlphanumeric, isAsciiCapital} from './chars.js'
import type {Lexeme, Lexicon} from './lexemes.js'

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
    private readonly gapStart: number,
    /** A word's lexeme (text/lexemes.ts) when tokenized with a lexicon, as a block's tokens are. */
    readonly lexeme: Lexeme | undefined
  ) {}

  private knownReadings: ReadonlyArray<string | undefined> | undefined = undefined

  /** Whitespace and hyphens between the previous token and this one (sliced on demand: few callers read it). */
  get gap(): string {
    return this.source.slice(this.gapStart, this.start)
  }

  /**
   * The word's readings by kind, whatever a matcher's options: see
   * `PhraseMatcher.reading`. Made on first use and kept: every matcher asks
   * for the same words' readings.
   */
  get readings(): ReadonlyArray<string | undefined> {
    return (this.knownReadings ??= wordReadings(this.norm))
  }
}

// `tokenPattern`, what a token is: /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}\-‐‑]/gu,
// scanned by hand (`tokenize`; tests/text/phrases.test.ts holds the two equal).
/** `tokenPattern`'s word alternative, sticky: tried where a token starts. */
const wordAt = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/uy
/** What lies between tokens: whitespace and hyphens, sticky. */
const gapAt = /[\s\-‐‑]+/uy
/** The hyphens a gap may hold: -, U+2010, U+2011. */
const hyphens = new Set([0x2d, 0x2010, 0x2011])

/**
 * Words and marks of `text`, as `tokenPattern` finds them: the one
 * tokenizer. A block's tokens are made once, as `block.tokens`, each word
 * with its lexeme from `lexicon`; call this for other text (a phrase, a
 * line of the source). Scanned by hand, with the pattern's parts as sticky
 * tests only where ASCII does not settle it: every block of every article
 * passes here, and `matchAll`'s match object per word was most of the cost.
 */
export function tokenize(text: string, lexicon?: Lexicon): readonly Token[] {
  const tokens: Token[] = []
  let previous = 0
  let at = 0
  while (at < text.length) {
    const code = text.charCodeAt(at)
    // ASCII spaces and hyphens without a regular expression: most gaps are one space.
    if (code === 0x20 || code === 0x2d || (code >= 0x09 && code <= 0x0d)) {
      at++
      continue
    }
    // A plain ASCII word, the most frequent token, without the pattern.
    let end = plainWordEnd(text, at)
    const plain = end > at
    if (!plain && (code >= 0x80 || isAsciiAlphanumeric(code))) end = patternWordEnd(text, at)
    const word = end > at
    if (!word) {
      gapAt.lastIndex = at
      if (code >= 0x80 && gapAt.test(text)) {
        at = gapAt.lastIndex
        continue
      }
      // A mark is one code point.
      end = at + charLength(text, at)
    }
    let norm: string
    let lexeme: Lexeme | undefined
    if (plain && lexicon) {
      // A form met before is found from the text itself, and its string shared: none is made.
      lexeme = lexicon.ofAscii(text, at, end)
      norm = lexeme.lower
    } else {
      const value = text.slice(at, end)
      // A plain word has no curly apostrophe to straighten.
      norm = plain ? asciiLowercase(value) : word ? normalizeWord(value) : value
      lexeme = word && lexicon ? lexicon.of(norm) : undefined
    }
    tokens.push(new Token(text, norm, at, end, word, previous, lexeme))
    previous = end
    at = end
  }
  return tokens
}

/**
 * Where the word at `at` ends when it is ASCII letters and digits only, or
 * `at`: not such a word, or one that an apostrophe or a non-ASCII letter
 * may go on with, which the pattern decides.
 */
function plainWordEnd(text: string, at: number): number {
  let end = at
  while (end < text.length && isAsciiAlphanumeric(text.charCodeAt(end))) end++
  const next = text.charCodeAt(end)
  return next === 0x27 || next >= 0x80 ? at : end
}

/** Where the word at `at` ends by `tokenPattern`, or `at` when none starts there. */
function patternWordEnd(text: string, at: number): number {
  wordAt.lastIndex = at
  return wordAt.test(text) ? wordAt.lastIndex : at
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
  // The trie's edges by word, then by parent node id → child id: a map per
  // distinct word rather than per node keeps compiling fast, and a lookup
  // builds no key string. The root is node 0.
  private readonly edges = new Map<string, Map<number, number>>()
  private readonly values: Array<T[] | undefined> = [undefined]
  private readonly branches: boolean[] = [false]
  /**
   * The shapes (first and last character, length) of the words that start a
   * phrase: most words have no such shape and are turned away without the
   * string lookup, whose hashing of a fresh string cost more than the rest.
   */
  private readonly startShapes = new Shapes()
  /** The shapes of the words after a phrase's first: the same test before a walk's lookups. */
  private readonly innerShapes = new Shapes()
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
    for (const norm of norms) {
      const shapes = node === 0 ? this.startShapes : this.innerShapes
      shapes.add(norm)
      let children = this.edges.get(norm)
      if (!children) this.edges.set(norm, (children = new Map()))
      let child = children.get(node)
      if (child === undefined) {
        child = this.values.length
        this.values.push(undefined)
        this.branches.push(false)
        children.set(node, child)
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
    if (this.size === 0 || !token?.word || !this.mayStart(token) || hyphenJoined(tokens, index)) return undefined
    return this.longestFrom(tokens, index)
  }

  /** Whether one of a word's readings starts a phrase. */
  private mayStart(token: Token): boolean {
    const {norm} = token
    const shapes = this.startShapes
    if (shapes.hasWord(norm) && this.child(0, norm) !== undefined) return true
    // Only a word of three or more characters ending in s has other
    // readings: without 's or es (the character before them last), without
    // s, or with y for ies.
    const length = norm.length
    if (length < 3 || norm.charCodeAt(length - 1) !== 0x73 /* s */) return false
    const first = norm.charCodeAt(0)
    const shaped = shapes.has(first, norm.charCodeAt(length - 3), length - 2) || shapes.has(first, norm.charCodeAt(length - 2), length - 1) || shapes.has(first, 0x79 /* y */, length - 2)
    if (!shaped) return false
    for (let kind = 1; kind < readingKinds; kind++) {
      const reading = this.reading(token, kind)
      if (reading !== undefined && this.child(0, reading) !== undefined) return true
    }
    return false
  }

  private child(node: number, norm: string): number | undefined {
    // Most words after a phrase's start are no phrase's next word.
    if (node !== 0 && !this.innerShapes.hasWord(norm)) return undefined
    return this.edges.get(norm)?.get(node)
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
      const norm = this.reading(token, kind)
      if (norm === undefined) continue
      const child = this.child(node, norm)
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
   * singular of a plural (-ies → -y, -es, -s), each only where the options
   * accept it.
   */
  private reading(token: Token, kind: number): string | undefined {
    if (kind === 0) return token.norm
    if (kind === 1) return this.possessive || this.loosePossessive ? token.readings[1] : undefined
    return this.plural ? token.readings[kind] : undefined
  }
}

/**
 * A set of word shapes, a bit for each pair of first and last characters
 * (hashed to a byte) and length (lengths of 31 and more share one): a
 * superset of the words added, as shapes collide, so a word without its
 * shape is surely not one of them. The last character halves what passes
 * ("the" and "two" differ). 1 KB: several rules build a matcher per file.
 */
export class Shapes {
  private readonly bits = new Uint32Array(256)

  constructor(words: Iterable<string> = []) {
    for (const word of words) this.add(word)
  }

  add(word: string): void {
    this.bits[shapeBucket(word.charCodeAt(0), word.charCodeAt(word.length - 1))]! |= 1 << Math.min(word.length, 31)
  }

  hasWord(word: string): boolean {
    return this.has(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length)
  }

  /** Whether a word of this first and last character code and length may be in the set. */
  has(firstCode: number, lastCode: number, length: number): boolean {
    return ((this.bits[shapeBucket(firstCode, lastCode)]! >>> Math.min(length, 31)) & 1) === 1
  }
}

function shapeBucket(firstCode: number, lastCode: number): number {
  return (firstCode * 31 + lastCode) & 0xff
}

/** How many readings a word may have: see `PhraseMatcher.reading`. */
const readingKinds = 5

/** A word's readings by kind, before any matcher's options: see `PhraseMatcher.reading`. */
function wordReadings(norm: string): Array<string | undefined> {
  if (!norm.endsWith('s')) return [norm]
  if (norm.endsWith("'s") && norm.length > 2) return [norm, norm.slice(0, -2)]
  if (norm.length <= 3 || norm.endsWith('ss')) return [norm]
  return [norm, undefined, norm.endsWith('ies') ? norm.slice(0, -3) + 'y' : undefined, norm.endsWith('es') ? norm.slice(0, -2) : undefined, norm.slice(0, -1)]
}

/** One search from a start word: what the depth-first walk shares. */
interface Search<T> {
  tokens: readonly Token[]
  from: number
  best: PhraseMatch<T> | undefined
}

const plainPhrase = /^[A-Za-z0-9]+(?:[ -]+[A-Za-z0-9]+)*$/

/** A phrase's normalized tokens. */
function phraseNorms(phrase: string): string[] {
  const trimmed = phrase.trim()
  // Most phrases are plain ASCII words: split them without the Unicode pattern.
  if (plainPhrase.test(trimmed)) return trimmed.toLowerCase().split(/[ -]+/)
  // The tokenizer's forms: compiling the Unicode pattern took a one-file run some 3 ms.
  return tokenize(trimmed).map((token) => token.norm)
}

function isWord(value: string): boolean {
  const code = value.charCodeAt(0)
  // ASCII, most of the text, without the Unicode pattern.
  if (code < 0x80) return isAsciiAlphanumeric(code)
  return /^[\p{L}\p{N}\p{M}]/u.test(value)
}

/**
 * `toLowerCase` of ASCII text, called only where there is a capital: most
 * words have none, and the call cost more than looking.
 */
function asciiLowercase(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (isAsciiCapital(code)) return value.toLowerCase()
  }
  return value
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
