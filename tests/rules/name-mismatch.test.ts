import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {test} from 'node:test'
import {allNameKeys, chineseNames} from '../../src/source/names.js'
import {lintSource, sourceFindings, sourceFlagged} from '../source-helpers.js'

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

test('name-mismatch: a faithful translation passes, in either order and any spelling', () => {
  assert.deepEqual(sourceFindings(good, source, id), [])
  assert.deepEqual(sourceFindings(good.replace('Wang Jianguo', 'Jianguo Wang'), source, id), [])
  assert.deepEqual(sourceFindings(good.replace('Wang Jianguo', 'Wang Jian-guo'), source, id), [])
})

test('name-mismatch: does nothing without a source', () => {
  assert.deepEqual(sourceFindings(good.replace('Wang Jianguo', 'Wang Jianjun'), undefined, id), [])
})

test('name-mismatch: a misspelled name is reported once, with the source name', () => {
  const text = good.replace('Wang Jianguo', 'Wang Jianjun')
  assert.deepEqual(sourceFindings(text, source, id), [
    '5:16-5:28: `Wang Jianjun` is not a name in the source; did you mean `Wang Jianguo` (王建国)?'
  ])
  const [message] = lintSource(text, source, id)
  assert.deepEqual(message?.expected, ['Wang Jianguo'])
  assert.equal(message?.fatal, true)
  assert.equal(message?.note, 'Check the spelling against the Chinese; a wrong character gives a wrong name.')
})

test('name-mismatch: a name with no counterpart at all in the source', () => {
  const zh = '陈刚表示，工厂将扩大生产。'
  assert.deepEqual(sourceFlagged('Chen Guang said the plant would expand production.', zh, id), ['Chen Guang'])
  assert.deepEqual(sourceFindings('Chen Gang said the plant would expand production.', zh, id), [])
})

test('name-mismatch: a name translated as words is missing from the translation', () => {
  const zh = '总经理高峰说，今年订单充足。'
  assert.deepEqual(sourceFindings('General manager Peak said orders were plentiful this year.', zh, id), [
    '1:1-1:59: The source names `高峰` (Gao Feng) here, but the translation never does'
  ])
})

test('name-mismatch: surname readings and other romanizations', () => {
  // 单 is Shan as a surname; 吕 is Lü, Lv or Lyu.
  assert.deepEqual(sourceFindings('Shan Xiongxin said so. Lyu Dan agreed, she said.', '单雄信说，吕丹也表示同意。', id), [])
  // Taiwanese and Hong Kong spellings cannot be checked against pinyin: left alone.
  assert.deepEqual(sourceFindings('Tsai Ing-wen said so.', '蔡英文说。', id), [])
})

test('name-mismatch: a verb after a title is not a name', () => {
  const zh = '省委书记强调，要抓好项目落实。'
  // 强调 is "stressed", not a person called Qiang Tiao.
  assert.deepEqual(sourceFindings('The provincial Party secretary stressed that projects must be carried through.', zh, id), [])
  // Nor can a made-up "Qiang Tiao" claim it as its name; a real name beside it still can.
  assert.equal(allNameKeys(zh).has('qiang tiao'), false)
  assert.equal(allNameKeys('书记强国说，要抓好落实。').has('qiang guo'), true)
})
