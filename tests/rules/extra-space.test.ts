import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'extra-space'

testRule(id, {
  valid: [
    // Sentence gaps, hard breaks, indentation, code, tables, ellipses, scores, emoticons, closing quotes and brackets.
    'The plant opened.  Then it closed.',
    'A hard break here  \nand a new line.',
    '- a list item\n  continued on an indented line',
    'Run `a  b ,c` now.',
    '| a | b |\n|:----|----:|\n| cell one |   two |',
    'Wait . . . then go ...and read .NET docs or .5 of .com names.',
    'The score was 3 : 2 today :) and ;-) too.',
    'He said: “It ended. ” And (it did. )',
    {name: 'a space inside link text', text: 'See [the report ](https://example.com), then.'},
    {name: 'paths and addresses', text: 'See ../docs and https://example.com/a,,b for it.'},
    {name: 'quoted words starting with s', text: 'He said \'so\' and \'sorry\' twice.'}
  ],
  invalid: [
    {
      name: 'two or more spaces inside a sentence',
      text: 'The plant  opened in May, making the   output rise.',
      errors: [
        '1:10-1:12: Unexpected 2 spaces in `plant  opened`, expected `plant opened`',
        '1:37-1:40: Unexpected 3 spaces in `the   output`, expected `the output`'
      ],
      output: 'The plant opened in May, making the output rise.'
    },
    {
      name: 'an abbreviation does not end the sentence',
      text: 'Mr.  Smith came.',
      errors: ['1:4-1:6: Unexpected 2 spaces in `Mr.  Smith`, expected `Mr. Smith`'],
      output: 'Mr. Smith came.'
    },
    {
      name: 'a space before a punctuation mark',
      text: 'It rose in May , they said ; prices fell .',
      errors: [
        '1:15-1:17: Unexpected space before `,`, expected `May,`',
        '1:27-1:29: Unexpected space before `;`, expected `said;`',
        '1:41-1:43: Unexpected space before `.`, expected `fell.`'
      ],
      output: 'It rose in May, they said; prices fell.'
    },
    {
      name: 'a space before a question or exclamation mark',
      text: 'Is it true ? Yes !',
      errors: [
        '1:11-1:13: Unexpected space before `?`, expected `true?`',
        '1:17-1:19: Unexpected space before `!`, expected `Yes!`'
      ],
      output: 'Is it true? Yes!'
    },
    {
      name: 'a leftover mark after another one',
      text: 'Sold in limited numbers. . Then China, . Now',
      errors: [
        '1:25-1:27: Unexpected second `.` after `numbers.`, remove it',
        '1:39-1:41: Unexpected `.` after `China,`, keep one of the two marks'
      ],
      output: 'Sold in limited numbers. Then China, . Now'
    },
    {
      name: 'an abbreviation’s full stop then a comma is one space too many, not a leftover',
      text: 'Aluminum Co. , Ltd. said so.',
      errors: ['1:13-1:15: Unexpected space before `,`, expected `Co.,`'],
      output: 'Aluminum Co., Ltd. said so.'
    },
    {
      name: 'fixes leave one space, and move a space stuck after the mark',
      text: 'The plant  opened in May , they said .\nBloggers, etc ,they came. Sold out. .',
      errors: [
        '1:10-1:12: Unexpected 2 spaces in `plant  opened`, expected `plant opened`',
        '1:25-1:27: Unexpected space before `,`, expected `May,`',
        '1:37-1:39: Unexpected space before `.`, expected `said.`',
        '2:14-2:16: Unexpected space before `,`, expected `etc, they`',
        '2:36-2:38: Unexpected second `.` after `out.`, remove it'
      ],
      output: 'The plant opened in May, they said.\nBloggers, etc, they came. Sold out.'
    },
    {
      name: 'positions inside Markdown',
      text: '# A  headline\n\n| x  y | z |\n|---|---|\n| 1 | 2 |',
      errors: [
        '1:4-1:6: Unexpected 2 spaces in `A  headline`, expected `A headline`',
        '3:4-3:6: Unexpected 2 spaces in `x  y`, expected `x y`'
      ],
      output: '# A headline\n\n| x y | z |\n|---|---|\n| 1 | 2 |'
    },
    {
      name: 'stays out of Chinese text that uses ASCII marks (issue 25)',
      text: '来源:县政府  作者 :李明  发布 , 2021\n\nThe plant  opened.',
      errors: ['3:10-3:12: Unexpected 2 spaces in `plant  opened`, expected `plant opened`'],
      output: '来源:县政府  作者 :李明  发布 , 2021\n\nThe plant opened.'
    },
    {
      name: 'a mark typed twice',
      text: 'The mill,, the port and Anhui Steel Co., Ltd.. Then work began;; it rained... and stopped.',
      errors: [
        '1:10-1:11: Unexpected second `,` after `mill,`, remove it',
        '1:46-1:47: Unexpected second `.` after `Ltd.`, remove it',
        '1:64-1:65: Unexpected second `;` after `began;`, remove it'
      ],
      output: 'The mill, the port and Anhui Steel Co., Ltd. Then work began; it rained... and stopped.'
    },
    {
      name: 'a space before a possessive',
      text: 'The Wuhu Steel Co., Ltd. \'s plant and the bureau ’s staff said so.',
      errors: [
        '1:25-1:26: Unexpected space before `\'s`, expected `Ltd.\'s`',
        '1:49-1:50: Unexpected space before `’s`, expected `bureau’s`'
      ],
      output: 'The Wuhu Steel Co., Ltd.\'s plant and the bureau’s staff said so.'
    },
    {
      name: 'a space before a comma glued to the next word',
      text: 'It rose in May ,then fell.',
      errors: ['1:15-1:17: Unexpected space before `,`, expected `May, then`'],
      output: 'It rose in May, then fell.'
    }
  ]
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
