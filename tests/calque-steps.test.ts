// The build writes the calque rule's phrases as steps, each word by its
// lemma (dist/data/calque-steps.json, scripts/bundle.mjs), so that preparing
// the rule neither tokenizes the phrases nor starts the lemmatizer: they
// must be what the code computes from the list, and the matcher must take
// them in place of its own.
import assert from 'node:assert/strict'
import {existsSync, readFileSync} from 'node:fs'
import {test} from 'node:test'
import data from '../src/data/calques.json' with {type: 'json'}
import {calqueStepsFile} from '../src/text/built-data.js'
import {LemmaPhrases, phraseSteps} from '../src/text/lemma-phrases.js'
import {tokenize} from '../src/text/phrases.js'

const built = new URL(`../dist/data/${calqueStepsFile}`, import.meta.url)

test('calque steps: the built file holds the steps of every built-in phrase', {skip: !existsSync(built) && 'not built (npm run build)'}, () => {
  const phrases = data.calques.flatMap((calque) => calque.literal)
  const computed = phraseSteps(phrases)
  assert.deepEqual(JSON.parse(readFileSync(built, 'utf8')), computed)
  assert.equal(Object.keys(computed).length, new Set(phrases).size)
  assert.ok(Object.keys(computed).length > 300)
})

test('calque steps: words by their lemma, marks as written, `...` a gap', () => {
  assert.deepEqual(phraseSteps(['compacted the responsibilities', 'give full play ... “advantages”']), {
    'compacted the responsibilities': [{lemma: 'compact'}, {lemma: 'the'}, {lemma: 'responsibility'}],
    'give full play ... “advantages”': [{lemma: 'give'}, {lemma: 'full'}, {lemma: 'play'}, {gap: true}, {mark: '“'}, {lemma: 'advantage'}, {mark: '”'}]
  })
})

test('calque steps: a matcher takes the steps it is given for its phrases, and the lemmatizer for the text', () => {
  const text = 'They compacted the responsibilities and wrote a report.'
  const found = (matcher: LemmaPhrases<string>) => matcher.match(tokenize(text)).map((match) => [text.slice(match.start, match.end), match.value])
  const plain = new LemmaPhrases<string>()
  plain.add('compact the responsibility', 'own')
  assert.deepEqual(found(plain), [['compacted the responsibilities', 'own']])
  // Given steps stand for the phrase: "write the responsibility" is asked for as "compact the responsibility".
  const given = new LemmaPhrases<string>(new Map([['write the responsibility', [{lemma: 'compact'}, {lemma: 'the'}, {lemma: 'responsibility'}]]]))
  given.add('write the responsibility', 'given')
  given.add('write a report', 'its own steps')
  assert.deepEqual(found(given), [
    ['compacted the responsibilities', 'given'],
    ['wrote a report', 'its own steps']
  ])
})
