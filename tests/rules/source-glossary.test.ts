import assert from 'node:assert/strict'
import {test} from 'node:test'
import type {ConfigFile} from '../../src/config/types.js'
import {testRule} from '../rule-tester.js'
import {describe} from '../helpers.js'
import {lintSource} from '../source-helpers.js'

const id = 'source-glossary'
const config: ConfigFile = {
  glossary: [
    {term: 'Guizhou Aluminum', wrong: ['precious aluminum'], source: '贵铝', note: 'The Guizhou Aluminum Plant'},
    {term: 'Baiyun District', wrong: [], source: '白云区'}
  ]
}
const zh = '贵铝与白云区签署了供货合同。\n\n双方表示将继续深化合作。'
const house: ConfigFile = {glossary: [{term: 'Xinhuanet', wrong: ['New China Net'], source: '新华网'}]}

testRule(id, {
  valid: [
    {name: 'the agreed terms pass', text: 'Guizhou Aluminum signed a supply contract with Baiyun District.\n\nBoth sides said they would deepen cooperation.\n', config, source: zh},
    {name: 'does nothing without a source', text: 'Precious aluminum signed a contract.\n', config},
    {name: 'does nothing without source entries', text: 'Precious aluminum signed a contract.\n', config: {glossary: [{term: 'Guizhou Aluminum', wrong: ['precious aluminum']}]}, source: zh},
    {name: 'a later mention may use a shorter form', text: 'Guizhou Aluminum signed a supply contract with the district.\n\nThe company said it would deepen cooperation.\n', config, source: '贵铝与该区签署了供货合同。\n\n贵铝表示将继续深化合作。'},
    {name: 'the outlet after a dash at the end of a scraped title is not demanded', text: 'Baiyun signs twelve aluminium projects\n\nBaiyun District signed twelve projects this year.', config: house, source: '白云区签下十二个铝项目-新华网\n\n白云区今年签下十二个项目。'}
  ],
  invalid: [
    {
      name: 'a wrong rendering where the source has the term',
      text: 'Precious aluminum signed a supply contract with Baiyun District.\n\nBoth sides said they would deepen cooperation.\n',
      config,
      source: zh,
      errors: [
        "1:1-1:18: `Precious aluminum` renders the source's `贵铝`, expected `Guizhou Aluminum`"
      ]
    },
    {
      name: 'a term never used is reported once, on the aligned sentence',
      text: 'Guizhou Aluminum signed a supply contract with the White Cloud area.\n\nBoth sides said they would deepen cooperation.\n',
      config,
      source: zh,
      errors: [
        '1:1-1:69: The source has `白云区` here, expected `Baiyun District` in the translation'
      ]
    },
    {
      name: 'the outlet named in the story itself is demanded',
      text: 'Baiyun signs twelve aluminium projects\n\nThe website reported the deal.',
      config: house,
      source: '白云区签下十二个铝项目\n\n新华网报道了这一消息。',
      errors: [
        '3:1-3:31: The source has `新华网` here, expected `Xinhuanet` in the translation'
      ]
    }
  ]
})

test('source-glossary: with glossary on too, a wrong rendering the source confirms is reported once, with the source', () => {
  const en = 'Precious aluminum signed a supply contract with Baiyun District.\n\nBoth sides said they would deepen cooperation.\n'
  const both: ConfigFile = {...config, rules: {glossary: 'error'}}
  assert.deepEqual(describe(lintSource(en, zh, id, both)), [
    "1:1-1:18: `Precious aluminum` renders the source's `贵铝`, expected `Guizhou Aluminum`"
  ])
  // Without the source, glossary's own finding stands.
  assert.deepEqual(describe(lintSource(en, undefined, id, both)), [
    '1:1-1:18: Unexpected `Precious aluminum`, expected `Guizhou Aluminum` (The Guizhou Aluminum Plant)'
  ])
})

test('source-glossary: a wrong rendering where the source has the term: the whole message', () => {
  const en = 'Precious aluminum signed a supply contract with Baiyun District.\n\nBoth sides said they would deepen cooperation.\n'
  const [message] = lintSource(en, zh, id, config)
  assert.deepEqual(message?.expected, ['Guizhou Aluminum'])
  assert.equal(message?.note, 'The Guizhou Aluminum Plant. Source: 贵铝: 贵铝与白云区签署了供货合同。')
  assert.equal(message?.fatal, true)
})
