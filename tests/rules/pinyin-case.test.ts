import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'pinyin-case'

testRule(id, {
  valid: [
    {name: 'both lowercase, no person around: left alone', text: 'Farmers here grow xu haoran for the market.'},
    {name: 'a one-syllable given name, no person around: left alone', text: 'A banner read Lin fei in red.'},
    // A capitalized word is a place or a given name used alone, unless a post follows the comma.
    'Tourists flock to Xiamen, a city on the coast.',
    'Xiaoming, a student, sat the exam twice.',
    'The delegation left for Yinchuan, July 26, by train.',
    'The secretary of Linhai, Chen Jinguo, secretary of the town committee, spoke.',
    'Vice president Yanyan opened the forum.',
    // English words, loanwords, quotes and addresses are left alone.
    'He long wanted to visit the panda base before dining.',
    'Families ate jiaozi and drank baijiu; the hukou reform came later.',
    'Young people speak of “tangping” as a way out.',
    'Young people speak of neijuan (involution) at work.',
    'Write to shenhua@example.com or see www.kaifa.gov.cn for the forms.',
    'The long-running dispute ended as the sanfu days began.',
    'Countless antihuman crimes were recorded.',
    'Liu Xiaoqing and Wang Haibin attended the Dongguan Vice Mayor’s briefing.',
    {name: 'a person the article names in full is left to name-variants', text: 'Deputy mayor Tang Wenbo toured the mill. Later tang wenbo said more, and Tang wenbo left.'}
  ],
  invalid: [
    {
      name: 'a surname and a given name, one of them lowercase',
      text: 'The plant was shown to deputy director Gao meiling and Mr. Sun Jiahe.',
      errors: [
        '1:40-1:51: Unexpected `Gao meiling`, expected `Gao Meiling`: a Chinese name takes a capital on the surname and on the given name'
      ]
    },
    {
      name: 'a lowercase surname',
      text: 'On Monday, cao Ruiming, head of the bureau, opened the line.',
      errors: [
        '1:12-1:23: Unexpected `cao Ruiming`, expected `Cao Ruiming`: a Chinese name takes a capital on the surname and on the given name'
      ]
    },
    {
      name: 'a lowercase given name after a title glued to it',
      text: 'Visitors were welcomed by Mr.Tang wenbo at the gate.',
      errors: [
        '1:30-1:40: Unexpected `Tang wenbo`, expected `Tang Wenbo`: a Chinese name takes a capital on the surname and on the given name'
      ]
    },
    {
      name: 'both lowercase, with a person’s context: a post',
      text: 'The visit was led by general manager xu haoran of the mill.',
      errors: [
        '1:38-1:47: Unexpected `xu haoran`, expected `Xu Haoran`: a Chinese name takes a capital on the surname and on the given name'
      ]
    },
    {
      name: 'both lowercase, with a person’s context: a verb of speech',
      text: 'Later, xu haoran said output would double.',
      errors: [
        '1:8-1:17: Unexpected `xu haoran`, expected `Xu Haoran`: a Chinese name takes a capital on the surname and on the given name'
      ]
    },
    {
      name: 'a one-syllable given name, with a person’s context',
      text: 'The report was signed by secretary Lin fei.',
      errors: [
        '1:36-1:43: Unexpected `Lin fei`, expected `Lin Fei`: a Chinese name takes a capital on the surname and on the given name'
      ]
    },
    {
      name: 'a name run together, with a role beside it',
      text: 'Acting for caoruiming, the head of the county, Qiuyan, member of the standing committee, spoke.',
      errors: [
        '1:12-1:22: Unexpected `caoruiming`, expected `Cao Ruiming`: a Chinese name is written surname, space, given name, each with a capital',
        '1:48-1:54: Unexpected `Qiuyan`, expected `Qiu Yan`: a Chinese name is written surname, space, given name, each with a capital'
      ]
    },
    {
      name: 'names run together, with a plural role after them',
      text: 'The meeting heard fanjiawei and tangxiaodong, deputy heads of the district.',
      errors: [
        '1:19-1:28: Unexpected `fanjiawei`, expected `Fan Jiawei`: a Chinese name is written surname, space, given name, each with a capital',
        '1:33-1:45: Unexpected `tangxiaodong`, expected `Tang Xiaodong`: a Chinese name is written surname, space, given name, each with a capital'
      ]
    },
    {
      name: 'a lowercase place',
      text: 'Officials toured dengfeng district and the lianhua street office.',
      errors: [
        '1:18-1:26: Unexpected `dengfeng`, expected `Dengfeng`: a Chinese name or place takes a capital',
        '1:44-1:51: Unexpected `lianhua`, expected `Lianhua`: a Chinese name or place takes a capital'
      ]
    },
    {
      name: 'a lowercase word in a firm name',
      text: 'Hunan Yueyang baoxing Cable Co. signed the deal.',
      errors: [
        '1:15-1:22: Unexpected `baoxing`, expected `Baoxing`: a Chinese name or place takes a capital'
      ]
    },
    {
      name: 'a lowercase province',
      text: 'Growers in guangxi shipped more sugar.',
      errors: [
        '1:12-1:19: Unexpected `guangxi`, expected `Guangxi`: a Chinese name or place takes a capital'
      ]
    },
    {
      name: 'a place the article capitalizes elsewhere',
      text: 'The Hanshan bureau met. Later the hanshan office agreed.',
      errors: [
        '1:35-1:42: Unexpected `hanshan`, expected `Hanshan`: a Chinese name or place takes a capital'
      ]
    }
  ]
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
