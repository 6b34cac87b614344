import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'translation-loop'

testRule(id, {
  valid: [
    // Emphasis, echoes and figures are not loops.
    'No, no, no, said the mayor.',
    'It was very, very, very cold.',
    'The rural bank sold deposit plans, and the rural bank sold them again.',
    'The scores were 0, 0, 0 and 1.',
    'Step by step, day by day, the plant grew.',
    {name: 'the limits are options: maxWords', text: 'A b c, a b c, a b c.', setting: ['error', {maxWords: 2}]}
  ],
  invalid: [
    {
      name: 'a word said four times in a row',
      text: 'The delegation toured Basel, Basel, Basel, Basel and left.',
      errors: [
        '1:30-1:49: Unexpected `Basel` repeated 4 times in a row, a translation loop: keep one and check the source'
      ]
    },
    {
      name: 'a phrase said three times in a row',
      text: "Sales of the rural bank's deposit plans, the rural bank's deposit plans, the rural bank's deposit plans rose.",
      errors: [
        "1:42-1:104: Unexpected `the rural bank's deposit plans` repeated 3 times in a row, a translation loop: keep one and check the source"
      ]
    },
    {
      name: 'a phrase with a preposition said three times in a row',
      text: 'The report of the report of the report of the panel came out.',
      errors: [
        '1:15-1:42: Unexpected `The report of` repeated 3 times in a row, a translation loop: keep one and check the source'
      ]
    },
    {
      name: 'the limits are options: minRepeats',
      text: 'It was very, very, very cold.',
      setting: ['error', {minRepeats: 2}],
      errors: [
        '1:14-1:24: Unexpected `very` repeated 3 times in a row, a translation loop: keep one and check the source'
      ]
    }
  ]
})

test('translation-loop: a whole message', () => {
  const [message] = lint('They met in Basel, Basel, Basel, Basel.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, true)
  assert.equal(message.actual, 'Basel, Basel, Basel')
  assert.equal(message.fix, undefined)
})
