import assert from 'node:assert/strict'
import {test} from 'node:test'
import {applyFixes, findings, flagged, lint} from '../helpers.js'

const id = 'fullwidth-punctuation'

test('fullwidth-punctuation: names each mark and its English equivalent', () => {
  assert.deepEqual(findings('Output rose，they said：“Good！”', id), [
    '1:12-1:13: Unexpected Chinese comma `，`, expected `,`',
    '1:22-1:23: Unexpected full-width colon `：`, expected `:`',
    '1:28-1:29: Unexpected full-width exclamation mark `！`, expected `!`'
  ])
})

test('fullwidth-punctuation: the fix gives English spacing without doubling spaces', () => {
  const cases: Array<[string, string]> = [
    ['Output rose，the firm said。Then it fell.', 'Output rose, the firm said. Then it fell.'],
    ['Output rose， the firm said.', 'Output rose, the firm said.'],
    ['Shares rose 7%、8% and 9%。', 'Shares rose 7%, 8% and 9%.'],
    ['Rates were 3.7% 、 4.1% and 4.4%.', 'Rates were 3.7%, 4.1% and 4.4%.'],
    ['They met at 8：30 to sign 1，000 deals.', 'They met at 8:30 to sign 1,000 deals.'],
    ['He read 《Notice》，then（at noon）left.', 'He read “Notice”, then (at noon) left.'],
    ['The 【Weekly Digest】 came out.', 'The [Weekly Digest] came out.'],
    ['It said “yes”。（Reporter Li）', 'It said “yes”. (Reporter Li)'],
    ['GDP grew ５％ in ＱＵ２.', 'GDP grew 5% in QU2.']
  ]
  for (const [bad, good] of cases) assert.equal(applyFixes(bad, lint(bad, id)), good, bad)
})

test('fullwidth-punctuation: the ideographic space becomes one ordinary space', () => {
  const cases: Array<[string, string]> = [
    ['The plant　opened.', 'The plant opened.'],
    ['Led by Comrade 　 as the core.', 'Led by Comrade as the core.'],
    ['The plant　 opened.', 'The plant opened.']
  ]
  for (const [bad, good] of cases) assert.equal(applyFixes(bad, lint(bad, id)), good, bad)
  const [message] = lint('Led by Comrade 　 as the core.', id)
  assert.equal(message?.reason, 'Unexpected ideographic space `　`, remove it')
  assert.match(message?.note ?? '', /dropped/)
})

test('fullwidth-punctuation: no fix where the English mark depends on the sentence', () => {
  const messages = lint('It lasts 3～5 days, Xinhua丨Beijing.', id)
  assert.deepEqual(
    messages.map((m) => [m.reason, m.expected, m.fix]),
    [
      ['Unexpected full-width tilde `～`, expected `–`', ['–', 'to'], undefined],
      ['Unexpected Chinese separator stroke `丨`, expected `|`', ['|', ':', '–'], undefined]
    ]
  )
})

test('fullwidth-punctuation: leaves marks inside untranslated Chinese to untranslated-text', () => {
  assert.deepEqual(findings('今年产量增长，达到新高。', id), [])
  assert.deepEqual(flagged('They said 你好，朋友。Then they left，quietly.', id), ['，'])
  // A gloss is allowed text, but its marks are still reported.
  assert.deepEqual(flagged('Guizhou Aluminum（贵铝）staff', id), ['（', '）'])
})

test('fullwidth-punctuation: leaves code, ASCII and English typography alone', () => {
  assert.deepEqual(findings('Use `a，b` here — “quoted” text… costs $5 (about ¥35).', id), [])
})

test('fullwidth-punctuation: positions inside Markdown, and no fix across syntax', () => {
  assert.deepEqual(findings('# Title\n\n- item with **bold**，then more', id), [
    '3:21-3:22: Unexpected Chinese comma `，`, expected `,`'
  ])
  // The space before the comma is inside the link text: no edit across `](url)`.
  const [message] = lint('See [the report ](https://example.com)，then', id)
  assert.equal(message?.actual, '，')
  assert.equal(message?.fix, undefined)
  assert.deepEqual(lint('A **bold** ，then', id)[0]?.fix, {range: [10, 12], text: ', '})
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

test('fullwidth-punctuation: silent on a furniture line, which is deleted whole', () => {
  assert.deepEqual(findings('Source：County News  Hits：519\n\nOutput rose 12％.', id), ['3:15-3:16: Unexpected full-width character `％`, expected `%`'])
})
