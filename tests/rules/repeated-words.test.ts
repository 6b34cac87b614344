import assert from 'node:assert/strict'
import {test} from 'node:test'
import {applyFixes, findings, flagged, lint} from '../helpers.js'

const id = 'repeated-words'

test('repeated-words: flags a word said twice', () => {
  assert.deepEqual(findings('The company will will expand the the plant.', id), [
    '1:13-1:22: Unexpected repeated `will`, remove one occurrence',
    '1:30-1:37: Unexpected repeated `the`, remove one occurrence'
  ])
  assert.deepEqual(flagged('It rose to to 5 percent. The the output fell.', id), ['to to', 'The the'])
})

test('repeated-words: keeps the plugin exceptions', () => {
  const clean = [
    'The best year they had had since 2010.',
    'He said that that plan would work.',
    'Conductor Yang Yang and pianist Li Li played.',
    'D. D. will pop up later.',
    'The term ends. The next begins.',
    'Prices rose 10 10 times? No.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('repeated-words: correct English doubles are not reported', () => {
  const clean = [
    'To this this year’s budget adds another 2 million pounds.',
    'Compared with these these figures look modest.',
    'The survey found Salmo trutta trutta in two streams.',
    'The zoo keeps Gorilla gorilla and two other apes.',
    'Samples of Gymnocypris przewalskii przewalskii were taken.',
    '“It was a very very long winter,” she said.',
    'He said it was “really really good” and left.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('repeated-words: the doubles MT leaves are still reported', () => {
  assert.deepEqual(flagged('The service was held in in the church.', id), ['in in'])
  // Emphasis outside quotation marks, and a function word inside them.
  assert.deepEqual(flagged('The winter was very very long. “We went to to the church,” he said.', id), ['very very', 'to to'])
  assert.deepEqual(flagged('This this plan works. The plant plant grew. The the output fell.', id), ['This this', 'plant plant', 'The the'])
  assert.deepEqual(flagged('Rules like this this this year. The actress Ni ni starred.', id), ['this this', 'this this', 'Ni ni'])
})

test('repeated-words: the fix removes the second word and the space before it', () => {
  const text = 'The company will will expand, and the the plant\ngrows.'
  assert.equal(applyFixes(text, lint(text, id)), 'The company will expand, and the plant\ngrows.')
})

test('repeated-words: no fix across a line break or Markdown syntax', () => {
  const messages = lint('It went to\nto the plant and the **the** office.', id)
  assert.deepEqual(
    messages.map((m) => [m.actual, m.fix]),
    [
      ['to\nto', undefined],
      ['the the', undefined]
    ]
  )
})

test('repeated-words: positions inside headings and table cells', () => {
  assert.deepEqual(findings('# A a plan for for growth\n\n| x | it is is |\n|---|---|\n| y | z |', id), [
    '1:3-1:6: Unexpected repeated `a`, remove one occurrence',
    '1:12-1:19: Unexpected repeated `for`, remove one occurrence',
    '3:10-3:15: Unexpected repeated `is`, remove one occurrence'
  ])
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

test('repeated-words: case is ignored in any script, and marks are not letters', () => {
  assert.deepEqual(flagged('The CAFÉ café opened. ΟΔΟΣ οδος closed. It is İstanbul i̇stanbul again.', id), ['CAFÉ café', 'ΟΔΟΣ οδος', 'İstanbul i̇stanbul'])
  assert.deepEqual(findings('Press @ ` and [ { now.', id), [])
})
