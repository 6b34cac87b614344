import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'number-style'
const only = (option: string) => ['warn', {separators: false, units: false, isoDates: false, dateOrder: false, [option]: true}] as ['warn', Record<string, boolean>]

testRule(id, {
  valid: [
    // Years, codes, ranges, labels and small figures need no separators.
    {text: 'In 2023 the plant reopened; it was founded in 1556 and rebuilt since 1949.', setting: only('separators')},
    {text: 'Ring the hotline 12345 or room 1080, or see No. 4300 and flight 8802.', setting: only('separators')},
    {text: 'Output rose from 2019-2022 and costs fell 3000–4000 yuan.', setting: only('separators')},
    {text: 'The company (600519) and Sansun (600884.SH) trade in Shanghai.', setting: only('separators')},
    {text: 'Call 8800 7777 for help.', setting: only('separators')},
    {text: 'It cost 1,080 yuan, 980 yuan or 12.5 percent, and version 3.1415 shipped.', setting: only('separators')},
    {text: '| 4300 | yuan |\n|---|---|\n| 1 | 2 |', setting: only('separators')},
    // A unit already spaced, and figures glued to letters as part of a name, are left alone.
    {text: '5G networks cover 20 km.', setting: only('units')},
    {text: 'A 4K screen and a $2m budget.', setting: only('units')},
    {text: 'The 7nm chip and 100m sprint.', setting: only('units')},
    {name: 'a scraped time stamp is not an ISO date in prose', text: '2023-02-11 13:09:10 Source: the city paper', setting: only('isoDates')},
    {name: 'figures that are not dates', text: 'Part 2023-02-119 and 2023-13-01 are not dates.', setting: only('isoDates')},
    {name: 'day-month as the article’s own style is left alone', text: 'Talks began on 9 February, resumed on 10 February and ended on February 12.', setting: only('dateOrder')},
    {name: 'day-month on a tie is left alone', text: 'Talks began on 9 February and ended on February 12.', setting: only('dateOrder')}
  ],
  invalid: [
    {
      name: 'figures of four digits and more need thousands separators',
      text: 'The county rehoused 1080 families and paid 45000 yuan each.',
      errors: [
        '1:21-1:25: Unexpected `1080`, expected `1,080` with thousands separators',
        '1:44-1:49: Unexpected `45000`, expected `45,000` with thousands separators'
      ],
      output: 'The county rehoused 1,080 families and paid 45,000 yuan each.'
    },
    {
      name: 'thousands separators: the fix',
      text: 'About 2500 workers and 1234567 tonnes.',
      errors: [
        '1:7-1:11: Unexpected `2500`, expected `2,500` with thousands separators',
        '1:24-1:31: Unexpected `1234567`, expected `1,234,567` with thousands separators'
      ],
      output: 'About 2,500 workers and 1,234,567 tonnes.'
    },
    {
      name: 'a unit glued to its figure',
      text: 'The line runs 20km at 500Mbps and weighs 5kg.',
      errors: [
        '1:15-1:19: Unexpected `20km`, expected `20 km`: a space between the figure and its unit',
        '1:23-1:30: Unexpected `500Mbps`, expected `500 Mbps`: a space between the figure and its unit',
        '1:42-1:45: Unexpected `5kg`, expected `5 kg`: a space between the figure and its unit'
      ],
      output: 'The line runs 20 km at 500 Mbps and weighs 5 kg.'
    },
    {
      name: 'a unit glued to a decimal figure',
      text: 'It is 3.5km long.',
      errors: [
        '1:7-1:12: Unexpected `3.5km`, expected `3.5 km`: a space between the figure and its unit'
      ],
      output: 'It is 3.5 km long.'
    },
    {
      name: 'an ISO date in prose',
      text: 'The fair opened on 2023-02-11 in the city.',
      errors: [
        '1:20-1:30: Unexpected `2023-02-11` in prose, expected `February 11, 2023`'
      ]
    },
    {
      name: 'an ISO date in the first and in the last month',
      text: 'Work ran from 2021-01-05 to 2022-12-31.',
      errors: [
        '1:15-1:25: Unexpected `2021-01-05` in prose, expected `January 5, 2021`',
        '1:29-1:39: Unexpected `2022-12-31` in prose, expected `December 31, 2022`'
      ]
    },
    {
      name: 'day-month dates among month-day ones',
      text: 'Talks began on February 9, resumed on February 10 and stalled on February 12.\n\nThe deal was signed on 11 Feb and took effect on 1 March.',
      errors: [
        '3:24-3:30: Unexpected day-month `11 Feb` among 3 month-day dates, expected `Feb. 11`',
        '3:50-3:57: Unexpected day-month `1 March` among 3 month-day dates, expected `March 1`'
      ]
    },
    {
      name: 'a line of page furniture is left to boilerplate, which deletes it',
      text: 'Plant opens\n\nTIME : 2019-11-21    CLICK : 1080\n\nThe plant opened on 2019-11-21.',
      errors: [
        '5:21-5:31: Unexpected `2019-11-21` in prose, expected `November 21, 2019`'
      ]
    }
  ]
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
