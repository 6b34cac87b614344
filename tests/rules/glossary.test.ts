import assert from 'node:assert/strict'
import {test} from 'node:test'
import type {ConfigFile} from '../../src/config/types.js'
import type {GlossaryEntry} from '../../src/text/glossary.js'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

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

testRule(id, {
  valid: [
    // Whole words only, and never across punctuation.
    {text: 'Gold is precious. Aluminum is cheap.', config},
    {text: 'Silver, precious, aluminum and zinc.', config},
    {text: 'The preciousaluminum brand and unprecious aluminum.', config},
    {text: 'A semi-precious aluminum-free alloy.', config},
    {text: 'They love my countryside walks.', config},
    {name: '`when` holds an entry back unless the article mentions that text', text: 'A white cloud hung over the smelter.', config},
    {name: 'the mention is a whole word', text: 'A white cloud over Baiyunshan park.', config},
    {name: 'a right term that starts with a wrong rendering is left alone', text: 'The Ministry of Industry and Information Technology said so.', config},
    {name: 'a quoted title of a work is a name', text: 'He had seen “My People, My Country” twice.', config},
    {name: 'no glossary, no findings', text: 'The mayor toured precious aluminum.'}
  ],
  invalid: [
    {
      name: 'flags a wrong rendering with the term and the note',
      text: 'The mayor toured precious aluminum on Monday.',
      config,
      errors: ['1:18-1:35: Unexpected `precious aluminum`, expected `Guizhou Aluminum` (贵铝)'],
      output: 'The mayor toured Guizhou Aluminum on Monday.'
    },
    {
      name: 'matches any case, across line breaks, hyphens and possessives',
      text: 'Precious Aluminum grew. Output at precious\naluminum rose. The PRECIOUS-ALUMINUM deal. precious aluminum’s plant.',
      config,
      errors: [
        '1:1-1:18: Unexpected `Precious Aluminum`, expected `Guizhou Aluminum` (贵铝)',
        '1:35-2:9: Unexpected `precious aluminum`, expected `Guizhou Aluminum` (贵铝)',
        '2:20-2:37: Unexpected `PRECIOUS-ALUMINUM`, expected `Guizhou Aluminum` (贵铝)',
        '2:44-2:63: Unexpected `precious aluminum’s`, expected `Guizhou Aluminum’s` (贵铝)'
      ],
      output: 'Guizhou Aluminum grew. Output at Guizhou Aluminum rose. The Guizhou Aluminum deal. Guizhou Aluminum’s plant.'
    },
    {
      name: 'matches a plural',
      text: 'Baiyun welcomed the white clouds project.',
      config,
      errors: ['1:21-1:33: Unexpected `white clouds`, expected `Baiyun` (白云 District)']
    },
    {
      name: '`when` met: the article mentions Baiyun',
      text: 'A white cloud hung over the smelter.\n\nBaiyun District officials came.',
      config,
      errors: ['1:3-1:14: Unexpected `white cloud`, expected `Baiyun` (白云 District)'],
      output: 'A Baiyun hung over the smelter.\n\nBaiyun District officials came.'
    },
    {
      name: 'the wrong rendering on its own',
      text: 'The Ministry of Industry and Information said so.',
      config,
      errors: ['1:5-1:41: Unexpected `Ministry of Industry and Information`, expected `Ministry of Industry and Information Technology`'],
      output: 'The Ministry of Industry and Information Technology said so.'
    },
    {
      name: 'phrases may spell punctuation, matched literally',
      text: 'Under One Belt, One Road, trade grew; one belt one road too.',
      config,
      errors: ['1:7-1:25: Unexpected `One Belt, One Road`, expected `Belt and Road Initiative`'],
      output: 'Under Belt and Road Initiative, trade grew; one belt one road too.'
    },
    {
      name: 'a quoted sentence is not a title',
      text: 'He said “my country is growing” and left.',
      config,
      errors: ['1:10-1:20: Unexpected `my country`, expected `China`'],
      output: 'He said “China is growing” and left.'
    },
    {
      name: 'two terms for one rendering are both offered, without a fix',
      text: 'Medium petroleum raised prices.',
      config,
      errors: ['1:1-1:17: Unexpected `Medium petroleum`, expected `PetroChina` or `CNPC`']
    },
    {
      name: 'the fix keeps a possessive and a sentence-initial capital',
      text: 'Iron water flowed. We met precious aluminum’s chief in my country.',
      config,
      errors: [
        '1:1-1:11: Unexpected `Iron water`, expected `Molten iron`',
        '1:27-1:46: Unexpected `precious aluminum’s`, expected `Guizhou Aluminum’s` (贵铝)',
        '1:56-1:66: Unexpected `my country`, expected `China`'
      ],
      output: 'Molten iron flowed. We met Guizhou Aluminum’s chief in China.'
    },
    {
      name: 'no fix for a plural or across Markdown syntax',
      text: 'Baiyun saw white clouds. The **precious** aluminum site.',
      config,
      errors: [
        '1:12-1:24: Unexpected `white clouds`, expected `Baiyun` (白云 District)',
        '1:32-1:51: Unexpected `precious aluminum`, expected `Guizhou Aluminum` (贵铝)'
      ]
    },
    {
      name: 'the fix replaces the rendering',
      text: 'Visit precious aluminum.',
      config,
      errors: ['1:7-1:24: Unexpected `precious aluminum`, expected `Guizhou Aluminum` (贵铝)'],
      output: 'Visit Guizhou Aluminum.'
    },
    {
      name: 'a possessive carries into the expected term',
      text: 'Exports rose in my country\'s west.',
      config,
      errors: ['1:17-1:29: Unexpected `my country\'s`, expected `China\'s`'],
      output: 'Exports rose in China\'s west.'
    }
  ]
})

test('glossary: two terms for one rendering are both offered as expected', () => {
  const [message] = lint('Medium petroleum raised prices.', id, undefined, config)
  assert.ok(message)
  assert.equal(message.reason, 'Unexpected `Medium petroleum`, expected `PetroChina` or `CNPC`')
  assert.deepEqual(message.expected, ['PetroChina', 'CNPC'])
  assert.equal(message.fix, undefined)
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

// How fast it is, the benchmark measures (scripts/bench.ts); tests make no timed assertions.
test('glossary: a house glossary of 20,000 entries compiles and finds every wrong form', () => {
  const words = ['alpha', 'beta', 'gamma', 'delta', 'omega', 'sigma', 'kappa', 'theta', 'zeta', 'lambda']
  const big: GlossaryEntry[] = []
  for (let i = 0; i < 20_000; i++) {
    const a = words[i % 10]!
    const b = words[Math.floor(i / 10) % 10]!
    big.push({term: `Term${i}`, wrong: [`${a} ${b} x${i}`, `wrong${i} ${b}`]})
  }
  const sentence = `The ${big[11]!.wrong[0]} plant and the gamma delta works sent ${big[19_997]!.wrong[1]} ore to the port. `
  const article = Array.from({length: 40}, () => sentence.repeat(5)).join('\n\n')
  const messages = lint(article, id, undefined, {glossary: big})
  assert.equal(messages.length, 400)
})
