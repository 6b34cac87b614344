// Words as the rules that compare words rather than match phrases see them
// (duplicated-phrase, merged-sentence, mixed-case-name): letters and digits
// joined by apostrophes and hyphens, "state-owned", "China’s". A block's are
// `block.words`, a view of its tokens: the tokenizer's words joined where one
// ASCII hyphen stands between them. What a word is whatever its place (its
// lemma, whether it is a function word) is its lexeme's (text/lexemes.ts),
// most often its token's.
import {charLength, combiningMark, isAsciiAlphanumeric, isAsciiCapital, mayHoldCombiningMark} from './chars.js'
import type {Lexeme, Lexicon} from './lexemes.js'
import {once} from './once.js'
import type {Token} from './phrases.js'

export class Word {
  private knownText: string | undefined = undefined

  constructor(
    /** The block's text the word stands in. */
    private readonly source: string,
    /** Indexes in that text, half-open. */
    readonly start: number,
    readonly end: number,
    /** What its lowercase form is, wherever it stands: see text/lexemes.ts. */
    readonly lexeme: Lexeme
  ) {}

  /** The word as written. */
  get text(): string {
    return (this.knownText ??= this.source.slice(this.start, this.end))
  }

  get lower(): string {
    return this.lexeme.lower
  }

  /** One form for all its inflections (took, taking → take): `lemmaKey` of `lower`. */
  get lemma(): string {
    return this.lexeme.lemma
  }

  /** A number for `lower`: two words of one article have the same exactly when their `lower` is the same. */
  get form(): number {
    return this.lexeme.form
  }

  /** A number for `lemma`, likewise: took and takes share one. */
  get lemmaForm(): number {
    return this.lexeme.lemmaForm
  }

  /** Whether it is a function word ("of", "the", "was"): see text/function-words.ts. */
  get functionWord(): boolean {
    return this.lexeme.functionWord
  }

  /** Whether its lowercase is an English word: `isEnglishWord` of `lower`. */
  get english(): boolean {
    return this.lexeme.english
  }

  /** Whether it starts with a capital letter. */
  get capital(): boolean {
    const code = this.source.charCodeAt(this.start)
    return code < 0x80 ? isAsciiCapital(code) : capitalStart.test(this.text)
  }
}

const capitalStart = /^\p{Lu}/u

/** The joined words of `value`, whose tokens are `tokens`; `lexicon` is the article's. */
export function joinedWords(value: string, tokens: readonly Token[], lexicon: Lexicon): Word[] {
  const words: Word[] = []
  const lexemeOf = (start: number, end: number) => lexicon.of(value.slice(start, end).toLowerCase())
  // Rare text with combining marks: scan it as the pattern says.
  if (mayHoldCombiningMark(value) && combiningMark.test(value)) {
    eachJoinedWord(value, (start, end) => words.push(new Word(value, start, end, lexemeOf(start, end))))
    return words
  }
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!
    if (!first.word) continue
    let end = first.end
    // "state-owned": the next word follows one ASCII hyphen.
    while (i + 1 < tokens.length && tokens[i + 1]!.word && tokens[i + 1]!.start === end + 1 && value.charCodeAt(end) === 0x2d) end = tokens[++i]!.end
    // A token's lexeme is the word's unless the word runs on or an apostrophe was straightened.
    const lexeme = end === first.end && first.lexeme && !first.norm.includes("'") ? first.lexeme : lexemeOf(first.start, end)
    words.push(new Word(value, first.start, end, lexeme))
  }
  return words
}

/** Such a word, sticky: see `joinedWordEnd`. */
const joinedWordAt = once(() => /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/uy)

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
  const pattern = joinedWordAt()
  pattern.lastIndex = at
  return pattern.test(text) ? pattern.lastIndex : at
}
