import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findings, flagged, lint} from '../helpers.js'

const id = 'untranslated-text'

test('untranslated-text: flags a Chinese word left in an English sentence', () => {
  assert.deepEqual(findings('Investors put more than 美元 11 billion into bonds.', id), [
    '1:25-1:27: Untranslated Chinese `美元`, translate it'
  ])
})

test('untranslated-text: one finding per run, Chinese marks and embedded Latin included', () => {
  assert.deepEqual(flagged('今年产量增长，达到新高。\n\nThe plant grew 2023年GDP增长5%，and more.', id), [
    '今年产量增长，达到新高。',
    '2023年GDP增长5%，'
  ])
  // Two runs separated by English words stay two findings.
  assert.deepEqual(flagged('The 白云 district and the 贵阳 city.', id), ['白云', '贵阳'])
  // Han outside the Basic Multilingual Plane are two UTF-16 units.
  assert.deepEqual(flagged('The chain 𠮷野家 opened.', id), ['𠮷野家'])
})

test('untranslated-text: names the script and shortens long runs', () => {
  assert.deepEqual(findings('カタカナ and 한국어 here.\n\n这是一个很长很长的没有翻译的句子。', id), [
    '1:1-1:5: Untranslated Japanese `カタカナ`, translate it',
    '1:10-1:13: Untranslated Korean `한국어`, translate it',
    '3:1-3:18: Untranslated Chinese `这是一个很长很长的没有翻…`, translate it'
  ])
})

test('untranslated-text: allows a gloss after its romanized form, unless told not to', () => {
  const text = 'Officials from Baiyun (白云) met Guizhou Aluminum（贵铝） staff and Co. ( 贵州 ).'
  assert.deepEqual(findings(text, id), [])
  assert.deepEqual(flagged(text, id, ['error', {allowGlosses: false}]), ['白云', '（贵铝）', '贵州'])
  // Not a gloss: more than the gloss inside the parentheses, or no word before them.
  assert.deepEqual(flagged('Baiyun (白云 district) opened in 2021 (白云).', id), ['白云', '白云'])
})

test('untranslated-text: a credit in parentheses is no gloss', () => {
  const text = 'Volunteers cleared the riverbank on Sunday. (摄影/陈小红)\n\nThe new bridge opens in May (记者：刘海).\n\nThe team met at the Library (图书馆).'
  assert.deepEqual(findings(text, id), [
    '1:46-1:52: Untranslated Chinese `摄影/陈小红`, translate it',
    '3:30-3:35: Untranslated Chinese `记者：刘海`, translate it'
  ])
})

test('untranslated-text: leaves code, URLs and lone separators alone', () => {
  assert.deepEqual(findings('Run `echo 你好` or see https://example.com/你好 today.', id), [])
  assert.deepEqual(findings('Xinhua Media+丨Beijing league opens', id), [])
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
