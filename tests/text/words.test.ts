import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import {eachJoinedWord} from '../../src/text/words.js'

const joinedWord = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

function joinedWords(text: string): string[] {
  const words: string[] = []
  eachJoinedWord(text, (start, end) => words.push(`${start}:${text.slice(start, end)}`))
  return words
}

test('eachJoinedWord: the joined-word pattern’s matches, by hand for plain ASCII', () => {
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
      assert.deepEqual(joinedWords(text), Array.from(text.matchAll(joinedWord), (match) => `${match.index}:${match[0]}`))
    }),
    {numRuns: 2000}
  )
})
