import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {test} from 'node:test'
import {allNameKeys, chineseNames} from '../../src/source/names.js'
import {testRule} from '../rule-tester.js'
import {lintSource} from '../source-helpers.js'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/source/${name}`, import.meta.url), 'utf8')
const source = fixture('plant.zh.md')
const good = fixture('plant.md')
const id = 'name-mismatch'

test('name-mismatch: names in the source are found by title and verb of speech', () => {
  const names = chineseNames('厂长王建国说，记者张雄报道。曾国藩指出，法国总统马克龙称，今年34岁的高峰家在眉山。欧阳夏表示同意。')
  assert.deepEqual(
    names.map((n) => [n.text, n.keys[0]]),
    [['王建国', 'wang jianguo'], ['张雄', 'zhang xiong'], ['曾国藩', 'zeng guofan'], ['欧阳夏', 'ouyang xia']]
  )
})

testRule(id, {
  valid: [
    {name: 'a faithful translation passes', text: good, source},
    {name: 'a faithful translation passes: the other order', text: good.replace('Wang Jianguo', 'Jianguo Wang'), source},
    {name: 'a faithful translation passes: another spelling', text: good.replace('Wang Jianguo', 'Wang Jian-guo'), source},
    {name: 'does nothing without a source', text: good.replace('Wang Jianguo', 'Wang Jianjun')},
    {name: 'the name the source gives', text: 'Chen Gang said the plant would expand production.', source: '陈刚表示，工厂将扩大生产。'},
    {name: 'surname readings: 单 is Shan as a surname; 吕 is Lü, Lv or Lyu', text: 'Shan Xiongxin said so. Lyu Dan agreed, she said.', source: '单雄信说，吕丹也表示同意。'},
    {name: 'Taiwanese and Hong Kong spellings cannot be checked against pinyin: left alone', text: 'Tsai Ing-wen said so.', source: '蔡英文说。'},
    {name: 'a verb after a title is not a name: 强调 is "stressed", not a person called Qiang Tiao', text: 'The provincial Party secretary stressed that projects must be carried through.', source: '省委书记强调，要抓好项目落实。'}
  ],
  invalid: [
    {
      name: 'a misspelled name is reported once, with the source name',
      text: good.replace('Wang Jianguo', 'Wang Jianjun'),
      source,
      errors: [
        '5:16-5:28: `Wang Jianjun` is not a name in the source; did you mean `Wang Jianguo` (王建国)?'
      ]
    },
    {
      name: 'a name with no counterpart at all in the source',
      text: 'Chen Guang said the plant would expand production.',
      source: '陈刚表示，工厂将扩大生产。',
      errors: [
        '1:1-1:11: `Chen Guang` is not a name in the source; did you mean `Chen Gang` (陈刚)?'
      ]
    },
    {
      name: 'a name translated as words is missing from the translation',
      text: 'General manager Peak said orders were plentiful this year.',
      source: '总经理高峰说，今年订单充足。',
      errors: [
        '1:1-1:59: The source names `高峰` (Gao Feng) here, but the translation never does'
      ]
    }
  ]
})

test('name-mismatch: a misspelled name: the whole message', () => {
  const [message] = lintSource(good.replace('Wang Jianguo', 'Wang Jianjun'), source, id)
  assert.deepEqual(message?.expected, ['Wang Jianguo'])
  assert.equal(message?.fatal, true)
  assert.equal(message?.note, 'Check the spelling against the Chinese; a wrong character gives a wrong name.')
})

test('name-mismatch: a verb after a title is not a name, nor can a made-up one claim it; a real name beside it still can', () => {
  assert.equal(allNameKeys('省委书记强调，要抓好项目落实。').has('qiang tiao'), false)
  assert.equal(allNameKeys('书记强国说，要抓好落实。').has('qiang guo'), true)
})
