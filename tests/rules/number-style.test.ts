import assert from 'node:assert/strict'
import {test} from 'node:test'
import {applyFixes, findings, lint} from '../helpers.js'

const id = 'number-style'
const only = (option: string) => ['warn', {separators: false, units: false, isoDates: false, dateOrder: false, [option]: true}] as ['warn', Record<string, boolean>]

test('number-style: figures of four digits and more need thousands separators', () => {
  assert.deepEqual(findings('The county rehoused 1080 families and paid 45000 yuan each.', id), [
    '1:21-1:25: Unexpected `1080`, expected `1,080` with thousands separators',
    '1:44-1:49: Unexpected `45000`, expected `45,000` with thousands separators'
  ])
  const text = 'About 2500 workers and 1234567 tonnes.'
  assert.equal(applyFixes(text, lint(text, id)), 'About 2,500 workers and 1,234,567 tonnes.')
})

test('number-style: years, codes, ranges, labels and small figures are left alone', () => {
  const clean = [
    'In 2023 the plant reopened; it was founded in 1556 and rebuilt since 1949.',
    'Ring the hotline 12345 or room 1080, or see No. 4300 and flight 8802.',
    'Output rose from 2019-2022 and costs fell 3000–4000 yuan.',
    'The company (600519) and Sansun (600884.SH) trade in Shanghai.',
    'Call 8800 7777 for help.',
    'It cost 1,080 yuan, 980 yuan or 12.5 percent, and version 3.1415 shipped.',
    '| 4300 | yuan |\n|---|---|\n| 1 | 2 |'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id, only('separators')), [], text)
})

test('number-style: a unit glued to its figure', () => {
  assert.deepEqual(findings('The line runs 20km at 500Mbps and weighs 5kg.', id), [
    '1:15-1:19: Unexpected `20km`, expected `20 km`: a space between the figure and its unit',
    '1:23-1:30: Unexpected `500Mbps`, expected `500 Mbps`: a space between the figure and its unit',
    '1:42-1:45: Unexpected `5kg`, expected `5 kg`: a space between the figure and its unit'
  ])
  assert.equal(applyFixes('It is 3.5km long.', lint('It is 3.5km long.', id)), 'It is 3.5 km long.')
  for (const text of ['5G networks cover 20 km.', 'A 4K screen and a $2m budget.', 'The 7nm chip and 100m sprint.']) {
    assert.deepEqual(findings(text, id, only('units')), [], text)
  }
})

test('number-style: an ISO date in prose, but not a scraped time stamp', () => {
  assert.deepEqual(findings('The fair opened on 2023-02-11 in the city.', id), ['1:20-1:30: Unexpected `2023-02-11` in prose, expected `February 11, 2023`'])
  assert.deepEqual(findings('2023-02-11 13:09:10 Source: the city paper', id, only('isoDates')), [])
  assert.deepEqual(findings('Part 2023-02-119 and 2023-13-01 are not dates.', id, only('isoDates')), [])
})

test('number-style: day-month dates among month-day ones', () => {
  const text = 'Talks began on February 9, resumed on February 10 and stalled on February 12.\n\nThe deal was signed on 11 Feb and took effect on 1 March.'
  assert.deepEqual(findings(text, id), [
    '3:24-3:30: Unexpected day-month `11 Feb` among 3 month-day dates, expected `Feb. 11`',
    '3:50-3:57: Unexpected day-month `1 March` among 3 month-day dates, expected `March 1`'
  ])
  // Day-month as the article's own style, or a tie, is left alone.
  assert.deepEqual(findings('Talks began on 9 February, resumed on 10 February and ended on February 12.', id, only('dateOrder')), [])
  assert.deepEqual(findings('Talks began on 9 February and ended on February 12.', id, only('dateOrder')), [])
})

test('number-style: a whole message', () => {
  const [message] = lint('It employs 4300 people.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.equal(message.actual, '4300')
  assert.deepEqual(message.expected, ['4,300'])
  assert.deepEqual(message.fix, {range: [11, 15], text: '4,300'})
})
