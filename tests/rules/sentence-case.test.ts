import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'sentence-case'

testRule(id, {
  valid: [
    // Abbreviations, numbers, addresses and ellipses go on in lower case.
    'Smith et al. found the same, cf. the earlier study.',
    'Bring tools, gloves, etc. and wait at the gate.',
    'It weighs 5 kg. and costs little.',
    'Read it on chinanews.com today.',
    'He paused... then spoke.',
    'The meeting began at 9 a.m. sharp.',
    'See p. 4 for details.',
    // Titles, names and quotations after a comma are left alone.
    'He read his novel, The Old Man and the Sea, aloud.',
    'The paper, The Times reported, was sold.',
    'He said, The plan is sound.',
    'Sales rose; The Economist noted the trend.',
    'After lunch, we met again; it rained.'
  ],
  invalid: [
    {
      name: 'a sentence that starts in lower case',
      text: 'The kiln was relit on time. the plant expects higher output.',
      errors: [
        '1:29-1:32: Unexpected `the` after a full stop, expected `The`: a sentence starts with a capital'
      ]
    },
    {
      name: 'a sentence that starts with a lowercase verb',
      text: 'Staff met the buyers. discuss prices with them.',
      errors: [
        '1:23-1:30: Unexpected `discuss` after a full stop, expected `Discuss`: a sentence starts with a capital'
      ]
    },
    {
      name: 'a sentence that starts in lower case after a full-width full stop',
      text: 'The board met。after that it voted.',
      errors: [
        '1:15-1:20: Unexpected `after` after a full stop, expected `After`: a sentence starts with a capital'
      ]
    },
    {
      name: 'a capitalized opener after a semicolon',
      text: 'Duties must be carried out; We should check every site.',
      errors: [
        '1:29-1:31: Unexpected `We` after a semicolon, expected `we`: no sentence starts here'
      ]
    },
    {
      name: 'a capitalized opener after a comma',
      text: 'On the morning of May 3, The meeting opened.',
      errors: [
        '1:26-1:29: Unexpected `The` after a comma, expected `the`: no sentence starts here'
      ]
    }
  ]
})

test('sentence-case: a whole message', () => {
  const [message] = lint('The kiln was relit on time. the plant expects higher output.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.deepEqual(message.expected, ['The'])
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/sentence-case.md')
})
