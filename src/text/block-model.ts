// The article model of one prose block: what several rules read, built once
// on first use and kept with the block, so no rule tokenizes for itself and
// no answer depends on which rule asked first. Every index is into
// `text.value`; `text.range` turns them into file offsets.
//   tokens     words and marks, from the one tokenizer (text/phrases.ts),
//              each word with its lexeme (text/lexemes.ts)
//   words      joined words ("state-owned", "China’s"), a view of the tokens,
//              with lowercase, lemma and function-word flag
//   sentences  the sentences parse-english found, cut at line breaks
//   nameSpans  runs of capitalized words: candidate multi-word names
//   titleCase  whether the block reads as a Title Case headline
import type {Paragraph} from 'nlcst'
import {isTitleCase, findNameSpans, type NameSpan} from './name-spans.js'
import {tokenize, type Token} from './phrases.js'
import {ProseText} from './prose-text.js'
import {sentenceSpans, type SentenceSpan} from './sentences.js'
import type {Lexicon} from './lexemes.js'
import {joinedWords, type Word} from './words.js'

export class BlockModel {
  private knownText: ProseText | undefined = undefined
  private knownTokens: readonly Token[] | undefined = undefined
  private knownWords: readonly Word[] | undefined = undefined
  private knownSentences: readonly SentenceSpan[] | undefined = undefined
  private knownNameSpans: readonly NameSpan[] | undefined = undefined
  private knownTitleCase: boolean | undefined = undefined

  /**
   * `lexicon`: the article's, shared by its blocks. `file`: the file's text,
   * when the block was parsed from one run of it (see ProseText).
   */
  constructor(
    readonly node: Paragraph,
    private readonly lexicon: Lexicon,
    private readonly file?: string
  ) {}

  /** The block's words as one string, with file offsets. */
  get text(): ProseText {
    return (this.knownText ??= new ProseText(this.node, this.file))
  }

  /** Words and marks in order, each word with its lexeme: see `tokenize`. */
  get tokens(): readonly Token[] {
    return (this.knownTokens ??= tokenize(this.text.value, this.lexicon))
  }

  /** Letters and digits joined by apostrophes and hyphens, with their lowercase and lemma. */
  get words(): readonly Word[] {
    return (this.knownWords ??= joinedWords(this.text.value, this.tokens, this.lexicon))
  }

  get sentences(): readonly SentenceSpan[] {
    return (this.knownSentences ??= sentenceSpans(this.node, this.text.value, this.file !== undefined))
  }

  /** Runs of two or more capitalized words, connectors inside, as token indexes. */
  get nameSpans(): readonly NameSpan[] {
    return (this.knownNameSpans ??= findNameSpans(this.text.value, this.tokens))
  }

  get titleCase(): boolean {
    return (this.knownTitleCase ??= isTitleCase(this.text.value, this.tokens))
  }
}
