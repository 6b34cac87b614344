import assert from 'node:assert/strict'
import {test} from 'node:test'
import {applyFixes, findings, flagged, lint} from '../helpers.js'

const id = 'missing-space'

test('missing-space: flags a sentence run into the next', () => {
  assert.deepEqual(findings('They met in the clusters.The heads attended.', id), [
    '1:17-1:29: Missing space after `.`, expected `clusters. The`'
  ])
})

test('missing-space: flags commas, colons and semicolons before a word', () => {
  assert.deepEqual(flagged('The ecosystem,said the mayor. Link to this article:Bu Lan; Alloy Wiki,thanks;then more', id), [
    'ecosystem,said',
    'article:Bu',
    'Wiki,thanks',
    'thanks;then'
  ])
})

test('missing-space: the fix inserts one space and nothing else', () => {
  const text = 'Hello world.The end,and more.'
  assert.equal(applyFixes(text, lint(text, id)), 'Hello world. The end, and more.')
})

test('missing-space: keeps numbers, abbreviations, initials and web addresses', () => {
  const clean = [
    'Output rose 3.5 percent to 1,200 tonnes at 8:30 a.m. in a 1:2 ratio.',
    'The U.S. and the U.K. met, e.g. in talks, i.e. formally.',
    'Guizhou Aluminum Co.,Ltd. and No.5 plant, Mr.Smith aside.',
    'J.R.R.Tolkien wrote it.',
    'See www.example.com.cn or https://example.com/a,b or mail news@example.com.',
    'Download report.pdf and install Node.js v1.2.3 from ASP.NET.',
    'Use `a.The` in code.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('missing-space: positions point into the file inside Markdown syntax', () => {
  assert.deepEqual(findings('# Title\n\n- a list item with **bold text.The** end', id), [
    '3:27-3:35: Missing space after `.`, expected `text. The`'
  ])
  assert.deepEqual(findings('| a | b |\n| - | - |\n| cell one.Two | x |', id), ['3:8-3:15: Missing space after `.`, expected `one. Two`'])
})

test('missing-space: a whole message carries the rule metadata', () => {
  const [message] = lint('It ended.Then it began.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.source, 'copydesk')
  assert.equal(message.fatal, true)
  assert.equal(message.actual, 'ended.Then')
  assert.deepEqual(message.expected, ['ended. Then'])
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/missing-space.md')
  assert.deepEqual(message.fix, {range: [9, 9], text: ' '})
})
