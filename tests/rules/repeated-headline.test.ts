import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findings, lint} from '../helpers.js'

const id = 'repeated-headline'
const headline = 'County leaders inspect the new cement line in Hexi'

test('repeated-headline: the headline again as a caption and as the first line', () => {
  const text = `${headline}\n\nOn May 2 the county head toured the line.\n\n${headline}\n\nHe asked for more checks.`
  assert.deepEqual(findings(text, id), [
    '5:1-5:51: Unexpected repeat of the headline `County leaders inspect the new cement line in Hexi`, remove it'
  ])
  const first = `# ${headline}\n\n${headline}. On May 2 the county head toured the line.`
  assert.deepEqual(findings(first, id), [
    '3:1-3:94: Unexpected repeat of the headline `County leaders inspect the new cement line in Hexi`, remove it'
  ])
})

test('repeated-headline: section labels, short lines and sentences are left alone', () => {
  const clean = [
    `${headline}\n\nThe line opened.\n\nThe line opened.`,
    `Intro\n\nPart one\n\nText.\n\nPart one\n\nMore text.`,
    `${headline}\n\nOn May 2 the county head toured the line. County leaders inspect the new cement line in Hexi often.`,
    `Back to list\n\nFirst story\n\nText.\n\nSome later section heading of six words\n\nSome later section heading of six words`
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('repeated-headline: a whole message', () => {
  const [message] = lint(`${headline}\n\n${headline}`, id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.equal(message.note, 'A headline is said once, above the story, not again as its first line or under each photo')
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/repeated-headline.md')
})
