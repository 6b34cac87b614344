// Phrases matched on lemmas: "compact the responsibility" is found as
// "compacted the responsibilities", and "compact … responsibility" (a gap
// of up to four words, and any marks) as "comprehensively compact the “Four Party”
// responsibilities". Words are compared by lemmaKey (morphology.ts), marks
// as written; a gap never crosses the end of a sentence, and a match never
// starts or ends inside a hyphenated word ("our city-owned firms").
import {readFileSync} from 'node:fs'
import {builtDataFile} from './built-data.js'
import {lemmaKey} from './morphology.js'
import {hyphenJoined, Shapes, tokenize, type Token} from './phrases.js'

/** Written in a phrase for a gap of up to `gapSize` tokens. */
export const gapMark = '…'
const gapSize = 4
const sentenceEnds = new Set(['.', '!', '?', ';', ':', '。', '！', '？', '；', '：'])

/** A phrase's tokens as written for matching: `...` is a gap. */
function phraseTokens(phrase: string): readonly Token[] {
  return tokenize(phrase.replace(/\.\.\./g, gapMark))
}

/** One step of a phrase: a word by its lemma, a mark as written, or a gap. */
export type Step = {lemma: string} | {mark: string} | {gap: true}

/** The steps of `phrase`, each word's lemma by lemmaKey. */
function stepsOf(phrase: string): Step[] {
  const steps: Step[] = []
  for (const token of phraseTokens(phrase)) {
    if (token.norm === gapMark) steps.push({gap: true})
    else steps.push(token.word ? {lemma: lemmaKey(token.norm)} : {mark: token.norm})
  }
  return steps
}

/**
 * The steps of every phrase of `phrases`. The build writes the built-in
 * lists' (scripts/bundle.mjs) so that preparing them neither tokenizes the
 * phrases nor asks the lemmatizer anything: tokenizing took some 6 ms of a
 * one-file run's set-up, lemmatizing some 30 ms, most of it its cold start,
 * which falls on the article's words instead.
 */
export function phraseSteps(phrases: Iterable<string>): Record<string, Step[]> {
  const steps: Record<string, Step[]> = {}
  for (const phrase of phrases) steps[phrase] = stepsOf(phrase)
  return steps
}

/** The steps the build wrote to its data file `name` (see phraseSteps); none running from source. */
export function builtPhraseSteps(name: string): ReadonlyMap<string, readonly Step[]> {
  const path = builtDataFile(name)
  return new Map(path === undefined ? [] : Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, Step[]>))
}

interface Entry<T> {
  steps: readonly Step[]
  value: T
}

export interface LemmaMatch<T> {
  /** Token indexes of the first and last token, inclusive. */
  first: number
  last: number
  /** Indexes in the text, half-open. */
  start: number
  end: number
  value: T
}

export class LemmaPhrases<T> {
  /** Entries by the lemma (or mark) of their first step. */
  private readonly byFirst = new Map<string, Array<Entry<T>>>()
  /** The shapes of the keys of `byFirst`: a word whose lemma has none starts no entry, told before a hash lookup (most words). */
  private readonly firstShapes = new Shapes()
  /** Whether any entry starts with a mark: else marks are passed over. */
  private markStarts = false

  /** `known`: phrases' steps computed beforehand (phraseSteps), taken in place of their own. */
  constructor(private readonly known: ReadonlyMap<string, readonly Step[]> = new Map()) {}

  add(phrase: string, value: T): void {
    const steps = this.known.get(phrase) ?? stepsOf(phrase)
    const first = steps[0]
    if (!first || 'gap' in first) return
    const key = 'lemma' in first ? first.lemma : first.mark
    if ('mark' in first) this.markStarts = true
    const list = this.byFirst.get(key) ?? []
    list.push({steps, value})
    this.byFirst.set(key, list)
    this.firstShapes.add(key)
  }

  /**
   * Every match in a text's tokens (a block's `block.tokens`), the longest
   * at each start, left to right without overlaps. A word's lemma is its
   * token's lexeme's (read, not looked up: see text/lexemes.ts), or else
   * `lemmaKey` of its token's lowercase.
   */
  match(tokens: readonly Token[]): Array<LemmaMatch<T>> {
    const found: Array<LemmaMatch<T>> = []
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!
      // A mark starts a phrase as itself; a word by its lemma.
      const first = token.word ? lemmaOf(token) : this.markStarts ? token.norm : undefined
      const candidates = first !== undefined && this.firstShapes.hasWord(first) ? this.byFirst.get(first) : undefined
      if (!candidates || hyphenJoined(tokens, index)) continue
      let best: LemmaMatch<T> | undefined
      for (const entry of candidates) {
        const last = matchFrom(entry.steps, 1, index + 1, tokens)
        if (last === undefined || hyphenJoined(tokens, last + 1)) continue
        if (!best || last > best.last) best = {first: index, last, start: tokens[index]!.start, end: tokens[last]!.end, value: entry.value}
      }
      if (best) {
        found.push(best)
        index = best.last
      }
    }
    return found
  }
}

/** The index of the last token matched by `steps` from `step` on, starting at token `at`; undefined for no match. */
function matchFrom(steps: readonly Step[], step: number, at: number, tokens: readonly Token[]): number | undefined {
  if (step === steps.length) return at - 1
  const current = steps[step]!
  if ('gap' in current) {
    // Fewest skipped tokens first: the tightest match. Quotes and other
    // marks inside the gap are free; words count.
    let words = 0
    for (let skip = 0; at + skip <= tokens.length; skip++) {
      if (skip > 0) {
        const skipped = tokens[at + skip - 1]!
        if (sentenceEnds.has(skipped.norm)) return undefined
        if (skipped.word && ++words > gapSize) return undefined
      }
      const last = matchFrom(steps, step + 1, at + skip, tokens)
      if (last !== undefined) return last
    }
    return undefined
  }
  if (at >= tokens.length) return undefined
  const wanted = 'lemma' in current ? current.lemma : current.mark
  const token = tokens[at]!
  return (token.word ? lemmaOf(token) : token.norm) === wanted ? matchFrom(steps, step + 1, at + 1, tokens) : undefined
}

/** A word token's lemma: its lexeme's, or looked up for a token without one. */
function lemmaOf(token: Token): string {
  return token.lexeme ? token.lexeme.lemma : lemmaKey(token.norm)
}
