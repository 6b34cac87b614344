import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findings, flagged, lint} from '../helpers.js'

const id = 'translation-loop'

test('translation-loop: a word said four times in a row', () => {
  const text = 'The delegation toured Basel, Basel, Basel, Basel and left.'
  assert.deepEqual(findings(text, id), ['1:30-1:49: Unexpected `Basel` repeated 4 times in a row, a translation loop: keep one and check the source'])
  assert.deepEqual(flagged(text, id), ['Basel, Basel, Basel'])
})

test('translation-loop: a phrase said three times in a row', () => {
  const text = 'Sales of the rural bank\'s deposit plans, the rural bank\'s deposit plans, the rural bank\'s deposit plans rose.'
  assert.deepEqual(findings(text, id), ["1:42-1:104: Unexpected `the rural bank's deposit plans` repeated 3 times in a row, a translation loop: keep one and check the source"])
  assert.deepEqual(findings('The report of the report of the report of the panel came out.', id), ['1:15-1:42: Unexpected `The report of` repeated 3 times in a row, a translation loop: keep one and check the source'])
})

test('translation-loop: emphasis, echoes and figures are not loops', () => {
  const clean = [
    'No, no, no, said the mayor.',
    'It was very, very, very cold.',
    'The rural bank sold deposit plans, and the rural bank sold them again.',
    'The scores were 0, 0, 0 and 1.',
    'Step by step, day by day, the plant grew.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('translation-loop: the limits are options', () => {
  assert.deepEqual(findings('It was very, very, very cold.', id, ['error', {minRepeats: 2}]).length, 1)
  assert.deepEqual(findings('A b c, a b c, a b c.', id, ['error', {maxWords: 2}]), [])
})

test('translation-loop: a whole message', () => {
  const [message] = lint('They met in Basel, Basel, Basel, Basel.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, true)
  assert.equal(message.actual, 'Basel, Basel, Basel')
  assert.equal(message.fix, undefined)
})
