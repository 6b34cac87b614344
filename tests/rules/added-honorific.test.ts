import assert from 'node:assert/strict'
import {test} from 'node:test'
import {describe, lintWith} from '../helpers.js'

const id = 'added-honorific'
const run = (text: string, source?: string) => describe(lintWith(text, id, source === undefined ? {} : {source}))

test('added-honorific: Mr. or Ms. where the Chinese has no honorific', () => {
  assert.deepEqual(run('Ms. Zhao said the school would open in March.', '赵敏说，学校将于三月开学。'), [
    '1:1-1:4: Unexpected `Ms.`: the Chinese has no honorific here, news style names the person without one'
  ])
  assert.deepEqual(run('The library opened.\n\nMr Qian, its director, said so.', '图书馆开馆了。\n馆长钱军说。'), [
    '3:1-3:3: Unexpected `Mr`: the Chinese has no honorific here, news style names the person without one'
  ])
})

test('added-honorific: the source has one, or there is no source', () => {
  assert.deepEqual(run('Ms. Zhao said the school would open in March.', '赵女士说，学校将于三月开学。'), [])
  assert.deepEqual(run('Mr. Qian said the library would open.', '钱先生说，图书馆将开馆。'), [])
  // A form of address is rendered as an honorific.
  assert.deepEqual(run('Mrs. Sun said she had not travelled all year.', '孙阿姨说，她一整年都没有出门。'), [])
  assert.deepEqual(run('Ms. Zhao said the school would open in March.'), [])
  // Not before a name.
  assert.deepEqual(run('The title Ms. is used less.', '这个称呼用得少了。'), [])
})
