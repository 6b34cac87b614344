import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findings} from '../helpers.js'

const id = 'romanization-place'

test('romanization-place: pinyin for a person the article places in Taiwan, Hong Kong or Vietnam', () => {
  assert.deepEqual(findings('Taipei Mayor Ke Wenzhe opened the book fair on Friday.', id), [
    '1:14-1:23: Unexpected Mandarin pinyin `Ke Wenzhe` for a person from Taiwan, whose name is written usually Wade–Giles, as in `Ko Wen-je`: check the spelling the person uses'
  ])
  assert.deepEqual(findings('Hong Kong Financial Secretary Chen Maobo said the budget would balance. Chen Maobo added more.', id), [
    '1:31-1:41: Unexpected Mandarin pinyin `Chen Maobo` for a person from Hong Kong, whose name is written usually Cantonese, as in `Lee Ka-chiu`: check the spelling the person uses'
  ])
  assert.deepEqual(findings('Vietnamese Prime Minister Fan Mingzheng visited the port.', id), [
    '1:27-1:40: Unexpected Mandarin pinyin `Fan Mingzheng` for a person from Vietnam, whose name is written in Vietnamese, as in `Pham Minh Chinh`: check the spelling the person uses'
  ])
})

test('romanization-place: mainland officials, academics, hyphenated names and unplaced people are left', () => {
  const clean = [
    'Song Tao, director of the Taiwan Affairs Office, met the delegation.',
    'Chinese Ambassador to South Korea Xing Haiming spoke in Seoul.',
    'Taipei Mayor Ko Wen-je opened the fair, and Kaohsiung Mayor Chen Chi-mai joined him.',
    'Wang Jianguo, a professor at the University of Macau, gave the lecture.',
    'Zhang Wei visited Taiwan last week.',
    'Liu Jianping, director of the park, said output rose.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})
