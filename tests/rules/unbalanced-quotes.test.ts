import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'unbalanced-quotes'
const onward = '“The bridge will open in May,” she said.\n\n“We have checked every support.\n\n“And we will check them again,” she added. Later the council called it “a fine piece of work” and (after a vote) agreed.'

testRule(id, {
  valid: [
    // Balanced text, straight or curly or mixed, is clean.
    'He said “yes,” and she said "no" (twice) [sic].',
    'Chinalco’s plant said it’s fine; the workers’ union agreed.',
    'He called it "a new start,” the paper said.',
    'Options: 1) expand, a) merge, iv) sell. Good news :) indeed.',
    'A 55" screen was installed.',
    '(Reporter Li Li）',
    '【Editor: Chen】',
    // A quotation over several paragraphs is not flagged:
    // the convention, each paragraph reopens and only the last closes;
    '“The first part of the statement.\n\n“The second part.\n\n“The last part,” he said.',
    // closed in a later paragraph without reopening.
    '“Last year the meteors were bright.\n\nThis year the moon will dim them.”',
    'He shouted "Long live the republic!\n\n(It was late.) "',
    'She said: "We will go.\n\n"Tomorrow," she added, "at noon."',
    {name: 'a quotation over several paragraphs does not throw the pairing of later marks off', text: onward}
  ],
  invalid: [
    {
      name: 'an opening quote or bracket never closed',
      text: 'The firm called it “a new start, and shares rose.\n\nShares rose (by 5 percent.\n\nIt ended.',
      errors: [
        '1:20-1:21: Opening `“` is never closed, add `”` where the quotation ends',
        '3:13-3:14: Opening `(` is never closed, add `)`'
      ]
    },
    {
      name: 'an opening straight quote or square bracket never closed',
      text: 'It cited the "Beautiful Counties plan.\n\n[See the annex.',
      errors: [
        '1:14-1:15: Opening `"` is never closed, add `"` where the quotation ends',
        '3:1-3:2: Opening `[` is never closed, add `]`'
      ]
    },
    {
      name: 'a closing quote or bracket with no opening',
      text: 'Profit rose, the firm said” on Monday.\n\nShares rose 5 percent).',
      errors: [
        '1:27-1:28: Closing `”` has no opening `“`, add one or remove it',
        '3:22-3:23: Closing `)` has no opening `(`, add one or remove it'
      ]
    },
    {
      name: 'a quotation over several paragraphs, then one never closed',
      text: `${onward}\n\nThe mayor said “thanks and left.`,
      errors: [
        '7:16-7:17: Opening `“` is never closed, add `”` where the quotation ends'
      ]
    },
    {
      name: 'a quotation is not carried on into a heading',
      text: 'He said “yes.\n\n# Next\n\nShe said “no” twice.',
      errors: [
        '1:9-1:10: Opening `“` is never closed, add `”` where the quotation ends'
      ]
    },
    {
      name: 'a quotation is not carried on when a new one starts instead',
      text: 'He said “yes.\n\nShe said “no” twice.',
      errors: [
        '1:9-1:10: Opening `“` is never closed, add `”` where the quotation ends'
      ]
    },
    {
      name: 'a curly quote turned the wrong way',
      text: 'He said, “It is fine. “\n\nThe 2021 ”Made in Vietnam“ award.',
      errors: [
        '1:23-1:24: Unexpected `“` closing a quotation, expected `”`',
        '3:10-3:11: Unexpected `”` opening a quotation, expected `“`'
      ],
      output: 'He said, “It is fine. ”\n\nThe 2021 “Made in Vietnam” award.'
    },
    {
      name: 'a curly quote turned the wrong way: the fix',
      text: 'Ziobro said,”The treaty is harmful.” It is“a spiral,”driven by fear.',
      errors: [
        '1:13-1:14: Unexpected `”` opening a quotation, expected `“`'
      ],
      output: 'Ziobro said,“The treaty is harmful.” It is“a spiral,”driven by fear.'
    },
    {
      name: 'a curly quote with no quotation to close',
      text: 'He said “yes.” “',
      errors: [
        '1:16-1:17: Unexpected `“` with no quotation to close, remove it'
      ]
    },
    {
      name: 'one finding a paragraph, the first wrong mark',
      text: 'He said “yes, and she said “no” and (then “maybe.\n\nIt ended.',
      errors: [
        '1:9-1:10: Opening `“` is never closed, add `”` where the quotation ends'
      ]
    },
    {
      name: 'the blame falls on the wrong mark: the closing mark typed as an opening one, a space after it',
      text: '“I have waited a long time for this trip, “ said Mrs Sun.',
      errors: [
        '1:43-1:44: Unexpected `“` closing a quotation, expected `”`'
      ],
      output: '“I have waited a long time for this trip, ” said Mrs Sun.'
    },
    {
      name: 'the blame falls on the wrong mark: an opening mark against its word still opens',
      text: 'He said “yes, and she said “no” twice.',
      errors: [
        '1:9-1:10: Opening `“` is never closed, add `”` where the quotation ends'
      ]
    },
    {
      name: 'a quotation the end of the text cuts off is only a hint',
      text: 'The mayor spoke first.\n\n“We will rebuild the bridge, and we will do it this year.',
      errors: [
        '3:1-3:2: Quotation opened with `“` is never closed before the end of the text'
      ]
    },
    {
      name: 'a quotation the end of the text cuts off, running on over paragraphs',
      text: 'She said: “We will go.\n\n“Tomorrow, at noon.',
      errors: [
        '1:11-1:12: Quotation opened with `“` is never closed before the end of the text'
      ]
    },
    {
      name: 'a quotation the end of the text cuts off, opened inside a sentence',
      text: 'It is “cheap.',
      errors: [
        '1:7-1:8: Opening `“` is never closed, add `”` where the quotation ends'
      ]
    },
    {
      name: 'a quotation paragraph followed by one that does not carry it on was never closed',
      text: '"The berths will open, said the harbour master.\n\nThe port handled more cargo.',
      errors: [
        '1:1-1:2: Opening `"` is never closed, add `"` where the quotation ends'
      ]
    },
    {
      name: 'nesting',
      text: '(He said “soon) and left.',
      errors: [
        '1:10-1:11: Opening `“` is never closed, add `”` where the quotation ends'
      ]
    },
    {
      name: 'crossing',
      text: 'Both ((Deutsche Welle) reported.',
      errors: [
        '1:6-1:7: Opening `(` is never closed, add `)`'
      ]
    },
    {
      name: 'table cells and code are separate',
      text: '| “a | b” |\n|---|---|\n| `(` | x |',
      errors: [
        '1:3-1:4: Opening `“` is never closed, add `”` where the quotation ends',
        '1:9-1:10: Closing `”` has no opening `“`, add one or remove it'
      ]
    }
  ]
})

test('unbalanced-quotes: a quotation the end of the text cuts off is only a hint; one opened inside a sentence or not carried on is a warning', () => {
  const severities = (text: string) => lint(text, id).map((m) => m.fatal)
  assert.deepEqual(severities('The mayor spoke first.\n\n“We will rebuild the bridge, and we will do it this year.'), [undefined])
  assert.deepEqual(severities('She said: “We will go.\n\n“Tomorrow, at noon.'), [undefined])
  assert.deepEqual(severities('It is “cheap.'), [false])
  assert.deepEqual(severities('"The berths will open, said the harbour master.\n\nThe port handled more cargo.'), [false])
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
