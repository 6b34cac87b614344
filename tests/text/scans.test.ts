import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import {isWhitespace} from '../../src/text/chars.js'
import {lastMarkBeforeClosers, withoutEdgeMarks} from '../../src/text/scans.js'

/** Texts made of the pieces each expression turns on. */
const textOf = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), {maxLength: 24}).map((parts) => parts.join(''))

test('withoutEdgeMarks takes off what its expression takes off', () => {
  const expression = /^[\s•·*▪►|[\]()-]+|[\s•·*▪►|[\]()]+$/gu
  assert.equal(withoutEdgeMarks('- • Home >> News | '), 'Home >> News')
  assert.equal(withoutEdgeMarks('(a) -'), 'a) -')
  assert.equal(withoutEdgeMarks(' ► '), '')
  const pieces = ['a', '-', ' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', '\u180e', '•', '·', '*', '▪', '►', '|', '[', ']', '(', ')', '–', '😀', '\ud800']
  fc.assert(
    fc.property(textOf(pieces), (text) => assert.equal(withoutEdgeMarks(text), text.replace(expression, ''))),
    {numRuns: 3000}
  )
})

test('isWhitespace is what \\s matches, every code unit', () => {
  for (let code = 0; code <= 0xffff; code++) assert.equal(isWhitespace(code), /\s/.test(String.fromCharCode(code)), code.toString(16))
})

test('lastMarkBeforeClosers finds the character its expression captures, in the whole text or a part', () => {
  const expression = /([^”"’')）\]])[”"’')）\]]*$/s
  assert.equal(lastMarkBeforeClosers('He left.”)'), '.'.charCodeAt(0))
  assert.equal(lastMarkBeforeClosers('”)'), -1)
  assert.equal(lastMarkBeforeClosers('Go! Now', 0, 3), '!'.charCodeAt(0))
  const pieces = ['a', '.', '!', '?', '。', ' ', '”', '"', '’', "'", ')', '）', ']', '[', '“', '😀']
  fc.assert(
    fc.property(textOf(pieces), fc.nat(), fc.nat(), (text, a, b) => {
      const start = Math.min(a, b) % (text.length + 1)
      const end = start + (Math.max(a, b) % (text.length + 1 - start))
      const expected = expression.exec(text.slice(start, end))?.[1]?.charCodeAt(0) ?? -1
      assert.equal(lastMarkBeforeClosers(text, start, end), expected)
    }),
    {numRuns: 3000}
  )
})
