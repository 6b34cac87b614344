import assert from 'node:assert/strict'
import {test} from 'node:test'
import {applyFixes, findings, lint, lintWith, describe} from '../helpers.js'


const id = 'headline-punctuation'
/** Findings in a plain-text file, whose first line is its title. */
const plain = (text: string, source?: string) => describe(lintWith(text, id, {path: 'story.txt', ...(source === undefined ? {} : {source})}))
const body = 'The district signed twelve projects in the first two months of the year, its office said on Monday.'

test('headline-punctuation: a Markdown heading that ends in a full stop', () => {
  assert.deepEqual(findings(`# Smelter reopens after a long winter.\n\n${body}`, id), ['1:38-1:39: Unexpected `.` at the end of a headline, remove it'])
  assert.deepEqual(findings(`## Port traffic rises "sharply."\n\n${body}`, id), ['1:31-1:32: Unexpected `.` at the end of a headline, remove it'])
})

test('headline-punctuation: the first short line of a plain-text article', () => {
  assert.deepEqual(plain(`Smelter reopens after a long winter.\n\n${body}`), ['1:36-1:37: Unexpected `.` at the end of a headline, remove it'])
  assert.deepEqual(plain(`Smelter reopens after a long winter.\n${body}`), ['1:36-1:37: Unexpected `.` at the end of a headline, remove it'])
  // A long first line run on into the next is the lede's first sentence, not a title.
  assert.deepEqual(plain(`The third Guizhou aluminium fair opened in the Baiyun district of Guiyang on a wet Thursday morning.\n${body}`), [])
  // In Markdown only headings are headlines.
  assert.deepEqual(findings(`Smelter reopens after a long winter.\n\n${body}`, id), [])
})

test('headline-punctuation: the fix removes the full stop', () => {
  const text = `# Smelter reopens after a long winter.\n\n${body}`
  assert.equal(applyFixes(text, lint(text, id)), `# Smelter reopens after a long winter\n\n${body}`)
})

test('headline-punctuation: ledes, abbreviations, ellipses and other marks are not reported', () => {
  const clean = [
    `# Smelter reopens after a long winter\n\n${body}`,
    `# Is the smelter coming back?\n\n${body}`,
    `# Output rises in the U.S.\n\n${body}`,
    `# The wait goes on...\n\n${body}`,
    // A body paragraph under a heading is prose.
    `# Smelter reopens\n\n${body}`,
    // Without headings: a long first line is a lede, not a title.
    `The aluminium park in the west of the city signed twelve new projects with a planned investment of 3.5 billion yuan this winter.\n\n${body}`,
    // A bracketed outlet opens a lede.
    `(Evening News) The park signed twelve projects.\n\n${body}`,
    // Two sentences on the first line are prose.
    `The park grew. It signed twelve projects.\n\n${body}`,
    // A one-paragraph article has no headline.
    body
  ]
  for (const text of clean) assert.deepEqual(plain(text), [], text)
})

test('headline-punctuation: with the source, the Chinese headline decides', () => {
  const long = 'The aluminium park in the west of the city signed twelve new projects with a planned investment of 3.5 billion yuan this winter.'
  const bodyZh = '该区今年前两个月签约十二个项目，区政府办公室周一表示。'
  // No 。 in the Chinese title: a headline, however long the English.
  assert.deepEqual(plain(`${long}\n\n${body}`, `白云铝产业园今冬新签十二个项目计划投资三十五亿元\n${bodyZh}`), [
    '1:128-1:129: Unexpected `.` at the end of a headline, remove it'
  ])
  // A 。 in the Chinese: a sentence, even when the English is short.
  assert.deepEqual(plain(`Smelter reopens after a long winter.\n\n${body}`, `冶炼厂在漫长的冬天后重新开工。\n${bodyZh}`), [])
  assert.deepEqual(describe(lintWith(`# Smelter reopens after a long winter.\n\n${body}`, id, {source: `冶炼厂在漫长的冬天后重新开工。\n${bodyZh}`})), [])
  assert.deepEqual(describe(lintWith(`# Smelter reopens after a long winter.\n\n${body}`, id, {source: `冶炼厂在漫长的冬天后重新开工\n${bodyZh}`})), [
    '1:38-1:39: Unexpected `.` at the end of a headline, remove it'
  ])
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

test('headline-punctuation: sentences run together on the first line are prose', () => {
  assert.deepEqual(plain(`The plant closed.Then it reopened.\n\n${body}`), [])
  assert.deepEqual(plain(`Output rises in the U.S. and Canada.\n\n${body}`), ['1:36-1:37: Unexpected `.` at the end of a headline, remove it'])
})
