import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'headline-punctuation'
/** A plain-text file, whose first line is its title. */
const plainText = 'story.txt'
const body = 'The district signed twelve projects in the first two months of the year, its office said on Monday.'
const long = 'The aluminium park in the west of the city signed twelve new projects with a planned investment of 3.5 billion yuan this winter.'
const bodyZh = '该区今年前两个月签约十二个项目，区政府办公室周一表示。'

testRule(id, {
  valid: [
    {name: 'a long first line run on into the next is the lede’s first sentence, not a title', text: `The third Guizhou aluminium fair opened in the Baiyun district of Guiyang on a wet Thursday morning.\n${body}`, path: plainText},
    {name: 'in Markdown only headings are headlines', text: `Smelter reopens after a long winter.\n\n${body}`},
    // Plain text: headlines without a full stop, ledes, abbreviations and ellipses.
    {text: `# Smelter reopens after a long winter\n\n${body}`, path: plainText},
    {text: `# Is the smelter coming back?\n\n${body}`, path: plainText},
    {text: `# Output rises in the U.S.\n\n${body}`, path: plainText},
    {text: `# The wait goes on...\n\n${body}`, path: plainText},
    {name: 'a body paragraph under a heading is prose', text: `# Smelter reopens\n\n${body}`, path: plainText},
    {name: 'without headings, a long first line is a lede, not a title', text: `${long}\n\n${body}`, path: plainText},
    {name: 'a bracketed outlet opens a lede', text: `(Evening News) The park signed twelve projects.\n\n${body}`, path: plainText},
    {name: 'two sentences on the first line are prose', text: `The park grew. It signed twelve projects.\n\n${body}`, path: plainText},
    {name: 'a one-paragraph article has no headline', text: body, path: plainText},
    {name: 'a 。 in the Chinese: a sentence, even when the English is short', text: `Smelter reopens after a long winter.\n\n${body}`, path: plainText,
      source: `冶炼厂在漫长的冬天后重新开工。\n${bodyZh}`},
    {name: 'a 。 in the Chinese: a Markdown heading is a sentence too', text: `# Smelter reopens after a long winter.\n\n${body}`, source: `冶炼厂在漫长的冬天后重新开工。\n${bodyZh}`},
    {name: 'sentences run together on the first line are prose', text: `The plant closed.Then it reopened.\n\n${body}`, path: plainText}
  ],
  invalid: [
    {
      name: 'a Markdown heading that ends in a full stop',
      text: `# Smelter reopens after a long winter.\n\n${body}`,
      errors: ['1:38-1:39: Unexpected `.` at the end of a headline, remove it'],
      output: `# Smelter reopens after a long winter\n\n${body}`
    },
    {
      name: 'a full stop inside closing quotes',
      text: `## Port traffic rises "sharply."\n\n${body}`,
      errors: ['1:31-1:32: Unexpected `.` at the end of a headline, remove it'],
      output: `## Port traffic rises "sharply"\n\n${body}`
    },
    {
      name: 'the first short line of a plain-text article',
      text: `Smelter reopens after a long winter.\n\n${body}`,
      path: plainText,
      errors: ['1:36-1:37: Unexpected `.` at the end of a headline, remove it'],
      output: `Smelter reopens after a long winter\n\n${body}`
    },
    {
      name: 'the first short line, run on into the next',
      text: `Smelter reopens after a long winter.\n${body}`,
      path: plainText,
      errors: ['1:36-1:37: Unexpected `.` at the end of a headline, remove it'],
      output: `Smelter reopens after a long winter\n${body}`
    },
    {
      name: 'no 。 in the Chinese title: a headline, however long the English',
      text: `${long}\n\n${body}`,
      path: plainText,
      source: `白云铝产业园今冬新签十二个项目计划投资三十五亿元\n${bodyZh}`,
      errors: ['1:128-1:129: Unexpected `.` at the end of a headline, remove it'],
      output: `${long.slice(0, -1)}\n\n${body}`
    },
    {
      name: 'no 。 in the Chinese: a Markdown heading is a headline',
      text: `# Smelter reopens after a long winter.\n\n${body}`,
      source: `冶炼厂在漫长的冬天后重新开工\n${bodyZh}`,
      errors: ['1:38-1:39: Unexpected `.` at the end of a headline, remove it'],
      output: `# Smelter reopens after a long winter\n\n${body}`
    },
    {
      name: 'a short heading',
      text: `# Smelter reopens.\n\n${body}`,
      errors: ['1:18-1:19: Unexpected `.` at the end of a headline, remove it'],
      output: `# Smelter reopens\n\n${body}`
    },
    {
      name: 'an abbreviation inside a headline',
      text: `Output rises in the U.S. and Canada.\n\n${body}`,
      path: plainText,
      errors: ['1:36-1:37: Unexpected `.` at the end of a headline, remove it'],
      output: `Output rises in the U.S. and Canada\n\n${body}`
    }
  ]
})

test('headline-punctuation: a whole message', () => {
  const [message] = lint(`# Smelter reopens.\n\n${body}`, id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.equal(message.actual, '.')
  assert.deepEqual(message.expected, [''])
  assert.deepEqual(message.fix, {range: [17, 18], text: ''})
})
