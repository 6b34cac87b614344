// English spelling from the unified ecosystem's own parts: nspell with
// dictionary-en (Hunspell's en_US); callers ask it only about words the wink
// lexicon (src/text/morphology.ts) does not know. nspell builds the
// dictionary by applying every affix rule to every word: about 1.3 s and
// 30 MB of memory, in each process that needs it. So the build does it once
// (scripts/bundle.mjs) and writes down what nspell's `correct` reads of the
// result (nspell/lib/util/form.js and exact.js): every form it knows with the
// flags `correct` asks about, as packed lines (dist/data/spelling.txt,
// searched in place), and the compound rules and input conversions
// (spelling.json). `isSpelledRight` answers from them as `correct` would;
// running from source, where there are none, nspell builds the dictionary.
// Both packages are loaded through createRequire, and dictionary-en's files
// are read from its folder: it is an ES module that finds them through
// import.meta.url, which a bundle does not keep.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {builtDataFile} from './built-data.js'
import {packLines, readPackedLines, type PackedLines} from './packed-lines.js'

/** What nspell's `correct` reads of a built dictionary. */
export interface NspellDictionary {
  correct(word: string): boolean
  /** Each form → the flag codes of the word it came from. */
  data: Record<string, string[]>
  flags: Record<string, unknown>
  compoundRules: RegExp[]
  conversion: {in: Array<[RegExp, string]>}
}

/** The flags `correct` asks about, by the letter the packed line gives each. */
const flagLetters = {FORBIDDENWORD: 'f', KEEPCASE: 'k', ONLYINCOMPOUND: 'c'} as const
type Letter = (typeof flagLetters)[keyof typeof flagLetters]

export const spellingFile = 'spelling.txt'
export const spellingRulesFile = 'spelling.json'

interface SpellingRules {
  compoundMin: number
  compoundRules: Array<[source: string, flags: string]>
  conversions: Array<[source: string, flags: string, replacement: string]>
}

const require = createRequire(import.meta.url)
let speller: ((word: string) => boolean) | undefined

/** nspell's dictionary, built from dictionary-en (about 1.3 s). */
export function buildNspell(): NspellDictionary {
  const folder = dirname(require.resolve('dictionary-en'))
  const nspell = require('nspell') as (aff: Buffer, dic: Buffer) => NspellDictionary
  return nspell(readFileSync(join(folder, 'index.aff')), readFileSync(join(folder, 'index.dic')))
}

/** What `correct` reads of `dictionary`: the packed forms with their flag letters, and the rules. */
export function packSpelling(dictionary: NspellDictionary): {lines: string; rules: string} {
  const {data, flags} = dictionary
  const letters = (codes: string[]) =>
    Object.entries(flagLetters)
      .filter(([name]) => name in flags && codes.includes(flags[name] as string))
      .map(([, letter]) => letter)
      .join('')
  const rules: SpellingRules = {
    compoundMin: Number(flags['COMPOUNDMIN']),
    compoundRules: dictionary.compoundRules.map((rule) => [rule.source, rule.flags]),
    conversions: dictionary.conversion.in.map(([pattern, replacement]) => [pattern.source, pattern.flags, replacement])
  }
  return {lines: packLines(Object.keys(data).map((form) => [form, letters(data[form]!)])), rules: JSON.stringify(rules)}
}

/** `correct` of nspell (form.js, exact.js) over the packed dictionary. */
export function packedSpeller(forms: PackedLines, rulesText: string): (word: string) => boolean {
  const rules = JSON.parse(rulesText) as SpellingRules
  const compoundRules = rules.compoundRules.map(([source, flags]) => new RegExp(source, flags))
  const conversions = rules.conversions.map(([source, flags, replacement]) => [new RegExp(source, flags), replacement] as const)
  /** The flag letters of a known form, or undefined. */
  const flagsOf = (form: string) => {
    const line = forms.find(form)
    return line === -1 ? undefined : forms.value(line)
  }
  const has = (form: string, letter: Letter) => flagsOf(form)?.includes(letter) ?? false
  const exact = (form: string) => {
    const found = flagsOf(form)
    if (found !== undefined) return !found.includes(flagLetters.ONLYINCOMPOUND)
    return form.length >= rules.compoundMin && compoundRules.some((rule) => rule.test(form))
  }
  const ignored = (form: string) => has(form, flagLetters.KEEPCASE) || has(form, flagLetters.FORBIDDENWORD)
  return (word) => {
    let normal = word.trim()
    if (!normal) return false
    for (const [pattern, replacement] of conversions) normal = normal.replace(pattern, replacement)
    if (exact(normal)) return !has(normal, flagLetters.FORBIDDENWORD)
    // Sentence case for a word in capitals, then lowercase.
    if (normal.toUpperCase() === normal) {
      const sentenceCase = normal.charAt(0) + normal.slice(1).toLowerCase()
      if (ignored(sentenceCase)) return false
      if (exact(sentenceCase)) return true
    }
    const lower = normal.toLowerCase()
    return lower !== normal && !ignored(lower) && exact(lower)
  }
}

function loadSpeller(): (word: string) => boolean {
  const lines = builtDataFile(spellingFile)
  const rules = builtDataFile(spellingRulesFile)
  if (lines && rules) return packedSpeller(readPackedLines(lines), readFileSync(rules, 'utf8'))
  const dictionary = buildNspell()
  return (word) => dictionary.correct(word)
}

/** Whether Hunspell's en_US dictionary accepts `word` as written (case matters: "beijing" is wrong). */
export function isSpelledRight(word: string): boolean {
  speller ??= loadSpeller()
  return speller(word)
}
