// What a word is whatever its place, found once per lowercase form (a
// Lexeme) and kept for the run: its lemma, whether it is a function word,
// whether it is English, and a number for the form and one for its lemma.
// A block's word tokens each carry theirs (`Token.lexeme`), looked up once
// as the block is tokenized, and its joined words share them
// (`Word.lexeme`): every rule that asks about a word then reads a field
// rather than hashing the word's string into a table of thousands again.
// An article of 600 words has about 300 forms, most of them met in the
// articles before.
import {isAsciiCapital} from './chars.js'
import {isFunctionWord} from './function-words.js'
import {memoFull} from './memo.js'
import {isEnglishWord, lemmaKey} from './morphology.js'

export class Lexeme {
  private knownLemma: string | undefined = undefined
  private knownLemmaForm: number | undefined = undefined
  private knownFunctionWord: boolean | undefined = undefined
  private knownEnglish: boolean | undefined = undefined

  constructor(
    /** The form: lowercase, as the word's tokenizer or `Word.lower` gives it. */
    readonly lower: string,
    /**
     * A number for the form: two lexemes of one article have the same
     * number exactly when their `lower` is the same (see `Lexicon.startArticle`),
     * so rules compare words by a number rather than by a string.
     */
    readonly form: number,
    private readonly lexicon: Lexicon
  ) {}

  /** One form for all its inflections (took, taking → take): `lemmaKey` of `lower`. */
  get lemma(): string {
    return (this.knownLemma ??= lemmaKey(this.lower))
  }

  /** The `form` number of the lemma: equal for two words of an article exactly when their lemmas are. */
  get lemmaForm(): number {
    return (this.knownLemmaForm ??= this.lexicon.of(this.lemma).form)
  }

  get functionWord(): boolean {
    return (this.knownFunctionWord ??= isFunctionWord(this.lower))
  }

  get english(): boolean {
    return (this.knownEnglish ??= isEnglishWord(this.lower))
  }
}

/**
 * Lexemes by lowercase form. A lexeme is what its form is, wherever it
 * stands, so one table serves every article of a run (`sharedLexicon`): a
 * table per article made each article build again the lexemes of the same
 * everyday words and ask the memos behind them again. Bounded as memo.ts
 * bounds a memo, but emptied only between articles, so that within one
 * article a form keeps its lexeme and its number.
 */
export class Lexicon {
  private readonly byLower = new Map<string, Lexeme>()
  /**
   * The lexemes of plain ASCII words again, by a hash of their characters,
   * open addressing (see `ofAscii`): a power of two long, at most half full.
   */
  private asciiSlots = new Array<Lexeme | undefined>(1024).fill(undefined)
  private asciiCount = 0
  /** The next form number: never given twice, even after the table is emptied. */
  private forms = 0

  of(lower: string): Lexeme {
    let lexeme = this.byLower.get(lower)
    if (lexeme === undefined) this.byLower.set(lower, (lexeme = new Lexeme(lower, this.forms++, this)))
    return lexeme
  }

  /**
   * The lexeme of the lowercase of `text[start, end)`, ASCII letters and
   * digits only: `of` that lowercase, found without making the string when
   * the run has met the form before, as it has most words. The tokenizer
   * takes the lexeme's `lower` as the token's: no string is sliced,
   * lowercased and looked up for most words of every block.
   */
  ofAscii(text: string, start: number, end: number): Lexeme {
    const slots = this.asciiSlots
    const mask = slots.length - 1
    const length = end - start
    let index = asciiHash(text, start, end) & mask
    for (let slot = slots[index]; slot !== undefined; slot = slots[index]) {
      if (slot.lower.length === length && sameAsciiLower(slot.lower, text, start)) return slot
      index = (index + 1) & mask
    }
    const value = text.slice(start, end)
    const lexeme = this.of(hasAsciiCapital(value) ? value.toLowerCase() : value)
    slots[index] = lexeme
    if (++this.asciiCount * 2 > slots.length) this.growAsciiSlots()
    return lexeme
  }

  private growAsciiSlots(): void {
    const old = this.asciiSlots
    const slots = new Array<Lexeme | undefined>(old.length * 2).fill(undefined)
    const mask = slots.length - 1
    for (const lexeme of old) {
      if (lexeme === undefined) continue
      let index = asciiHash(lexeme.lower, 0, lexeme.lower.length) & mask
      while (slots[index] !== undefined) index = (index + 1) & mask
      slots[index] = lexeme
    }
    this.asciiSlots = slots
  }

  /** Called before an article's words are looked up: the only place the tables are emptied, when full. */
  startArticle(): void {
    if (!memoFull(this.byLower)) return
    this.byLower.clear()
    this.asciiSlots = new Array<Lexeme | undefined>(1024).fill(undefined)
    this.asciiCount = 0
  }
}

/** A hash of the lowercase of `text[start, end)`, ASCII letters and digits, whose lowercase is the code with bit 0x20 set. */
function asciiHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ (text.charCodeAt(i) | 0x20), 0x01000193)
  return (hash ^ (hash >>> 15)) >>> 0
}

/** Whether `lower` is the lowercase of the ASCII letters and digits of `text` from `start`, as long as `lower`. */
function sameAsciiLower(lower: string, text: string, start: number): boolean {
  for (let i = 0; i < lower.length; i++) if (lower.charCodeAt(i) !== (text.charCodeAt(start + i) | 0x20)) return false
  return true
}

function hasAsciiCapital(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (isAsciiCapital(value.charCodeAt(i))) return true
  return false
}

/** The lexicon every article's blocks share. */
export const sharedLexicon = new Lexicon()
