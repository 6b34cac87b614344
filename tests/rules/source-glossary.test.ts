import assert from 'node:assert/strict'
import {test} from 'node:test'
import type {ConfigFile} from '../../src/config/types.js'
import {lintSource, sourceFindings} from '../source-helpers.js'

const id = 'source-glossary'
const config: ConfigFile = {
  glossary: [
    {term: 'Guizhou Aluminum', wrong: ['precious aluminum'], source: '贵铝', note: 'The Guizhou Aluminum Plant'},
    {term: 'Baiyun District', wrong: [], source: '白云区'}
  ]
}
const zh = '贵铝与白云区签署了供货合同。\n\n双方表示将继续深化合作。'
const check = (en: string) => sourceFindings(en, zh, id, config)

test('source-glossary: the agreed terms pass', () => {
  assert.deepEqual(check('Guizhou Aluminum signed a supply contract with Baiyun District.\n\nBoth sides said they would deepen cooperation.\n'), [])
})

test('source-glossary: does nothing without a source or without source entries', () => {
  assert.deepEqual(sourceFindings('Precious aluminum signed a contract.\n', undefined, id, config), [])
  assert.deepEqual(sourceFindings('Precious aluminum signed a contract.\n', zh, id, {glossary: [{term: 'Guizhou Aluminum', wrong: ['precious aluminum']}]}), [])
})

test('source-glossary: a wrong rendering where the source has the term; the whole message', () => {
  const en = 'Precious aluminum signed a supply contract with Baiyun District.\n\nBoth sides said they would deepen cooperation.\n'
  assert.deepEqual(check(en), ['1:1-1:18: `Precious aluminum` renders the source\'s `贵铝`, expected `Guizhou Aluminum`'])
  const [message] = lintSource(en, zh, id, config)
  assert.deepEqual(message?.expected, ['Guizhou Aluminum'])
  assert.equal(message?.note, 'The Guizhou Aluminum Plant. Source: 贵铝: 贵铝与白云区签署了供货合同。')
  assert.equal(message?.fatal, true)
})

test('source-glossary: a term never used is reported once, on the aligned sentence', () => {
  const en = 'Guizhou Aluminum signed a supply contract with the White Cloud area.\n\nBoth sides said they would deepen cooperation.\n'
  assert.deepEqual(check(en), ['1:1-1:69: The source has `白云区` here, expected `Baiyun District` in the translation'])
})

test('source-glossary: a later mention may use a shorter form', () => {
  const zh2 = '贵铝与该区签署了供货合同。\n\n贵铝表示将继续深化合作。'
  assert.deepEqual(sourceFindings('Guizhou Aluminum signed a supply contract with the district.\n\nThe company said it would deepen cooperation.\n', zh2, id, config), [])
})

test('source-glossary: the outlet after a dash at the end of a scraped title is not demanded', () => {
  const house: ConfigFile = {glossary: [{term: 'Xinhuanet', wrong: ['New China Net'], source: '新华网'}]}
  const title = '白云区签下十二个铝项目-新华网\n\n白云区今年签下十二个项目。'
  assert.deepEqual(sourceFindings('Baiyun signs twelve aluminium projects\n\nBaiyun District signed twelve projects this year.', title, id, house), [])
  // The outlet named in the story itself is demanded.
  assert.deepEqual(sourceFindings('Baiyun signs twelve aluminium projects\n\nThe website reported the deal.', '白云区签下十二个铝项目\n\n新华网报道了这一消息。', id, house), [
    '3:1-3:31: The source has `新华网` here, expected `Xinhuanet` in the translation'
  ])
})
