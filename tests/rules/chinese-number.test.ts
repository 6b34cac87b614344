import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findings, flagged, lint} from '../helpers.js'

const id = 'chinese-number'

test('chinese-number: two units, a fraction of a unit, Chinese units', () => {
  assert.deepEqual(findings('The park covers 3 million 200 thousand square meters.', id), [
    '1:17-1:39: Unexpected `3 million 200 thousand`, expected `3.2 million`: English gives one number and one unit'
  ])
  assert.deepEqual(findings('Sales reached 0.38 billion yuan.', id), [
    '1:15-1:27: Unexpected `0.38 billion`, expected `380 million`: English names the unit the number fills'
  ])
  assert.deepEqual(findings('Each household got 1.5 ten thousand yuan; the fund holds 2.4 hundred million.', id), [
    '1:20-1:36: Unexpected `1.5 ten thousand`, expected `15,000`: `ten thousand` is a Chinese unit (万)',
    '1:58-1:77: Unexpected `2.4 hundred million`, expected `240 million`: `hundred million` is a Chinese unit (亿)'
  ])
  assert.deepEqual(flagged('It made 2.5 million, 3 million tons, 10 thousand bags and two hundred million cups.', id), [])
})

test('chinese-number: dates in Chinese order', () => {
  assert.deepEqual(findings('In March 3rd, the line started.', id), [
    '1:1-1:13: Unexpected `In March 3rd`, expected `On March 3`: a day takes `on`, and a date no ordinal ending'
  ])
  assert.deepEqual(flagged('The fair opened in June 18, and closed on 9 month 30 day.', id), ['in June 18', '9 month 30 day'])
  assert.deepEqual(flagged('In May 10 people left. In April 2023 it rained. On June 18th it rained.', id), [])
})

test('chinese-number: a congress counted without its ordinal', () => {
  assert.deepEqual(findings('Delegates studied the spirit of the 19 Party Congress.', id), [
    '1:37-1:54: Unexpected `19 Party Congress`, expected `19th Party Congress`: a congress or session is counted with an ordinal'
  ])
  assert.deepEqual(flagged('He met 12 Congress members and the 21st Congress.', id), [])
})

test('chinese-number: a whole message', () => {
  const [message] = lint('Sales reached 0.38 billion yuan.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.deepEqual(message.expected, ['380 million'])
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/chinese-number.md')
})
