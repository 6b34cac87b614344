import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'merged-sentence'

testRule(id, {
  valid: [
    // Names, titles and Title Case are not merges.
    'He joined the Work Safety Committee in May.',
    'The fifth State of the Nation Address was given on Monday.',
    'The antelope is a national Level 1 protected species.',
    'Shares of Apple rose on Monday.',
    'The hospital will invite Shanghai experts to Xiamen.',
    'The tsunami reached distant Japan on Friday.',
    'The action movie Journey opens next week.',
    'The deputy mayor He Fei spoke at the meeting.',
    // Capitals beyond ASCII beside it: a name too.
    'The visitors met Élise Work together again.',
    'The firm works with the smelter Work Ōmura plans.',
    'Output in early March rose by a tenth.',
    'I think I can do it, said the NASA official.',
    'Trains on Line 3 Work around the clock.',
    'Beijing, July 26 According to the weather bureau, rain is due.',
    // Quotations, colons, line breaks and headlines are left alone.
    'The slogan “Work Hard and Live Well” spread across the city.',
    'He gave one piece of advice: Work is the cure.',
    'Smelter and district agree on a plan\nWork on the new line begins in May.',
    '# Smelter To Work With District',
    'Smelter and district agree on a joint plan Work',
    'She said (Work is hard) and left.'
  ],
  invalid: [
    {
      name: 'a sentence whose stop stands before a closing bracket, or is a question mark',
      text: 'He said the plant will grow (the plant The firm runs is old.) The county opened the plant The mayor spoke?',
      errors: [
        '1:34-1:43: Capitalized `The` inside a sentence, expected a full stop before it (`plant. The`) or `the`',
        '1:85-1:94: Capitalized `The` inside a sentence, expected a full stop before it (`plant. The`) or `the`'
      ]
    },
    {
      name: 'a verb capitalized mid-sentence',
      text: 'The mayor asked the firm to cooperate with the smelter Work together to expand processing.',
      errors: ['1:48-1:60: Capitalized `Work` inside a sentence, expected a full stop before it (`smelter. Work`) or `work`']
    },
    {
      name: 'after a no-break space',
      text: 'The mayor asked the firm to cooperate with the smelter\u00a0Work together to expand processing.',
      errors: ['1:48-1:60: Capitalized `Work` inside a sentence, expected a full stop before it (`smelter. Work`) or `work`']
    },
    {
      name: 'a pronoun capitalized mid-sentence',
      text: 'He thanked the district for its guidance He then introduced the plant.',
      errors: ['1:33-1:44: Capitalized `He` inside a sentence, expected a full stop before it (`guidance. He`) or `he`']
    },
    {
      name: 'a sentence opener capitalized mid-sentence',
      text: 'Sales recovered in an orderly way The market grew by half.',
      errors: ['1:31-1:38: Capitalized `The` inside a sentence, expected a full stop before it (`way. The`) or `the`']
    },
    {
      name: 'a sentence opener after a year',
      text: 'The plant expanded in 2021 The company hired more.',
      errors: ['1:23-1:31: Capitalized `The` inside a sentence, expected a full stop before it (`2021. The`) or `the`']
    },
    {
      name: 'an imperative run on after a noun',
      text: 'Visitors toured the new rolling mill Promote the mill to buyers abroad.',
      errors: ['1:33-1:45: Capitalized `Promote` inside a sentence, expected a full stop before it (`mill. Promote`) or `promote`']
    }
  ]
})

test('merged-sentence: a whole message', () => {
  const [message] = lint('Visitors toured the new rolling mill Promote the mill to buyers abroad.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.equal(message.actual, 'mill Promote')
  assert.deepEqual(message.expected, ['mill. Promote', 'mill promote'])
  assert.equal(message.fix, undefined)
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/merged-sentence.md')
})
