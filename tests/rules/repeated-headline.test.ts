import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'repeated-headline'
const headline = 'County leaders inspect the new cement line in Hexi'

testRule(id, {
  valid: [
    // Section labels, short lines and sentences are left alone.
    {name: 'a short line said twice', text: `${headline}\n\nThe line opened.\n\nThe line opened.`},
    {name: 'a section label said twice', text: 'Intro\n\nPart one\n\nText.\n\nPart one\n\nMore text.'},
    {name: 'the headline inside a sentence', text: `${headline}\n\nOn May 2 the county head toured the line. County leaders inspect the new cement line in Hexi often.`},
    {name: 'a later heading said twice', text: 'Back to list\n\nFirst story\n\nText.\n\nSome later section heading of six words\n\nSome later section heading of six words'}
  ],
  invalid: [
    {
      name: 'the headline again as a caption',
      text: `${headline}\n\nOn May 2 the county head toured the line.\n\n${headline}\n\nHe asked for more checks.`,
      errors: [
        '5:1-5:51: Unexpected repeat of the headline `County leaders inspect the new cement line in Hexi`, remove it'
      ]
    },
    {
      name: 'the headline again as the first line',
      text: `# ${headline}\n\n${headline}. On May 2 the county head toured the line.`,
      errors: [
        '3:1-3:94: Unexpected repeat of the headline `County leaders inspect the new cement line in Hexi`, remove it'
      ]
    }
  ]
})

test('repeated-headline: a whole message', () => {
  const [message] = lint(`${headline}\n\n${headline}`, id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.equal(message.note, 'A headline is said once, above the story, not again as its first line or under each photo')
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/repeated-headline.md')
})
