import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'echoed-word'

testRule(id, {
  valid: [
    {name: 'the capital starts a name: “the will Will Cole signed”, “the line Line 3”', text: 'They read the will Will Cole signed and took the line Line 3 north.'},
    // Repetition by design, a pronoun, a word and its compound, a name.
    'Sales grew more and more, again and again, better and better.',
    'The clinic treats older patients and patients with diabetes.',
    'She thanked her and her family.',
    'The army and army units moved.',
    'Johnson and Johnson makes soap.',
    // Idioms, reduplicated names and words.
    'She made a promise to keep going and went door to door.',
    'He is a man’s man and a writer’s writer.',
    'Student Tingting and teacher Yanyan spoke; Bongbong Marcos replied.',
    'The murmur of the crowd grew.',
    {name: 'an adverb or adjective around other words', text: 'It is only fair only once; a family friendly family.'}
  ],
  invalid: [
    {
      name: 'a word repeated in another case',
      text: 'Guests toured the kiln Kiln before lunch.',
      errors: ['1:19-1:28: Unexpected `kiln Kiln`, expected `kiln`: the same word twice, in two cases']
    },
    {
      name: 'the same word on both sides of and',
      text: 'The team came for research and research.',
      errors: ['1:19-1:40: Unexpected `research and research`, expected `research`: the same word on both sides of `and`']
    },
    {
      name: 'output and output',
      text: 'It raised the output and output of the line.',
      errors: ['1:15-1:32: Unexpected `output and output`, expected `output`: the same word on both sides of `and`']
    },
    {
      name: 'each pattern still searched where a block also holds doubles it passes over',
      text: 'From time to time the mayor paid A visit to visit the smelter; he had had enough of the plant Plant and more and more of the NewsNews.',
      errors: [
        '1:36-1:50: Unexpected `visit to visit`, expected `visit to`: the same word as noun and verb',
        '1:89-1:100: Unexpected `plant Plant`, expected `plant`: the same word twice, in two cases',
        '1:126-1:134: Unexpected `NewsNews`, expected `News`: the same word twice, glued'
      ]
    },
    {
      name: 'a noun and its verb',
      text: 'The mayor paid a visit to visit the smelter.',
      errors: ['1:18-1:32: Unexpected `visit to visit`, expected `visit to`: the same word as noun and verb']
    },
    {
      name: 'a noun used as its verb',
      text: 'Experts carried out an inspection to inspection the site.',
      errors: ['1:24-1:48: Unexpected `inspection to inspection`, expected `inspection to`: the same word as noun and verb']
    },
    {
      name: 'an owner and what it owns',
      text: 'Read the factory’s factory history first.',
      errors: ['1:10-1:27: Unexpected `factory’s factory`, expected `factory’s`: the same word as owner and owned']
    },
    {
      name: 'an owner and what it owns, with a straight apostrophe',
      text: "Read the company's company profile.",
      errors: ["1:10-1:27: Unexpected `company's company`, expected `company's`: the same word as owner and owned"]
    },
    {
      name: 'a word glued to itself',
      text: 'Main menu > PressPress > 2023',
      errors: ['1:13-1:23: Unexpected `PressPress`, expected `Press`: the same word twice, glued']
    },
    {
      name: 'an adverb on both sides of its verb',
      text: 'Reforms are strictly enforced strictly here.',
      errors: ['1:13-1:39: Unexpected `strictly enforced strictly`, expected `strictly enforced`: the same adverb on both sides of a word']
    }
  ]
})

test('echoed-word: a whole message', () => {
  const [message] = lint('The team came for research and research.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.deepEqual(message.expected, ['research'])
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/echoed-word.md')
})
