import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findings, lint} from '../helpers.js'

const id = 'headline-case'

test('headline-case: small words capitalized inside a headline', () => {
  assert.deepEqual(findings('Port Opens New Berth To Serve The Coal Trade\n\nThe port opened a berth.', id), [
    '1:1-1:45: Unexpected capitals on `To`, `The` in a headline, expected `Port Opens New Berth to Serve the Coal Trade`: small words stay in lower case inside a title'
  ])
  assert.deepEqual(findings('# Mayor Visits The Mill And The Port', id), [
    '1:3-1:37: Unexpected capitals on `The`, `And`, `The` in a headline, expected `Mayor Visits the Mill and the Port`: small words stay in lower case inside a title'
  ])
})

test('headline-case: one small word, labels, sentences and the body are left alone', () => {
  const clean = [
    'Inter Milan Plays Its 3000th Serie A Game In Rome',
    'Mayor visits the plant for talks on the port',
    'The plant opened. It Is In The Zone And On Time.',
    'Intro\n\nSecond block\n\nThird block\n\nMill Visits The Plant And The Port'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('headline-case: a whole message', () => {
  const [message] = lint('# Mayor Visits The Mill And The Port', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.deepEqual(message.expected, ['Mayor Visits the Mill and the Port'])
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/headline-case.md')
})
