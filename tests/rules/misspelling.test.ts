import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findings, flagged, lint} from '../helpers.js'

const id = 'misspelling'

test('misspelling: a typing slip one edit from an everyday word', () => {
  assert.deepEqual(findings('The inspecton of the procesing line ended.', id), [
    '1:5-1:14: Unexpected `inspecton`, expected `inspection`: not an English word',
    '1:22-1:31: Unexpected `procesing`, expected `processing`: not an English word'
  ])
  assert.deepEqual(flagged('Output rose by a billon tons as the smelter grew.', id), ['billon'])
  assert.deepEqual(flagged('The forum opened in Shanhgai on Monday.', id), ['Shanhgai'])
})

test('misspelling: names, pinyin, terms, codes and English-made words are left alone', () => {
  const clean = [
    'Deputy director Xiaoping Zhangg met Kaifu officials in hezhan and Ningxiang.',
    'The graphenx line and the graphenx plant both opened.',
    'Model KX3000 and the e-commerce platform WeChat launched.',
    'Commenters and protestors spoke of rehydration, genomic tests and the grassroot level.',
    'Guests visited the karst caves amidst the rain.',
    'Mr. Biden and Mr. Macron met.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('misspelling: a text cut off mid-word ends on a fragment', () => {
  assert.deepEqual(flagged('The plant made steel and the relevan', id), [])
})

test('misspelling: a whole message', () => {
  const [message] = lint('The inspecton ended.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.deepEqual(message.expected, ['inspection'])
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/misspelling.md')
})
