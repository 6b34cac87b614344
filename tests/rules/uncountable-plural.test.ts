import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findings, flagged, lint} from '../helpers.js'

const id = 'uncountable-plural'

test('uncountable-plural: a mass noun made plural', () => {
  assert.deepEqual(findings('Buyers asked for more informations on the furnitures.', id), [
    '1:23-1:35: Unexpected `informations`, expected `information`: English does not count `information`',
    '1:43-1:53: Unexpected `furnitures`, expected `furniture`: English does not count `furniture`'
  ])
  assert.deepEqual(flagged('Softwares and Equipments arrived.', id), ['Softwares', 'Equipments'])
})

test('uncountable-plural: staffs as a noun, not as a verb', () => {
  assert.deepEqual(flagged('All staffs joined the drill; 30 staffs left; the staffs of the mill agreed.', id), ['staffs', 'staffs', 'staffs'])
  assert.deepEqual(flagged('The agency staffs the front desk on weekdays.', id), [])
})

test('uncountable-plural: a -ys plural where English writes -ies', () => {
  assert.deepEqual(findings('Two factorys opened in the citys.', id), [
    "1:5-1:13: Unexpected `factorys`, expected `factories` or `factory's`: a plural of -y after a consonant ends in -ies",
    "1:28-1:33: Unexpected `citys`, expected `cities` or `city's`: a plural of -y after a consonant ends in -ies"
  ])
  assert.deepEqual(flagged('The boys spent days with the Kennedys and their keys.', id), [])
})

test('uncountable-plural: a whole message', () => {
  const [message] = lint('Two factorys opened.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.deepEqual(message.expected, ['factories', "factory's"])
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/uncountable-plural.md')
})
