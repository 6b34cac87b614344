import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'repeated-words'

testRule(id, {
  valid: [
    // The exceptions of retext-repeated-words.
    'The best year they had had since 2010.',
    'He said that that plan would work.',
    'Conductor Yang Yang and pianist Li Li played.',
    'D. D. will pop up later.',
    'The term ends. The next begins.',
    'Prices rose 10 10 times? No.',
    // Correct English doubles.
    'To this this year’s budget adds another 2 million pounds.',
    'Compared with these these figures look modest.',
    'The survey found Salmo trutta trutta in two streams.',
    'The zoo keeps Gorilla gorilla and two other apes.',
    'Samples of Gymnocypris przewalskii przewalskii were taken.',
    '“It was a very very long winter,” she said.',
    'He said it was “really really good” and left.',
    {name: 'marks are not letters', text: 'Press @ ` and [ { now.'}
  ],
  invalid: [
    {
      name: 'a word said twice',
      text: 'The company will will expand the the plant.',
      errors: [
        '1:13-1:22: Unexpected repeated `will`, remove one occurrence',
        '1:30-1:37: Unexpected repeated `the`, remove one occurrence'
      ],
      output: 'The company will expand the plant.'
    },
    {
      name: 'a word said twice, before a figure and at the start of a sentence',
      text: 'It rose to to 5 percent. The the output fell.',
      errors: [
        '1:9-1:14: Unexpected repeated `to`, remove one occurrence',
        '1:26-1:33: Unexpected repeated `the`, remove one occurrence'
      ],
      output: 'It rose to 5 percent. The output fell.'
    },
    {
      name: 'the doubles MT leaves are still reported',
      text: 'The service was held in in the church.',
      errors: [
        '1:22-1:27: Unexpected repeated `in`, remove one occurrence'
      ],
      output: 'The service was held in the church.'
    },
    {
      name: 'emphasis outside quotation marks, and a function word inside them',
      text: 'The winter was very very long. “We went to to the church,” he said.',
      errors: [
        '1:16-1:25: Unexpected repeated `very`, remove one occurrence',
        '1:41-1:46: Unexpected repeated `to`, remove one occurrence'
      ],
      output: 'The winter was very long. “We went to the church,” he said.'
    },
    {
      name: 'a determiner, a noun and an article said twice',
      text: 'This this plan works. The plant plant grew. The the output fell.',
      errors: [
        '1:1-1:10: Unexpected repeated `this`, remove one occurrence',
        '1:27-1:38: Unexpected repeated `plant`, remove one occurrence',
        '1:45-1:52: Unexpected repeated `the`, remove one occurrence'
      ],
      output: 'This plan works. The plant grew. The output fell.'
    },
    {
      name: 'a word said three times, and a name in other case',
      text: 'Rules like this this this year. The actress Ni ni starred.',
      errors: [
        '1:12-1:21: Unexpected repeated `this`, remove one occurrence',
        '1:17-1:26: Unexpected repeated `this`, remove one occurrence',
        '1:45-1:50: Unexpected repeated `ni`, remove one occurrence'
      ],
      output: 'Rules like this year. The actress Ni starred.'
    },
    {
      name: 'the fix removes the second word and the space before it',
      text: 'The company will will expand, and the the plant\ngrows.',
      errors: [
        '1:13-1:22: Unexpected repeated `will`, remove one occurrence',
        '1:35-1:42: Unexpected repeated `the`, remove one occurrence'
      ],
      output: 'The company will expand, and the plant\ngrows.'
    },
    {
      name: 'no fix across a line break or Markdown syntax',
      text: 'It went to\nto the plant and the **the** office.',
      errors: [
        '1:9-2:3: Unexpected repeated `to`, remove one occurrence',
        '2:18-2:27: Unexpected repeated `the`, remove one occurrence'
      ]
    },
    {
      name: 'positions inside headings and table cells',
      text: '# A a plan for for growth\n\n| x | it is is |\n|---|---|\n| y | z |',
      errors: [
        '1:3-1:6: Unexpected repeated `a`, remove one occurrence',
        '1:12-1:19: Unexpected repeated `for`, remove one occurrence',
        '3:10-3:15: Unexpected repeated `is`, remove one occurrence'
      ],
      output: '# A plan for growth\n\n| x | it is |\n|---|---|\n| y | z |'
    },
    {
      name: 'case is ignored in any script',
      text: 'The CAFÉ café opened. ΟΔΟΣ οδος closed. It is İstanbul i̇stanbul again.',
      errors: [
        '1:5-1:14: Unexpected repeated `café`, remove one occurrence',
        '1:23-1:32: Unexpected repeated `οδος`, remove one occurrence',
        '1:47-1:65: Unexpected repeated `i̇stanbul`, remove one occurrence'
      ],
      output: 'The CAFÉ opened. ΟΔΟΣ closed. It is İstanbul again.'
    }
  ]
})

test('repeated-words: no fix across a line break or Markdown syntax, and `actual` is the text as written', () => {
  const messages = lint('It went to\nto the plant and the **the** office.', id)
  assert.deepEqual(
    messages.map((m) => [m.actual, m.fix]),
    [
      ['to\nto', undefined],
      ['the the', undefined]
    ]
  )
})

test('repeated-words: a whole message is relabelled with our id and source', () => {
  const [message] = lint('It was was late.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.source, 'copydesk')
  assert.equal(message.fatal, false)
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/repeated-words.md')
  assert.equal(message.actual, 'was was')
  assert.deepEqual(message.expected, ['was'])
  assert.deepEqual(message.fix, {range: [6, 10], text: ''})
})
