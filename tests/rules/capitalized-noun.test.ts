import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'capitalized-noun'

testRule(id, {
  valid: [
    {name: 'a name', text: 'Intro.\n\nThe meeting opened. Guests entered the Meeting Hall.'},
    {name: 'the title of rules', text: 'Intro.\n\nThe protection of data matters. He drafted the Protection of Personal Information rules.'},
    {name: 'the Company as a body', text: 'Intro.\n\nThe company grew. The board thanked the Company for its work.'},
    {name: 'the Party', text: 'Intro.\n\nThe party met. Members of the Party voted.'},
    {name: 'never in lower case', text: 'Intro.\n\nThey attended the Meeting today.'},
    {name: 'a headline', text: 'Officials Attend the Meeting in Hexi\n\nThe meeting opened at nine.'}
  ],
  invalid: [
    {
      name: 'an everyday noun capitalized where the article writes it in lower case',
      text: 'The body met on Monday.\n\nThe meeting opened at nine. All staff attended the Meeting.',
      errors: ['3:52-3:59: Unexpected `Meeting`, expected `meeting`: the article writes this noun in lower case elsewhere']
    },
    {
      name: 'work and Work',
      text: 'Intro.\n\nWorkers began the work early. They finished the Work, and left.',
      errors: ['3:49-3:53: Unexpected `Work`, expected `work`: the article writes this noun in lower case elsewhere']
    },
    {
      name: 'meeting and Meeting in one paragraph',
      text: 'Intro.\n\nThe meeting opened. All staff attended the Meeting.',
      errors: ['3:44-3:51: Unexpected `Meeting`, expected `meeting`: the article writes this noun in lower case elsewhere']
    }
  ]
})

test('capitalized-noun: a whole message', () => {
  const [message] = lint('Intro.\n\nThe meeting opened. All staff attended the Meeting.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.deepEqual(message.expected, ['meeting'])
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/capitalized-noun.md')
})
