import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findings, flagged, lint} from '../helpers.js'

const id = 'boilerplate'

test('boilerplate: flags the whole line of scraped site text', () => {
  assert.deepEqual(findings('The plant opened.\n\nLink to this article:Plant opens\n\nReprint Statement: all articles are original.', id), [
    '3:1-3:33: Scraped site text `Link to this article:`, remove the line before publishing',
    '5:1-5:46: Scraped site text `Reprint Statement:`, remove the line before publishing'
  ])
})

test('boilerplate: editor credits, font switches and share prompts', () => {
  assert.deepEqual(
    flagged('[Editor: Chen Hai]\n\n【Editor: Chen Hai】\n\n[edit: Chen Hai]\n\nResponsible Editor: Wu Bo\n\nShare to: WeChat Weibo\n\nScan the QR code to follow us', id),
    ['[Editor: Chen Hai]', '【Editor: Chen Hai】', '[edit: Chen Hai]', 'Responsible Editor: Wu Bo', 'Share to: WeChat Weibo', 'Scan the QR code to follow us']
  )
  assert.deepEqual(findings('[Editor: Li Bo] Font: [Large Medium Small]', id), [
    '1:1-1:43: Scraped site text `Editor:`, remove the line before publishing'
  ])
  assert.deepEqual(findings('Posted by the desk. Font: [Large Medium Small]', id), [
    '1:1-1:47: Scraped site text `Font:`, remove the line before publishing'
  ])
})

test('boilerplate: a dateline with source and credits, in ASCII or full-width marks', () => {
  assert.deepEqual(findings('2020-07-26 14:40:44 Source:example.com Author:Wu Bo Editor: Wu Bo', id), [
    '1:1-1:66: Scraped site text `Source:`, remove the line before publishing'
  ])
  assert.deepEqual(flagged('2020-07-26 19: 43: 50 Source：Daily News Author：Wu Bo\n\n2023-02-11 13:09:10 [Source: Xinhua] [Editor in charge: Li Bo]', id), [
    '2020-07-26 19: 43: 50 Source：Daily News Author：Wu Bo',
    '2023-02-11 13:09:10 [Source: Xinhua] [Editor in charge: Li Bo]'
  ])
  assert.equal(lint('2020-07-26 19: 43: 50 Source：Daily News Author：Wu Bo', id)[0]?.reason, 'Scraped site text `Source：`, remove the line before publishing')
  assert.deepEqual(flagged('(Source: Global News Author: Wu Bo)', id), ['(Source: Global News Author: Wu Bo)'])
})

test('boilerplate: copyright and reprint notices', () => {
  assert.deepEqual(flagged('Copyright © 2023 Example Media: all contents are protected by copyright law.\n\nReprinting or mirroring without permission is strictly prohibited.', id), [
    'Copyright © 2023 Example Media: all contents are protected by copyright law.',
    'Reprinting or mirroring without permission is strictly prohibited.'
  ])
})

test('boilerplate: news sentences that mention sources, editors and dates are clean', () => {
  const clean = [
    'Source: "2023 Returnee Employment Survey Report"',
    'Sources say the plan will be announced on 2020-07-26.',
    'The editor said the font was too small.',
    'On 2020-07-26 14:40 the source of the fire was found.',
    'Reporters learned from the ministry that rain is expected.',
    'Author: Lin Ao'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('boilerplate: the options add phrases', () => {
  assert.deepEqual(flagged('Follow our channel today\n\nThe end.', id, ['warn', {start: ['follow our'], contains: []}]), ['Follow our channel today'])
  assert.deepEqual(flagged('The end. More at our partner site.', id, ['warn', {start: [], contains: ['partner site']}]), ['The end. More at our partner site.'])
})

test('boilerplate: a whole message', () => {
  const [message] = lint('Text.\n\nDisclaimer: the views are the author’s own.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.source, 'copydesk')
  assert.equal(message.fatal, false)
  assert.equal(message.reason, 'Scraped site text `Disclaimer:`, remove the line before publishing')
  assert.equal(message.actual, 'Disclaimer: the views are the author’s own.')
  assert.equal(message.fix, undefined)
})

test('boilerplate: phrases from the options holding marks of regular expressions are matched as written', () => {
  const text = 'Text (C) Site.com* here.\n\nNothing like (c) sitexcom here.\n\nA+B|C again.\n\nA.D (X) buy now.\n\nAxD (X) buy now.'
  assert.deepEqual(flagged(text, id, ['warn', {contains: ['(c) site.com*', 'a+b|c'], start: ['a.d (x)']}]), [
    'Text (C) Site.com* here.',
    'A+B|C again.',
    'A.D (X) buy now.'
  ])
})
