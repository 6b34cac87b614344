import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'uncountable-plural'

testRule(id, {
  valid: [
    {name: 'staffs as a verb', text: 'The agency staffs the front desk on weekdays.'},
    {name: '-ys after a vowel, and names', text: 'The boys spent days with the Kennedys and their keys.'}
  ],
  invalid: [
    {
      name: 'found beside -ys words after a vowel, which let a block pass unsearched on their own',
      text: 'In three days the factorys and their equipments were ready, the mayor says.',
      errors: [
        "1:19-1:27: Unexpected `factorys`, expected `factories` or `factory's`: a plural of -y after a consonant ends in -ies",
        '1:38-1:48: Unexpected `equipments`, expected `equipment`: English does not count `equipment`'
      ]
    },
    {
      name: 'a mass noun made plural',
      text: 'Buyers asked for more informations on the furnitures.',
      errors: [
        '1:23-1:35: Unexpected `informations`, expected `information`: English does not count `information`',
        '1:43-1:53: Unexpected `furnitures`, expected `furniture`: English does not count `furniture`'
      ]
    },
    {
      name: 'a mass noun made plural, capitalized',
      text: 'Softwares and Equipments arrived.',
      errors: [
        '1:1-1:10: Unexpected `Softwares`, expected `Software`: English does not count `software`',
        '1:15-1:25: Unexpected `Equipments`, expected `Equipment`: English does not count `equipment`'
      ]
    },
    {
      name: 'staffs as a noun',
      text: 'All staffs joined the drill; 30 staffs left; the staffs of the mill agreed.',
      errors: [
        '1:5-1:11: Unexpected `staffs`, expected `staff`: English does not count `staff`',
        '1:33-1:39: Unexpected `staffs`, expected `staff`: English does not count `staff`',
        '1:50-1:56: Unexpected `staffs`, expected `staff`: English does not count `staff`'
      ]
    },
    {
      name: 'a -ys plural where English writes -ies',
      text: 'Two factorys opened in the citys.',
      errors: [
        "1:5-1:13: Unexpected `factorys`, expected `factories` or `factory's`: a plural of -y after a consonant ends in -ies",
        "1:28-1:33: Unexpected `citys`, expected `cities` or `city's`: a plural of -y after a consonant ends in -ies"
      ]
    }
  ]
})

test('uncountable-plural: a whole message', () => {
  const [message] = lint('Two factorys opened.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.deepEqual(message.expected, ['factories', "factory's"])
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/uncountable-plural.md')
})
