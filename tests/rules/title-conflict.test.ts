import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findings, flagged, lint} from '../helpers.js'

const id = 'title-conflict'

test('title-conflict: the same post with a rank word added or dropped', () => {
  const text = 'Vice president Liu Jianping opened the plant.\n\nExecutive vice president Liu Jianping said output will rise.'
  assert.deepEqual(findings(text, id), [
    '3:1-3:25: Unexpected title `Executive vice president` for Liu Jianping, who is `Vice president` earlier: check which is right and use it throughout'
  ])
  assert.deepEqual(flagged('Deputy director Sun Mei spoke. Director Sun Mei agreed.', id), ['Director'])
  assert.deepEqual(flagged('Zhao Qiang, general manager of the smelter, spoke. Deputy general manager Zhao Qiang agreed.', id), ['Deputy general manager'])
})

test('title-conflict: "deputy" and "vice" are one rank, and each conflict is reported once', () => {
  const text = 'Deputy mayor Gao Ying spoke. Vice mayor Gao Ying agreed. Mayor Gao Ying left. Mayor Gao Ying came back.'
  assert.deepEqual(flagged(text, id), ['Mayor'])
})

test('title-conflict: titles that do not conflict', () => {
  const clean = [
    // A longer form of the same title.
    'Secretary Bu Lan arrived. Bu Lan, Secretary of the Huaxi District Party Committee, spoke.',
    'Party Secretary Bu Lan arrived. Secretary Bu Lan spoke.',
    // Two posts at once.
    'Chairman Zhang Ping arrived. President Zhang Ping spoke. Zhang Ping, chairman and president of the group, left.',
    // Different organisations.
    'Wang Hua, director of the copper works, spoke. Wang Hua, deputy director of the trade union, agreed.',
    // Past and acting posts.
    'Former vice mayor Gao Ying spoke. Mayor Gao Ying agreed. Acting director Sun Mei left. Director Sun Mei came back.',
    // The rank word sits in the organisation.
    'Wang Huning, a member of the Standing Committee of the Political Bureau, spoke. Standing Committee member Wang Huning agreed.',
    // Two people with one surname.
    'Vice president Liu Jianping spoke. President Liu Jianguo agreed.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('title-conflict: a title in an appositive belongs to the next name, not the one before', () => {
  const text = 'Mayor Gao Ying spoke. Reading a letter from Gao Ying, vice mayor Sun Mei said the fair was a success.'
  assert.deepEqual(findings(text, id), [])
})

test('title-conflict: a whole message', () => {
  const [message] = lint('Vice president Liu Jianping spoke. Executive vice president Liu Jianping agreed.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.equal(message.actual, 'Executive vice president')
  assert.deepEqual(message.expected, ['Vice president'])
  assert.match(message.note ?? '', /rank words/)
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/title-conflict.md')
})
