// Words as the rules that compare words rather than match phrases see them
// (duplicated-phrase, merged-sentence, mixed-case-name): letters and digits
// joined by apostrophes and hyphens, "state-owned", "China’s". A block's are
// `block.words`, a view of its tokens: the tokenizer's words joined where one
// ASCII hyphen stands between them.
import {charLength, isAsciiAlphanumeric, isAsciiCapital} from './chars.js'
import {lemmaKey} from './morphology.js'
import type {Token} from './phrases.js'

export class Word {
  private knownText: string | undefined = undefined
  private knownLower: string | undefined = undefined
  private knownLemma: string | undefined = undefined

  constructor(
    /** The block's text the word stands in. */
    private readonly source: string,
    /** Indexes in that text, half-open. */
    readonly start: number,
    readonly end: number
  ) {}

  /** The word as written. */
  get text(): string {
    return (this.knownText ??= this.source.slice(this.start, this.end))
  }

  get lower(): string {
    return (this.knownLower ??= this.text.toLowerCase())
  }

  /** One form for all its inflections (took, taking → take): `lemmaKey` of `lower`. */
  get lemma(): string {
    return (this.knownLemma ??= lemmaKey(this.lower))
  }

  /** Whether it starts with a capital letter. */
  get capital(): boolean {
    const code = this.source.charCodeAt(this.start)
    return code < 0x80 ? isAsciiCapital(code) : capitalStart.test(this.text)
  }
}

const capitalStart = /^\p{Lu}/u
/** A combining mark: the tokenizer keeps it in a word, a joined word does not. */
const combiningMark = /\p{M}/u

/** The joined words of `value`, whose tokens are `tokens`. */
export function joinedWords(value: string, tokens: readonly Token[]): Word[] {
  const words: Word[] = []
  // Rare text with combining marks: scan it as the pattern says.
  if (combiningMark.test(value)) {
    eachJoinedWord(value, (start, end) => words.push(new Word(value, start, end)))
    return words
  }
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!
    if (!first.word) continue
    let end = first.end
    // "state-owned": the next word follows one ASCII hyphen.
    while (i + 1 < tokens.length && tokens[i + 1]!.word && tokens[i + 1]!.start === end + 1 && value.charCodeAt(end) === 0x2d) end = tokens[++i]!.end
    words.push(new Word(value, first.start, end))
  }
  return words
}

/** Such a word, sticky: see `joinedWordEnd`. */
const joinedWordAt = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/uy

/**
 * Calls `each` with the start and end of every joined word of `text`, in
 * order: what `matchAll` with `joinedWordAt`'s pattern finds, without a
 * match object per word. For text that is not a block's (a block's are
 * `block.words`).
 */
export function eachJoinedWord(text: string, each: (start: number, end: number) => void): void {
  let at = 0
  while (at < text.length) {
    const end = joinedWordEnd(text, at)
    if (end > at) {
      each(at, end)
      at = end
    } else {
      // Not a word's start: pass one character, a surrogate pair whole.
      at += charLength(text, at)
    }
  }
}

/**
 * Where the joined word starting at `at` ends, or `at` when none starts
 * there. Plain ASCII words are scanned by hand; the pattern decides the rest.
 */
function joinedWordEnd(text: string, at: number): number {
  const code = text.charCodeAt(at)
  if (code < 0x80) {
    if (!isAsciiAlphanumeric(code)) return at
    let end = at + 1
    while (end < text.length && isAsciiAlphanumeric(text.charCodeAt(end))) end++
    // Done unless an apostrophe, a hyphen or a non-ASCII letter may go on with the word.
    const next = text.charCodeAt(end)
    if (next !== 0x27 && next !== 0x2d && !(next >= 0x80)) return end
  }
  joinedWordAt.lastIndex = at
  return joinedWordAt.test(text) ? joinedWordAt.lastIndex : at
}
