import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findings, flagged, lint} from '../helpers.js'

const id = 'name-format'

test('name-format: a given name split into capitalized syllables', () => {
  assert.deepEqual(findings('(Reporter Ma Zuo Bo) The plant reopened.', id), [
    '1:11-1:20: Unexpected `Ma Zuo Bo`, expected `Ma Zuobo`: a Chinese given name is one word'
  ])
  // The apostrophe pinyin needs when the syllables are joined.
  assert.deepEqual(lint('Deputy mayor Li Xi An said the road is open.', id).map((m) => m.expected), [["Li Xi'an"]])
  // Surname last, perhaps: both readings are offered.
  assert.deepEqual(lint('Director Ling Li Wang said the road is open.', id).map((m) => m.expected), [['Ling Liwang', 'Wang Lingli']])
})

test('name-format: hyphens in pinyin given names follow the house style', () => {
  const text = 'Vice president Liu Jian-ping said output rose. Reporter Zhang Wei wrote it down.'
  assert.deepEqual(findings(text, id), [
    '1:16-1:29: Unexpected `Liu Jian-ping`, expected `Liu Jianping`: house style writes pinyin given names without a hyphen'
  ])
  assert.deepEqual(findings('Vice president Liu Jianping said output rose. Deputy mayor Li Xian agreed.', id, ['warn', {hyphenate: true}]), [
    '1:16-1:28: Unexpected `Liu Jianping`, expected `Liu Jian-ping`: house style hyphenates two-syllable given names'
  ])
  assert.deepEqual(flagged('Reporter Ma Zuo Bo wrote it.', id, ['warn', {hyphenate: true}]), ['Ma Zuo Bo'])
  assert.deepEqual(lint('Reporter Ma Zuo Bo wrote it.', id, ['warn', {hyphenate: true}])[0]?.expected, ['Ma Zuo-bo'])
})

test('name-format: Wade–Giles and Cantonese names keep their hyphen', () => {
  const clean = [
    'President Tsai Ing-wen said the island is ready.',
    'Financial Secretary Paul Chan Mo-po said growth slowed.',
    'Chief Secretary Cheung Kin-chung said the situation is serious.',
    'Mayor Ko Wen-je said the city is ready.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('name-format: the surname goes first unless the house says otherwise', () => {
  const text = 'Professor Jianping Liu said the data are clear. Professor Wang Jun agreed.'
  assert.deepEqual(findings(text, id), [
    '1:11-1:23: Unexpected `Jianping Liu`, expected `Liu Jianping`: house style puts the surname first'
  ])
  assert.deepEqual(flagged(text, id, ['warn', {order: 'given-first'}]), ['Wang Jun'])
  // "consistent": the order most names use.
  const mostly = 'Professor Jianping Liu spoke. Professor Xiaoming Zhang agreed. Professor Wang Jun disagreed.'
  assert.deepEqual(flagged(mostly, id, ['warn', {order: 'consistent'}]), ['Wang Jun'])
  // "Yang Liu" reads either way: left alone.
  assert.deepEqual(flagged('Professor Yang Liu agreed.', id, ['warn', {order: 'given-first'}]), [])
})

test('name-format: a page that writes names given name first keeps its order', () => {
  // Several given-first names and none surname first: the page's own convention.
  const consistent = 'Engineer Jianping Liu said the data are clear. Analyst Xiaoming Zhang agreed. Manager Hongwei Sun disagreed.'
  assert.deepEqual(findings(consistent, id), [])
  // Among Western names.
  assert.deepEqual(findings('The judges were Chiling Tong, a software engineer from California, and Andrew Fairbairn.', id), [])
  // Called by the last word later: the article takes it for the surname.
  assert.deepEqual(findings('Engineer Chiling Tong judged the entries. Ms Tong said one stood out.', id), [])
  // One such name in a story that puts Chinese surnames first is still reordered.
  assert.deepEqual(flagged('Professor Jianping Liu said the data are clear. Professor Wang Jun agreed. Director Zhou Min left.', id), ['Jianping Liu'])
})

test('name-format: English names, places and allowed names are left alone', () => {
  const clean = [
    'Professor Nina Wang and analyst Julia Lan said prices rose. Sean Lau said so too.',
    'Hefei said the rail line will open; the Zhou Ming Cultural Courtyard agreed.',
    'Prime Minister Kishida Fumio met President Moon Jae-in.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
  assert.deepEqual(findings('Former leader Chen Shui-bian said so.', id, ['warn', {allow: ['Chen Shui-bian']}]), [])
})

test('name-format: a whole message', () => {
  const [message] = lint('Reporter Zheng Yu Xin filed the story.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.equal(message.actual, 'Zheng Yu Xin')
  assert.deepEqual(message.expected, ['Zheng Yuxin'])
  assert.equal(message.fix, undefined)
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/name-format.md')
})
