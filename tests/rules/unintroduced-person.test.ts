import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findings, flagged, lint} from '../helpers.js'

const id = 'unintroduced-person'

const visit = [
  'On May 3rd, Lu Wen, Secretary of the Huaxi District Party Committee, came to the copper works.',
  'The plant’s deputy general manager Sun Haobo and Qianlong Copper’s chief engineer Tang Mei joined the talks.',
  'Lu Wen pointed out that the district will back the plant.',
  'Fang Jun thanked the district for its support. He said the plant will hire more workers.',
  'Gao Pei pointed out that the copper works has a solid base.'
].join('\n\n')

test('unintroduced-person: flags people who act without ever being introduced, once each', () => {
  assert.deepEqual(flagged(visit, id), ['Fang Jun', 'Gao Pei'])
})

test('unintroduced-person: the message lists who was introduced, with the role', () => {
  assert.deepEqual(findings('Deputy general manager Sun Haobo spoke first. Fang Jun expressed thanks.', id), [
    '1:47-1:55: `Fang Jun` acts in the story but is never introduced with a title or role; introduced: Sun Haobo, Deputy general manager'
  ])
  const [first] = lint(visit, id)
  assert.equal(
    first?.reason,
    '`Fang Jun` acts in the story but is never introduced with a title or role; introduced: ' +
      'Lu Wen, Secretary of the Huaxi District Party Committee; Sun Haobo, deputy general manager; ' +
      'Tang Mei, chief engineer of Qianlong Copper'
  )
})

test('unintroduced-person: "He" is a pronoun unless a given name follows', () => {
  const text = 'He said the plan works. He also pointed out the risks. He Fei pointed out that the base is solid.'
  assert.deepEqual(flagged(text, id), ['He Fei'])
})

test('unintroduced-person: any kind of introduction counts, at any mention', () => {
  const clean = [
    'Zhou Ming said the mill would reopen. Zhou Ming, mayor of the town, spoke later.',
    'Zhou Ming, a 40-year-old welder from Anshan, said the mill would reopen.',
    'Zhou Ming, who runs the canteen, said the mill would reopen.',
    'Zhou Ming is the director of the mill. Zhou Ming said it would reopen.',
    'Welder Zhou Ming said the mill would reopen.',
    '35-year-old Zhou Ming said the mill would reopen.',
    'A worker named Zhou Ming said the mill would reopen.',
    'The head of the mill, Zhou Ming, said it would reopen.',
    'Deputy directors Zhou Ming and Xu Lan said the mill would reopen.',
    '"We will reopen," said Zhou Ming, the mill’s director.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('unintroduced-person: descriptors, lists under a plural title and roles later in the sentence', () => {
  const clean = [
    'Village cadre Wang Liwen said the road was finished.',
    'Beekeeper Wang Liwen said the honey sold well.',
    'Gu Jincheng, 64, who lives in the old town, said the road was finished.',
    'Gao Yaxuan, the person in charge of the project, said the road was finished.',
    'Wang Liwen said the road was finished, and as the village head she would open it.',
    // A plural title before a list introduces every name of it (issue 25: only the first counted).
    'County leaders Liu Wei, Mao Chaolin and Xiao Liming attended the meeting. Mao Chaolin said the work went well.',
    'Company leaders Zhou Ming, Xu Lan, Li Hua attended. Li Hua said the plant was ready.',
    // A group noun is nobody.
    'The company’s leaders said the plant was ready. Company Leaders Visited the site.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
  // The role must be the person's own: "thanked the mayor" gives none.
  assert.deepEqual(flagged('Wang Liwen thanked the mayor. Director Xu Lan nodded.', id), ['Wang Liwen'])
  // A singular title is not shared down a list.
  assert.deepEqual(flagged('Director Zhou Ming, Xu Lan and Li Hua attended. Li Hua said the plant was ready.', id), ['Li Hua'])
})

test('unintroduced-person: a misspelling of an introduced name is name-variants’ business', () => {
  assert.deepEqual(findings('Director Zhang Jianhua opened the road. Zhang Jianhu said it was finished.', id), [])
  assert.deepEqual(flagged('Director Zhang Jianhua opened the road. Zhang Wenbo said it was finished.', id), ['Zhang Wenbo'])
})

test('unintroduced-person: places, firms and names that do not act are left alone', () => {
  const clean = [
    'Hefei said the new line is ready. Guiyang reported more rain. Anshan pointed out its steel output.',
    'Baiyun District expressed support, and the Guizhou Aluminum Plant said it agreed.',
    'Li Ning Company said sales rose. Hong Kong said the border will open.',
    'The Zhou Ming Cultural Courtyard pointed out nothing at all.',
    'The award went to Zhou Ming and Xu Lan.',
    'Li Ganjie, Chen Wenqing and Wang Xiaohong attended the ceremony.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('unintroduced-person: speakers after "said" and people written in other orders and spellings', () => {
  assert.deepEqual(flagged('"It is done," said Zhou Ming.', id), ['Zhou Ming'])
  assert.deepEqual(flagged('Jianping Liu said the plant is ready.', id), ['Jianping Liu'])
  assert.deepEqual(flagged('Tsai Ing-wen said the island is ready.', id), ['Tsai Ing-wen'])
  // One person, introduced under another order: not flagged.
  assert.deepEqual(flagged('Vice president Liu Jianping arrived. Jianping Liu said the plant is ready.', id), [])
})

test('unintroduced-person: the `known` option names people who need no introduction', () => {
  const text = 'Xi Jinping said the forum matters. Zhou Ming agreed.'
  assert.deepEqual(flagged(text, id), ['Xi Jinping', 'Zhou Ming'])
  assert.deepEqual(flagged(text, id, ['warn', {known: ['Jinping Xi']}]), ['Zhou Ming'])
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
