import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'duplicated-phrase'

testRule(id, {
  valid: [
    // Ordinary repetition.
    'Prices rose step by step, day after day, more and more, again and again.',
    'The towers grew bigger and bigger and bigger over the decade.',
    'He thanked so-and-so and then the the editor.',
    'The Ministry of Finance and the Ministry of Commerce issued the rules.',
    '"Thank you, thank you," she said.',
    'She studied at Peking University and Peking University Health Science Center.',
    'A government of the people, by the people for the people.',
    'It is better to talk about it than not to talk about it.',
    'Contacts were traced, including close contacts of close contacts.',
    'The plan will continue to grow. Continue to grow, he urged.',
    // Idioms that repeat by design.
    'You have to walk the walk as well as talk the talk.',
    'He walked the walk; she talked the talk and fought the fight.',
    'They met face to face and worked side by side, one by one, little by little.',
    'The ward recovered day by day, step by step.',
    // An echo never spans a sentence or a comma.
    'Exports of the new cars rose. Exports of the new cars will rise again.',
    'They visited the plant, the plant in the north.',
    {name: 'maxGap 0: no words between the copies', text: 'They took the lead to take the lead in the region.', setting: ['warn', {maxGap: 0}]},
    {name: 'maxWords 2: a three-word phrase is too long', text: 'We took the initiative to take the initiative to act.', setting: ['warn', {maxWords: 2}]},
    // Clause marks of any script end an echo.
    'We will continue to； continue to grow.',
    'We will continue to： continue to grow.',
    'We will continue to( continue to grow.',
    'We will continue to, continue to grow.',
    'We will continue to— continue to grow.'
  ],
  invalid: [
    {
      name: 'a phrase echoed with another inflection',
      text: 'The county took the initiative to take the initiative to invite investors.',
      errors: ['1:12-1:57: Phrase said twice `took the initiative to take the initiative to`, expected `took the initiative to` or `take the initiative to` alone']
    },
    {
      name: 'took the lead to take the lead',
      text: 'The mill took the lead to take the lead in cutting emissions.',
      errors: ['1:10-1:40: Phrase said twice `took the lead to take the lead`, expected `took the lead` or `take the lead` alone']
    },
    {
      name: 'a verb echoed by its noun',
      text: 'Inspectors will strengthen the strengthening of safety checks.',
      errors: ['1:17-1:45: Phrase said twice `strengthen the strengthening`, expected `strengthen` or `strengthening` alone']
    },
    {
      name: 'exact echoes back to back, fixed',
      text: 'The plant will continue to continue to expand. Crowds watched the replay of the live broadcast of the live broadcast at noon.',
      errors: [
        '1:16-1:39: Phrase said twice `continue to continue to`, expected `continue to`',
        '1:74-1:117: Phrase said twice `of the live broadcast of the live broadcast`, expected `of the live broadcast`'
      ],
      output: 'The plant will continue to expand. Crowds watched the replay of the live broadcast at noon.'
    },
    {
      name: 'two words joined to themselves by and',
      text: 'Teams were sent for flood control and flood control along the river.',
      errors: ['1:21-1:52: Phrase said twice `flood control and flood control`, expected `flood control`'],
      output: 'Teams were sent for flood control along the river.'
    },
    {
      name: 'a run of copies is one finding at its shortest period',
      text: 'Tickets for the final match the final match the final match sold out.',
      errors: ['1:13-1:60: Phrase `the final match` said 3 times in a row, expected it once'],
      output: 'Tickets for the final match sold out.'
    },
    {
      name: 'a verb and its own derived noun is still the MT echo',
      text: 'We must strengthen the strengthening of safety and walk the walking path.',
      errors: [
        '1:9-1:37: Phrase said twice `strengthen the strengthening`, expected `strengthen` or `strengthening` alone',
        '1:52-1:68: Phrase said twice `walk the walking`, expected `walk` or `walking` alone'
      ]
    },
    {
      name: 'maxWords 2: a two-word phrase',
      text: 'We will continue to continue to adhere.',
      setting: ['warn', {maxWords: 2}],
      errors: ['1:9-1:32: Phrase said twice `continue to continue to`, expected `continue to`'],
      output: 'We will continue to adhere.'
    },
    {
      name: 'positions point into Markdown around the echo',
      text: '# Plans\n\nThe firm will *continue to* continue to grow.',
      errors: ['3:16-3:40: Phrase said twice `continue to continue to`, expected `continue to`'],
      output: '# Plans\n\nThe firm will *continue to* grow.'
    },
    {
      name: 'markup inside the echo blocks the fix',
      text: 'The firm will continue to *continue to* grow.',
      errors: ['1:15-1:39: Phrase said twice `continue to continue to`, expected `continue to`']
    },
    {
      name: 'the fix deletes the second copy',
      text: 'We must continue to continue to work.',
      errors: ['1:9-1:32: Phrase said twice `continue to continue to`, expected `continue to`'],
      output: 'We must continue to work.'
    },
    {
      name: 'a no-break space and an ideographic space keep an echo',
      text: 'We will continue to\u00a0continue to\u3000grow.',
      errors: ['1:9-1:32: Phrase said twice `continue to continue to`, expected `continue to`'],
      output: 'We will continue to\u3000grow.'
    },
    {
      name: 'a tab keeps an echo',
      text: 'We will continue to\tcontinue to grow.',
      errors: ['1:9-1:32: Phrase said twice `continue to continue to`, expected `continue to`'],
      output: 'We will continue to grow.'
    }
  ]
})

test('duplicated-phrase: a whole message', () => {
  const [message] = lint('We must continue to continue to work.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.equal(message.actual, 'continue to continue to')
  assert.deepEqual(message.expected, ['continue to'])
  assert.deepEqual(message.fix, {range: [19, 31], text: ''})
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/duplicated-phrase.md')
})
