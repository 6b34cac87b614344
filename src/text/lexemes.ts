// What a word is whatever its place, found once per lowercase form (a
// Lexeme) and kept for the run: its lemma, whether it is a function word,
// whether it is English, and a number for the form and one for its lemma.
// A block's word tokens each carry theirs (`Token.lexeme`), looked up once
// as the block is tokenized, and its joined words share them
// (`Word.lexeme`): every rule that asks about a word then reads a field
// rather than hashing the word's string into a table of thousands again.
// An article of 600 words has about 300 forms, most of them met in the
// articles before.
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
  /** The next form number: never given twice, even after the table is emptied. */
  private forms = 0

  of(lower: string): Lexeme {
    let lexeme = this.byLower.get(lower)
    if (lexeme === undefined) this.byLower.set(lower, (lexeme = new Lexeme(lower, this.forms++, this)))
    return lexeme
  }

  /** Called before an article's words are looked up: the only place the table is emptied when full. */
  startArticle(): void {
    if (memoFull(this.byLower)) this.byLower.clear()
  }
}

/** The lexicon every article's blocks share. */
export const sharedLexicon = new Lexicon()
