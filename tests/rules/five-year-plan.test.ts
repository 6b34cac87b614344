import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findings, flagged, lint} from '../helpers.js'

const id = 'five-year-plan'
const dated = (date: string, body: string) => `---\ndate: ${date}\n---\n\n${body}`

test('five-year-plan: a past plan spoken of as current, against the front matter date', () => {
  assert.deepEqual(findings(dated('2021-08-09', 'The smelter set out its goals for the “9th Five-Year Plan” period.'), id), [
    '5:40-5:58: The 9th Five-Year Plan covers 1996–2000, but this article is set in 2021, expected `14th Five-Year Plan` (2021–2025)'
  ])
  assert.deepEqual(flagged(dated('2021', 'The Ninth Five-Year Plan is a key stage for the smelter.'), id), ['Ninth Five-Year Plan'])
})

test('five-year-plan: the dateline and the years mentioned date the article', () => {
  assert.deepEqual(flagged('Guiyang, August 8, 2021 (Reporter) -- The mill discussed the 10th five-year plan with the district.', id), [
    '10th five-year plan'
  ])
  const guessed = 'Mill plans ahead\n\nThe mill reviewed its results for 2021 and the 9th Five-Year period goals.'
  assert.deepEqual(findings(guessed, id), [
    '3:48-3:61: The 9th Five-Year Plan covers 1996–2000, but this article is set in 2021, expected `14th Five-Year Plan` (2021–2025)'
  ])
  assert.match(lint(guessed, id)[0]?.note ?? '', /the years it mentions \(2021 most often\)/)
})

test('five-year-plan: no date evidence, no finding', () => {
  assert.deepEqual(findings('The smelter set out its goals for the 9th Five-Year Plan period.', id), [])
})

test('five-year-plan: history is fine: cited with its years, called previous, or told in the past', () => {
  const clean = [
    'During the 13th Five-Year Plan (2016–2020) exports grew by half.',
    'Output rose through the 12th Five-Year Plan period (2011-15).',
    'In the 12th Five-Year Plan period, output doubled.',
    'Some 156 projects were built in the First Five-Year Plan.',
    'Growth has been faster since the 10th Five-Year Plan.',
    'Targets from the previous 13th Five-Year Plan were met.',
    'The 13th Five-Year Plan ended last year.',
    'We have made a good start to the 14th Five-Year Plan.',
    'Planning for the 15th Five-Year Plan has begun.'
  ]
  for (const body of clean) assert.deepEqual(findings(dated('2021-03-01', body), id), [], body)
})

test('five-year-plan: current beats past tense, and a far-off plan is flagged against a stated date', () => {
  assert.deepEqual(flagged(dated('2021-03-01', 'The current 12th Five-Year Plan was drafted in haste.'), id), ['12th Five-Year Plan'])
  assert.deepEqual(flagged(dated('2021-03-01', 'Work on the 16th Five-Year Plan starts.'), id), ['16th Five-Year Plan'])
  // Only a guessed year: a story citing old years may look ahead.
  assert.deepEqual(flagged('In 2012 and 2012 and 2013 the mill grew. Its 16th Five-Year Plan is far off.', id), [])
})

test('five-year-plan: an ordinal that contradicts its own years', () => {
  assert.deepEqual(findings('The 14th Five-Year Plan (2016–2020) is over.', id), [
    '1:5-1:24: The 14th Five-Year Plan covers 2021–2025, not 2016–2020, expected `13th Five-Year Plan`'
  ])
  assert.deepEqual(findings('The 14th Five-Year Plan (2021–2025) is under way. So is the Five-Year Plan (2021-2025).', id), [])
})

test('five-year-plan: spellings of the ordinal and the plan', () => {
  const body = 'The 9 th Five-Year Plan, the Thirteen Five-Year Plan, the ninth five year plan and the 8th Five‑Year.'
  assert.deepEqual(flagged(dated('2021-03-01', body), id), ['9 th Five-Year Plan', 'ninth five year plan', '8th Five‑Year'])
  assert.deepEqual(findings(dated('2021-03-01', 'He served five years in the first five years of the plan.'), id), [])
})

test('five-year-plan: the plan years, the 1963–65 gap included', () => {
  const cases: Array<[string, string]> = [
    ['1st', '1953–1957'],
    ['2nd', '1958–1962'],
    ['3rd', '1966–1970'],
    ['9th', '1996–2000'],
    ['15th', '2026–2030']
  ]
  for (const [n, years] of cases) {
    assert.match(findings(`The ${n} Five-Year Plan (1900–1904) began.`, id)[0] ?? '', new RegExp(`covers ${years}, not 1900–1904`))
  }
})

test('five-year-plan: a whole message', () => {
  const [message] = lint(dated('2022-01-10', 'The firm set goals for the 11th Five-Year Plan.'), id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, true)
  assert.equal(message.actual, '11th Five-Year Plan')
  assert.deepEqual(message.expected, ['14th Five-Year Plan'])
  assert.equal(message.note, "The article's year, 2022, comes from the front matter `date`.")
  assert.equal(message.url, 'https://github.com/copydesk/copydesk#five-year-plan')
})
