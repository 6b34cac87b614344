import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'name-format'

testRule(id, {
  valid: [
    // Wade–Giles and Cantonese names keep their hyphen.
    'President Tsai Ing-wen said the island is ready.',
    'Financial Secretary Paul Chan Mo-po said growth slowed.',
    'Chief Secretary Cheung Kin-chung said the situation is serious.',
    'Mayor Ko Wen-je said the city is ready.',
    {name: '"Yang Liu" reads either way: left alone', text: 'Professor Yang Liu agreed.', setting: ['warn', {order: 'given-first'}]},
    // Several given-first names and none surname first: the page’s own convention.
    {name: 'a page that writes names given name first keeps its order', text: 'Engineer Jianping Liu said the data are clear. Analyst Xiaoming Zhang agreed. Manager Hongwei Sun disagreed.'},
    {name: 'given name first among Western names', text: 'The judges were Chiling Tong, a software engineer from California, and Andrew Fairbairn.'},
    {name: 'called by the last word later: the article takes it for the surname', text: 'Engineer Chiling Tong judged the entries. Ms Tong said one stood out.'},
    // English names, places and other Asian names are left alone.
    'Professor Nina Wang and analyst Julia Lan said prices rose. Sean Lau said so too.',
    'Hefei said the rail line will open; the Zhou Ming Cultural Courtyard agreed.',
    'Prime Minister Kishida Fumio met President Moon Jae-in.',
    {name: 'an allowed name is left alone', text: 'Former leader Chen Shui-bian said so.', setting: ['warn', {allow: ['Chen Shui-bian']}]}
  ],
  invalid: [
    {
      name: 'a given name split into capitalized syllables',
      text: '(Reporter Ma Zuo Bo) The plant reopened.',
      errors: [
        '1:11-1:20: Unexpected `Ma Zuo Bo`, expected `Ma Zuobo`: a Chinese given name is one word'
      ]
    },
    {
      name: 'a given name split into capitalized syllables: the apostrophe pinyin needs when they are joined',
      text: 'Deputy mayor Li Xi An said the road is open.',
      errors: [
        "1:14-1:22: Unexpected `Li Xi An`, expected `Li Xi'an`: a Chinese given name is one word"
      ]
    },
    {
      name: 'a given name split into capitalized syllables: surname last, perhaps, so both readings are offered',
      text: 'Director Ling Li Wang said the road is open.',
      errors: [
        '1:10-1:22: Unexpected `Ling Li Wang`, expected `Ling Liwang` or `Wang Lingli`: a Chinese given name is one word'
      ]
    },
    {
      name: 'house style writes pinyin given names without a hyphen',
      text: 'Vice president Liu Jian-ping said output rose. Reporter Zhang Wei wrote it down.',
      errors: [
        '1:16-1:29: Unexpected `Liu Jian-ping`, expected `Liu Jianping`: house style writes pinyin given names without a hyphen'
      ]
    },
    {
      name: 'house style may hyphenate two-syllable given names',
      text: 'Vice president Liu Jianping said output rose. Deputy mayor Li Xian agreed.',
      setting: ['warn', {hyphenate: true}],
      errors: [
        '1:16-1:28: Unexpected `Liu Jianping`, expected `Liu Jian-ping`: house style hyphenates two-syllable given names'
      ]
    },
    {
      name: 'house style may hyphenate: a split given name',
      text: 'Reporter Ma Zuo Bo wrote it.',
      setting: ['warn', {hyphenate: true}],
      errors: [
        '1:10-1:19: Unexpected `Ma Zuo Bo`, expected `Ma Zuo-bo`: a Chinese given name is one word'
      ]
    },
    {
      name: 'the surname goes first',
      text: 'Professor Jianping Liu said the data are clear. Professor Wang Jun agreed.',
      errors: [
        '1:11-1:23: Unexpected `Jianping Liu`, expected `Liu Jianping`: house style puts the surname first'
      ]
    },
    {
      name: 'the surname goes last when the house says so',
      text: 'Professor Jianping Liu said the data are clear. Professor Wang Jun agreed.',
      setting: ['warn', {order: 'given-first'}],
      errors: [
        '1:59-1:67: Unexpected `Wang Jun`, expected `Jun Wang`: house style puts the given name first'
      ]
    },
    {
      name: 'order "consistent": the order most names use',
      text: 'Professor Jianping Liu spoke. Professor Xiaoming Zhang agreed. Professor Wang Jun disagreed.',
      setting: ['warn', {order: 'consistent'}],
      errors: [
        '1:74-1:82: Unexpected `Wang Jun`, expected `Jun Wang`: the article mostly puts the given name first'
      ]
    },
    {
      name: 'one given-first name in a story that puts Chinese surnames first is still reordered',
      text: 'Professor Jianping Liu said the data are clear. Professor Wang Jun agreed. Director Zhou Min left.',
      errors: [
        '1:11-1:23: Unexpected `Jianping Liu`, expected `Liu Jianping`: house style puts the surname first'
      ]
    }
  ]
})

test('name-format: `expected` holds each reading the message offers', () => {
  assert.deepEqual(lint('Deputy mayor Li Xi An said the road is open.', id).map((m) => m.expected), [["Li Xi'an"]])
  assert.deepEqual(lint('Director Ling Li Wang said the road is open.', id).map((m) => m.expected), [['Ling Liwang', 'Wang Lingli']])
  assert.deepEqual(lint('Reporter Ma Zuo Bo wrote it.', id, ['warn', {hyphenate: true}]).map((m) => m.expected), [['Ma Zuo-bo']])
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
