import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findings, flagged, lint} from '../helpers.js'

const id = 'capitalized-noun'

test('capitalized-noun: an everyday noun capitalized where the article writes it in lower case', () => {
  const text = 'The body met on Monday.\n\nThe meeting opened at nine. All staff attended the Meeting.'
  assert.deepEqual(findings(text, id), [
    '3:52-3:59: Unexpected `Meeting`, expected `meeting`: the article writes this noun in lower case elsewhere'
  ])
  assert.deepEqual(flagged('Intro.\n\nWorkers began the work early. They finished the Work, and left.', id), ['Work'])
})

test('capitalized-noun: names, bodies, headlines and nouns never lowercase are left alone', () => {
  const clean = [
    'Intro.\n\nThe meeting opened. Guests entered the Meeting Hall.',
    'Intro.\n\nThe protection of data matters. He drafted the Protection of Personal Information rules.',
    'Intro.\n\nThe company grew. The board thanked the Company for its work.',
    'Intro.\n\nThe party met. Members of the Party voted.',
    'Intro.\n\nThey attended the Meeting today.',
    'Officials Attend the Meeting in Hexi\n\nThe meeting opened at nine.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('capitalized-noun: a whole message', () => {
  const [message] = lint('Intro.\n\nThe meeting opened. All staff attended the Meeting.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.deepEqual(message.expected, ['meeting'])
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/capitalized-noun.md')
})
