import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'capitalization-variants'
const named = 'Wang Hai, Secretary of the Baiyun District Party Committee, arrived. The Baiyun District Party Committee of Guiyang City hosted him.'
const department = 'The Vascular Surgery Department of Zhongshan Hospital opened. The Vascular Surgery Department hired staff.'

testRule(id, {
  valid: [
    {name: 'two-word generic references stay lowercase', text: 'The Shanghai International Film Festival opened. The Shanghai International Film Festival sold out, and the film festival ends today.'},
    {name: 'a generic use', text: `${named} Every county needs a district party committee.`},
    {name: 'a plural', text: `${named} Other district party committees agreed.`},
    {name: 'another body', text: `${named} The village district party committee agreed.`},
    {name: 'one in each of several bodies is generic: of', text: `${department} Since then the vascular surgery department of the two hospitals has shared cases.`},
    {name: 'one in each of several bodies is generic: in', text: `${department} The vascular surgery department in both cities grew.`},
    {name: 'one in each of several bodies is generic: possessive', text: `${department} The two hospitals’ vascular surgery department shares cases.`},
    {name: 'a sentence-initial capital counts for nothing', text: 'Municipal Environment Protection Bureau staff came. The municipal environment protection bureau agreed.'},
    {name: 'a heading counts for nothing', text: '# Baiyun District Party Committee Meets Investors\n\nThe Baiyun District Party Committee met. Later the district party committee paid.'},
    {name: 'a headline counts for nothing', text: 'Baiyun District Party Committee Meets Chinalco Investors In Guiyang\n\nThe Baiyun District Party Committee met. The district party committee paid.'},
    {name: 'no majority, no finding', text: 'The District Government met. The district government agreed. The Baiyun District government paid.'},
    {name: 'a tie, no finding', text: 'The Municipal Finance Bureau met and the Municipal Finance Bureau paid; the municipal finance bureau and the municipal finance bureau agreed.'},
    {name: 'a name capitalized once hides the one it overlaps in lower case', text: `${named} The Office of District opened. Later the office of district party committee paid.`},
    {name: 'a capitalized minority is left alone', text: 'The Municipal Finance Bureau met. The municipal finance bureau paid, the municipal finance bureau agreed.'}
  ],
  invalid: [
    {
      name: 'flags the lowercase form of a capitalized name',
      text: `${named}\n\nStaff thanked the district party committee for its help.`,
      errors: ['3:19-3:43: Unexpected `district party committee`, expected `District Party Committee`: the article capitalizes this name 2 times']
    },
    {
      name: 'a name counts inside longer names and across "and the"',
      text: 'The Municipal Development and Reform Commission and the Municipal Finance Bureau met. The Municipal Development and Reform Commission of Guiyang agreed. Later the municipal development and reform commission paid.',
      errors: ['1:164-1:207: Unexpected `municipal development and reform commission`, expected `Municipal Development and Reform Commission`: the article capitalizes this name 2 times']
    },
    {
      name: 'one body, written in lower case',
      text: `${department} Later the vascular surgery department grew.`,
      errors: ['1:118-1:145: Unexpected `vascular surgery department`, expected `Vascular Surgery Department`: the article capitalizes this name 2 times']
    },
    {
      name: 'a possessive',
      text: `${named} So the district party committee’s plan passed.`,
      errors: ['1:141-1:165: Unexpected `district party committee`, expected `District Party Committee`: the article capitalizes this name 2 times']
    }
  ]
})

test('capitalization-variants: a whole message is a warning without a fix', () => {
  const [message] = lint(`${named} So the district party committee’s plan passed.`, id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.equal(message.actual, 'district party committee')
  assert.deepEqual(message.expected, ['District Party Committee'])
  assert.equal(message.fix, undefined)
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/capitalization-variants.md')
})
