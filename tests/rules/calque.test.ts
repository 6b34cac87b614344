import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findings, flagged, lint} from '../helpers.js'

const id = 'calque'

test('calque: flags a stock phrase with the plainer wording', () => {
  assert.deepEqual(findings('The plant will give full play to its location.', id), [
    '1:16-1:33: Unexpected literal rendering `give full play to`, expected `make full use of` (发挥)'
  ])
})

test('calque: inflected forms, any case, across a line break', () => {
  assert.deepEqual(flagged('Giving full play to talent matters. She put forward\nsuggestions. They gave full play to it.', id), [
    'Giving full play to',
    'put forward\nsuggestions',
    'gave full play to'
  ])
})

test('calque: "for investigation" only after a visit', () => {
  assert.deepEqual(flagged('The governor visited two copper mines for investigation on Monday.', id), ['for investigation'])
  assert.deepEqual(flagged('Officials came to the county for investigation and research.', id), ['for investigation and research'])
  assert.deepEqual(findings('The samples were sent for investigation.', id), [])
  assert.deepEqual(findings('He visited the site. It was closed for investigation.', id), [], 'not across a sentence end')
})

test('calque: leaves ordinary English alone', () => {
  const clean = [
    'The team played a full game and put forward two strikers.',
    'The whole of society benefits from the plan.',
    'Our countryside is beautiful, and our city-owned firms agreed.',
    'She did a good job of running the mill.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('calque: the longest phrase wins', () => {
  assert.deepEqual(flagged('Normalized epidemic prevention and control continued.', id), ['Normalized epidemic prevention and control'])
})

test('calque: options add phrases and drop built-in ones', () => {
  const setting = ['info', {extra: [{phrase: 'carry forward the spirit', suggestion: 'keep up', note: '发扬精神'}], exclude: ['Give full play to']}] as const
  assert.deepEqual(findings('They carry forward the spirit and give full play to it.', id, [...setting] as ['info', Record<string, unknown>]), [
    '1:6-1:30: Unexpected literal rendering `carry forward the spirit`, expected `keep up` (发扬精神)'
  ])
})

test('calque: a whole message is info with the suggestion', () => {
  const [message] = lint('Peng Tao put forward suggestions on supply.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, undefined)
  assert.equal(message.actual, 'put forward suggestions')
  assert.deepEqual(message.expected, ['made suggestions'])
  assert.equal(message.note, '提出建议 / 提出意见')
  assert.equal(message.fix, undefined)
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/calque.md')
})
