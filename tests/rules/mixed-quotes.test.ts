import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'mixed-quotes'

testRule(id, {
  valid: ['He said “yes” and “no”.', 'He said "yes" and "no".', 'Chinalco’s “plan” is `"raw"` code.', 'No quotes at all.'],
  invalid: [
    {
      name: 'each straight quote among curly ones',
      text: 'He called it “a new start” and "a turning point".\n\nShe said “no.”',
      errors: [
        '1:32-1:33: Straight `"` among curly quotes (4 curly, 2 straight), expected `“`',
        '1:48-1:49: Straight `"` among curly quotes (4 curly, 2 straight), expected `”`'
      ],
      output: 'He called it “a new start” and “a turning point”.\n\nShe said “no.”'
    },
    {
      name: 'each curly quote among straight ones',
      text: 'He said "yes" and "no" but “maybe”.',
      errors: [
        '1:28-1:29: Curly `“` among straight quotes (2 curly, 4 straight), expected `"`',
        '1:34-1:35: Curly `”` among straight quotes (2 curly, 4 straight), expected `"`'
      ],
      output: 'He said "yes" and "no" but "maybe".'
    },
    {
      name: 'on a tie the style used first wins',
      text: 'It was "fine”.',
      errors: ['1:13-1:14: Curly `”` among straight quotes (1 curly, 1 straight), expected `"`'],
      output: 'It was "fine".'
    },
    {
      name: 'the fix leaves a quote whose direction is unclear',
      text: 'He called it “a new start” and "a turning point", “a plan” and " more.',
      errors: [
        '1:32-1:33: Straight `"` among curly quotes (4 curly, 3 straight), expected `“`',
        '1:48-1:49: Straight `"` among curly quotes (4 curly, 3 straight), expected `”`',
        '1:64-1:65: Straight `"` among curly quotes (4 curly, 3 straight), expected `“` or `”`'
      ],
      output: 'He called it “a new start” and “a turning point”, “a plan” and " more.'
    }
  ]
})

test('mixed-quotes: a whole message', () => {
  const [message] = lint('A “b” c "d" e “f”.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.source, 'copydesk')
  assert.equal(message.fatal, undefined)
  assert.equal(message.actual, '"')
  assert.deepEqual(message.expected, ['“'])
  assert.deepEqual(message.fix, {range: [8, 9], text: '“'})
})
