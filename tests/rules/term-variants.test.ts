import assert from 'node:assert/strict'
import {test} from 'node:test'
import type {RuleSetting} from '../../src/config/types.js'
import {findings, flagged, lint} from '../helpers.js'

const id = 'term-variants'
const sets: RuleSetting = ['info', {variants: [['copper deep processing', 'copper fine and deep processing', 'copper intensive processing']]}]

test('term-variants: in a configured set the first rendering used wins', () => {
  const text = 'The park grows copper fine and deep processing. Copper intensive processing needs power.\n\nMore copper deep processing firms came.'
  assert.deepEqual(findings(text, id, sets), [
    '1:49-1:76: Unexpected `Copper intensive processing`, expected `copper fine and deep processing`: the article uses that rendering first',
    '3:6-3:28: Unexpected `copper deep processing`, expected `copper fine and deep processing`: the article uses that rendering first'
  ])
})

test('term-variants: one rendering throughout, or no sets, no finding', () => {
  assert.deepEqual(findings('Copper deep processing grew, and copper deep processing paid.', id, sets), [])
  assert.deepEqual(findings('Copper deep processing grew, and copper intensive processing paid.', id), [])
})

test('term-variants: a name with and without a possessive inside it', () => {
  const text =
    'Officials came to Jiangnan Copper Smelting Works. Jiangnan Copper’s Smelting works paid. ' +
    'Later Jiangnan Copper’s Smelting works hired staff.'
  assert.deepEqual(flagged(text, id), ['Jiangnan Copper Smelting Works'])
})

test('term-variants: a tie goes to the form used first', () => {
  assert.deepEqual(flagged('Jiangnan Copper Smelting Works grew. Jiangnan Copper’s Smelting Works shrank.', id), ['Jiangnan Copper’s Smelting Works'])
})

test('term-variants: a possessive or plural at the end, case alone, or a lowercase tail are not variants', () => {
  const clean = [
    'Jiangnan Copper Smelting Works grew. Jiangnan Copper Smelting Works’ staff and Jiangnan Copper Smelting Works’s plan.',
    'Jiangnan Copper Smelting Works grew. The jiangnan copper smelting works paid.',
    'Jiangnan Copper Smelting Works grew. Jiangnan Copper’s smelting works are old.',
    'Shandong Power Grid agreed. Shandong’s power grid failed.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
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

test('term-variants: configured sets match as before whether or not a text can be passed over by its first words', () => {
  // One word may match as a plural or possessive; a first word with an apostrophe may be written with ’.
  assert.deepEqual(findings('Two co-workers met in Guiyang. The workmates left, and a workmate’s car stayed.', id, ['info', {variants: [['workmate', 'co-worker']]}]), [
    '1:36-1:45: Unexpected `workmates`, expected `co-worker`: the article uses that rendering first',
    '1:58-1:66: Unexpected `workmate`, expected `co-worker`: the article uses that rendering first'
  ])
  assert.deepEqual(findings("Xi'an roujiamo sold well; Xian roujiamo did not.", id, ['info', {variants: [['Xi’an roujiamo', 'Xian roujiamo']]}]), [
    '1:27-1:40: Unexpected `Xian roujiamo`, expected `Xi’an roujiamo`: the article uses that rendering first'
  ])
  // ASCII first words: U+212A KELVIN SIGN lowercases to k, so "\u212AELVIN" holds "kelvin".
  assert.deepEqual(findings('The \u212AELVIN degrees are used.\n\nNo scale here. The kelvin scale agrees.', id, ['info', {variants: [['KELVIN scale', 'kelvin degrees']]}]), [
    '3:20-3:32: Unexpected `kelvin scale`, expected `kelvin degrees`: the article uses that rendering first'
  ])
})
