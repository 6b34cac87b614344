import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'unintroduced-person'

const visit = [
  'On May 3rd, Lu Wen, Secretary of the Huaxi District Party Committee, came to the copper works.',
  'The plant’s deputy general manager Sun Haobo and Qianlong Copper’s chief engineer Tang Mei joined the talks.',
  'Lu Wen pointed out that the district will back the plant.',
  'Fang Jun thanked the district for its support. He said the plant will hire more workers.',
  'Gao Pei pointed out that the copper works has a solid base.'
].join('\n\n')

testRule(id, {
  valid: [
    // Any kind of introduction counts, at any mention.
    'Zhou Ming said the mill would reopen. Zhou Ming, mayor of the town, spoke later.',
    'Zhou Ming, a 40-year-old welder from Anshan, said the mill would reopen.',
    'Zhou Ming, who runs the canteen, said the mill would reopen.',
    'Zhou Ming is the director of the mill. Zhou Ming said it would reopen.',
    'Welder Zhou Ming said the mill would reopen.',
    '35-year-old Zhou Ming said the mill would reopen.',
    'A worker named Zhou Ming said the mill would reopen.',
    'The head of the mill, Zhou Ming, said it would reopen.',
    'Deputy directors Zhou Ming and Xu Lan said the mill would reopen.',
    '"We will reopen," said Zhou Ming, the mill’s director.',
    // Descriptors, lists under a plural title and roles later in the sentence.
    'Village cadre Wang Liwen said the road was finished.',
    'Beekeeper Wang Liwen said the honey sold well.',
    'Gu Jincheng, 64, who lives in the old town, said the road was finished.',
    'Gao Yaxuan, the person in charge of the project, said the road was finished.',
    'Wang Liwen said the road was finished, and as the village head she would open it.',
    // A plural title before a list introduces every name of it (issue 25: only the first counted).
    'County leaders Liu Wei, Mao Chaolin and Xiao Liming attended the meeting. Mao Chaolin said the work went well.',
    'Company leaders Zhou Ming, Xu Lan, Li Hua attended. Li Hua said the plant was ready.',
    // A group noun is nobody.
    'The company’s leaders said the plant was ready. Company Leaders Visited the site.',
    {name: 'a misspelling of an introduced name is name-variants’ business', text: 'Director Zhang Jianhua opened the road. Zhang Jianhu said it was finished.'},
    // Places, firms and names that do not act are left alone.
    'Hefei said the new line is ready. Guiyang reported more rain. Anshan pointed out its steel output.',
    'Baiyun District expressed support, and the Guizhou Aluminum Plant said it agreed.',
    'Li Ning Company said sales rose. Hong Kong said the border will open.',
    'The Zhou Ming Cultural Courtyard pointed out nothing at all.',
    'The award went to Zhou Ming and Xu Lan.',
    'Li Ganjie, Chen Wenqing and Wang Xiaohong attended the ceremony.',
    {name: 'one person, introduced under another order', text: 'Vice president Liu Jianping arrived. Jianping Liu said the plant is ready.'}
  ],
  invalid: [
    {
      name: 'people who act without ever being introduced, once each, and who was introduced, with the role',
      text: visit,
      errors: [
        '7:1-7:9: `Fang Jun` acts in the story but is never introduced with a title or role; introduced: Lu Wen, Secretary of the Huaxi District Party Committee; Sun Haobo, deputy general manager; Tang Mei, chief engineer of Qianlong Copper',
        '9:1-9:8: `Gao Pei` acts in the story but is never introduced with a title or role; introduced: Lu Wen, Secretary of the Huaxi District Party Committee; Sun Haobo, deputy general manager; Tang Mei, chief engineer of Qianlong Copper'
      ]
    },
    {
      name: 'the message lists who was introduced, with the role',
      text: 'Deputy general manager Sun Haobo spoke first. Fang Jun expressed thanks.',
      errors: [
        '1:47-1:55: `Fang Jun` acts in the story but is never introduced with a title or role; introduced: Sun Haobo, Deputy general manager'
      ]
    },
    {
      name: '"He" is a pronoun unless a given name follows',
      text: 'He said the plan works. He also pointed out the risks. He Fei pointed out that the base is solid.',
      errors: [
        '1:56-1:62: `He Fei` acts in the story but is never introduced with a title or role'
      ]
    },
    {
      name: 'the role must be the person’s own: "thanked the mayor" gives none',
      text: 'Wang Liwen thanked the mayor. Director Xu Lan nodded.',
      errors: [
        '1:1-1:11: `Wang Liwen` acts in the story but is never introduced with a title or role; introduced: Xu Lan, Director'
      ]
    },
    {
      name: 'a singular title is not shared down a list',
      text: 'Director Zhou Ming, Xu Lan and Li Hua attended. Li Hua said the plant was ready.',
      errors: [
        '1:49-1:55: `Li Hua` acts in the story but is never introduced with a title or role; introduced: Zhou Ming, Director'
      ]
    },
    {
      name: 'another name with the surname of an introduced one',
      text: 'Director Zhang Jianhua opened the road. Zhang Wenbo said it was finished.',
      errors: [
        '1:41-1:52: `Zhang Wenbo` acts in the story but is never introduced with a title or role; introduced: Zhang Jianhua, Director'
      ]
    },
    {
      name: 'a speaker after "said"',
      text: '"It is done," said Zhou Ming.',
      errors: [
        '1:20-1:29: `Zhou Ming` acts in the story but is never introduced with a title or role'
      ]
    },
    {
      name: 'a person written given name first',
      text: 'Jianping Liu said the plant is ready.',
      errors: [
        '1:1-1:13: `Jianping Liu` acts in the story but is never introduced with a title or role'
      ]
    },
    {
      name: 'a person written in Wade–Giles',
      text: 'Tsai Ing-wen said the island is ready.',
      errors: [
        '1:1-1:13: `Tsai Ing-wen` acts in the story but is never introduced with a title or role'
      ]
    },
    {
      name: 'everyone needs an introduction by default',
      text: 'Xi Jinping said the forum matters. Zhou Ming agreed.',
      errors: [
        '1:1-1:11: `Xi Jinping` acts in the story but is never introduced with a title or role',
        '1:36-1:45: `Zhou Ming` acts in the story but is never introduced with a title or role'
      ]
    },
    {
      name: 'the `known` option names people who need no introduction, in any order',
      text: 'Xi Jinping said the forum matters. Zhou Ming agreed.',
      setting: ['warn', {known: ['Jinping Xi']}],
      errors: [
        '1:36-1:45: `Zhou Ming` acts in the story but is never introduced with a title or role'
      ]
    }
  ]
})

test('unintroduced-person: a whole message', () => {
  const [message] = lint('Chen Gang expressed his gratitude.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.equal(message.actual, 'Chen Gang')
  assert.equal(message.reason, '`Chen Gang` acts in the story but is never introduced with a title or role')
  assert.match(message.note ?? '', /give one at the first mention/)
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/unintroduced-person.md')
})
