import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findings, flagged, lint} from '../helpers.js'

const id = 'pinyin-case'

test('pinyin-case: a surname and a given name, one of them lowercase', () => {
  const text = 'The plant was shown to deputy director Gao meiling and Mr. Sun Jiahe.'
  assert.deepEqual(findings(text, id), [
    '1:40-1:51: Unexpected `Gao meiling`, expected `Gao Meiling`: a Chinese name takes a capital on the surname and on the given name'
  ])
  assert.deepEqual(flagged('On Monday, cao Ruiming, head of the bureau, opened the line.', id), ['cao Ruiming'])
  assert.deepEqual(flagged('Visitors were welcomed by Mr.Tang wenbo at the gate.', id), ['Tang wenbo'])
})

test('pinyin-case: both lowercase or a one-syllable given name, with a person’s context', () => {
  assert.deepEqual(flagged('The visit was led by general manager xu haoran of the mill.', id), ['xu haoran'])
  assert.deepEqual(flagged('Later, xu haoran said output would double.', id), ['xu haoran'])
  assert.deepEqual(flagged('The report was signed by secretary Lin fei.', id), ['Lin fei'])
  // No person around: left alone.
  assert.deepEqual(flagged('Farmers here grow xu haoran for the market.', id), [])
  assert.deepEqual(flagged('A banner read Lin fei in red.', id), [])
})

test('pinyin-case: a name run together, with a role beside it', () => {
  const text = 'Acting for caoruiming, the head of the county, Qiuyan, member of the standing committee, spoke.'
  assert.deepEqual(findings(text, id), [
    '1:12-1:22: Unexpected `caoruiming`, expected `Cao Ruiming`: a Chinese name is written surname, space, given name, each with a capital',
    '1:48-1:54: Unexpected `Qiuyan`, expected `Qiu Yan`: a Chinese name is written surname, space, given name, each with a capital'
  ])
  assert.deepEqual(flagged('The meeting heard fanjiawei and tangxiaodong, deputy heads of the district.', id), ['fanjiawei', 'tangxiaodong'])
  // A capitalized word is a place or a given name used alone, unless a post follows the comma.
  const clean = [
    'Tourists flock to Xiamen, a city on the coast.',
    'Xiaoming, a student, sat the exam twice.',
    'The delegation left for Yinchuan, July 26, by train.',
    'The secretary of Linhai, Chen Jinguo, secretary of the town committee, spoke.',
    'Vice president Yanyan opened the forum.'
  ]
  for (const sentence of clean) assert.deepEqual(findings(sentence, id), [], sentence)
})

test('pinyin-case: a lowercase place or firm name', () => {
  assert.deepEqual(flagged('Officials toured dengfeng district and the lianhua street office.', id), ['dengfeng', 'lianhua'])
  assert.deepEqual(flagged('Hunan Yueyang baoxing Cable Co. signed the deal.', id), ['baoxing'])
  assert.deepEqual(flagged('Growers in guangxi shipped more sugar.', id), ['guangxi'])
  assert.deepEqual(flagged('The Hanshan bureau met. Later the hanshan office agreed.', id), ['hanshan'])
})

test('pinyin-case: English words, loanwords, quotes and addresses are left alone', () => {
  const clean = [
    'He long wanted to visit the panda base before dining.',
    'Families ate jiaozi and drank baijiu; the hukou reform came later.',
    'Young people speak of “tangping” as a way out.',
    'Young people speak of neijuan (involution) at work.',
    'Write to shenhua@example.com or see www.kaifa.gov.cn for the forms.',
    'The long-running dispute ended as the sanfu days began.',
    'Countless antihuman crimes were recorded.',
    'Liu Xiaoqing and Wang Haibin attended the Dongguan Vice Mayor’s briefing.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('pinyin-case: a person the article names in full is left to name-variants', () => {
  assert.deepEqual(flagged('Deputy mayor Tang Wenbo toured the mill. Later tang wenbo said more, and Tang wenbo left.', id), [])
})

test('pinyin-case: a whole message', () => {
  const [message] = lint('The visit was led by general manager xu haoran of the mill.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.deepEqual(message.expected, ['Xu Haoran'])
  assert.equal(message.fix, undefined)
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/pinyin-case.md')
})
