import assert from 'node:assert/strict'
import {test} from 'node:test'
import {applyFixes, findings, flagged, lint} from '../helpers.js'

const id = 'extra-space'

test('extra-space: flags two or more spaces inside a sentence', () => {
  assert.deepEqual(findings('The plant  opened in May, making the   output rise.', id), [
    '1:10-1:12: Unexpected 2 spaces in `plant  opened`, expected `plant opened`',
    '1:37-1:40: Unexpected 3 spaces in `the   output`, expected `the output`'
  ])
  // An abbreviation does not end the sentence.
  assert.deepEqual(flagged('Mr.  Smith came.', id), ['  '])
})

test('extra-space: flags a space before a punctuation mark', () => {
  assert.deepEqual(findings('It rose in May , they said ; prices fell .', id), [
    '1:15-1:17: Unexpected space before `,`, expected `May,`',
    '1:27-1:29: Unexpected space before `;`, expected `said;`',
    '1:41-1:43: Unexpected space before `.`, expected `fell.`'
  ])
  assert.deepEqual(flagged('Is it true ? Yes !', id), [' ?', ' !'])
})

test('extra-space: a leftover mark after another one', () => {
  assert.deepEqual(findings('Sold in limited numbers. . Then China, . Now', id), [
    '1:25-1:27: Unexpected second `.` after `numbers.`, remove it',
    '1:39-1:41: Unexpected `.` after `China,`, keep one of the two marks'
  ])
  // An abbreviation's full stop then a comma is one space too many, not a leftover.
  assert.deepEqual(findings('Aluminum Co. , Ltd. said so.', id), ['1:13-1:15: Unexpected space before `,`, expected `Co.,`'])
})

test('extra-space: fixes leave one space, and move a space stuck after the mark', () => {
  const text = 'The plant  opened in May , they said .\nBloggers, etc ,they came. Sold out. .'
  assert.equal(applyFixes(text, lint(text, id)), 'The plant opened in May, they said.\nBloggers, etc, they came. Sold out.')
})

test('extra-space: leaves sentence gaps, indentation, line breaks, code and tables alone', () => {
  const clean = [
    'The plant opened.  Then it closed.',
    'A hard break here  \nand a new line.',
    '- a list item\n  continued on an indented line',
    'Run `a  b ,c` now.',
    '| a | b |\n|:----|----:|\n| cell one |   two |',
    'Wait . . . then go ...and read .NET docs or .5 of .com names.',
    'The score was 3 : 2 today :) and ;-) too.',
    'He said: “It ended. ” And (it did. )'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('extra-space: positions inside Markdown, no fix across syntax', () => {
  assert.deepEqual(findings('# A  headline\n\n| x  y | z |\n|---|---|\n| 1 | 2 |', id), [
    '1:4-1:6: Unexpected 2 spaces in `A  headline`, expected `A headline`',
    '3:4-3:6: Unexpected 2 spaces in `x  y`, expected `x y`'
  ])
  assert.deepEqual(findings('See [the report ](https://example.com), then.', id), [])
})

test('extra-space: stays out of Chinese text that uses ASCII marks (issue 25)', () => {
  const text = '来源:县政府  作者 :李明  发布 , 2021\n\nThe plant  opened.'
  assert.deepEqual(flagged(text, id), ['  '])
  assert.deepEqual(findings(text, id).map((line) => line.slice(0, 8)), ['3:10-3:1'])
})

test('extra-space: a mark typed twice', () => {
  const text = 'The mill,, the port and Anhui Steel Co., Ltd.. Then work began;; it rained... and stopped.'
  assert.deepEqual(findings(text, id), [
    '1:10-1:11: Unexpected second `,` after `mill,`, remove it',
    '1:46-1:47: Unexpected second `.` after `Ltd.`, remove it',
    '1:64-1:65: Unexpected second `;` after `began;`, remove it'
  ])
  assert.equal(applyFixes(text, lint(text, id)), 'The mill, the port and Anhui Steel Co., Ltd. Then work began; it rained... and stopped.')
  assert.deepEqual(findings('See ../docs and https://example.com/a,,b for it.', id), [])
})

test('extra-space: a space before a possessive', () => {
  assert.deepEqual(findings('The Wuhu Steel Co., Ltd. \'s plant and the bureau ’s staff said so.', id), [
    '1:25-1:26: Unexpected space before `\'s`, expected `Ltd.\'s`',
    '1:49-1:50: Unexpected space before `’s`, expected `bureau’s`'
  ])
  assert.deepEqual(findings("He said 'so' and 'sorry' twice.", id), [])
})

test('extra-space: a whole message', () => {
  const [message] = lint('It rose in May ,then fell.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.source, 'copydesk')
  assert.equal(message.fatal, false)
  assert.equal(message.reason, 'Unexpected space before `,`, expected `May, then`')
  assert.equal(message.actual, ' ,')
  assert.deepEqual(message.expected, ['May, then'])
  assert.deepEqual(message.fix, {range: [14, 16], text: ', '})
})
