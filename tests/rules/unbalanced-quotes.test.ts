import assert from 'node:assert/strict'
import {test} from 'node:test'
import {applyFixes, findings, flagged, lint} from '../helpers.js'

const id = 'unbalanced-quotes'

test('unbalanced-quotes: an opening quote or bracket never closed', () => {
  assert.deepEqual(findings('The firm called it “a new start, and shares rose.\n\nShares rose (by 5 percent.\n\nIt ended.', id), [
    '1:20-1:21: Opening `“` is never closed, add `”` where the quotation ends',
    '3:13-3:14: Opening `(` is never closed, add `)`'
  ])
  assert.deepEqual(flagged('It cited the "Beautiful Counties plan.\n\n[See the annex.', id), ['"', '['])
})

test('unbalanced-quotes: a closing quote or bracket with no opening', () => {
  assert.deepEqual(findings('Profit rose, the firm said” on Monday.\n\nShares rose 5 percent).', id), [
    '1:27-1:28: Closing `”` has no opening `“`, add one or remove it',
    '3:22-3:23: Closing `)` has no opening `(`, add one or remove it'
  ])
})

test('unbalanced-quotes: balanced text, straight or curly or mixed, is clean', () => {
  const clean = [
    'He said “yes,” and she said "no" (twice) [sic].',
    'Chinalco’s plant said it’s fine; the workers’ union agreed.',
    'He called it "a new start,” the paper said.',
    'Options: 1) expand, a) merge, iv) sell. Good news :) indeed.',
    'A 55" screen was installed.',
    '(Reporter Li Li）',
    '【Editor: Chen】'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('unbalanced-quotes: a quotation over several paragraphs is not flagged', () => {
  const clean = [
    // The convention: each paragraph reopens, only the last closes.
    '“The first part of the statement.\n\n“The second part.\n\n“The last part,” he said.',
    // Closed in a later paragraph without reopening.
    '“Last year the meteors were bright.\n\nThis year the moon will dim them.”',
    'He shouted "Long live the republic!\n\n(It was late.) "',
    'She said: "We will go.\n\n"Tomorrow," she added, "at noon."'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
  // Nor does it throw the pairing of later marks off.
  const onward = '“The bridge will open in May,” she said.\n\n“We have checked every support.\n\n“And we will check them again,” she added. Later the council called it “a fine piece of work” and (after a vote) agreed.'
  assert.deepEqual(findings(onward, id), [])
  assert.deepEqual(findings(`${onward}\n\nThe mayor said “thanks and left.`, id), ['7:16-7:17: Opening `“` is never closed, add `”` where the quotation ends'])
  // But not into a heading, and not when a new quotation starts instead.
  assert.deepEqual(flagged('He said “yes.\n\n# Next\n\nShe said “no” twice.', id), ['“'])
  assert.deepEqual(findings('He said “yes.\n\nShe said “no” twice.', id), [
    '1:9-1:10: Opening `“` is never closed, add `”` where the quotation ends'
  ])
})

test('unbalanced-quotes: a curly quote turned the wrong way', () => {
  assert.deepEqual(findings('He said, “It is fine. “\n\nThe 2021 ”Made in Vietnam“ award.', id), [
    '1:23-1:24: Unexpected `“` closing a quotation, expected `”`',
    '3:10-3:11: Unexpected `”` opening a quotation, expected `“`'
  ])
  const text = 'Ziobro said,”The treaty is harmful.” It is“a spiral,”driven by fear.'
  assert.equal(applyFixes(text, lint(text, id)), 'Ziobro said,“The treaty is harmful.” It is“a spiral,”driven by fear.')
  assert.deepEqual(findings('He said “yes.” “', id), ['1:16-1:17: Unexpected `“` with no quotation to close, remove it'])
})

test('unbalanced-quotes: one finding a paragraph, the first wrong mark', () => {
  assert.deepEqual(findings('He said “yes, and she said “no” and (then “maybe.\n\nIt ended.', id), [
    '1:9-1:10: Opening `“` is never closed, add `”` where the quotation ends'
  ])
})

test('unbalanced-quotes: the blame falls on the wrong mark, not on its partner', () => {
  // The closing mark typed as an opening one, a space after it.
  assert.deepEqual(findings('“I have waited a long time for this trip, “ said Mrs Sun.', id), [
    '1:43-1:44: Unexpected `“` closing a quotation, expected `”`'
  ])
  // An opening mark against its word still opens.
  assert.deepEqual(findings('He said “yes, and she said “no” twice.', id), ['1:9-1:10: Opening `“` is never closed, add `”` where the quotation ends'])
})

test('unbalanced-quotes: a quotation the end of the text cuts off is only a hint', () => {
  const text = 'The mayor spoke first.\n\n“We will rebuild the bridge, and we will do it this year.'
  assert.deepEqual(findings(text, id), ['3:1-3:2: Quotation opened with `“` is never closed before the end of the text'])
  assert.equal(lint(text, id)[0]?.fatal, undefined)
  // Running on over paragraphs to the end.
  assert.deepEqual(
    lint('She said: “We will go.\n\n“Tomorrow, at noon.', id).map((m) => [m.reason, m.fatal]),
    [['Quotation opened with `“` is never closed before the end of the text', undefined]]
  )
  // Opened inside a sentence, it is still the warning.
  assert.equal(lint('It is “cheap.', id)[0]?.fatal, false)
  // A quotation paragraph followed by one that does not carry it on was never closed.
  assert.deepEqual(
    lint('"The berths will open, said the harbour master.\n\nThe port handled more cargo.', id).map((m) => [m.reason, m.fatal]),
    [['Opening `"` is never closed, add `"` where the quotation ends', false]]
  )
})

test('unbalanced-quotes: nesting and crossing', () => {
  assert.deepEqual(findings('(He said “soon) and left.', id), ['1:10-1:11: Opening `“` is never closed, add `”` where the quotation ends'])
  assert.deepEqual(findings('Both ((Deutsche Welle) reported.', id), ['1:6-1:7: Opening `(` is never closed, add `)`'])
})

test('unbalanced-quotes: table cells and code are separate', () => {
  assert.deepEqual(findings('| “a | b” |\n|---|---|\n| `(` | x |', id), [
    '1:3-1:4: Opening `“` is never closed, add `”` where the quotation ends',
    '1:9-1:10: Closing `”` has no opening `“`, add one or remove it'
  ])
})

test('unbalanced-quotes: a whole message', () => {
  const [message] = lint('It is “cheap.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.source, 'copydesk')
  assert.equal(message.fatal, false)
  assert.equal(message.reason, 'Opening `“` is never closed, add `”` where the quotation ends')
  assert.equal(message.actual, '“')
  assert.deepEqual(message.expected, ['”'])
  assert.equal(message.fix, undefined)
  assert.equal(message.place && 'start' in message.place ? message.place.start.offset : -1, 6)
})
