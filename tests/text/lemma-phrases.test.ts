import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import {LemmaPhrases} from '../../src/text/lemma-phrases.js'
import {tokenize} from '../../src/text/phrases.js'
import {joinedWords, Lexicon} from '../../src/text/words.js'

function matcher(): LemmaPhrases<string> {
  const phrases = new LemmaPhrases<string>()
  for (const phrase of ['give full play to', 'compact … responsibility', 'our city', "people's livelihood", 'carry out'])
    phrases.add(phrase, phrase)
  return phrases
}

const found = (text: string, withWords: boolean) => {
  const tokens = tokenize(text)
  return matcher()
    .match(tokens, withWords ? joinedWords(text, tokens, new Lexicon()) : [])
    .map((match) => `${match.start}-${match.end}:${match.value}`)
}

test('LemmaPhrases: inflected and split forms match, with or without the block’s words', () => {
  const text = 'They gave full play to it, compacted the “Four” responsibilities of our city-owned firms and carried out people’s livelihood work.'
  const expected = ['5-22:give full play to', '27-64:compact … responsibility', '93-104:carry out', "105-124:people's livelihood"]
  assert.deepEqual(found(text, false), expected)
  assert.deepEqual(found(text, true), expected)
})

test('LemmaPhrases: the words’ lemmas give the matches the tokens’ own give', () => {
  const piece = fc.constantFrom('gave', 'give', 'full', 'play', 'to', 'our', 'city', 'city-owned', "people's", 'people’s', 'livelihood', 'compacted', 'the', 'responsibilities', 'carried', 'out', '“', '”', ',', '.', 'Our', 'CITY')
  fc.assert(
    fc.property(fc.array(piece, {maxLength: 14}), (parts) => {
      const text = parts.join(' ')
      assert.deepEqual(found(text, true), found(text, false))
    }),
    {numRuns: 500}
  )
})
