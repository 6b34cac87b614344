import assert from 'node:assert/strict'
import {test} from 'node:test'
import {applyFixes, findings, lint} from '../helpers.js'

const id = 'mixed-quotes'

test('mixed-quotes: reports each quote in the minority style', () => {
  assert.deepEqual(findings('He called it “a new start” and "a turning point".\n\nShe said “no.”', id), [
    '1:32-1:33: Straight `"` among curly quotes (4 curly, 2 straight), expected `“`',
    '1:48-1:49: Straight `"` among curly quotes (4 curly, 2 straight), expected `”`'
  ])
  assert.deepEqual(findings('He said "yes" and "no" but “maybe”.', id), [
    '1:28-1:29: Curly `“` among straight quotes (2 curly, 4 straight), expected `"`',
    '1:34-1:35: Curly `”` among straight quotes (2 curly, 4 straight), expected `"`'
  ])
})

test('mixed-quotes: on a tie the style used first wins', () => {
  assert.deepEqual(findings('It was "fine”.', id), ['1:13-1:14: Curly `”` among straight quotes (1 curly, 1 straight), expected `"`'])
})

test('mixed-quotes: one style, apostrophes and code are clean', () => {
  const clean = ['He said “yes” and “no”.', 'He said "yes" and "no".', 'Chinalco’s “plan” is `"raw"` code.', 'No quotes at all.']
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('mixed-quotes: the fix turns the minority into the majority style where the direction is clear', () => {
  const text = 'He called it “a new start” and "a turning point", “a plan” and " more.'
  const messages = lint(text, id)
  assert.equal(applyFixes(text, messages), 'He called it “a new start” and “a turning point”, “a plan” and " more.')
  assert.deepEqual(messages.at(-1)?.expected, ['“', '”'])
})

test('mixed-quotes: a whole message', () => {
  const [message] = lint('A “b” c "d" e “f”.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.source, 'copydesk')
  assert.equal(message.fatal, undefined)
  assert.equal(message.actual, '"')
  assert.deepEqual(message.expected, ['“'])
  assert.deepEqual(message.fix, {range: [8, 9], text: '“'})
})
