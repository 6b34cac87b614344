import assert from 'node:assert/strict'
import {test} from 'node:test'
import type {RuleSetting} from '../../src/config/types.js'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'term-variants'
const sets: RuleSetting = ['info', {variants: [['copper deep processing', 'copper fine and deep processing', 'copper intensive processing']]}]

testRule(id, {
  valid: [
    {name: 'one rendering throughout', text: 'Copper deep processing grew, and copper deep processing paid.', setting: sets},
    {name: 'no sets configured', text: 'Copper deep processing grew, and copper intensive processing paid.'},
    // A possessive or plural at the end, case alone, or a lowercase tail are not variants.
    'Jiangnan Copper Smelting Works grew. Jiangnan Copper Smelting Works’ staff and Jiangnan Copper Smelting Works’s plan.',
    'Jiangnan Copper Smelting Works grew. The jiangnan copper smelting works paid.',
    'Jiangnan Copper Smelting Works grew. Jiangnan Copper’s smelting works are old.',
    'Shandong Power Grid agreed. Shandong’s power grid failed.'
  ],
  invalid: [
    {
      name: 'in a configured set the first rendering used wins',
      text: 'The park grows copper fine and deep processing. Copper intensive processing needs power.\n\nMore copper deep processing firms came.',
      setting: sets,
      errors: [
        '1:49-1:76: Unexpected `Copper intensive processing`, expected `copper fine and deep processing`: the article uses that rendering first',
        '3:6-3:28: Unexpected `copper deep processing`, expected `copper fine and deep processing`: the article uses that rendering first'
      ]
    },
    {
      name: 'a name with and without a possessive inside it',
      text: 'Officials came to Jiangnan Copper Smelting Works. Jiangnan Copper’s Smelting works paid. Later Jiangnan Copper’s Smelting works hired staff.',
      errors: [
        '1:19-1:49: Unexpected `Jiangnan Copper Smelting Works`, expected `Jiangnan Copper’s Smelting works`: the article names it that way 2 times'
      ]
    },
    {
      // The possessive is looked for in every paragraph and heading, written ' or ’.
      name: "a name's possessive form in another paragraph, with a straight apostrophe",
      text: "# Jiangnan Copper Smelting Works\n\nOfficials from the county came to see Jiangnan Copper Smelting Works on a visit.\n\nJiangnan Copper's Smelting works paid.",
      errors: [
        "5:1-5:33: Unexpected `Jiangnan Copper's Smelting works`, expected `Jiangnan Copper Smelting Works`: the article names it that way 2 times"
      ]
    },
    {
      name: 'a tie goes to the form used first',
      text: 'Jiangnan Copper Smelting Works grew. Jiangnan Copper’s Smelting Works shrank.',
      errors: [
        '1:38-1:70: Unexpected `Jiangnan Copper’s Smelting Works`, expected `Jiangnan Copper Smelting Works`: the article names it that way once'
      ]
    },
    {
      name: 'configured sets: one word may match as a plural or possessive',
      text: 'Two co-workers met in Guiyang. The workmates left, and a workmate’s car stayed.',
      setting: ['info', {variants: [['workmate', 'co-worker']]}],
      errors: [
        '1:36-1:45: Unexpected `workmates`, expected `co-worker`: the article uses that rendering first',
        '1:58-1:66: Unexpected `workmate`, expected `co-worker`: the article uses that rendering first'
      ]
    },
    {
      name: 'configured sets: a first word with an apostrophe may be written with ’',
      text: "Xi'an roujiamo sold well; Xian roujiamo did not.",
      setting: ['info', {variants: [['Xi’an roujiamo', 'Xian roujiamo']]}],
      errors: [
        '1:27-1:40: Unexpected `Xian roujiamo`, expected `Xi’an roujiamo`: the article uses that rendering first'
      ]
    },
    {
      name: 'configured sets: ASCII first words (U+212A KELVIN SIGN lowercases to k, so "\\u212AELVIN" holds "kelvin")',
      text: 'The \u212AELVIN degrees are used.\n\nNo scale here. The kelvin scale agrees.',
      setting: ['info', {variants: [['KELVIN scale', 'kelvin degrees']]}],
      errors: [
        '3:20-3:32: Unexpected `kelvin scale`, expected `kelvin degrees`: the article uses that rendering first'
      ]
    }
  ]
})

test('term-variants: a whole message is info without a fix', () => {
  const [message] = lint('Copper deep processing rose; copper intensive processing fell.', id, sets)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, undefined)
  assert.equal(message.actual, 'copper intensive processing')
  assert.deepEqual(message.expected, ['copper deep processing'])
  assert.equal(message.fix, undefined)
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/term-variants.md')
})
