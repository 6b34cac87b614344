import assert from 'node:assert/strict'
import {test} from 'node:test'
import {LemmaPhrases} from '../../src/text/lemma-phrases.js'
import {Lexicon} from '../../src/text/lexemes.js'
import {tokenize} from '../../src/text/phrases.js'

function matcher(): LemmaPhrases<string> {
  const phrases = new LemmaPhrases<string>()
  for (const phrase of ['give full play to', 'compact … responsibility', 'our city', "people's livelihood", 'carry out'])
    phrases.add(phrase, phrase)
  return phrases
}

const found = (text: string, lexicon?: Lexicon) =>
  matcher()
    .match(tokenize(text, lexicon))
    .map((match) => `${match.start}-${match.end}:${match.value}`)

test('LemmaPhrases: inflected and split forms match', () => {
  const text = 'They gave full play to it, compacted the “Four” responsibilities of our city-owned firms and carried out people’s livelihood work.'
  const expected = ['5-22:give full play to', '27-64:compact … responsibility', '93-104:carry out', "105-124:people's livelihood"]
  assert.deepEqual(found(text), expected)
  // A block's tokens carry their lexemes, whose lemmas are read instead of looked up: the same matches.
  assert.deepEqual(found(text, new Lexicon()), expected)
})
