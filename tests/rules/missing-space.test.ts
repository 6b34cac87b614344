import assert from 'node:assert/strict'
import {test} from 'node:test'
import {applyFixes, findings, flagged, lint} from '../helpers.js'

const id = 'missing-space'

test('missing-space: flags a sentence run into the next', () => {
  assert.deepEqual(findings('They met in the clusters.The heads attended.', id), [
    '1:17-1:29: Missing space after `.`, expected `clusters. The`'
  ])
})

test('missing-space: flags commas, colons and semicolons before a word', () => {
  assert.deepEqual(flagged('The ecosystem,said the mayor. Link to this article:Bu Lan; Alloy Wiki,thanks;then more', id), [
    'ecosystem,said',
    'article:Bu',
    'Wiki,thanks',
    'thanks;then'
  ])
})

test('missing-space: the fix inserts one space and nothing else', () => {
  const text = 'Hello world.The end,and more.'
  assert.equal(applyFixes(text, lint(text, id)), 'Hello world. The end, and more.')
})

test('missing-space: keeps numbers, abbreviations, initials and web addresses', () => {
  const clean = [
    'Output rose 3.5 percent to 1,200 tonnes at 8:30 a.m. in a 1:2 ratio.',
    'The U.S. and the U.K. met, e.g. in talks, i.e. formally.',
    'Guizhou Aluminum Co.,Ltd. and No.5 plant aside.',
    'J.R.R.Tolkien wrote it.',
    'See www.example.com.cn or https://example.com/a,b or mail news@example.com.',
    'Download report.pdf and install Node.js v1.2.3 from ASP.NET.',
    'Use `a.The` in code.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('missing-space: keeps degrees and other dotted abbreviations (issue 17)', () => {
  const clean = [
    'She earned a Ph.D. in physics and an M.Sc. in Hong Kong.',
    'He holds a (Ph.D.) and an Ed.D., and reads at 7 a.m. daily.',
    'The U.S.-China talks resumed, e.g. on trade.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
  // A sentence run into the next still counts, however short its words.
  assert.deepEqual(flagged('He is.It was so.Ah well.', id), ['is.It', 'so.Ah'])
})

test('missing-space: stays out of Chinese text that uses ASCII marks (issue 25)', () => {
  const text = '发布时间:2021-12-06 浏览次数:71,来源:县政府,编辑:李明\n\nThe meeting ended.The county said so.'
  assert.deepEqual(flagged(text, id), ['ended.The'])
  assert.deepEqual(flagged('Under review,王明 said.', id), [])
})

test('missing-space: a title glued to its name, a comma after an abbreviation glued to the next word', () => {
  assert.deepEqual(flagged('Mr.Zhou and Dr.Lin met the staff of Anhui Steel Co.,Ltd,Wuhu branch.', id), ['Mr.Zhou', 'Dr.Lin', 'Ltd,Wuhu'])
})

test('missing-space: a comma or colon glued to a figure after a word', () => {
  assert.deepEqual(flagged('The fair opened on May,8 and closed at:17 hours.', id), ['May,8', 'at:17'])
  assert.deepEqual(findings('It sold 1,200 tonnes by 10:30 in a 3:2 split, i.e.,5 more.', id), [])
})

test('missing-space: a full stop inside a closing quote glued to the next sentence', () => {
  assert.deepEqual(flagged('The mayor said,"The port grew." Then she left."It rained."Next day', id), ['said,"The', 'left."It', 'rained."Next'])
  assert.deepEqual(lint('The mayor said,"The port grew."', id)[0]?.reason, 'Missing space after `,`, expected `said, "The`')
  assert.deepEqual(findings('He called it “good work.”She agreed. They said "no,"then left.', id), [
    '1:20-1:29: Missing space after `”`, expected `work.” She`',
    '1:49-1:57: Missing space after `"`, expected `no," then`'
  ])
})

test('missing-space: a full stop glued to a bracket that opens a new part', () => {
  assert.deepEqual(flagged('The county met its goal.(Reporting by Lin Hai)', id), ['goal.(Reporting'])
  assert.deepEqual(findings('See f(x) and item 3.(a) here.', id), [])
})

test('missing-space: words glued to figures, by case, or to a function word', () => {
  const text = 'The deal was signed2023 on day15. Mayor Wu andChairman Li visited the informationof the plant, tothe port.'
  assert.deepEqual(findings(text, id), [
    '1:14-1:24: Missing space in `signed2023`, expected `signed 2023`',
    '1:28-1:33: Missing space in `day15`, expected `day 15`',
    '1:44-1:55: Missing space in `andChairman`, expected `and Chairman`',
    '1:71-1:84: Missing space in `informationof`, expected `information of`',
    '1:96-1:101: Missing space in `tothe`, expected `to the`'
  ])
  assert.equal(applyFixes('It was signed2023 andChairman Li came.', lint('It was signed2023 andChairman Li came.', id)), 'It was signed 2023 and Chairman Li came.')
  assert.deepEqual(lint(text, id).map((m) => m.fatal), [false, false, true, false, false])
})

test('missing-space: codes, brands and known words are not glued words', () => {
  const clean = [
    'The A380, CO2, H2O, COVID19, Win10, mp3 files and G20 met.',
    'She bought an iPhone on eBay and used WeChat, PetroChina, JavaScript and teamLab.',
    'Breathe in, soothe the tomato, go onto the plaza and into the protein lab.',
    'Visit www.example.com/signed2023 or mail andChairman@example.com.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('missing-space: "?" standing where a space was lost', () => {
  assert.deepEqual(findings('Leaders?Visit?the Port', id), [
    '1:1-1:14: Unexpected `?` where a space was lost, expected `Leaders Visit`',
    '1:9-1:18: Unexpected `?` where a space was lost, expected `Visit the`'
  ])
  assert.equal(applyFixes('Leaders?Visit?the Port', lint('Leaders?Visit?the Port', id)), 'Leaders Visit the Port')
  assert.deepEqual(findings('Was it over?No one knew.', id), ['1:8-1:15: Missing space after `?`, expected `over? No`'])
})

test('missing-space: positions point into the file inside Markdown syntax', () => {
  assert.deepEqual(findings('# Title\n\n- a list item with **bold text.The** end', id), [
    '3:27-3:35: Missing space after `.`, expected `text. The`'
  ])
  assert.deepEqual(findings('| a | b |\n| - | - |\n| cell one.Two | x |', id), ['3:8-3:15: Missing space after `.`, expected `one. Two`'])
})

test('missing-space: a whole message carries the rule metadata', () => {
  const [message] = lint('It ended.Then it began.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.source, 'copydesk')
  assert.equal(message.fatal, true)
  assert.equal(message.actual, 'ended.Then')
  assert.deepEqual(message.expected, ['ended. Then'])
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/missing-space.md')
  assert.deepEqual(message.fix, {range: [9, 9], text: ' '})
})
