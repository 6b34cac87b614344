import assert from 'node:assert/strict'
import {test} from 'node:test'
import {applyFixes, findings, flagged, lint} from '../helpers.js'

const id = 'duplicated-phrase'

test('duplicated-phrase: flags a phrase echoed with another inflection', () => {
  assert.deepEqual(findings('The county took the initiative to take the initiative to invite investors.', id), [
    '1:12-1:57: Phrase said twice `took the initiative to take the initiative to`, expected `took the initiative to` or `take the initiative to` alone'
  ])
  assert.deepEqual(flagged('The mill took the lead to take the lead in cutting emissions.', id), ['took the lead to take the lead'])
  assert.deepEqual(flagged('Inspectors will strengthen the strengthening of safety checks.', id), ['strengthen the strengthening'])
})

test('duplicated-phrase: flags exact echoes back to back and fixes them', () => {
  const text = 'The plant will continue to continue to expand. Crowds watched the replay of the live broadcast of the live broadcast at noon.'
  assert.deepEqual(flagged(text, id), ['continue to continue to', 'of the live broadcast of the live broadcast'])
  assert.equal(applyFixes(text, lint(text, id)), 'The plant will continue to expand. Crowds watched the replay of the live broadcast at noon.')
})

test('duplicated-phrase: two words joined to themselves by and', () => {
  const text = 'Teams were sent for flood control and flood control along the river.'
  assert.deepEqual(findings(text, id), ['1:21-1:52: Phrase said twice `flood control and flood control`, expected `flood control`'])
  assert.equal(applyFixes(text, lint(text, id)), 'Teams were sent for flood control along the river.')
})

test('duplicated-phrase: a run of copies is one finding at its shortest period', () => {
  const text = 'Tickets for the final match the final match the final match sold out.'
  assert.deepEqual(findings(text, id), ['1:13-1:60: Phrase `the final match` said 3 times in a row, expected it once'])
  assert.equal(applyFixes(text, lint(text, id)), 'Tickets for the final match sold out.')
})

test('duplicated-phrase: leaves ordinary repetition alone', () => {
  const clean = [
    'Prices rose step by step, day after day, more and more, again and again.',
    'The towers grew bigger and bigger and bigger over the decade.',
    'He thanked so-and-so and then the the editor.',
    'The Ministry of Finance and the Ministry of Commerce issued the rules.',
    '"Thank you, thank you," she said.',
    'She studied at Peking University and Peking University Health Science Center.',
    'A government of the people, by the people for the people.',
    'It is better to talk about it than not to talk about it.',
    'Contacts were traced, including close contacts of close contacts.',
    'The plan will continue to grow. Continue to grow, he urged.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('duplicated-phrase: idioms that repeat by design', () => {
  const clean = [
    'You have to walk the walk as well as talk the talk.',
    'He walked the walk; she talked the talk and fought the fight.',
    'They met face to face and worked side by side, one by one, little by little.',
    'The ward recovered day by day, step by step.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
  // A verb and its own derived noun is still the MT echo.
  assert.deepEqual(flagged('We must strengthen the strengthening of safety and walk the walking path.', id), ['strengthen the strengthening', 'walk the walking'])
})

test('duplicated-phrase: an echo never spans a sentence or a comma', () => {
  assert.deepEqual(findings('Exports of the new cars rose. Exports of the new cars will rise again.', id), [])
  assert.deepEqual(findings('They visited the plant, the plant in the north.', id), [])
})

test('duplicated-phrase: options bound the phrase length and the gap', () => {
  const text = 'They took the lead to take the lead in the region.'
  assert.deepEqual(flagged(text, id, ['warn', {maxGap: 0}]), [])
  assert.deepEqual(flagged('We will continue to continue to adhere.', id, ['warn', {maxWords: 2}]), ['continue to continue to'])
  assert.deepEqual(flagged('We took the initiative to take the initiative to act.', id, ['warn', {maxWords: 2}]), [])
})

test('duplicated-phrase: positions point into Markdown, markup inside the echo blocks the fix', () => {
  const around = '# Plans\n\nThe firm will *continue to* continue to grow.'
  assert.deepEqual(findings(around, id), ['3:16-3:40: Phrase said twice `continue to continue to`, expected `continue to`'])
  assert.equal(applyFixes(around, lint(around, id)), '# Plans\n\nThe firm will *continue to* grow.')
  const inside = 'The firm will continue to *continue to* grow.'
  assert.deepEqual(flagged(inside, id), ['continue to *continue to'])
  assert.equal(lint(inside, id)[0]?.fix, undefined)
})

test('duplicated-phrase: a whole message', () => {
  const [message] = lint('We must continue to continue to work.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.equal(message.actual, 'continue to continue to')
  assert.deepEqual(message.expected, ['continue to'])
  assert.deepEqual(message.fix, {range: [19, 31], text: ''})
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/duplicated-phrase.md')
})

test('duplicated-phrase: any whitespace keeps an echo, clause marks of any script end it', () => {
  assert.deepEqual(flagged('We will continue to\u00a0continue to\u3000grow.', id), ['continue to\u00a0continue to'])
  assert.deepEqual(flagged('We will continue to\tcontinue to grow.', id), ['continue to\tcontinue to'])
  for (const mark of ['；', '：', '(', ',', '—']) {
    assert.deepEqual(findings(`We will continue to${mark} continue to grow.`, id), [], mark)
  }
})
