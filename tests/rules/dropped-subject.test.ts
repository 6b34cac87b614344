import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findings, flagged, lint} from '../helpers.js'

const id = 'dropped-subject'

test('dropped-subject: flags the openings a missing subject leaves', () => {
  const text = [
    'The mayor toured the plant. Hope to cooperate with the firm on new alloys.',
    'Will continue to adhere to the path of green growth.',
    'Hope that enterprises can work together.',
    'Work and make greater contributions to the district.',
    'Pointed out that the company must grow.',
    'Should also strengthen the supervision of markets.'
  ].join('\n\n')
  assert.deepEqual(flagged(text, id), ['Hope to cooperate', 'Will continue', 'Hope that', 'Work and make', 'Pointed out that', 'Should also strengthen'])
  assert.deepEqual(findings(text, id)[0], '1:29-1:46: No subject before `Hope to cooperate`, say who does it')
})

test('dropped-subject: a noun subject is not a dropped one', () => {
  const clean = [
    'Work on the third line resumes in May.',
    'Work began in May.',
    'Work that began in May has stopped.',
    'Hope is fading for the missing miners.',
    'Help came too late.',
    'Plans call for a new plant.',
    'Return to work was slow after the holiday.',
    'Import and export volumes rose sharply.',
    'Supply and demand trends are stable.',
    'Access to the site is limited.',
    'China and Russia signed a deal.',
    'Developed countries should do more.',
    'Increased investment helped the company.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('dropped-subject: openings that are good English', () => {
  const clean = [
    'Should the talks fail, prices will rise.',
    'Built in 1958, the plant employs 3,000 people.',
    'Looking ahead, the company expects growth.',
    'Note that the figures exclude Hong Kong.',
    'Provided that the weather holds, the launch goes ahead.',
    'Will you come to the meeting?',
    'May output rose by a tenth.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('dropped-subject: not in quotations, headlines or lines without a stop', () => {
  const clean = [
    'He said: “Work hard and make progress. Hope to see you all next year.”',
    '“Hope to see you soon,” she said.',
    '> Hope to cooperate with the district on new alloys.',
    '# Hope to cooperate with the district',
    'Hope to cooperate with the district\n\nThe mayor visited the plant on Monday.',
    '| Plan |\n| - |\n| Continue to expand the plant. |'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('dropped-subject: a headline on a soft line break is its own line', () => {
  assert.deepEqual(flagged('District and smelter agree on plan\nHope to cooperate with the district on alloys.', id), ['Hope to cooperate'])
})

test('dropped-subject: a whole message', () => {
  const [message] = lint('Need to strengthen the supervision of safety.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.equal(message.actual, 'Need to strengthen')
  assert.match(message.note ?? '', /name the speaker or the body/)
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/dropped-subject.md')
})
