import assert from 'node:assert/strict'
import {test} from 'node:test'
import type {ConfigFile} from '../../src/config/types.js'
import type {GlossaryEntry} from '../../src/text/glossary.js'
import {glossaryMatcher} from '../../src/text/glossary.js'
import {applyFixes, findings, flagged, lint} from '../helpers.js'

const id = 'glossary'
const glossary: GlossaryEntry[] = [
  {term: 'Guizhou Aluminum', wrong: ['precious aluminum'], note: '贵铝'},
  {term: 'Baiyun', wrong: ['white cloud'], when: 'Baiyun', note: '白云 District'},
  {term: 'China', wrong: ['my country']},
  {term: 'molten iron', wrong: ['iron water']},
  {term: 'PetroChina', wrong: ['medium petroleum']},
  {term: 'CNPC', wrong: ['medium petroleum']},
  {term: 'Ministry of Industry and Information Technology', wrong: ['Ministry of Industry and Information']},
  {term: 'Belt and Road Initiative', wrong: ['one belt, one road']}
]
const config: ConfigFile = {glossary}
const check = (text: string) => findings(text, id, undefined, config)
const spans = (text: string) => flagged(text, id, undefined, config)

test('glossary: flags a wrong rendering with the term and the note', () => {
  assert.deepEqual(check('The mayor toured precious aluminum on Monday.'), [
    '1:18-1:35: Unexpected `precious aluminum`, expected `Guizhou Aluminum` (贵铝)'
  ])
})

test('glossary: matches any case, across line breaks, hyphens, plurals and possessives', () => {
  assert.deepEqual(spans('Precious Aluminum grew. Output at precious\naluminum rose. The PRECIOUS-ALUMINUM deal. precious aluminum’s plant.'), [
    'Precious Aluminum',
    'precious\naluminum',
    'PRECIOUS-ALUMINUM',
    'precious aluminum’s'
  ])
  assert.deepEqual(spans('Baiyun welcomed the white clouds project.'), ['white clouds'])
})

test('glossary: whole words only, and never across punctuation', () => {
  const clean = [
    'Gold is precious. Aluminum is cheap.',
    'Silver, precious, aluminum and zinc.',
    'The preciousaluminum brand and unprecious aluminum.',
    'A semi-precious aluminum-free alloy.',
    'They love my countryside walks.'
  ]
  for (const text of clean) assert.deepEqual(check(text), [], text)
})

test('glossary: `when` holds an entry back unless the article mentions that text', () => {
  assert.deepEqual(check('A white cloud hung over the smelter.'), [])
  assert.deepEqual(check('A white cloud hung over the smelter.\n\nBaiyun District officials came.'), [
    '1:3-1:14: Unexpected `white cloud`, expected `Baiyun` (白云 District)'
  ])
  assert.deepEqual(check('A white cloud over Baiyunshan park.'), [], 'the mention is a whole word')
})

test('glossary: a right term that starts with a wrong rendering is left alone', () => {
  assert.deepEqual(check('The Ministry of Industry and Information Technology said so.'), [])
  assert.deepEqual(spans('The Ministry of Industry and Information said so.'), ['Ministry of Industry and Information'])
})

test('glossary: phrases may spell punctuation, matched literally', () => {
  assert.deepEqual(spans('Under One Belt, One Road, trade grew; one belt one road too.'), ['One Belt, One Road'])
})

test('glossary: a quoted title of a work is a name', () => {
  assert.deepEqual(check('He had seen “My People, My Country” twice.'), [])
  assert.deepEqual(spans('He said “my country is growing” and left.'), ['my country'])
})

test('glossary: two terms for one rendering are both offered, without a fix', () => {
  const [message] = lint('Medium petroleum raised prices.', id, undefined, config)
  assert.ok(message)
  assert.equal(message.reason, 'Unexpected `Medium petroleum`, expected `PetroChina` or `CNPC`')
  assert.deepEqual(message.expected, ['PetroChina', 'CNPC'])
  assert.equal(message.fix, undefined)
})

test('glossary: the fix keeps a possessive and a sentence-initial capital', () => {
  const text = 'Iron water flowed. We met precious aluminum’s chief in my country.'
  assert.equal(applyFixes(text, lint(text, id, undefined, config)), 'Molten iron flowed. We met Guizhou Aluminum’s chief in China.')
})

test('glossary: no fix for a plural or across Markdown syntax', () => {
  const text = 'Baiyun saw white clouds. The **precious** aluminum site.'
  const messages = lint(text, id, undefined, config)
  assert.equal(messages.length, 2)
  assert.equal(applyFixes(text, messages), text)
})

test('glossary: no glossary, no findings', () => {
  assert.deepEqual(findings('The mayor toured precious aluminum.', id), [])
})

test('glossary: a whole message carries the metadata', () => {
  const [message] = lint('Visit precious aluminum.', id, undefined, config)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.source, 'copydesk')
  assert.equal(message.fatal, true)
  assert.equal(message.actual, 'precious aluminum')
  assert.deepEqual(message.expected, ['Guizhou Aluminum'])
  assert.equal(message.note, '贵铝')
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/glossary.md')
  assert.deepEqual(message.fix, {range: [6, 23], text: 'Guizhou Aluminum'})
})

test('glossary: 20,000 entries compile once and match fast', (t) => {
  const words = ['alpha', 'beta', 'gamma', 'delta', 'omega', 'sigma', 'kappa', 'theta', 'zeta', 'lambda']
  const big: GlossaryEntry[] = []
  for (let i = 0; i < 20_000; i++) {
    const a = words[i % 10]!
    const b = words[Math.floor(i / 10) % 10]!
    big.push({term: `Term${i}`, wrong: [`${a} ${b} x${i}`, `wrong${i} ${b}`]})
  }
  const sentence = `The ${big[11]!.wrong[0]} plant and the gamma delta works sent ${big[19_997]!.wrong[1]} ore to the port. `
  const article = Array.from({length: 40}, () => sentence.repeat(5)).join('\n\n')
  let started = performance.now()
  glossaryMatcher(big)
  const compileMs = performance.now() - started
  started = performance.now()
  const messages = lint(article, id, undefined, {glossary: big})
  const lintMs = performance.now() - started
  assert.equal(messages.length, 400)
  assert.ok(compileMs + lintMs < 4000, `too slow: compile ${compileMs.toFixed(0)} ms, lint ${lintMs.toFixed(0)} ms`)
  t.diagnostic(`20,000 entries: compile ${compileMs.toFixed(0)} ms, lint ${article.split(/\s+/).length} words ${lintMs.toFixed(0)} ms`)
})

test('glossary: a possessive carries into the expected term', () => {
  assert.deepEqual(check("Exports rose in my country's west."), [
    "1:17-1:29: Unexpected `my country's`, expected `China's`"
  ])
})
