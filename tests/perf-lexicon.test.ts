// The packed WordNet list the CLI gives wink (src/cli/lexicon.ts) answers
// every lookup as wink-lexicon's own modules do, so lemmas and tags do not
// change with it.
import assert from 'node:assert/strict'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {test} from 'node:test'
import {installPackedLexicon, packLexicon, sensesModule, wordsModule} from '../src/cli/lexicon.js'

const require = createRequire(import.meta.url)
interface Lemmatizer {
  verb(word: string): string
  noun(word: string): string
  adjective(word: string): string
}

test('lexicon: the packed list answers every word and sense as wink-lexicon does', () => {
  const words = require(wordsModule) as Record<string, number>
  const senses = require(sensesModule) as number[][]
  const lemmatizer = require('wink-lemmatizer') as Lemmatizer
  const sample = ['took', 'initiatives', 'meetings', 'bigger', 'went', 'strengthening', 'cooperation', 'analyses', 'led', 'data', 'xyzzy']
  const lemmas = sample.map((word) => [lemmatizer.verb(word), lemmatizer.noun(word), lemmatizer.adjective(word)])

  const file = join(mkdtempSync(join(tmpdir(), 'copydesk-lexicon-')), 'wordnet.txt')
  writeFileSync(file, packLexicon(words, senses))
  for (const id of [wordsModule, sensesModule, 'wink-lemmatizer']) delete require.cache[require.resolve(id)]
  installPackedLexicon(pathToFileURL(file))
  const packedWords = require(wordsModule) as Record<string, number>
  const packedSenses = require(sensesModule) as number[][]
  assert.notEqual(packedWords, words)

  for (const [word, index] of Object.entries(words)) {
    assert.equal(packedWords[word], index, word)
    assert.deepEqual(packedSenses[index], senses[index], word)
  }
  for (const missing of ['', 'zzzzzz', '__proto__', 'toString', 'Aaa']) assert.equal(packedWords[missing], undefined, missing)
  assert.equal(packedSenses.length, senses.length)
  assert.equal(packedSenses[senses.length], undefined)

  const fresh = require('wink-lemmatizer') as Lemmatizer
  assert.notEqual(fresh, lemmatizer)
  assert.deepEqual(sample.map((word) => [fresh.verb(word), fresh.noun(word), fresh.adjective(word)]), lemmas)
})

test('lexicon: without the packed file nothing changes', () => {
  const before = require.cache[require.resolve(wordsModule)]
  installPackedLexicon(pathToFileURL(join(tmpdir(), 'copydesk-no-such-lexicon.txt')))
  assert.equal(require.cache[require.resolve(wordsModule)], before)
})
