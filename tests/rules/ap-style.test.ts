import assert from 'node:assert/strict'
import {test} from 'node:test'
import {VFile} from 'vfile'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {loadConfig, resolveConfig} from '../../src/config/load.js'
import {configForFile} from '../../src/config/resolve.js'
import {lintVFile} from '../../src/pipeline/index.js'
import {testRule} from '../rule-tester.js'

const id = 'ap-style'
const only = (option: string) => ['warn', {curlyQuotes: false, punctuationInsideQuotes: false, us: false, smallNumbers: false, percent: false, [option]: true}] as ['warn', Record<string, boolean>]

testRule(id, {
  valid: [
    {text: 'He called it “a start” today.', setting: only('curlyQuotes')},
    {text: 'He called it “a start,” then left.', setting: only('punctuationInsideQuotes')},
    {text: 'It cost US$5 and the U.S. paid; USB drives and US-China ties.', setting: only('us')},
    {text: 'It grew 5 percent to 3 million tons.', setting: only('smallNumbers')},
    {text: 'The boy, 7 years old, won.', setting: only('smallNumbers')},
    {text: 'Route 5 opened on March 3 at gate 2.', setting: only('smallNumbers')},
    {text: 'She hired 12 engineers and 2.5 more.', setting: only('smallNumbers')},
    {text: 'It ran 5 km.', setting: only('smallNumbers')}
  ],
  invalid: [
    {
      name: 'all five checks by default',
      text: 'The US firm hired 5 engineers.',
      errors: [
        '1:5-1:7: Unexpected `US`, expected `U.S.` for the country',
        '1:19-1:20: Unexpected `5`, expected `five`: one to nine in words'
      ],
      output: 'The U.S. firm hired five engineers.'
    },
    {
      name: 'straight quotes become curly',
      text: 'He called it "a start" today.',
      setting: only('curlyQuotes'),
      errors: [
        '1:14-1:15: Unexpected straight `"`, expected `“`',
        '1:22-1:23: Unexpected straight `"`, expected `”`'
      ],
      output: 'He called it “a start” today.'
    },
    {
      name: 'commas and full stops go inside closing quotes',
      text: 'He called it “a start”, then “a turning point”.',
      setting: only('punctuationInsideQuotes'),
      errors: [
        '1:22-1:24: Unexpected `”,`, expected `,”`: the comma goes inside the quotes',
        '1:46-1:48: Unexpected `”.`, expected `.”`: the full stop goes inside the quotes'
      ],
      output: 'He called it “a start,” then “a turning point.”'
    },
    {
      name: 'U.S. for the country',
      text: 'The US and China met; US officials spoke.',
      setting: only('us'),
      errors: [
        '1:5-1:7: Unexpected `US`, expected `U.S.` for the country',
        '1:23-1:25: Unexpected `US`, expected `U.S.` for the country'
      ],
      output: 'The U.S. and China met; U.S. officials spoke.'
    },
    {
      name: 'one to nine in words',
      text: 'The firm hired 5 engineers and opened 3 plants.',
      setting: only('smallNumbers'),
      errors: [
        '1:16-1:17: Unexpected `5`, expected `five`: one to nine in words',
        '1:39-1:40: Unexpected `3`, expected `three`: one to nine in words'
      ],
      output: 'The firm hired five engineers and opened three plants.'
    },
    {
      name: 'percent, not per cent; the % sign after a figure is AP style too',
      text: 'Output rose 5% and costs fell 3 per cent.',
      setting: only('percent'),
      errors: ['1:32-1:41: Unexpected `per cent`, expected `percent`'],
      output: 'Output rose 5% and costs fell 3 percent.'
    }
  ]
})

test('ap-style: off by default, on with the preset or by name', () => {
  const text = 'The US firm hired 5 engineers.'
  const ids = (config: Parameters<typeof resolveConfig>[0]) => {
    const file = new VFile({path: 'a.md', value: text})
    lintVFile(file, resolveConfig(config, undefined))
    return file.messages.filter((m) => m.ruleId === id).length
  }
  assert.equal(ids({}), 0)
  assert.equal(ids({preset: 'ap'}), 2)
  assert.equal(ids({rules: {'ap-style': 'info'}}), 2)
  assert.equal(ids({preset: 'ap', rules: {'ap-style': 'off'}}), 0)
})

test('ap-style: the preset reaches through extends and overrides', () => {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-preset-'))
  writeFileSync(join(dir, 'newsroom.json'), JSON.stringify({preset: 'ap'}))
  writeFileSync(join(dir, 'rules.config.json'), JSON.stringify({extends: './newsroom.json', overrides: [{files: ['wire/**'], rules: {'repeated-words': 'off'}}]}))
  const config = loadConfig(undefined, dir)
  assert.equal(config.rules.get(id)?.severity, 'warn')
  const wire = configForFile(config, join(dir, 'wire', 'a.md'))
  assert.equal(wire.rules.has('repeated-words'), false)
  assert.equal(wire.rules.get(id)?.severity, 'warn')
})
