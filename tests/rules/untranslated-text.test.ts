import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'untranslated-text'
const gloss = 'Officials from Baiyun (白云) met Guizhou Aluminum（贵铝） staff and Co. ( 贵州 ).'

testRule(id, {
  valid: [
    {name: 'a gloss after its romanized form is allowed', text: gloss},
    {name: 'code and URLs are left alone', text: 'Run `echo 你好` or see https://example.com/你好 today.'},
    {name: 'a lone separator is left alone', text: 'Xinhua Media+丨Beijing league opens'}
  ],
  invalid: [
    {
      name: 'a Chinese word left in an English sentence',
      text: 'Investors put more than 美元 11 billion into bonds.',
      errors: [
        '1:25-1:27: Untranslated Chinese `美元`, translate it'
      ]
    },
    {
      name: 'one finding per run, Chinese marks and embedded Latin included',
      text: '今年产量增长，达到新高。\n\nThe plant grew 2023年GDP增长5%，and more.',
      errors: [
        '1:1-1:13: Untranslated Chinese `今年产量增长，达到新高。`, translate it',
        '3:16-3:29: Untranslated Chinese `2023年GDP增长5%…`, translate it'
      ]
    },
    {
      name: 'two runs separated by English words stay two findings',
      text: 'The 白云 district and the 贵阳 city.',
      errors: [
        '1:5-1:7: Untranslated Chinese `白云`, translate it',
        '1:25-1:27: Untranslated Chinese `贵阳`, translate it'
      ]
    },
    {
      name: 'Han outside the Basic Multilingual Plane are two UTF-16 units',
      text: 'The chain 𠮷野家 opened.',
      errors: [
        '1:11-1:15: Untranslated Chinese `𠮷野家`, translate it'
      ]
    },
    {
      name: 'names the script and shortens long runs',
      text: 'カタカナ and 한국어 here.\n\n这是一个很长很长的没有翻译的句子。',
      errors: [
        '1:1-1:5: Untranslated Japanese `カタカナ`, translate it',
        '1:10-1:13: Untranslated Korean `한국어`, translate it',
        '3:1-3:18: Untranslated Chinese `这是一个很长很长的没有翻…`, translate it'
      ]
    },
    {
      name: 'a gloss is reported when glosses are not allowed',
      text: gloss,
      setting: ['error', {allowGlosses: false}],
      errors: [
        '1:24-1:26: Untranslated Chinese `白云`, translate it',
        '1:48-1:52: Untranslated Chinese `（贵铝）`, translate it',
        '1:69-1:71: Untranslated Chinese `贵州`, translate it'
      ]
    },
    {
      name: 'not a gloss: more than the gloss inside the parentheses, or no word before them',
      text: 'Baiyun (白云 district) opened in 2021 (白云).',
      errors: [
        '1:9-1:11: Untranslated Chinese `白云`, translate it',
        '1:38-1:40: Untranslated Chinese `白云`, translate it'
      ]
    },
    {
      name: 'a credit in parentheses is no gloss',
      text: 'Volunteers cleared the riverbank on Sunday. (摄影/陈小红)\n\nThe new bridge opens in May (记者：刘海).\n\nThe team met at the Library (图书馆).',
      errors: [
        '1:46-1:52: Untranslated Chinese `摄影/陈小红`, translate it',
        '3:30-3:35: Untranslated Chinese `记者：刘海`, translate it'
      ]
    }
  ]
})

test('untranslated-text: a whole message', () => {
  const [message] = lint('The site 华声在线 reported it.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, true)
  assert.equal(message.actual, '华声在线')
  assert.equal(message.fix, undefined)
  assert.match(message.note ?? '', /pinyin/)
  assert.equal(message.place && 'start' in message.place ? message.place.start.offset : -1, 9)
})
