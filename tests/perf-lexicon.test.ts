// The packed lexicon the build bundles wink with (src/cli/lexicon.ts)
// answers every lookup as wink-lexicon's own modules do, so lemmas and tags
// do not change with it.
import assert from 'node:assert/strict'
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs'
import Module, {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {test} from 'node:test'
import {mapModules, packedLexicon, packLexicon, packMap, sensesModule, wordnetFile, wordsModule} from '../src/cli/lexicon.js'

const require = createRequire(import.meta.url)
interface Lemmatizer {
  verb(word: string): string
  noun(word: string): string
  adjective(word: string): string
}
interface Tagger {
  tagRawTokens(tokens: string[]): Array<{pos: string; lemma?: string}>
}
const sentence = 'The district took the initiative to invite bigger firms , and the mayor went to analyses of data .'.split(' ')
const sample = ['took', 'initiatives', 'meetings', 'bigger', 'went', 'strengthening', 'cooperation', 'analyses', 'led', 'data', 'xyzzy', 'constructor']

const built = new URL('../dist/data/wink.cjs', import.meta.url)

// First, while wink's own modules are as installed.
test('lexicon: the build\'s bundle of wink (dist/data/wink.cjs) lemmatizes and tags as wink does', {skip: !existsSync(built) && 'not built (npm run build)'}, () => {
  const bundle = require(fileURLToPath(built)) as {'wink-lemmatizer': Lemmatizer; 'wink-pos-tagger': () => Tagger}
  const lemmatizer = require('wink-lemmatizer') as Lemmatizer
  const lemmas = (from: Lemmatizer) => sample.map((word) => [from.verb(word), from.noun(word), from.adjective(word)])
  assert.notEqual(bundle['wink-lemmatizer'], lemmatizer)
  assert.deepEqual(lemmas(bundle['wink-lemmatizer']), lemmas(lemmatizer))
  assert.deepEqual(bundle['wink-pos-tagger']().tagRawTokens(sentence), (require('wink-pos-tagger') as () => Tagger)().tagRawTokens(sentence))
})

test('lexicon: the packed files answer every word, sense, tag and irregular form as wink-lexicon does', () => {
  const words = require(wordsModule) as Record<string, number>
  const senses = require(sensesModule) as number[][]
  const maps = Object.keys(mapModules).map((id) => require(id) as Record<string, unknown>)
  const lemmatizer = require('wink-lemmatizer') as Lemmatizer
  const lemmas = sample.map((word) => [lemmatizer.verb(word), lemmatizer.noun(word), lemmatizer.adjective(word)])
  const tags = (require('wink-pos-tagger') as () => Tagger)().tagRawTokens(sentence)

  const folder = mkdtempSync(join(tmpdir(), 'copydesk-lexicon-'))
  writeFileSync(join(folder, wordnetFile), packLexicon(words, senses))
  Object.entries(mapModules).forEach(([id, name]) => writeFileSync(join(folder, name), packMap(require(id) as Record<string, unknown>)))
  // wink's own code, requiring the stand-ins in place of wink-lexicon's modules, as in the build's bundle.
  for (const id of ['wink-lemmatizer', 'wink-pos-tagger']) delete require.cache[require.resolve(id)]
  for (const id of Object.keys(require.cache)) if (id.includes('/wink-pos-tagger/')) delete require.cache[id]
  for (const [id, exports] of Object.entries(packedLexicon(folder))) {
    const filename = require.resolve(id)
    const module = new Module(filename)
    module.filename = filename
    module.exports = exports
    module.loaded = true
    require.cache[filename] = module
  }

  const packedWords = require(wordsModule) as Record<string, number>
  const packedSenses = require(sensesModule) as number[][]
  assert.notEqual(packedWords, words)
  for (const [word, index] of Object.entries(words)) {
    assert.equal(packedWords[word], index, word)
    assert.deepEqual(packedSenses[index], senses[index], word)
  }
  // Also a word's prefix and a word run on: the in-place comparison must stop at the key's end.
  for (const missing of ['', 'zzzzzz', '__proto__', 'toString', 'Aaa', 'aban', 'abandonx', 'tak', 'takex']) assert.equal(packedWords[missing], undefined, missing)
  assert.equal(packedSenses.length, senses.length)
  assert.equal(packedSenses[senses.length], undefined)
  Object.keys(mapModules).forEach((id, index) => {
    const packed = require(id) as Record<string, unknown>
    assert.notEqual(packed, maps[index])
    for (const [key, value] of Object.entries(maps[index]!)) assert.deepEqual(packed[key], value, `${id}: ${key}`)
    assert.equal(packed['no-such-word'], undefined)
  })
  // A miss is kept, and a value set after it is answered, as a plain object would.
  const tagLexicon = require(Object.keys(mapModules)[0]!) as Record<string, unknown>
  assert.equal(tagLexicon['qqqz'], undefined)
  assert.equal('qqqz' in tagLexicon, false)
  tagLexicon['qqqz'] = ['NN']
  assert.deepEqual(tagLexicon['qqqz'], ['NN'])
  assert.equal('qqqz' in tagLexicon, true)
  assert.equal(tagLexicon['the'], tagLexicon['the'])

  const fresh = require('wink-lemmatizer') as Lemmatizer
  assert.notEqual(fresh, lemmatizer)
  assert.deepEqual(sample.map((word) => [fresh.verb(word), fresh.noun(word), fresh.adjective(word)]), lemmas)
  assert.deepEqual((require('wink-pos-tagger') as () => Tagger)().tagRawTokens(sentence), tags)
})

