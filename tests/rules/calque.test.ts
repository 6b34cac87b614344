import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findings, flagged, lint} from '../helpers.js'

const id = 'calque'

test('calque: flags a stock phrase with the plainer wording', () => {
  assert.deepEqual(findings('The plant will give full play to its location.', id), [
    '1:16-1:33: Unexpected literal rendering `give full play to`, expected `make full use of` (发挥)'
  ])
})

test('calque: inflected forms, any case, across a line break', () => {
  assert.deepEqual(flagged('Giving full play to talent matters. She put forward\nsuggestions.', id), ['Giving full play to', 'put forward\nsuggestions'])
  assert.deepEqual(flagged('They gave full play to it.', id), ['gave full play to'])
})

test('calque: matched on lemmas, with split forms', () => {
  assert.deepEqual(flagged('The county comprehensively compacted the “Three Line” responsibilities. Towns compact responsibility too.', id), [
    'compacted the “Three Line” responsibilities',
    'compact responsibility'
  ])
  assert.deepEqual(findings('The soil was compacted. Each of us bears responsibility.', id), [])
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

test('calque: officialese of the genre, with its accepted English', () => {
  assert.deepEqual(findings('The congress victoriously concluded in May. Members must not forget the initial heart.', id), [
    '1:14-1:36: Unexpected literal rendering `victoriously concluded`, expected `closed` (胜利闭幕)',
    '1:58-1:86: Unexpected literal rendering `not forget the initial heart`, expected `stay true to the founding mission` (不忘初心)'
  ])
  assert.deepEqual(flagged('The zone stressed enterprise-land cooperation and the “six stabilities and six guarantees”.', id), ['enterprise-land cooperation', 'six stabilities and six guarantees'])
  assert.equal(lint('Firms met the first industry rules.', id).length, 0)
})

test('calque: "line to" only after a Chinese name', () => {
  assert.deepEqual(flagged('Zhou Minghua line to the cable plant for research.', id), ['line to'])
  assert.deepEqual(findings('Take the Piccadilly line to the airport.', id), [])
})

test('calque: first-person places and bodies, except in quotations', () => {
  assert.deepEqual(flagged('The mayor praised firms in our city. Our company expanded, and my country benefits.', id), ['our city', 'Our company', 'my country'])
  assert.deepEqual(findings('“Our city will grow,” the mayor said. He said: "Our company is proud."', id), [])
  assert.deepEqual(findings('> Our city will grow.', id), [])
})

test('calque: in a text that says "we", "our company" is only info, once', () => {
  const messages = lint('We opened a plant. Our company hired 40 people, and our company grew. “We did it,” he said.', id)
  assert.deepEqual(messages.map((m) => [m.actual, m.fatal]), [['Our company', undefined]])
  assert.deepEqual(lint('“We did it,” he said of our company.', id).map((m) => m.fatal), [false])
})

test('calque: "for investigation" only after a visit', () => {
  assert.deepEqual(flagged('The governor visited two copper mines for investigation on Monday.', id), ['for investigation'])
  assert.deepEqual(flagged('Officials came to the county for investigation and research.', id), ['for investigation and research'])
  assert.deepEqual(findings('The samples were sent for investigation.', id), [])
  assert.deepEqual(findings('He visited the site. It was closed for investigation.', id), [], 'not across a sentence end')
})

test('calque: leaves ordinary English alone', () => {
  const clean = [
    'The team played a full game and put forward two strikers.',
    'The whole of society benefits from the plan.',
    'Our countryside is beautiful, and our city-owned firms agreed.',
    'She did a good job of running the mill.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('calque: the longest phrase wins', () => {
  assert.deepEqual(flagged('Normalized epidemic prevention and control continued.', id), ['Normalized epidemic prevention and control'])
})

test('calque: options add phrases and drop built-in ones', () => {
  const setting = ['info', {extra: [{phrase: 'carry forward the spirit', suggestion: 'keep up', note: '发扬精神'}], exclude: ['Give full play to']}] as const
  assert.deepEqual(findings('They carry forward the spirit and give full play to it.', id, [...setting] as ['info', Record<string, unknown>]), [
    '1:6-1:30: Unexpected literal rendering `carry forward the spirit`, expected `keep up` (发扬精神)'
  ])
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

test('calque: a phrase the house glossary reports is not said twice', () => {
  const config = {glossary: [{term: 'China', wrong: ['my country'], when: 'China'}]}
  assert.deepEqual(flagged('Exports from my country to China rose.', id, undefined, config), [])
  assert.deepEqual(flagged('Exports from my country rose.', id, undefined, config), ['my country'])
})
