import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'fullwidth-punctuation'

testRule(id, {
  valid: [
    {name: 'leaves marks inside untranslated Chinese to untranslated-text', text: '今年产量增长，达到新高。'},
    {name: 'leaves code, ASCII and English typography alone', text: 'Use `a，b` here — “quoted” text… costs $5 (about ¥35).'}
  ],
  invalid: [
    {
      name: 'names each mark and its English equivalent',
      text: 'Output rose，they said：“Good！”',
      errors: [
        '1:12-1:13: Unexpected Chinese comma `，`, expected `,`',
        '1:22-1:23: Unexpected full-width colon `：`, expected `:`',
        '1:28-1:29: Unexpected full-width exclamation mark `！`, expected `!`'
      ],
      output: 'Output rose, they said: “Good!”'
    },
    {
      text: 'Output rose，the firm said。Then it fell.',
      errors: [
        '1:12-1:13: Unexpected Chinese comma `，`, expected `,`',
        '1:26-1:27: Unexpected Chinese full stop `。`, expected `.`'
      ],
      output: 'Output rose, the firm said. Then it fell.'
    },
    {
      text: 'Output rose， the firm said.',
      errors: ['1:12-1:13: Unexpected Chinese comma `，`, expected `,`'],
      output: 'Output rose, the firm said.'
    },
    {
      text: 'Shares rose 7%、8% and 9%。',
      errors: [
        '1:15-1:16: Unexpected Chinese enumeration comma `、`, expected `,`',
        '1:25-1:26: Unexpected Chinese full stop `。`, expected `.`'
      ],
      output: 'Shares rose 7%, 8% and 9%.'
    },
    {
      text: 'Rates were 3.7% 、 4.1% and 4.4%.',
      errors: ['1:16-1:18: Unexpected Chinese enumeration comma `、`, expected `,`'],
      output: 'Rates were 3.7%, 4.1% and 4.4%.'
    },
    {
      text: 'They met at 8：30 to sign 1，000 deals.',
      errors: [
        '1:14-1:15: Unexpected full-width colon `：`, expected `:`',
        '1:27-1:28: Unexpected Chinese comma `，`, expected `,`'
      ],
      output: 'They met at 8:30 to sign 1,000 deals.'
    },
    {
      text: 'He read 《Notice》，then（at noon）left.',
      errors: [
        '1:9-1:10: Unexpected Chinese title mark `《`, expected `“`',
        '1:16-1:17: Unexpected Chinese title mark `》`, expected `”`',
        '1:17-1:18: Unexpected Chinese comma `，`, expected `,`',
        '1:22-1:23: Unexpected full-width parenthesis `（`, expected `(`',
        '1:30-1:31: Unexpected full-width parenthesis `）`, expected `)`'
      ],
      output: 'He read “Notice”, then (at noon) left.'
    },
    {
      text: 'The 【Weekly Digest】 came out.',
      errors: [
        '1:5-1:6: Unexpected Chinese lenticular bracket `【`, expected `[`',
        '1:19-1:20: Unexpected Chinese lenticular bracket `】`, expected `]`'
      ],
      output: 'The [Weekly Digest] came out.'
    },
    {
      text: 'It said “yes”。（Reporter Li）',
      errors: [
        '1:14-1:15: Unexpected Chinese full stop `。`, expected `.`',
        '1:15-1:16: Unexpected full-width parenthesis `（`, expected `(`',
        '1:27-1:28: Unexpected full-width parenthesis `）`, expected `)`'
      ],
      output: 'It said “yes”. (Reporter Li)'
    },
    {
      text: 'GDP grew ５％ in ＱＵ２.',
      errors: [
        '1:10-1:11: Unexpected full-width characters `５`, expected `5`',
        '1:11-1:12: Unexpected full-width character `％`, expected `%`',
        '1:16-1:19: Unexpected full-width characters `ＱＵ２`, expected `QU2`'
      ],
      output: 'GDP grew 5% in QU2.'
    },
    {
      name: 'the ideographic space becomes one ordinary space',
      text: 'The plant\u3000opened.',
      errors: ['1:10-1:11: Unexpected ideographic space `\u3000`, expected an ordinary space'],
      output: 'The plant opened.'
    },
    {
      name: 'an ideographic space between spaces',
      text: 'Led by Comrade \u3000 as the core.',
      errors: ['1:16-1:18: Unexpected ideographic space `\u3000`, remove it'],
      output: 'Led by Comrade as the core.'
    },
    {
      name: 'an ideographic space before a space',
      text: 'The plant\u3000 opened.',
      errors: ['1:10-1:11: Unexpected ideographic space `\u3000`, remove it'],
      output: 'The plant opened.'
    },
    {
      name: 'no fix where the English mark depends on the sentence',
      text: 'It lasts 3～5 days, Xinhua丨Beijing.',
      errors: [
        '1:11-1:12: Unexpected full-width tilde `～`, expected `–`',
        '1:26-1:27: Unexpected Chinese separator stroke `丨`, expected `|`'
      ]
    },
    {
      name: 'a mark after Chinese words is left, one after English is reported',
      text: 'They said 你好，朋友。Then they left，quietly.',
      errors: ['1:31-1:32: Unexpected Chinese comma `，`, expected `,`'],
      output: 'They said 你好，朋友。Then they left, quietly.'
    },
    {
      name: 'a gloss is allowed text, but its marks are still reported',
      text: 'Guizhou Aluminum（贵铝）staff',
      errors: [
        '1:17-1:18: Unexpected full-width parenthesis `（`, expected `(`',
        '1:20-1:21: Unexpected full-width parenthesis `）`, expected `)`'
      ],
      output: 'Guizhou Aluminum (贵铝) staff'
    },
    {
      name: 'positions inside Markdown',
      text: '# Title\n\n- item with **bold**，then more',
      errors: ['3:21-3:22: Unexpected Chinese comma `，`, expected `,`'],
      output: '# Title\n\n- item with **bold**, then more'
    },
    {
      name: 'no fix across syntax: the space before the comma is inside the link text',
      text: 'See [the report ](https://example.com)，then',
      errors: ['1:39-1:40: Unexpected Chinese comma `，`, expected `,`']
    },
    {
      name: 'the fix takes the space before the mark, outside syntax',
      text: 'A **bold** ，then',
      errors: ['1:11-1:13: Unexpected Chinese comma `，`, expected `,`'],
      output: 'A **bold**, then'
    },
    {
      name: 'a title mark',
      text: 'Read 《Notice》 now.',
      errors: [
        '1:6-1:7: Unexpected Chinese title mark `《`, expected `“`',
        '1:13-1:14: Unexpected Chinese title mark `》`, expected `”`'
      ],
      output: 'Read “Notice” now.'
    },
    {
      name: 'silent on a furniture line, which is deleted whole',
      text: 'Source：County News  Hits：519\n\nOutput rose 12％.',
      errors: ['3:15-3:16: Unexpected full-width character `％`, expected `%`'],
      output: 'Source：County News  Hits：519\n\nOutput rose 12%.'
    }
  ]
})

test('fullwidth-punctuation: an ideographic space between spaces: the note says what was dropped', () => {
  assert.match(lint('Led by Comrade 　 as the core.', id)[0]?.note ?? '', /dropped/)
})

test('fullwidth-punctuation: where the English mark depends on the sentence, every choice is offered', () => {
  const messages = lint('It lasts 3～5 days, Xinhua丨Beijing.', id)
  assert.deepEqual(
    messages.map((m) => [m.reason, m.expected, m.fix]),
    [
      ['Unexpected full-width tilde `～`, expected `–`', ['–', 'to'], undefined],
      ['Unexpected Chinese separator stroke `丨`, expected `|`', ['|', ':', '–'], undefined]
    ]
  )
})

test('fullwidth-punctuation: a whole message', () => {
  const [message] = lint('Read 《Notice》 now.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.source, 'copydesk')
  assert.equal(message.fatal, true)
  assert.equal(message.reason, 'Unexpected Chinese title mark `《`, expected `“`')
  assert.equal(message.actual, '《')
  assert.deepEqual(message.expected, ['“'])
  assert.match(message.note ?? '', /title of a work/)
  assert.deepEqual(message.fix, {range: [5, 6], text: '“'})
})
