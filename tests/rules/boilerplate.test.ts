import assert from 'node:assert/strict'
import {test} from 'node:test'
import {applyFixes, findings, flagged, lint} from '../helpers.js'

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
    'Source: the county said on Monday that output rose.',
    'Home sales rose > 5 per cent in May, the bureau said.',
    'Prices rose: 2023-01-05 was the peak, traders said on the day.',
    'The firm said machine translation helps its exporters reach buyers.',
    'Next, the team will visit the port.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('boilerplate: furniture lines by their shape, one finding a line, deleted by the fix', () => {
  const text = [
    'Site > Home >> Media Centre >> Plant News',
    'Visits: 87 Posted: 2021-03-04',
    'The plant opened a second line on Monday.',
    'Author: webmaster',
    '',
    '  • twitter',
    '',
    'Back to list | Previous / Next',
    '',
    'Note: this page was translated by machine and is for reference only.',
    '',
    '2021-03-04 08:15 0 By',
    '',
    'Where you are: Front page > Park news'
  ].join('\n')
  assert.deepEqual(findings(text, id), [
    '1:1-1:42: Page furniture (breadcrumb) `Site > Home >> Media Centre >> Plant News`, delete the line',
    '2:1-2:30: Page furniture (counter or date stamp) `Visits: 87 Posted: 2021-03-04`, delete the line',
    '4:1-4:18: Page furniture (credit) `Author: webmaster`, delete the line',
    '6:3-6:12: Page furniture (page control) `• twitter`, delete the line',
    '8:1-8:31: Page furniture (page control) `Back to list | Previous / Next`, delete the line',
    '10:1-10:69: Page furniture (machine-translation notice) `Note: this page was translated by machine and is for referen…`, delete the line',
    '12:1-12:22: Page furniture (counter or date stamp) `2021-03-04 08:15 0 By`, delete the line',
    '14:1-14:38: Page furniture (breadcrumb) `Where you are: Front page > Park news`, delete the line'
  ])
  assert.equal(
    applyFixes(text, lint(text, id)),
    'The plant opened a second line on Monday.\n\n\n\n\n'
  )
})

test('boilerplate: a breadcrumb that a Markdown quote marker cut short', () => {
  assert.deepEqual(flagged('>> back >> Trade Fairs >> Exhibitors\n\nThe fair opened.', id), ['back >> Trade Fairs >> Exhibitors'])
})

test('boilerplate: a credit naming someone is only info; a source or date line is a warning', () => {
  const [byline, source] = lint('Author: Lin Ao\n\nSource: Example Daily   Date: 2021-03-04', id)
  assert.equal(byline?.reason, 'Page furniture (credit) `Author: Lin Ao`, delete the line')
  assert.equal(byline?.fatal, undefined)
  assert.equal(byline?.fix, undefined)
  assert.equal(source?.reason, 'Page furniture (page details) `Source: Example Daily   Date: 2021-03-04`, delete the line')
  assert.equal(source?.fatal, false)
})

test('boilerplate: a site name left after a title', () => {
  const text = 'Harvest starts early in the northern county - Example News Network.\n\n# Port traffic rises again | Xinhua\n\nTalks resume in the capital -Examplenews.com\n\nHe met Li Wei - the director of news.\n\nThe plan - a new era for the Daily'
  assert.deepEqual(findings(text, id), [
    '1:44-1:68: Site name `Example News Network` left in the title, remove it',
    '3:27-3:36: Site name `Xinhua` left in the title, remove it',
    '5:28-5:45: Site name `Examplenews.com` left in the title, remove it'
  ])
  assert.equal(applyFixes('Talks resume in the capital -Examplenews.com\n', lint('Talks resume in the capital -Examplenews.com\n', id)), 'Talks resume in the capital\n')
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
