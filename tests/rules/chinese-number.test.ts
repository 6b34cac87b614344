import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'chinese-number'

testRule(id, {
  valid: [
    {name: 'English numbers and units', text: 'It made 2.5 million, 3 million tons, 10 thousand bags and two hundred million cups.'},
    {name: 'English dates', text: 'In May 10 people left. In April 2023 it rained. On June 18th it rained.'},
    {name: 'a count of members and an ordinal', text: 'He met 12 Congress members and the 21st Congress.'}
  ],
  invalid: [
    {
      name: 'two units',
      text: 'The park covers 3 million 200 thousand square meters.',
      errors: ['1:17-1:39: Unexpected `3 million 200 thousand`, expected `3.2 million`: English gives one number and one unit']
    },
    {
      name: 'a fraction of a unit',
      text: 'Sales reached 0.38 billion yuan.',
      errors: ['1:15-1:27: Unexpected `0.38 billion`, expected `380 million`: English names the unit the number fills']
    },
    {
      name: 'Chinese units',
      text: 'Each household got 1.5 ten thousand yuan; the fund holds 2.4 hundred million.',
      errors: [
        '1:20-1:36: Unexpected `1.5 ten thousand`, expected `15,000`: `ten thousand` is a Chinese unit (万)',
        '1:58-1:77: Unexpected `2.4 hundred million`, expected `240 million`: `hundred million` is a Chinese unit (亿)'
      ]
    },
    {
      name: 'a date in Chinese order',
      text: 'In March 3rd, the line started.',
      errors: ['1:1-1:13: Unexpected `In March 3rd`, expected `On March 3`: a day takes `on`, and a date no ordinal ending']
    },
    {
      name: 'dates with in, and month and day counted',
      text: 'The fair opened in June 18, and closed on 9 month 30 day.',
      errors: [
        '1:17-1:27: Unexpected `in June 18`, expected `on June 18`: a day takes `on`, and a date no ordinal ending',
        '1:43-1:57: Unexpected `9 month 30 day`, expected `September 30`: a date in Chinese order (月, 日)'
      ]
    },
    {
      name: 'a congress counted without its ordinal',
      text: 'Delegates studied the spirit of the 19 Party Congress.',
      errors: ['1:37-1:54: Unexpected `19 Party Congress`, expected `19th Party Congress`: a congress or session is counted with an ordinal']
    }
  ]
})

test('chinese-number: a whole message', () => {
  const [message] = lint('Sales reached 0.38 billion yuan.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.deepEqual(message.expected, ['380 million'])
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/chinese-number.md')
})
