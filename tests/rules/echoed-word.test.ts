import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findings, flagged, lint} from '../helpers.js'

const id = 'echoed-word'

test('echoed-word: a word repeated in another case', () => {
  assert.deepEqual(findings('Guests toured the kiln Kiln before lunch.', id), [
    '1:19-1:28: Unexpected `kiln Kiln`, expected `kiln`: the same word twice, in two cases'
  ])
  // The capital starts a name: "the will Will Cole signed", "the line Line 3".
  assert.deepEqual(flagged('They read the will Will Cole signed and took the line Line 3 north.', id), [])
})

test('echoed-word: the same word on both sides of and', () => {
  assert.deepEqual(findings('The team came for research and research.', id), [
    '1:19-1:40: Unexpected `research and research`, expected `research`: the same word on both sides of `and`'
  ])
  assert.deepEqual(flagged('It raised the output and output of the line.', id), ['output and output'])
  const clean = [
    'Sales grew more and more, again and again, better and better.',
    'The clinic treats older patients and patients with diabetes.',
    'She thanked her and her family.',
    'The army and army units moved.',
    'Johnson and Johnson makes soap.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('echoed-word: a noun and its verb, an owner and what it owns, a word glued to itself', () => {
  assert.deepEqual(findings('The mayor paid a visit to visit the smelter.', id), [
    '1:18-1:32: Unexpected `visit to visit`, expected `visit to`: the same word as noun and verb'
  ])
  assert.deepEqual(flagged('Experts carried out an inspection to inspection the site.', id), ['inspection to inspection'])
  assert.deepEqual(flagged('Read the factory’s factory history first.', id), ['factory’s factory'])
  assert.deepEqual(flagged('Main menu > PressPress > 2023', id), ['PressPress'])
  const clean = [
    'She made a promise to keep going and went door to door.',
    'He is a man’s man and a writer’s writer.',
    'Student Tingting and teacher Yanyan spoke; Bongbong Marcos replied.',
    'The murmur of the crowd grew.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('echoed-word: an adverb on both sides of its verb', () => {
  assert.deepEqual(findings('Reforms are strictly enforced strictly here.', id), [
    '1:13-1:39: Unexpected `strictly enforced strictly`, expected `strictly enforced`: the same adverb on both sides of a word'
  ])
  assert.deepEqual(flagged('It is only fair only once; a family friendly family.', id), [])
})

test('echoed-word: a whole message', () => {
  const [message] = lint('The team came for research and research.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.deepEqual(message.expected, ['research'])
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/echoed-word.md')
})
