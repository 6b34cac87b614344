import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'headline-case'

testRule(id, {
  valid: [
    {name: 'one small word', text: 'Inter Milan Plays Its 3000th Serie A Game In Rome'},
    {name: 'a headline in sentence case', text: 'Mayor visits the plant for talks on the port'},
    {name: 'a sentence', text: 'The plant opened. It Is In The Zone And On Time.'},
    {name: 'a line in the body', text: 'Intro\n\nSecond block\n\nThird block\n\nMill Visits The Plant And The Port'}
  ],
  invalid: [
    {
      name: 'small words capitalized inside a headline',
      text: 'Port Opens New Berth To Serve The Coal Trade\n\nThe port opened a berth.',
      errors: ['1:1-1:45: Unexpected capitals on `To`, `The` in a headline, expected `Port Opens New Berth to Serve the Coal Trade`: small words stay in lower case inside a title']
    },
    {
      name: 'small words capitalized inside a heading',
      text: '# Mayor Visits The Mill And The Port',
      errors: ['1:3-1:37: Unexpected capitals on `The`, `And`, `The` in a headline, expected `Mayor Visits the Mill and the Port`: small words stay in lower case inside a title']
    }
  ]
})

test('headline-case: a whole message', () => {
  const [message] = lint('# Mayor Visits The Mill And The Port', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.deepEqual(message.expected, ['Mayor Visits the Mill and the Port'])
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/headline-case.md')
})
