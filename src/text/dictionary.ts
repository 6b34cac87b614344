// English spelling from the unified ecosystem's own parts: nspell with
// dictionary-en (Hunspell's en_US). Building the dictionary costs about
// 1.9 s, so it is built on first use, and callers ask it only about words
// the wink lexicon (src/text/morphology.ts) does not know. Both packages are
// loaded through createRequire, outside the bundle, and dictionary-en's
// files are read from its folder: it is an ES module that finds them
// through import.meta.url, which a bundle does not keep.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'

interface Speller {
  correct(word: string): boolean
}

const require = createRequire(import.meta.url)
let speller: Speller | undefined

/** Whether Hunspell's en_US dictionary accepts `word` as written (case matters: "beijing" is wrong). */
export function isSpelledRight(word: string): boolean {
  if (!speller) {
    const folder = dirname(require.resolve('dictionary-en'))
    const nspell = require('nspell') as (aff: Buffer, dic: Buffer) => Speller
    speller = nspell(readFileSync(join(folder, 'index.aff')), readFileSync(join(folder, 'index.dic')))
  }
  return speller.correct(word)
}
