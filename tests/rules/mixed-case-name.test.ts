import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'mixed-case-name'

testRule(id, {
  valid: [
    // Generic words beside names, Party, acronyms and headlines are left alone.
    'The County Party Committee met. The county Party committee agreed.',
    'He works at Ruijin Hospital. The surgery department of Ruijin Hospital grew.',
    'She is President of the University. The president of the University spoke.',
    'Staff of the US Consulate in Chengdu left. The US consulate in Chengdu closed.',
    'Standing committee members met. The Standing Committee agreed.',
    'Rural Roads Project Opens in Hexi\n\nThe rural roads project opened on Monday.',
    'The Municipal Party Committee met. The Municipal Party Committee inspection began.',
    'He thanked the District Government. The Baiyun District government agreed.'
  ],
  invalid: [
    {
      name: 'a name half capitalized',
      text: 'Members of the Standing Committee met. Later the standing Committee voted, and the committee closed.',
      errors: [
        '1:50-1:68: Unexpected `standing Committee`, expected `Standing Committee`: the article capitalizes this name in full elsewhere'
      ]
    },
    {
      name: 'a name half capitalized: of a university',
      text: 'He joined the University of Science and Technology in May. She teaches at the University of science and Technology.',
      errors: [
        '1:79-1:100: Unexpected `University of science`, expected `University of Science`: the article capitalizes this name in full elsewhere'
      ]
    },
    {
      name: 'a name half capitalized: of a plant',
      text: 'Guests saw the Green River Cement Plant. The green River cement plant grew.',
      errors: [
        '1:46-1:70: Unexpected `green River cement plant`, expected `Green River Cement Plant`: the article capitalizes this name in full elsewhere'
      ]
    }
  ]
})

test('mixed-case-name: a whole message', () => {
  const [message] = lint('Members of the Standing Committee met. Later the standing Committee voted.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.deepEqual(message.expected, ['Standing Committee'])
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/mixed-case-name.md')
})
