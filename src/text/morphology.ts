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
// The build also writes what `lemmaKey`, `isEnglishWord` and `commonTags`
// answer for every form whose answers are not a non-word's (the word table,
// `packWordTable`): a run that meets thousands of forms for the first time
// finds each in one binary search rather than in some fifteen lookups of the
// lemmatizer and the lexicon (about 6 µs a form).
import {builtDataFile} from './built-data.js'
import {remember} from './memo.js'
import {packLines, readPackedLines, type PackedLines} from './packed-lines.js'
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
  const key = keys.get(word)
  if (key !== undefined) return key
  const table = wordTable()
  return remember(keys, word, table ? table.lemmaKey(word) : lemmatize(word))
}

/** `lemmaKey` from wink's lemmatizer: what the word table holds. */
function lemmatize(word: string): string {
  let key: string
  lemmatizer ??= requireWink('wink-lemmatizer') as Lemmatizer
  const verb = lemmatizer.verb(word)
  if (verb !== word) key = verb
  else {
    const noun = lemmatizer.noun(word)
    key = noun !== word ? lemmatizer.verb(noun) : lemmatizer.adjective(word)
  }
  return key
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
  const table = wordTable()
  return remember(englishWords, word, table ? table.english(word) : lookUpEnglish(word, lemmaKey(word)))
}

/** `isEnglishWord` from the lexicon, given the word's lemma key: what the word table holds. */
function lookUpEnglish(word: string, key: string): boolean {
  const {tags, words} = loadLexicon()
  return tags[word] !== undefined || words[word] !== undefined || words[key] !== undefined
}

/**
 * Whether a lowercase word is in the tagger's lexicon (`commonTags`), asked
 * of many strings that are no words (misspelling's candidates): once the
 * word table is read, a search in it, kept nowhere. Not counted towards
 * reading the table: a candidate costs the lexicon one lookup, not fifteen.
 */
export function isCommonWord(word: string): boolean {
  return table ? table.common(word) : commonTags(word) !== undefined
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

export const wordTableFile = 'word-table.txt'
/**
 * A line of the word table is `form<TAB>flags[cut lemma-end]`: the flags a
 * character from `zero` (`englishFlag`, `commonFlag`); then, where the lemma
 * key is not the form, how many characters of the form's end to cut (a
 * character from `zero`) and what to put in their place: "meetings 14" is
 * English, not in the tagger's lexicon, and "meet".
 */
const zero = 48
const englishFlag = 1
const commonFlag = 2
/** First-seen forms looked up before the table is read: a one-file run meets a few hundred, and reading the table costs about 5 ms. */
const formsBeforeTable = 2000
let table: WordTable | null | undefined
let formsLookedUp = 0

/** The build's word table once the run has looked up `formsBeforeTable` forms; undefined before, and running from source. */
function wordTable(): WordTable | undefined {
  if (table === undefined && ++formsLookedUp > formsBeforeTable) {
    const path = builtDataFile(wordTableFile)
    table = path === undefined ? null : new WordTable(readPackedLines(path))
  }
  return table ?? undefined
}

/** The word table's answers for one form (see `packWordTable`): each one search, no copy of the line. */
export class WordTable {
  constructor(private readonly lines: PackedLines) {}

  /** `lemmaKey` of `word`. */
  lemmaKey(word: string): string {
    const line = this.lines.find(word)
    const cut = line === -1 ? -1 : this.lines.valueCode(line, 1)
    return cut === -1 ? word : word.slice(0, word.length - (cut - zero)) + this.lines.value(line, 2)
  }

  /** `isEnglishWord` of `word`. */
  english(word: string): boolean {
    return (this.flags(word) & englishFlag) !== 0
  }

  /** Whether `commonTags` of `word` has an answer. */
  common(word: string): boolean {
    return (this.flags(word) & commonFlag) !== 0
  }

  private flags(word: string): number {
    const line = this.lines.find(word)
    return line === -1 ? 0 : this.lines.valueCode(line, 0) - zero
  }
}

/** Suffixes the lemmatizer takes off a form, each with what it puts back (wink-lemmatizer's verb, noun and adjective rules). */
const inflections = [
  ['s', ''], ['ies', 'y'], ['es', ''], ['ed', ''], ['ing', ''], ['es', 'e'], ['ed', 'e'], ['ing', 'e'],
  ['ses', 's'], ['xes', 'x'], ['zes', 's'], ['ves', 'f'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'],
  ['est', ''], ['er', ''], ['est', 'e'], ['er', 'e']
] as const

/**
 * The word table (see `wordTableFile`), from wink-lexicon's keys: WordNet's
 * words, the tagger's, and the irregular forms. The lemmatizer changes a form
 * only when it is an irregular form or when one of its suffix rules turns it
 * into a word of WordNet, so every form it changes is among those keys and
 * their inflections (`inflections`), and every English word is among the keys
 * or changed into one: a form not in the table is none of these, its own
 * lemma key, and no English word. Answered by wink (`lemmatize`), never by a
 * table a build wrote before.
 */
export function packWordTable(keys: {words: Iterable<string>; tags: Iterable<string>; irregular: Iterable<string>}): string {
  const forms = new Set([...keys.words, ...keys.tags, ...keys.irregular])
  for (const word of keys.words) {
    for (const [suffix, ending] of inflections) if (word.endsWith(ending)) forms.add(word.slice(0, word.length - ending.length) + suffix)
  }
  const entries: Array<[string, string]> = []
  for (const form of forms) {
    const key = lemmatize(form)
    const flags = (lookUpEnglish(form, key) ? englishFlag : 0) | (commonTags(form) !== undefined ? commonFlag : 0)
    if (key === form && flags === 0) continue
    let same = 0
    while (same < key.length && same < form.length && key.charCodeAt(same) === form.charCodeAt(same)) same++
    const cut = key === form ? '' : String.fromCharCode(zero + form.length - same) + key.slice(same)
    if (zero + form.length - same > 0x7e) throw new Error(`cannot pack the lemma key of \`${form}\``)
    entries.push([form, String.fromCharCode(zero + flags) + cut])
  }
  return packLines(entries)
}
