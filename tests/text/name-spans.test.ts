import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import {articleCapital, capitalAfterArticle, capitalized, isTitleCase} from '../../src/text/name-spans.js'
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

const found = (value: string) => capitalAfterArticle(value).map((match) => [match.index, match[0], match[1]])
const foundByPattern = (value: string) => Array.from(value.matchAll(new RegExp(articleCapital.source, 'gu')), (match) => [match.index, match[0], match[1]])

test('name-spans: capitalAfterArticle finds an article and a capitalized word inside a sentence', () => {
  assert.deepEqual(found('All staff attended the Meeting. So these  Plans were made; a Plan of the city.'), [
    [19, 'the Meeting', 'Meeting'],
    [35, 'these  Plans', 'Plans']
  ])
  assert.deepEqual(found('bathe Meeting, the Meeting2, the Meeting of the, another Plan.'), [])
  assert.deepEqual(found('these\u00a0Équipes ont'), [[0, 'these\u00a0Équipes', 'Équipes']])
  assert.deepEqual(found('that \u00a0 Meeting.'), [[0, 'that \u00a0 Meeting', 'Meeting']])
})

test('name-spans: capitalAfterArticle finds what its pattern finds, global', () => {
  const unit = fc.constantFrom('the', 'a', 'an', 'this', 'that', 'these', 'those', 'bathe', ' ', '  ', '\t', '\u00a0', ' \u00a0 ', 'Meeting', 'Plan', 'É', 'équipe', 'of', 'and', 'x', '.', ',', '-', "'", '’', 'M', '1', '𝐀bc', 'Ab')
  fc.assert(
    fc.property(fc.array(unit, {maxLength: 24}), (parts) => {
      const value = parts.join('')
      assert.deepEqual(found(value), foundByPattern(value), JSON.stringify(value))
    }),
    {numRuns: 4000}
  )
})
