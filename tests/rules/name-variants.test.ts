import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findings, flagged, lint} from '../helpers.js'

const id = 'name-variants'

test('name-variants: another order, a hyphen or split syllables of the same name', () => {
  const text = [
    'Vice president Liu Jianping opened the smelter.',
    'Jianping Liu said output will rise. Liu Jian-ping added that costs fell.',
    'Liu Jian Ping agreed. Liu Jianping left at noon.'
  ].join('\n\n')
  assert.deepEqual(findings(text, id), [
    '3:1-3:13: Unexpected `Jianping Liu`, expected `Liu Jianping` (used first): one person, one spelling and order',
    '3:37-3:50: Unexpected `Liu Jian-ping`, expected `Liu Jianping` (used first): one person, one spelling and order',
    '5:1-5:14: Unexpected `Liu Jian Ping`, expected `Liu Jianping` (used first): one person, one spelling and order'
  ])
})

test('name-variants: each variant once, against the form used most', () => {
  const text = 'Jianping Liu spoke. Liu Jianping said yes. Liu Jianping said no. Jianping Liu left. Liu Jianping stayed.'
  assert.deepEqual(lint(text, id).map((m) => m.reason), [
    'Unexpected `Jianping Liu`, expected `Liu Jianping` (used 3 times): one person, one spelling and order'
  ])
  assert.deepEqual(flagged(text, id), ['Jianping Liu'])
})

test('name-variants: a given name one letter off, with evidence', () => {
  // One syllable the same, the other one letter off, no title of its own.
  assert.deepEqual(findings('Vice president Liu Jianping spoke. Liu Jianpin pointed out the costs.', id), [
    '1:36-1:47: Unexpected `Liu Jianpin`, expected `Liu Jianping` (used first): probably one person misspelled, one letter apart in a two-syllable given name'
  ])
  // The same title.
  assert.deepEqual(flagged('Mayor Zhao Lin opened the fair. Later, Mayor Zhao Ling said it went well.', id), ['Zhao Ling'])
  // Not pinyin at all.
  assert.deepEqual(findings('Vice president Liu Jianping spoke. Liu Jianpng agreed.', id), [
    '1:36-1:47: Unexpected `Liu Jianpng`, expected `Liu Jianping` (used first): probably one person misspelled, `Jianpng` is not pinyin'
  ])
})

test('name-variants: two people whose names are close are not merged', () => {
  const clean = [
    // One-syllable given names one letter apart, different posts or none.
    'Director Wang Lin spoke. Engineer Wang Ling said the furnace is hot.',
    'Wang Lin said the furnace is hot. Wang Ling said the furnace is cold.',
    // Two-syllable names, each with a post of its own.
    'Vice president Liu Jianping spoke. His brother, engineer Liu Jianbing, said little.',
    // Distance two, other surnames.
    'Wang Lei said yes. Wang Lin said no. Zhang Wei and Zhang Wen nodded. Li Jianping and Liu Jianping left.',
    // Different people sharing a surname only.
    'Chen Gang said yes and Chen Xi said no.',
    // An English given name in front is not another form.
    'Financial Secretary Paul Chan Mo-po spoke. Chan Mo-po said the economy is weak.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('name-variants: the misspelling search ignores words that are not near a known name', () => {
  const clean = [
    'Vice president Liu Jianping spoke in Liu Street. Liu Jianping Company grew.',
    'Mayor Wang Yi said so. Wang Yip runs a shop.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('name-variants: a whole message', () => {
  const [message] = lint('Mayor Liu Jianping spoke. Jianping Liu said yes.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, true)
  assert.equal(message.actual, 'Jianping Liu')
  assert.deepEqual(message.expected, ['Liu Jianping'])
  assert.match(message.note ?? '', /two people/)
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/name-variants.md')
})

test('name-variants: a split given name is never the form to follow', () => {
  assert.deepEqual(findings('Vice premier He Li Feng spoke. He Lifeng pointed out the goals.', id), [
    '1:14-1:24: Unexpected `He Li Feng`, expected `He Lifeng` (a given name is one word): one person, one spelling and order'
  ])
})

test('name-variants: misspellings are found in text order, under surnames that share letters and behind a KELVIN SIGN capital', () => {
  assert.deepEqual(findings('Vice president Mao Jianping spoke. Director Ma Xiaoming spoke. Ma Xiaomng and Mao Jianpng agreed, said Mao Jianpng.', id), [
    '1:64-1:74: Unexpected `Ma Xiaomng`, expected `Ma Xiaoming` (used first): probably one person misspelled, `Xiaomng` is not pinyin',
    '1:79-1:90: Unexpected `Mao Jianpng`, expected `Mao Jianping` (used first): probably one person misspelled, `Jianpng` is not pinyin'
  ])
  // U+212A lowercases to k: "\u212Aang" is the surname Kang.
  assert.deepEqual(findings('Vice president Kang Jianping spoke.\n\nThe \u212Aang Jianpng plan and Kang Jianpng agreed.', id), [
    '3:5-3:17: Unexpected `\u212Aang Jianpng`, expected `Kang Jianping` (used first): probably one person misspelled, `Jianpng` is not pinyin',
    '3:27-3:39: Unexpected `Kang Jianpng`, expected `Kang Jianping` (used first): probably one person misspelled, `Jianpng` is not pinyin'
  ])
})

test('name-variants: the same name run together or in other case', () => {
  const text = 'Deputy mayor Tang Wenbo toured the mill. Later TangWenbo and tang wenbo were quoted, and Tang wenbo left.'
  assert.deepEqual(findings(text, id), [
    '1:48-1:57: Unexpected `TangWenbo`, expected `Tang Wenbo` (used first): one person, surname and given name apart',
    '1:62-1:72: Unexpected `tang wenbo`, expected `Tang Wenbo` (used first): one person, each name with a capital',
    '1:90-1:100: Unexpected `Tang wenbo`, expected `Tang Wenbo` (used first): one person, each name with a capital'
  ])
  assert.deepEqual(flagged('Manager Ma Xiu spoke at the plant. Then maxiu, as staff call her, signed.', id), ['maxiu'])
})

test('name-variants: a word that only spells the same letters is left alone', () => {
  const clean = [
    'Professor Wu Han gave a talk in Wuhan.',
    'Manager He Ping spoke. The port of Heping is near.',
    'Manager Pan Da spoke about the panda base.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})
