import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findings, flagged, lint} from '../helpers.js'

const id = 'mixed-case-name'

test('mixed-case-name: a name half capitalized', () => {
  const text = 'Members of the Standing Committee met. Later the standing Committee voted, and the committee closed.'
  assert.deepEqual(findings(text, id), [
    '1:50-1:68: Unexpected `standing Committee`, expected `Standing Committee`: the article capitalizes this name in full elsewhere'
  ])
  const school = 'He joined the University of Science and Technology in May. She teaches at the University of science and Technology.'
  assert.deepEqual(flagged(school, id), ['University of science'])
  assert.deepEqual(flagged('Guests saw the Green River Cement Plant. The green River cement plant grew.', id), ['green River cement plant'])
})

test('mixed-case-name: generic words beside names, Party, acronyms and headlines are left alone', () => {
  const clean = [
    'The County Party Committee met. The county Party committee agreed.',
    'He works at Ruijin Hospital. The surgery department of Ruijin Hospital grew.',
    'She is President of the University. The president of the University spoke.',
    'Staff of the US Consulate in Chengdu left. The US consulate in Chengdu closed.',
    'Standing committee members met. The Standing Committee agreed.',
    'Rural Roads Project Opens in Hexi\n\nThe rural roads project opened on Monday.',
    'The Municipal Party Committee met. The Municipal Party Committee inspection began.',
    'He thanked the District Government. The Baiyun District government agreed.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('mixed-case-name: a whole message', () => {
  const [message] = lint('Members of the Standing Committee met. Later the standing Committee voted.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.deepEqual(message.expected, ['Standing Committee'])
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/mixed-case-name.md')
})
