import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findings, flagged, lint} from '../helpers.js'

const id = 'sentence-case'

test('sentence-case: a sentence that starts in lower case', () => {
  const text = 'The kiln was relit on time. the plant expects higher output.'
  assert.deepEqual(findings(text, id), [
    '1:29-1:32: Unexpected `the` after a full stop, expected `The`: a sentence starts with a capital'
  ])
  assert.deepEqual(flagged('Staff met the buyers. discuss prices with them.', id), ['discuss'])
  assert.deepEqual(flagged('The board met。after that it voted.', id), ['after'])
})

test('sentence-case: abbreviations, numbers, addresses and ellipses go on in lower case', () => {
  const clean = [
    'Smith et al. found the same, cf. the earlier study.',
    'Bring tools, gloves, etc. and wait at the gate.',
    'It weighs 5 kg. and costs little.',
    'Read it on chinanews.com today.',
    'He paused... then spoke.',
    'The meeting began at 9 a.m. sharp.',
    'See p. 4 for details.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('sentence-case: a capitalized opener after a semicolon or a comma', () => {
  const text = 'Duties must be carried out; We should check every site.'
  assert.deepEqual(findings(text, id), [
    '1:29-1:31: Unexpected `We` after a semicolon, expected `we`: no sentence starts here'
  ])
  assert.deepEqual(flagged('On the morning of May 3, The meeting opened.', id), ['The'])
})

test('sentence-case: titles, names and quotations after a comma are left alone', () => {
  const clean = [
    'He read his novel, The Old Man and the Sea, aloud.',
    'The paper, The Times reported, was sold.',
    'He said, The plan is sound.',
    'Sales rose; The Economist noted the trend.',
    'After lunch, we met again; it rained.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('sentence-case: a whole message', () => {
  const [message] = lint('The kiln was relit on time. the plant expects higher output.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.deepEqual(message.expected, ['The'])
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/sentence-case.md')
})
