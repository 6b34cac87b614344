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

test('dropped-subject: a past verb and its object with no subject, also after a lost space', () => {
  const text = [
    'The delegation toured the smelter. Conducted in-depth exchanges on aluminum trade.',
    'Both sides signed the agreement at the meeting.Conducted a survey of the new site.'
  ].join('\n\n')
  assert.deepEqual(findings(text, id), [
    '1:36-1:54: No subject before `Conducted in-depth`, say who does it',
    '3:48-3:59: No subject before `Conducted a`, say who does it'
  ])
  const clean = [
    'Conducted in 2019, the survey found more trout.',
    'Dubbed the Iron Bridge, the crossing opened in 1971.',
    'Trained volunteers were on hand all day.',
    'United action by four departments ended the strike.',
    'Increased investment helped the company.'
  ]
  for (const clean1 of clean) assert.deepEqual(findings(clean1, id), [], clean1)
})

test('dropped-subject: a bare instruction on its own in a story that never speaks to its reader', () => {
  const text = [
    'The county held a meeting on rural roads on Monday.',
    'Integrate the resources of the three townships into one fund.',
    'The mayor visited two villages and met the heads of the firms. And communicate with the person in charge of each firm.',
    'The inspection team arrived in May.',
    'Adhere to the problem-oriented approach in the inspection work.',
    'The session closed at noon.',
    'Convey the spirit of the plenary session to every village.'
  ].join('\n\n')
  assert.deepEqual(flagged(text, id), ['Integrate the', 'And communicate', 'Adhere to', 'Convey the'])
  // Two in a row read as a list of instructions and are left alone.
  assert.deepEqual(findings('The team arrived.\n\nWear a mask in the hall. Keep a metre apart.\n\nThe hall opened.', id), [])
  const clean = [
    // The reader is spoken to somewhere outside quotation marks.
    'The clinic opened on Monday. Bring your card.\n\nWear a mask in the waiting room.',
    // Captions and noun phrases.
    'Image of the finished tunnel.',
    'LED lamps lined the street for the festival.',
    'LED lamps in every colour.',
    'Let us look at the figures.',
    // A predicate after all.
    'Add to this this year’s repairs, he said, and the bill doubles.'
  ]
  for (const one of clean) assert.deepEqual(findings(one, id), [], one)
  // Spoken to only inside a quotation, the story still never speaks to its reader.
  assert.deepEqual(flagged('He said: “Bring your card.”\n\nIntegrate the resources of the townships.', id), ['Integrate the'])
})

test('dropped-subject: instructions to the reader are not dropped subjects', () => {
  const clean = [
    // A run of tips: a plain imperative next to it.
    'Wear several thin layers. Try to move about once an hour.',
    'Try to choose cotton clothes.\n\nDrink warm water before bed.',
    // The reader is addressed.
    'Try to keep your main room warm.',
    // Noun phrases and "And that …" open sentences with a subject.
    'Peer to peer networks are not new.',
    'And that winter, three years ago, was the worst.',
    'And that day, the river rose.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
  // Without either, the bare opening is still reported.
  assert.deepEqual(flagged('The mayor toured the plant.\n\nHope to cooperate with the firm.', id), ['Hope to cooperate'])
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
