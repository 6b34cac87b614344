import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import {capitalized, isTitleCase} from '../../src/text/name-spans.js'
import {tokenize} from '../../src/text/phrases.js'

/** isTitleCase without its early end: every long word counted. */
function titleCaseCountingAll(value: string): boolean {
  const tokens = tokenize(value)
  const long = tokens.filter((token) => token.word && token.end - token.start >= 4)
  const lower = long.filter((token) => !capitalized(value, token)).length
  return long.length >= 3 && lower <= Math.max(1, Math.floor(long.length / 10))
}

test('name-spans: a Title Case headline allows one slip in ten long words', () => {
  assert.equal(isTitleCase('Shanghai Hosts International Film Festival', tokenize('Shanghai Hosts International Film Festival')), true)
  assert.equal(isTitleCase('Shanghai hosts International Film Festival', tokenize('Shanghai hosts International Film Festival')), true)
  assert.equal(isTitleCase('Shanghai hosts international film Festival', tokenize('Shanghai hosts international film Festival')), false)
  assert.equal(isTitleCase('The city said that it will host the festival again.', tokenize('The city said that it will host the festival again.')), false)
})

test('name-spans: isTitleCase ends early with the answer counting every word gives', () => {
  const word = fc.constantFrom('Film', 'film', 'Of', 'of', 'Shanghai', 'hosts', 'A', 'the', '2024', 'État', 'état', ',', '.')
  fc.assert(
    fc.property(fc.array(word, {maxLength: 60}), (words) => {
      const value = words.join(' ')
      assert.equal(isTitleCase(value, tokenize(value)), titleCaseCountingAll(value), value)
    }),
    {numRuns: 2000}
  )
})
