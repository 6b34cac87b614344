import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findings, flagged, lint} from '../helpers.js'

const id = 'capitalization-variants'
const named = 'Wang Hai, Secretary of the Baiyun District Party Committee, arrived. The Baiyun District Party Committee of Guiyang City hosted him.'

test('capitalization-variants: flags the lowercase form of a capitalized name', () => {
  assert.deepEqual(findings(`${named}\n\nStaff thanked the district party committee for its help.`, id), [
    '3:19-3:43: Unexpected `district party committee`, expected `District Party Committee`: the article capitalizes this name 2 times'
  ])
})

test('capitalization-variants: a name counts inside longer names and across "and the"', () => {
  const text =
    'The Municipal Development and Reform Commission and the Municipal Finance Bureau met. ' +
    'The Municipal Development and Reform Commission of Guiyang agreed. Later the municipal development and reform commission paid.'
  assert.deepEqual(flagged(text, id), ['municipal development and reform commission'])
})

test('capitalization-variants: two-word generic references stay lowercase', () => {
  const text = 'The Shanghai International Film Festival opened. The Shanghai International Film Festival sold out, and the film festival ends today.'
  assert.deepEqual(findings(text, id), [])
})

test('capitalization-variants: generic uses, plurals and other bodies are not the name', () => {
  const clean = [
    `${named} Every county needs a district party committee.`,
    `${named} Other district party committees agreed.`,
    `${named} The village district party committee agreed.`
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('capitalization-variants: one in each of several bodies is generic', () => {
  const named = 'The Vascular Surgery Department of Zhongshan Hospital opened. The Vascular Surgery Department hired staff.'
  const clean = [
    `${named} Since then the vascular surgery department of the two hospitals has shared cases.`,
    `${named} The vascular surgery department in both cities grew.`,
    `${named} The two hospitals’ vascular surgery department shares cases.`
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
  assert.deepEqual(flagged(`${named} Later the vascular surgery department grew.`, id), ['vascular surgery department'])
})

test('capitalization-variants: sentence-initial capitals, headings and headlines count for nothing', () => {
  const clean = [
    'Municipal Environment Protection Bureau staff came. The municipal environment protection bureau agreed.',
    '# Baiyun District Party Committee Meets Investors\n\nThe Baiyun District Party Committee met. Later the district party committee paid.',
    'Baiyun District Party Committee Meets Chinalco Investors In Guiyang\n\nThe Baiyun District Party Committee met. The district party committee paid.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('capitalization-variants: no majority, no finding; a capitalized minority is left alone', () => {
  const clean = [
    'The District Government met. The district government agreed. The Baiyun District government paid.',
    'The Municipal Finance Bureau met and the Municipal Finance Bureau paid; the municipal finance bureau and the municipal finance bureau agreed.',
    'The Municipal Finance Bureau met. The municipal finance bureau paid, the municipal finance bureau agreed.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('capitalization-variants: a whole message is a warning without a fix', () => {
  const [message] = lint(`${named} So the district party committee’s plan passed.`, id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.equal(message.actual, 'district party committee')
  assert.deepEqual(message.expected, ['District Party Committee'])
  assert.equal(message.fix, undefined)
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/capitalization-variants.md')
})
