import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'name-variants'

testRule(id, {
  valid: [
    // Two people whose names are close are not merged:
    // one-syllable given names one letter apart, different posts or none;
    'Director Wang Lin spoke. Engineer Wang Ling said the furnace is hot.',
    'Wang Lin said the furnace is hot. Wang Ling said the furnace is cold.',
    // two-syllable names, each with a post of its own;
    'Vice president Liu Jianping spoke. His brother, engineer Liu Jianbing, said little.',
    // distance two, other surnames;
    'Wang Lei said yes. Wang Lin said no. Zhang Wei and Zhang Wen nodded. Li Jianping and Liu Jianping left.',
    // different people sharing a surname only;
    'Chen Gang said yes and Chen Xi said no.',
    // an English given name in front is not another form.
    'Financial Secretary Paul Chan Mo-po spoke. Chan Mo-po said the economy is weak.',
    // The misspelling search ignores words that are not near a known name.
    'Vice president Liu Jianping spoke in Liu Street. Liu Jianping Company grew.',
    'Mayor Wang Yi said so. Wang Yip runs a shop.',
    // A word that only spells the same letters is left alone.
    'Professor Wu Han gave a talk in Wuhan.',
    'Manager He Ping spoke. The port of Heping is near.',
    'Manager Pan Da spoke about the panda base.'
  ],
  invalid: [
    {
      name: 'another order, a hyphen or split syllables of the same name',
      text: 'Vice president Liu Jianping opened the smelter.\n\nJianping Liu said output will rise. Liu Jian-ping added that costs fell.\n\nLiu Jian Ping agreed. Liu Jianping left at noon.',
      errors: [
        '3:1-3:13: Unexpected `Jianping Liu`, expected `Liu Jianping` (used first): one person, one spelling and order',
        '3:37-3:50: Unexpected `Liu Jian-ping`, expected `Liu Jianping` (used first): one person, one spelling and order',
        '5:1-5:14: Unexpected `Liu Jian Ping`, expected `Liu Jianping` (used first): one person, one spelling and order'
      ]
    },
    {
      name: 'each variant once, against the form used most',
      text: 'Jianping Liu spoke. Liu Jianping said yes. Liu Jianping said no. Jianping Liu left. Liu Jianping stayed.',
      errors: [
        '1:1-1:13: Unexpected `Jianping Liu`, expected `Liu Jianping` (used 3 times): one person, one spelling and order'
      ]
    },
    {
      name: 'a given name one letter off: one syllable the same, the other one letter off, no title of its own',
      text: 'Vice president Liu Jianping spoke. Liu Jianpin pointed out the costs.',
      errors: [
        '1:36-1:47: Unexpected `Liu Jianpin`, expected `Liu Jianping` (used first): probably one person misspelled, one letter apart in a two-syllable given name'
      ]
    },
    {
      name: 'a given name one letter off: the same title',
      text: 'Mayor Zhao Lin opened the fair. Later, Mayor Zhao Ling said it went well.',
      errors: [
        '1:46-1:55: Unexpected `Zhao Ling`, expected `Zhao Lin` (used first): probably one person misspelled, both `Mayor`'
      ]
    },
    {
      name: 'a given name one letter off: not pinyin at all',
      text: 'Vice president Liu Jianping spoke. Liu Jianpng agreed.',
      errors: [
        '1:36-1:47: Unexpected `Liu Jianpng`, expected `Liu Jianping` (used first): probably one person misspelled, `Jianpng` is not pinyin'
      ]
    },
    {
      name: 'a split given name is never the form to follow',
      text: 'Vice premier He Li Feng spoke. He Lifeng pointed out the goals.',
      errors: [
        '1:14-1:24: Unexpected `He Li Feng`, expected `He Lifeng` (a given name is one word): one person, one spelling and order'
      ]
    },
    {
      name: 'misspellings are found in text order, under surnames that share letters',
      text: 'Vice president Mao Jianping spoke. Director Ma Xiaoming spoke. Ma Xiaomng and Mao Jianpng agreed, said Mao Jianpng.',
      errors: [
        '1:64-1:74: Unexpected `Ma Xiaomng`, expected `Ma Xiaoming` (used first): probably one person misspelled, `Xiaomng` is not pinyin',
        '1:79-1:90: Unexpected `Mao Jianpng`, expected `Mao Jianping` (used first): probably one person misspelled, `Jianpng` is not pinyin'
      ]
    },
    {
      name: 'misspellings are found behind a KELVIN SIGN capital (U+212A lowercases to k: "\\u212Aang" is the surname Kang)',
      text: 'Vice president Kang Jianping spoke.\n\nThe \u212Aang Jianpng plan and Kang Jianpng agreed.',
      errors: [
        '3:5-3:17: Unexpected `\u212Aang Jianpng`, expected `Kang Jianping` (used first): probably one person misspelled, `Jianpng` is not pinyin',
        '3:27-3:39: Unexpected `Kang Jianpng`, expected `Kang Jianping` (used first): probably one person misspelled, `Jianpng` is not pinyin'
      ]
    },
    {
      name: 'the same name run together or in other case',
      text: 'Deputy mayor Tang Wenbo toured the mill. Later TangWenbo and tang wenbo were quoted, and Tang wenbo left.',
      errors: [
        '1:48-1:57: Unexpected `TangWenbo`, expected `Tang Wenbo` (used first): one person, surname and given name apart',
        '1:62-1:72: Unexpected `tang wenbo`, expected `Tang Wenbo` (used first): one person, each name with a capital',
        '1:90-1:100: Unexpected `Tang wenbo`, expected `Tang Wenbo` (used first): one person, each name with a capital'
      ]
    },
    {
      name: 'the same name run together and in lower case',
      text: 'Manager Ma Xiu spoke at the plant. Then maxiu, as staff call her, signed.',
      errors: [
        '1:41-1:46: Unexpected `maxiu`, expected `Ma Xiu` (used first): one person, surname and given name apart'
      ]
    }
  ]
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
