import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findings, lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'five-year-plan'
const dated = (date: string, body: string) => `---\ndate: ${date}\n---\n\n${body}`
const ninth = 'The 9th Five-Year Plan covers 1996–2000, but this article is set in 2021, expected `14th Five-Year Plan` (2021–2025)'

testRule(id, {
  valid: [
    {name: 'no date evidence', text: 'The smelter set out its goals for the 9th Five-Year Plan period.'},
    // History is fine: cited with its years, called previous, or told in the past.
    ...[
      'During the 13th Five-Year Plan (2016–2020) exports grew by half.',
      'Output rose through the 12th Five-Year Plan period (2011-15).',
      'In the 12th Five-Year Plan period, output doubled.',
      'Some 156 projects were built in the First Five-Year Plan.',
      'Growth has been faster since the 10th Five-Year Plan.',
      'Targets from the previous 13th Five-Year Plan were met.',
      'The 13th Five-Year Plan ended last year.',
      'We have made a good start to the 14th Five-Year Plan.',
      'Planning for the 15th Five-Year Plan has begun.',
      'He served five years in the first five years of the plan.'
    ].map((body) => ({name: body, text: dated('2021-03-01', body)})),
    {name: 'a plan whose years agree', text: 'The 14th Five-Year Plan (2021–2025) is under way. So is the Five-Year Plan (2021-2025).'},
    {name: 'only a guessed year: a story citing old years may look ahead', text: 'In 2012 and 2012 and 2013 the mill grew. Its 16th Five-Year Plan is far off.'}
  ],
  invalid: [
    {
      name: 'a past plan spoken of as current, against the front matter date',
      text: dated('2021-08-09', 'The smelter set out its goals for the “9th Five-Year Plan” period.'),
      errors: [`5:40-5:58: ${ninth}`]
    },
    {
      name: 'the ordinal spelled out',
      text: dated('2021', 'The Ninth Five-Year Plan is a key stage for the smelter.'),
      errors: ['5:5-5:25: The 9th Five-Year Plan covers 1996–2000, but this article is set in 2021, expected `14th Five-Year Plan` (2021–2025)']
    },
    {
      name: 'the dateline dates the article',
      text: 'Guiyang, August 8, 2021 (Reporter) -- The mill discussed the 10th five-year plan with the district.',
      errors: ['1:62-1:81: The 10th Five-Year Plan covers 2001–2005, but this article is set in 2021, expected `14th Five-Year Plan` (2021–2025)']
    },
    {
      name: 'the years mentioned date the article',
      text: 'Mill plans ahead\n\nThe mill reviewed its results for 2021 and the 9th Five-Year period goals.',
      errors: [`3:48-3:61: ${ninth}`]
    },
    {
      name: 'current beats past tense',
      text: dated('2021-03-01', 'The current 12th Five-Year Plan was drafted in haste.'),
      errors: ['5:13-5:32: The 12th Five-Year Plan covers 2011–2015, but this article is set in 2021, expected `14th Five-Year Plan` (2021–2025)']
    },
    {
      name: 'a far-off plan against a stated date',
      text: dated('2021-03-01', 'Work on the 16th Five-Year Plan starts.'),
      errors: ['5:13-5:32: The 16th Five-Year Plan covers 2031–2035, but this article is set in 2021, expected `14th Five-Year Plan` (2021–2025)']
    },
    {
      name: 'an ordinal that contradicts its own years',
      text: 'The 14th Five-Year Plan (2016–2020) is over.',
      errors: ['1:5-1:24: The 14th Five-Year Plan covers 2021–2025, not 2016–2020, expected `13th Five-Year Plan`']
    },
    {
      name: 'spellings of the ordinal and the plan',
      text: dated('2021-03-01', 'The 9 th Five-Year Plan, the Thirteen Five-Year Plan, the ninth five year plan and the 8th Five‑Year.'),
      errors: [
        `5:5-5:24: ${ninth}`,
        `5:59-5:79: ${ninth}`,
        '5:88-5:101: The 8th Five-Year Plan covers 1991–1995, but this article is set in 2021, expected `14th Five-Year Plan` (2021–2025)'
      ]
    }
  ]
})

test('five-year-plan: a guessed year says where it came from', () => {
  const guessed = 'Mill plans ahead\n\nThe mill reviewed its results for 2021 and the 9th Five-Year period goals.'
  assert.match(lint(guessed, id)[0]?.note ?? '', /the years it mentions \(2021 most often\)/)
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
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/five-year-plan.md')
})
