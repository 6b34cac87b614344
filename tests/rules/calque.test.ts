import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'calque'
const glossaryConfig = {glossary: [{term: 'China', wrong: ['my country'], when: 'China'}]}

testRule(id, {
  valid: [
    'The soil was compacted. Each of us bears responsibility.',
    'Firms met the first industry rules.',
    'Take the Piccadilly line to the airport.',
    {name: 'first-person places in quotations', text: '“Our city will grow,” the mayor said. He said: "Our company is proud."'},
    '> Our city will grow.',
    'The samples were sent for investigation.',
    {name: '"for investigation" not across a sentence end', text: 'He visited the site. It was closed for investigation.'},
    'The team played a full game and put forward two strikers.',
    'The whole of society benefits from the plan.',
    'Our countryside is beautiful, and our city-owned firms agreed.',
    'She did a good job of running the mill.',
    {name: 'a phrase the house glossary reports is not said twice', text: 'Exports from my country to China rose.', config: glossaryConfig}
  ],
  invalid: [
    {
      name: 'flags a stock phrase with the plainer wording',
      text: 'The plant will give full play to its location.',
      errors: ['1:16-1:33: Unexpected literal rendering `give full play to`, expected `make full use of` (发挥)']
    },
    {
      name: 'inflected forms, any case, across a line break',
      text: 'Giving full play to talent matters. She put forward\nsuggestions.',
      errors: [
        '1:1-1:20: Unexpected literal rendering `Giving full play to`, expected `Make full use of` (发挥)',
        '1:41-2:12: Unexpected literal rendering `put forward suggestions`, expected `made suggestions` (提出建议 / 提出意见)'
      ]
    },
    {
      name: 'a suggestion capitalized where the phrase opens a sentence',
      text: 'The third industry grew.',
      errors: [
        '1:1-1:19: Unexpected literal rendering `The third industry`, expected `The services sector` (第三产业 is the services sector, “tertiary industry” in NBS releases; “third industry” misleads)'
      ]
    },
    {
      name: 'a past tense',
      text: 'They gave full play to it.',
      errors: ['1:6-1:23: Unexpected literal rendering `gave full play to`, expected `make full use of` (发挥)']
    },
    {
      name: 'matched on lemmas, with split forms',
      text: 'The county comprehensively compacted the “Three Line” responsibilities. Towns compact responsibility too.',
      errors: [
        '1:28-1:71: Unexpected literal rendering `compacted the “Three Line” responsibilities`, expected `hold … accountable` (压实责任: “compact” makes no sense of responsibilities)',
        '1:79-1:101: Unexpected literal rendering `compact responsibility`, expected `hold … accountable` (压实责任: “compact” makes no sense of responsibilities)'
      ]
    },
    {
      name: 'a stilted phrase once an article, a misleading one each time',
      text: 'Epidemic prevention and control went on. Epidemic prevention and control tightened. Services, the third industry, grew; the third industry hired.',
      errors: [
        '1:1-1:32: Unexpected literal rendering `Epidemic prevention and control`, expected `COVID-19 controls` (疫情防控)',
        '1:95-1:113: Unexpected literal rendering `the third industry`, expected `the services sector` (第三产业 is the services sector, “tertiary industry” in NBS releases; “third industry” misleads)',
        '1:121-1:139: Unexpected literal rendering `the third industry`, expected `the services sector` (第三产业 is the services sector, “tertiary industry” in NBS releases; “third industry” misleads)'
      ]
    },
    {
      name: 'officialese of the genre, with its accepted English',
      text: 'The congress victoriously concluded in May. Members must not forget the initial heart.',
      errors: [
        '1:14-1:36: Unexpected literal rendering `victoriously concluded`, expected `closed` (胜利闭幕)',
        '1:58-1:86: Unexpected literal rendering `not forget the initial heart`, expected `stay true to the founding mission` (不忘初心)'
      ]
    },
    {
      name: 'slogans of the genre',
      text: 'The zone stressed enterprise-land cooperation and the “six stabilities and six guarantees”.',
      errors: [
        '1:19-1:46: Unexpected literal rendering `enterprise-land cooperation`, expected `cooperation between companies and the local government` (企地合作)',
        '1:56-1:90: Unexpected literal rendering `six stabilities and six guarantees`, expected `stability on six fronts and security in six areas` (六稳六保)'
      ]
    },
    {
      name: '"line to" after a Chinese name',
      text: 'Zhou Minghua line to the cable plant for research.',
      errors: ['1:14-1:21: Unexpected literal rendering `line to`, expected `and a delegation (visited)` (一行 is the group travelling with someone: “a delegation led by …”)']
    },
    {
      name: 'first-person places and bodies',
      text: 'The mayor praised firms in our city. Our company expanded, and my country benefits.',
      errors: [
        '1:28-1:36: Unexpected literal rendering `our city`, expected `the place’s name` (我市 / 我省 / 我县 / 我区: first person in third-person news: name the place)',
        '1:38-1:49: Unexpected literal rendering `Our company`, expected `The body’s name` (我司 / 我公司 / 我院 / 我校: first person in third-person news: name the company or body)',
        '1:64-1:74: Unexpected literal rendering `my country`, expected `China` (我国: first person in third-person news)'
      ]
    },
    {
      name: 'in a text that says "we", "our company" only once',
      text: 'We opened a plant. Our company hired 40 people, and our company grew. “We did it,” he said.',
      errors: ['1:20-1:31: Unexpected literal rendering `Our company`, expected `The body’s name` (我司 / 我公司 / 我院 / 我校: first person in third-person news: name the company or body)']
    },
    {
      name: '"we" only inside a quotation',
      text: '“We did it,” he said of our company.',
      errors: ['1:25-1:36: Unexpected literal rendering `our company`, expected `the body’s name` (我司 / 我公司 / 我院 / 我校: first person in third-person news: name the company or body)']
    },
    {
      name: '"for investigation" after a visit',
      text: 'The governor visited two copper mines for investigation on Monday.',
      errors: ['1:39-1:56: Unexpected literal rendering `for investigation`, expected `on a fact-finding visit` (调研: a visit to learn how things stand, not an investigation)']
    },
    {
      name: '"for investigation and research" after coming',
      text: 'Officials came to the county for investigation and research.',
      errors: ['1:30-1:60: Unexpected literal rendering `for investigation and research`, expected `on a fact-finding visit` (调研: a visit to learn how things stand, not an investigation)']
    },
    {
      name: 'the longest phrase wins',
      text: 'Normalized epidemic prevention and control continued.',
      errors: ['1:1-1:43: Unexpected literal rendering `Normalized epidemic prevention and control`, expected `Routine COVID-19 controls` (常态化防控)']
    },
    {
      name: 'options add phrases and drop built-in ones',
      text: 'They carry forward the spirit and give full play to it.',
      setting: ['info', {extra: [{phrase: 'carry forward the spirit', suggestion: 'keep up', note: '发扬精神'}], exclude: ['Give full play to']}],
      errors: ['1:6-1:30: Unexpected literal rendering `carry forward the spirit`, expected `keep up` (发扬精神)']
    },
    {
      name: 'a verb phrase with its object',
      text: 'Peng Tao put forward suggestions on supply.',
      errors: ['1:10-1:33: Unexpected literal rendering `put forward suggestions`, expected `made suggestions` (提出建议 / 提出意见)']
    },
    {
      name: 'a glossary entry held back by `when` leaves the phrase to calque',
      text: 'Exports from my country rose.',
      config: glossaryConfig,
      errors: ['1:14-1:24: Unexpected literal rendering `my country`, expected `China` (我国: first person in third-person news)']
    }
  ]
})

test('calque: a stilted phrase is info once an article; a misleading one is a warning each time', () => {
  const messages = lint('Epidemic prevention and control went on. Epidemic prevention and control tightened. Services, the third industry, grew; the third industry hired.', id)
  assert.deepEqual(
    messages.map((m) => [m.actual, m.fatal]),
    [
      ['Epidemic prevention and control', undefined],
      ['the third industry', false],
      ['the third industry', false]
    ]
  )
})

test('calque: in a text that says "we", "our company" is only info, once', () => {
  const messages = lint('We opened a plant. Our company hired 40 people, and our company grew. “We did it,” he said.', id)
  assert.deepEqual(messages.map((m) => [m.actual, m.fatal]), [['Our company', undefined]])
  assert.deepEqual(lint('“We did it,” he said of our company.', id).map((m) => m.fatal), [false])
})

test('calque: a whole message is info with the suggestion', () => {
  const [message] = lint('Peng Tao put forward suggestions on supply.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, undefined)
  assert.equal(message.actual, 'put forward suggestions')
  assert.deepEqual(message.expected, ['made suggestions'])
  assert.equal(message.note, 'Accepted English: Xinhua English news style')
  assert.equal(message.reason, 'Unexpected literal rendering `put forward suggestions`, expected `made suggestions` (提出建议 / 提出意见)')
  assert.equal(message.fix, undefined)
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/calque.md')
})
