import assert from 'node:assert/strict'
import {test} from 'node:test'
import {remember} from '../../src/text/memo.js'

test('remember: keeps answers, and starts afresh past 100,000 so an archive run stays bounded', () => {
  const memo = new Map<string, number>()
  assert.equal(remember(memo, 'plant', 1), 1)
  assert.equal(memo.get('plant'), 1)
  for (let index = 1; index < 100_000; index++) remember(memo, `word${index}`, index)
  assert.equal(memo.size, 100_000)
  remember(memo, 'smelter', 7)
  assert.deepEqual([...memo], [['smelter', 7]])
})
