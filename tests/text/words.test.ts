import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import {tokenize} from '../../src/text/phrases.js'
import {eachJoinedWord, joinedWords as wordsOfTokens} from '../../src/text/words.js'

const joinedWord = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

function joinedWords(text: string): string[] {
  const words: string[] = []
  eachJoinedWord(text, (start, end) => words.push(`${start}:${text.slice(start, end)}`))
  return words
}

test('eachJoinedWord and joinedWords (a view of the tokens): the joined-word pattern’s matches', () => {
  assert.deepEqual(joinedWords("state-owned China’s it's a--b 'x café-au-lait 3.5"), [
    '0:state-owned',
    '12:China’s',
    '20:it\'s',
    '25:a',
    '28:b',
    '31:x',
    '33:café-au-lait',
    '46:3',
    '48:5'
  ])
  const pieces = fc.constantFrom('a', 'Z', '9', 'é', '\u0301', '𠀀', '😀', '\ud800', '\udc00', ' ', '\n', '-', '‐', "'", '’', '.', '中')
  fc.assert(
    fc.property(fc.array(pieces, {maxLength: 30}), (parts) => {
      const text = parts.join('')
      const expected = Array.from(text.matchAll(joinedWord), (match) => `${match.index}:${match[0]}`)
      assert.deepEqual(joinedWords(text), expected)
      assert.deepEqual(
        wordsOfTokens(text, tokenize(text)).map((word) => `${word.start}:${word.text}`),
        expected
      )
    }),
    {numRuns: 2000}
  )
})

test('joinedWords: each word as written, lowercase, lemma and capital', () => {
  const text = 'The plant took State-Owned firms’ advice.'
  const words = wordsOfTokens(text, tokenize(text))
  assert.deepEqual(
    words.map(({text, lower, lemma, capital}) => ({text, lower, lemma, capital})),
    [
      {text: 'The', lower: 'the', lemma: 'the', capital: true},
      {text: 'plant', lower: 'plant', lemma: 'plant', capital: false},
      {text: 'took', lower: 'took', lemma: 'take', capital: false},
      {text: 'State-Owned', lower: 'state-owned', lemma: 'state-owned', capital: true},
      {text: 'firms', lower: 'firms', lemma: 'firm', capital: false},
      {text: 'advice', lower: 'advice', lemma: 'advice', capital: false}
    ]
  )
  assert.deepEqual(
    wordsOfTokens('Émile é\u0301', tokenize('Émile é\u0301')).map((word) => [word.text, word.capital]),
    [['Émile', true], ['é', false]]
  )
})
