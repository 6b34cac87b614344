// The build's word table (dist/data/word-table.txt, scripts/bundle.mjs)
// answers lemmaKey, isEnglishWord and commonTags for a long run in place of
// wink's lemmatizer and lexicon: its answers must be theirs, for the forms
// it holds and for those it leaves out. Running from source there is no
// table, so the functions below answer from wink itself.
import assert from 'node:assert/strict'
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {test} from 'node:test'
import {mapModules, tagsModule, wordsModule} from '../../src/cli/lexicon.js'
import {commonTags, isEnglishWord, lemmaKey, packWordTable, WordTable, wordTableFile} from '../../src/text/morphology.js'
import {PackedLines, readPackedLines} from '../../src/text/packed-lines.js'
import {slow} from '../slow.js'

const require = createRequire(import.meta.url)
const built = new URL(`../../dist/data/${wordTableFile}`, import.meta.url)
const notBuilt = !existsSync(built) && 'not built (npm run build)'

/** What the table says of each word, beside what wink says. */
function answers(table: WordTable, words: readonly string[]) {
  return {
    table: words.map((word) => [word, table.lemmaKey(word), table.english(word), table.common(word)]),
    wink: words.map((word) => [word, lemmaKey(word), isEnglishWord(word), commonTags(word) !== undefined])
  }
}

test('word table: a form in it gets its lemma key and flags, any other itself and no flags', () => {
  const table = new WordTable(new PackedLines(packWordTable({words: ['meet', 'meeting', 'city', 'knife', 'big', 'box'], tags: ['the', 'took'], irregular: ['took', 'met', 'knives', 'bigger', 'biggest']})))
  assert.equal(table.lemmaKey('meetings'), 'meet')
  assert.equal(table.lemmaKey('cities'), 'city')
  assert.equal(table.lemmaKey('knives'), 'knife')
  assert.equal(table.lemmaKey('took'), 'take')
  assert.equal(table.lemmaKey('boxes'), 'box')
  assert.equal(table.lemmaKey('meet'), 'meet')
  assert.deepEqual([table.english('knives'), table.common('knives')], [true, false])
  assert.deepEqual([table.english('the'), table.common('the')], [true, true])
  // Not in the table: as written, and nothing known.
  for (const word of ['inspecton', 'qqzx', '', 'Meetings', '__proto__']) assert.deepEqual([table.lemmaKey(word), table.english(word), table.common(word)], [word, false, false], word)
  // Every form this table holds answers as wink does.
  const {table: fromTable, wink} = answers(table, ['meet', 'meets', 'meeting', 'meetings', 'met', 'cities', 'city', 'knives', 'bigger', 'biggest', 'boxes', 'the', 'took', 'inspecton', 'qqzx'])
  assert.deepEqual(fromTable, wink)
})

test('word table: the built table answers as wink does, in and out of the table', {skip: notBuilt}, () => {
  const table = new WordTable(readPackedLines(built.pathname))
  const words = Object.keys(require(wordsModule) as Record<string, number>)
  const sample = words.filter((_, index) => index % 97 === 0)
  const inflected = sample.flatMap((word) => [`${word}s`, `${word}es`, `${word}ed`, `${word}ing`, `${word}er`, `${word}est`, `${word.slice(0, -1)}ies`, `${word.slice(0, -1)}ing`])
  const irregular = Object.keys(mapModules)
    .filter((id) => id !== tagsModule)
    .flatMap((id) => Object.keys(require(id) as Record<string, unknown>).filter((_, index) => index % 41 === 0))
  const everyday = 'The district took the initiative to invite bigger firms and the mayor went to analyses of data meetings were held'.split(' ')
  const others = ['inspecton', 'procesing', 'xiaoping', 'beijing', 'Beijing', 'uavs', 'shanhgai', 'covid-19', '2020s', 'state-owned', 'runing', '']
  const {table: fromTable, wink} = answers(table, [...sample, ...inflected, ...irregular, ...everyday, ...everyday.map((word) => word.toLowerCase()), ...others])
  assert.deepEqual(fromTable, wink)
})

test('word table: the built table is what wink-lexicon and wink-lemmatizer make of every form', {...slow, skip: slow.skip || notBuilt}, () => {
  const text = packWordTable({
    words: Object.keys(require(wordsModule) as Record<string, number>),
    tags: Object.keys(require(tagsModule) as Record<string, unknown>),
    irregular: Object.keys(mapModules)
      .filter((id) => id !== tagsModule)
      .flatMap((id) => Object.keys(require(id) as Record<string, unknown>))
  })
  assert.ok(text === readFileSync(built, 'latin1'), 'the built table differs from the one computed from wink')
})
