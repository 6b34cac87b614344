import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findings, flagged, lint} from '../helpers.js'

const id = 'duplicate-sentence'

test('duplicate-sentence: flags the repeat, ignoring case, spacing and punctuation', () => {
  const text = 'The smelter will double its output by 2025.\n\nOrders are strong this year.\n\nthe smelter  will double its output, by 2025!'
  assert.deepEqual(findings(text, id), ['5:1-5:46: Sentence repeats line 1, remove one of them'])
})

test('duplicate-sentence: finds repeats inside one paragraph and across blocks', () => {
  const text = '# Report\n\nWorkers at the new rolling mill went on strike. They want higher pay.\n\n> Workers at the new rolling mill went on strike.'
  assert.deepEqual(flagged(text, id), ['Workers at the new rolling mill went on strike.'])
  const [message] = lint(text, id)
  assert.equal(message?.line, 5)
})

test('duplicate-sentence: every later repeat points at the first', () => {
  const s = 'The board approved the merger on Friday.'
  assert.deepEqual(findings(`${s} Shares rose. ${s}\n\n${s}`, id), [
    '1:55-1:95: Sentence repeats line 1, remove one of them',
    '3:1-3:41: Sentence repeats line 1, remove one of them'
  ])
})

test('duplicate-sentence: skips short sentences, headlines, labels and table cells', () => {
  const clean = [
    'Thank you. Thank you.',
    'The meeting ended. Then the meeting ended.',
    '# Smelter doubles its output in Guizhou\n\nText.\n\nSmelter doubles its output in Guizhou',
    'Part one of the series on earthquakes\nThe first part is here, and it is long.\n\nPart one of the series on earthquakes\nAnother text follows here, also long.',
    '| Plant | Status |\n| - | - |\n| North | Not running at this time. |\n| South | Not running at this time. |'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('duplicate-sentence: captions, credits and gallery titles repeat by design', () => {
  const clean = [
    'Photo: Kestrel Borough Council, with thanks to the harbour trust.\n\nThe bridge reopened.\n\nPhoto: Kestrel Borough Council, with thanks to the harbour trust.',
    'Caption: Walkers cross the reopened footbridge over the harbour on Saturday morning.\n\nText.\n\nCaption: Walkers cross the reopened footbridge over the harbour on Saturday morning.',
    '*The orchestra rehearses in Chengdu before the tour.*\n\nIt played nine concerts.\n\n_The orchestra rehearses in Chengdu before the tour._'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
  // A sentence inside a paragraph, or a plain line of its own, is still a repeat.
  assert.deepEqual(flagged('The orchestra rehearses in Chengdu before the tour. It left.\n\n*The orchestra rehearses in Chengdu before the tour.*', id), [
    'The orchestra rehearses in Chengdu before the tour.'
  ])
  const long = 'The port handled 12 million tonnes of cargo in the first quarter, the authority said.'
  assert.deepEqual(flagged(`${long}\n\nText.\n\n${long}`, id), [long])
})

test('duplicate-sentence: a headline on a soft line break is split from the body', () => {
  const text = 'Guizhou smelter doubles its output\nThe Guizhou smelter doubled its output this year.\n\nThe Guizhou smelter doubled its output this year.'
  assert.deepEqual(findings(text, id), ['4:1-4:50: Sentence repeats line 2, remove one of them'])
})

test('duplicate-sentence: minWords sets the threshold', () => {
  assert.deepEqual(flagged('The meeting ended. The meeting ended.', id, ['warn', {minWords: 3}]), ['The meeting ended.'])
})

test('duplicate-sentence: a whole message', () => {
  const [message] = lint('Output rose by a fifth last year. Output rose by a fifth last year.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.equal(message.actual, 'Output rose by a fifth last year.')
  assert.equal(message.note, 'First said on line 1: “Output rose by a fifth last year.”')
  assert.equal(message.fix, undefined)
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/duplicate-sentence.md')
})

test('duplicate-sentence: a repeat in other characters (curly quotes, full-width letters) is still a repeat', () => {
  const text = '"The plant will double its output," he said in 2025.\n\n“The plant will double its output,” he said in ２０２５.'
  assert.deepEqual(findings(text, id), ['3:1-3:53: Sentence repeats line 1, remove one of them'])
  const accented = 'Le café de la ville ferme ses portes demain.\n\nLE CAFÉ DE LA VILLE FERME SES PORTES DEMAIN!'
  assert.deepEqual(findings(accented, id), ['3:1-3:45: Sentence repeats line 1, remove one of them'])
  const marks = 'Output rose – by 5% – in the plant’s first year…\n\nOutput rose - by 5% - in the plant\'s first year...'
  assert.deepEqual(findings(marks, id), ['3:1-3:51: Sentence repeats line 1, remove one of them'])
})
