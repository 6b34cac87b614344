// The build writes the lemmas of the calque rule's phrases
// (dist/data/calque-lemmas.json, scripts/bundle.mjs) so that preparing the
// rule does not start the lemmatizer: they must be what the code computes
// from the list, and the matcher must take them in place of its own.
import assert from 'node:assert/strict'
import {existsSync, readFileSync} from 'node:fs'
import {test} from 'node:test'
import data from '../src/data/calques.json' with {type: 'json'}
import {calqueLemmasFile} from '../src/text/built-data.js'
import {LemmaPhrases, phraseLemmas} from '../src/text/lemma-phrases.js'
import {tokenize} from '../src/text/phrases.js'

const built = new URL(`../dist/data/${calqueLemmasFile}`, import.meta.url)

test('calque lemmas: the built file holds the lemma of every word of the built-in phrases', {skip: !existsSync(built) && 'not built (npm run build)'}, () => {
  const computed = phraseLemmas(data.calques.flatMap((calque) => calque.literal))
  assert.deepEqual(JSON.parse(readFileSync(built, 'utf8')), computed)
  assert.ok(Object.keys(computed).length > 300)
})

test('calque lemmas: phraseLemmas lemmatizes words, not marks or gaps', () => {
  assert.deepEqual(phraseLemmas(['compacted the responsibilities', 'give full play ... “advantages”']), {
    compacted: 'compact',
    the: 'the',
    responsibilities: 'responsibility',
    give: 'give',
    full: 'full',
    play: 'play',
    advantages: 'advantage'
  })
})

test('calque lemmas: a matcher takes the lemmas it is given for its phrases, and the lemmatizer for the text', () => {
  const text = 'They compacted the responsibilities and wrote a report.'
  const found = (matcher: LemmaPhrases<string>) => matcher.match(tokenize(text)).map((match) => [text.slice(match.start, match.end), match.value])
  const plain = new LemmaPhrases<string>()
  plain.add('compact the responsibility', 'own')
  assert.deepEqual(found(plain), [['compacted the responsibilities', 'own']])
  // Given lemmas stand for the phrase's words: "write" is asked for as "compact".
  const given = new LemmaPhrases<string>(new Map([['write', 'compact']]))
  given.add('write the responsibility', 'given')
  given.add('write a report', 'asked as compact a report')
  assert.deepEqual(found(given), [['compacted the responsibilities', 'given']])
})
