import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'boilerplate'
const furniture = [
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

testRule(id, {
  valid: [
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
  ],
  invalid: [
    {
      name: 'flags the whole line of scraped site text',
      text: 'The plant opened.\n\nLink to this article:Plant opens\n\nReprint Statement: all articles are original.',
      errors: [
        '3:1-3:33: Scraped site text `Link to this article:`, remove the line before publishing',
        '5:1-5:46: Scraped site text `Reprint Statement:`, remove the line before publishing'
      ]
    },
    {
      name: 'editor credits, share prompts',
      text: '[Editor: Chen Hai]\n\n【Editor: Chen Hai】\n\n[edit: Chen Hai]\n\nResponsible Editor: Wu Bo\n\nShare to: WeChat Weibo\n\nScan the QR code to follow us',
      errors: [
        '1:1-1:19: Scraped site text `Editor:`, remove the line before publishing',
        '3:1-3:19: Scraped site text `Editor:`, remove the line before publishing',
        '5:1-5:17: Scraped site text `edit:`, remove the line before publishing',
        '7:1-7:26: Scraped site text `Responsible Editor:`, remove the line before publishing',
        '9:1-9:23: Scraped site text `Share to:`, remove the line before publishing',
        '11:1-11:30: Scraped site text `Scan the QR code`, remove the line before publishing'
      ]
    },
    {
      name: 'an editor credit and a font switch',
      text: '[Editor: Li Bo] Font: [Large Medium Small]',
      errors: ['1:1-1:43: Scraped site text `Editor:`, remove the line before publishing']
    },
    {
      name: 'a font switch',
      text: 'Posted by the desk. Font: [Large Medium Small]',
      errors: ['1:1-1:47: Scraped site text `Font:`, remove the line before publishing']
    },
    {
      name: 'a dateline with source and credits',
      text: '2020-07-26 14:40:44 Source:example.com Author:Wu Bo Editor: Wu Bo',
      errors: ['1:1-1:66: Scraped site text `Source:`, remove the line before publishing']
    },
    {
      name: 'datelines in full-width marks and brackets',
      text: '2020-07-26 19: 43: 50 Source：Daily News Author：Wu Bo\n\n2023-02-11 13:09:10 [Source: Xinhua] [Editor in charge: Li Bo]',
      errors: [
        '1:1-1:53: Scraped site text `Source：`, remove the line before publishing',
        '3:1-3:63: Scraped site text `Source:`, remove the line before publishing'
      ]
    },
    {
      name: 'the full-width colon is quoted as written',
      text: '2020-07-26 19: 43: 50 Source：Daily News Author：Wu Bo',
      errors: ['1:1-1:53: Scraped site text `Source：`, remove the line before publishing']
    },
    {
      name: 'a bracketed source line',
      text: '(Source: Global News Author: Wu Bo)',
      errors: ['1:1-1:36: Scraped site text `Source:`, remove the line before publishing']
    },
    {
      name: 'copyright and reprint notices',
      text: 'Copyright © 2023 Example Media: all contents are protected by copyright law.\n\nReprinting or mirroring without permission is strictly prohibited.',
      errors: [
        '1:1-1:77: Scraped site text `Copyright ©`, remove the line before publishing',
        '3:1-3:67: Scraped site text `strictly prohibited`, remove the line before publishing'
      ]
    },
    {
      name: 'furniture lines by their shape, one finding a line, deleted by the fix',
      text: furniture,
      errors: [
        '1:1-1:42: Page furniture (breadcrumb) `Site > Home >> Media Centre >> Plant News`, delete the line',
        '2:1-2:30: Page furniture (counter or date stamp) `Visits: 87 Posted: 2021-03-04`, delete the line',
        '4:1-4:18: Page furniture (credit) `Author: webmaster`, delete the line',
        '6:3-6:12: Page furniture (page control) `• twitter`, delete the line',
        '8:1-8:31: Page furniture (page control) `Back to list | Previous / Next`, delete the line',
        '10:1-10:69: Page furniture (machine-translation notice) `Note: this page was translated by machine and is for referen…`, delete the line',
        '12:1-12:22: Page furniture (counter or date stamp) `2021-03-04 08:15 0 By`, delete the line',
        '14:1-14:38: Page furniture (breadcrumb) `Where you are: Front page > Park news`, delete the line'
      ],
      output: 'The plant opened a second line on Monday.\n\n\n\n\n\n'
    },
    {
      name: 'a breadcrumb that a Markdown quote marker cut short: the marker is not prose, so the fix leaves it',
      text: '>> back >> Trade Fairs >> Exhibitors\n\nThe fair opened.',
      errors: ['1:4-1:37: Page furniture (breadcrumb) `back >> Trade Fairs >> Exhibitors`, delete the line'],
      output: '>> \n\nThe fair opened.'
    },
    {
      name: 'a credit naming someone, a source and date line',
      text: 'Author: Lin Ao\n\nSource: Example Daily   Date: 2021-03-04',
      errors: [
        '1:1-1:15: Page furniture (credit) `Author: Lin Ao`, delete the line',
        '3:1-3:41: Page furniture (page details) `Source: Example Daily   Date: 2021-03-04`, delete the line'
      ],
      output: 'Author: Lin Ao\n\n'
    },
    {
      name: 'a site name left after a title',
      text: 'Harvest starts early in the northern county - Example News Network.\n\n# Port traffic rises again | Xinhua\n\nTalks resume in the capital -Examplenews.com\n\nHe met Li Wei - the director of news.\n\nThe plan - a new era for the Daily',
      errors: [
        '1:44-1:68: Site name `Example News Network` left in the title, remove it',
        '3:27-3:36: Site name `Xinhua` left in the title, remove it',
        '5:28-5:45: Site name `Examplenews.com` left in the title, remove it'
      ],
      output: 'Harvest starts early in the northern county\n\n# Port traffic rises again\n\nTalks resume in the capital\n\nHe met Li Wei - the director of news.\n\nThe plan - a new era for the Daily'
    },
    {
      name: 'the fix removes a site name',
      text: 'Talks resume in the capital -Examplenews.com\n',
      errors: ['1:28-1:45: Site name `Examplenews.com` left in the title, remove it'],
      output: 'Talks resume in the capital\n'
    },
    {
      name: 'the options add phrases: start',
      text: 'Follow our channel today\n\nThe end.',
      setting: ['warn', {start: ['follow our'], contains: []}],
      errors: ['1:1-1:25: Scraped site text `Follow our`, remove the line before publishing']
    },
    {
      name: 'the options add phrases: contains',
      text: 'The end. More at our partner site.',
      setting: ['warn', {start: [], contains: ['partner site']}],
      errors: ['1:1-1:35: Scraped site text `partner site`, remove the line before publishing']
    },
    {
      name: 'a disclaimer',
      text: 'Text.\n\nDisclaimer: the views are the author’s own.',
      errors: ['3:1-3:44: Scraped site text `Disclaimer:`, remove the line before publishing']
    },
    {
      name: 'phrases from the options holding marks of regular expressions are matched as written',
      text: 'Text (C) Site.com* here.\n\nNothing like (c) sitexcom here.\n\nA+B|C again.\n\nA.D (X) buy now.\n\nAxD (X) buy now.',
      setting: ['warn', {contains: ['(c) site.com*', 'a+b|c'], start: ['a.d (x)']}],
      errors: [
        '1:1-1:25: Scraped site text `(C) Site.com*`, remove the line before publishing',
        '5:1-5:13: Scraped site text `A+B|C`, remove the line before publishing',
        '7:1-7:17: Scraped site text `A.D (X)`, remove the line before publishing'
      ]
    }
  ]
})

test('boilerplate: a credit naming someone is only info; a source or date line is a warning', () => {
  const [byline, source] = lint('Author: Lin Ao\n\nSource: Example Daily   Date: 2021-03-04', id)
  assert.equal(byline?.reason, 'Page furniture (credit) `Author: Lin Ao`, delete the line')
  assert.equal(byline?.fatal, undefined)
  assert.equal(byline?.fix, undefined)
  assert.equal(source?.reason, 'Page furniture (page details) `Source: Example Daily   Date: 2021-03-04`, delete the line')
  assert.equal(source?.fatal, false)
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
