// English morphology from winkjs: WordNet lemmas (wink-lemmatizer) and a
// part-of-speech tagger (wink-pos-tagger) built on the same lexicon.
// Measured on the 98,000 words of the WMT references: wink-lemmatizer
// maps irregular forms right (took → take, led → lead, went → go) where
// en-inflectors errs (went → wend, this → thbe) and compromise, word by word,
// leaves forms alone (taken, strengthened); cached, it does 2.7 million
// words/s (compromise's whole-document analysis: 10,000). The tagger (130,000
// words/s) and wink-lexicon's word lists answer what a word can be. The
// lexicon costs about 0.4 s to load, so it is loaded on first use, not with
// the CLI.
import {remember} from './memo.js'
import {requireWink} from './wink-modules.js'

interface Lemmatizer {
  verb(word: string): string
  noun(word: string): string
  adjective(word: string): string
}

export interface TaggedToken {
  value: string
  /** `word`, `number` or `punctuation`. */
  tag: string
  /** Penn Treebank tag: VB, VBD, NN, MD… */
  pos: string
  lemma?: string
}

interface Tagger {
  tagRawTokens(tokens: string[]): TaggedToken[]
}

let lemmatizer: Lemmatizer | undefined
let tagger: Tagger | undefined
let lexicon: Lexicon | undefined

interface Lexicon {
  /** The tagger's lexicon: word → the Penn tags it can take. */
  tags: Record<string, string[] | undefined>
  /** WordNet: word → index into `senses`. */
  words: Record<string, number | undefined>
  /** WordNet: the lexicographer files of each word's senses (3–28 nouns, 29–43 verbs). */
  senses: number[][]
}
/** The answers of `lemmaKey`, `isEnglishWord` and `possibleTags`, kept (see memo.ts). */
const keys = new Map<string, string>()
const englishWords = new Map<string, boolean>()
const tagLists = new Map<string, string[]>()

/**
 * One form for all inflections of a word, whatever its part of speech:
 * the verb lemma first (took, taking → take), else the noun's (initiatives →
 * initiative, then meetings → meeting → meet, so noun and verb forms meet),
 * else the adjective's (bigger → big). Lowercase in, lowercase out.
 */
export function lemmaKey(word: string): string {
  let key = keys.get(word)
  if (key !== undefined) return key
  lemmatizer ??= requireWink('wink-lemmatizer') as Lemmatizer
  const verb = lemmatizer.verb(word)
  if (verb !== word) key = verb
  else {
    const noun = lemmatizer.noun(word)
    key = noun !== word ? lemmatizer.verb(noun) : lemmatizer.adjective(word)
  }
  return remember(keys, word, key)
}

/** Penn Treebank tags for a sentence's tokens (words, numbers, punctuation), one per token. */
export function tagTokens(tokens: string[]): TaggedToken[] {
  tagger ??= (requireWink('wink-pos-tagger') as () => Tagger)()
  return tagger.tagRawTokens(tokens)
}

function loadLexicon(): Lexicon {
  lexicon ??= {
    tags: requireWink('wink-lexicon/src/lexicon.js') as Lexicon['tags'],
    words: requireWink('wink-lexicon/src/wn-words.js') as Lexicon['words'],
    senses: requireWink('wink-lexicon/src/wn-word-senses.js') as Lexicon['senses']
  }
  return lexicon
}

/**
 * The Penn tags of a lowercase word in the tagger's lexicon, the 13,000
 * words of everyday English; undefined for rarer words and most names.
 */
export function commonTags(word: string): string[] | undefined {
  return loadLexicon().tags[word]
}

/**
 * Whether a lowercase word is English: in the tagger's lexicon, or in WordNet
 * as it stands or as its lemma ("pinning" → "pin"). WordNet lists place names
 * in lowercase too ("beijing"), so a word found here may still be a name.
 */
export function isEnglishWord(word: string): boolean {
  const known = englishWords.get(word)
  if (known !== undefined) return known
  const {tags, words} = loadLexicon()
  return remember(englishWords, word, tags[word] !== undefined || words[word] !== undefined || words[lemmaKey(word)] !== undefined)
}

/**
 * The parts of speech a lowercase word can take: Penn tags from the tagger's
 * lexicon, else from WordNet (VB, NN, JJ, RB). The same list for the same
 * word each time (rules ask about every sentence's first word): read it,
 * never change it.
 */
export function possibleTags(word: string): readonly string[] {
  const known = tagLists.get(word)
  return known ?? remember(tagLists, word, lookUpTags(word))
}

function lookUpTags(word: string): string[] {
  const {words, senses} = loadLexicon()
  const known = commonTags(word)
  if (known) return known
  const index = words[word]
  if (index === undefined) return []
  const found = new Set<string>()
  for (const sense of senses[index] ?? []) {
    found.add(sense <= 1 || sense === 44 ? 'JJ' : sense === 2 ? 'RB' : sense <= 28 ? 'NN' : 'VB')
  }
  return [...found]
}
