import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'dropped-subject'

testRule(id, {
  valid: [
    // A noun subject is not a dropped one.
    'In 2020 output rose.',
    'Hope, the firm said, is fading.',
    'Élever the plant was the plan.',
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
    'Increased investment helped the company.',
    // Openings that are good English.
    'Should the talks fail, prices will rise.',
    'Built in 1958, the plant employs 3,000 people.',
    'Looking ahead, the company expects growth.',
    'Note that the figures exclude Hong Kong.',
    'Provided that the weather holds, the launch goes ahead.',
    'Will you come to the meeting?',
    'May output rose by a tenth.',
    // Not in quotations, headlines or lines without a stop.
    'He said: “Work hard and make progress. Hope to see you all next year.”',
    '“Hope to see you soon,” she said.',
    '> Hope to cooperate with the district on new alloys.',
    '# Hope to cooperate with the district',
    'Hope to cooperate with the district\n\nThe mayor visited the plant on Monday.',
    '| Plan |\n| - |\n| Continue to expand the plant. |',
    // A past participle opening a clause, or an adjective.
    'Conducted in 2019, the survey found more trout.',
    'Dubbed the Iron Bridge, the crossing opened in 1971.',
    'Trained volunteers were on hand all day.',
    'United action by four departments ended the strike.',
    // Instructions: a list, a story that speaks to its reader, captions, noun phrases.
    {name: 'two instructions in a row read as a list and are left alone', text: 'The team arrived.\n\nWear a mask in the hall. Keep a metre apart.\n\nThe hall opened.'},
    {name: 'the reader is spoken to somewhere outside quotation marks', text: 'The clinic opened on Monday. Bring your card.\n\nWear a mask in the waiting room.'},
    {name: 'a caption', text: 'Image of the finished tunnel.'},
    {name: 'a noun phrase: LED lamps', text: 'LED lamps lined the street for the festival.'},
    {name: 'a caption: LED lamps', text: 'LED lamps in every colour.'},
    {name: 'let us', text: 'Let us look at the figures.'},
    {name: 'a predicate after all', text: 'Add to this this year’s repairs, he said, and the bill doubles.'},
    {name: 'a run of tips: a plain imperative next to it', text: 'Wear several thin layers. Try to move about once an hour.'},
    {name: 'a run of tips across paragraphs', text: 'Try to choose cotton clothes.\n\nDrink warm water before bed.'},
    {name: 'the reader is addressed', text: 'Try to keep your main room warm.'},
    {name: 'a noun phrase opens the sentence', text: 'Peer to peer networks are not new.'},
    {name: '"And that …" opens a sentence with a subject', text: 'And that winter, three years ago, was the worst.'},
    'And that day, the river rose.'
  ],
  invalid: [
    {
      // The first word is scanned by hand in ASCII; white space or letters beyond it go to the pattern.
      name: 'finds the opening word after a no-break space, and before a word with an accent',
      text: 'Will\u00a0continue to grow.\n\nHope to visit Zürich.\n\nWill élever the plant.',
      errors: ['1:1-1:14: No subject before `Will\u00a0continue`, say who does it', '3:1-3:14: No subject before `Hope to visit`, say who does it']
    },
    {
      name: 'flags the openings a missing subject leaves',
      text: [
        'The mayor toured the plant. Hope to cooperate with the firm on new alloys.',
        'Will continue to adhere to the path of green growth.',
        'Hope that enterprises can work together.',
        'Work and make greater contributions to the district.',
        'Pointed out that the company must grow.',
        'Should also strengthen the supervision of markets.'
      ].join('\n\n'),
      errors: [
        '1:29-1:46: No subject before `Hope to cooperate`, say who does it',
        '3:1-3:14: No subject before `Will continue`, say who does it',
        '5:1-5:10: No subject before `Hope that`, say who does it',
        '7:1-7:14: No subject before `Work and make`, say who does it',
        '9:1-9:17: No subject before `Pointed out that`, say who does it',
        '11:1-11:23: No subject before `Should also strengthen`, say who does it'
      ]
    },
    {
      name: 'a past verb and its object with no subject, also after a lost space',
      text: [
        'The delegation toured the smelter. Conducted in-depth exchanges on aluminum trade.',
        'Both sides signed the agreement at the meeting.Conducted a survey of the new site.'
      ].join('\n\n'),
      errors: [
        '1:36-1:54: No subject before `Conducted in-depth`, say who does it',
        '3:48-3:59: No subject before `Conducted a`, say who does it'
      ]
    },
    {
      name: 'a lost space after an exclamation mark, full stops of an abbreviation before it',
      text: 'Output rose 5 percent in the U.S. last year!Conducted a survey of the new site.',
      errors: ['1:45-1:56: No subject before `Conducted a`, say who does it']
    },
    {
      name: 'a bare instruction on its own in a story that never speaks to its reader',
      text: [
        'The county held a meeting on rural roads on Monday.',
        'Integrate the resources of the three townships into one fund.',
        'The mayor visited two villages and met the heads of the firms. And communicate with the person in charge of each firm.',
        'The inspection team arrived in May.',
        'Adhere to the problem-oriented approach in the inspection work.',
        'The session closed at noon.',
        'Convey the spirit of the plenary session to every village.'
      ].join('\n\n'),
      errors: [
        '3:1-3:14: No subject before `Integrate the`, say who does it',
        '5:64-5:79: No subject before `And communicate`, say who does it',
        '9:1-9:10: No subject before `Adhere to`, say who does it',
        '13:1-13:11: No subject before `Convey the`, say who does it'
      ]
    },
    {
      name: 'spoken to only inside a quotation, the story still never speaks to its reader',
      text: 'He said: “Bring your card.”\n\nIntegrate the resources of the townships.',
      errors: ['3:1-3:14: No subject before `Integrate the`, say who does it']
    },
    {
      name: 'without tips or an address, the bare opening is still reported',
      text: 'The mayor toured the plant.\n\nHope to cooperate with the firm.',
      errors: ['3:1-3:18: No subject before `Hope to cooperate`, say who does it']
    },
    {
      name: 'a headline on a soft line break is its own line',
      text: 'District and smelter agree on plan\nHope to cooperate with the district on alloys.',
      errors: ['2:1-2:18: No subject before `Hope to cooperate`, say who does it']
    },
    {
      name: 'need to',
      text: 'Need to strengthen the supervision of safety.',
      errors: ['1:1-1:19: No subject before `Need to strengthen`, say who does it']
    }
  ]
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
