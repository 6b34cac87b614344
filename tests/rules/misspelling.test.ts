import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'misspelling'

testRule(id, {
  valid: [
    // Names, pinyin, terms, codes and English-made words are left alone.
    'Deputy director Xiaoping Zhangg met Kaifu officials in hezhan and Ningxiang.',
    'The graphenx line and the graphenx plant both opened.',
    'Model KX3000 and the e-commerce platform WeChat launched.',
    'Commenters and protestors spoke of rehydration, genomic tests and the grassroot level.',
    'Guests visited the karst caves amidst the rain.',
    'Mr. Biden and Mr. Macron met.',
    {name: 'a text cut off mid-word ends on a fragment', text: 'The plant made steel and the relevan'}
  ],
  invalid: [
    {
      name: 'a typing slip one edit from an everyday word',
      text: 'The inspecton of the procesing line ended.',
      errors: [
        '1:5-1:14: Unexpected `inspecton`, expected `inspection`: not an English word',
        '1:22-1:31: Unexpected `procesing`, expected `processing`: not an English word'
      ]
    },
    {
      name: 'a dropped letter',
      text: 'Output rose by a billon tons as the smelter grew.',
      errors: ['1:18-1:24: Unexpected `billon`, expected `billion`: not an English word']
    },
    {
      name: 'swapped letters in a place name',
      text: 'The forum opened in Shanhgai on Monday.',
      errors: ['1:21-1:29: Unexpected `Shanhgai`, expected `Shanghai`: not an English word']
    },
    {
      // A paragraph with a combining mark is scanned letter by letter, not by its tokens:
      // "inspecton" before an acute accent is still a word of letters.
      name: 'a slip beside a combining mark, and one in the same paragraph',
      text: 'The inspecton\u0301 of the procesing line ended.',
      errors: [
        '1:5-1:14: Unexpected `inspecton`, expected `inspection`: not an English word',
        '1:23-1:32: Unexpected `procesing`, expected `processing`: not an English word'
      ]
    },
    {
      name: 'one slip',
      text: 'The inspecton ended.',
      errors: ['1:5-1:14: Unexpected `inspecton`, expected `inspection`: not an English word']
    }
  ]
})

test('misspelling: a whole message', () => {
  const [message] = lint('The inspecton ended.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.deepEqual(message.expected, ['inspection'])
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/misspelling.md')
})
