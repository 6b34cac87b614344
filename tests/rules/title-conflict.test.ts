import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'title-conflict'

testRule(id, {
  valid: [
    // Titles that do not conflict:
    // a longer form of the same title;
    'Secretary Bu Lan arrived. Bu Lan, Secretary of the Huaxi District Party Committee, spoke.',
    'Party Secretary Bu Lan arrived. Secretary Bu Lan spoke.',
    // two posts at once;
    'Chairman Zhang Ping arrived. President Zhang Ping spoke. Zhang Ping, chairman and president of the group, left.',
    // different organisations;
    'Wang Hua, director of the copper works, spoke. Wang Hua, deputy director of the trade union, agreed.',
    // past and acting posts;
    'Former vice mayor Gao Ying spoke. Mayor Gao Ying agreed. Acting director Sun Mei left. Director Sun Mei came back.',
    // the rank word sits in the organisation;
    'Wang Huning, a member of the Standing Committee of the Political Bureau, spoke. Standing Committee member Wang Huning agreed.',
    // two people with one surname.
    'Vice president Liu Jianping spoke. President Liu Jianguo agreed.',
    {name: 'a title in an appositive belongs to the next name, not the one before', text: 'Mayor Gao Ying spoke. Reading a letter from Gao Ying, vice mayor Sun Mei said the fair was a success.'}
  ],
  invalid: [
    {
      name: 'the same post with a rank word added',
      text: 'Vice president Liu Jianping opened the plant.\n\nExecutive vice president Liu Jianping said output will rise.',
      errors: [
        '3:1-3:25: Unexpected title `Executive vice president` for Liu Jianping, who is `Vice president` earlier: check which is right and use it throughout'
      ]
    },
    {
      name: 'the same post with a rank word dropped',
      text: 'Deputy director Sun Mei spoke. Director Sun Mei agreed.',
      errors: [
        '1:32-1:40: Unexpected title `Director` for Sun Mei, who is `Deputy director` earlier: check which is right and use it throughout'
      ]
    },
    {
      name: 'the same post with a rank word added, after an appositive',
      text: 'Zhao Qiang, general manager of the smelter, spoke. Deputy general manager Zhao Qiang agreed.',
      errors: [
        '1:52-1:74: Unexpected title `Deputy general manager` for Zhao Qiang, who is `general manager of the smelter` earlier: check which is right and use it throughout'
      ]
    },
    {
      name: '"deputy" and "vice" are one rank, and each conflict is reported once',
      text: 'Deputy mayor Gao Ying spoke. Vice mayor Gao Ying agreed. Mayor Gao Ying left. Mayor Gao Ying came back.',
      errors: [
        '1:58-1:63: Unexpected title `Mayor` for Gao Ying, who is `Deputy mayor` earlier: check which is right and use it throughout'
      ]
    }
  ]
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
