// The stylish report's closing line and its colours.
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {byline} from '../src/report/stylish.js'
import {run, workspace} from './cli-run.js'

test('summary: every kind of message is counted, information included', () => {
  assert.equal(byline({error: 11, warning: 10, info: 1}, false), '22 messages (✖ 11 errors, ⚠ 10 warnings, 1 info)')
  assert.equal(byline({error: 1, warning: 0, info: 2}, false), '3 messages (✖ 1 error, 2 info)')
  assert.equal(byline({error: 2, warning: 0, info: 0}, false), '✖ 2 errors')
  assert.equal(byline({error: 0, warning: 1, info: 0}, false), '⚠ 1 warning')
  assert.equal(byline({error: 0, warning: 0, info: 3}, false), '3 info')
})

const article = 'We will give full play to the port.It opens soon.\n'

test('summary: a run with an error and an information message says so', async () => {
  const dir = workspace({'a.md': article})
  const result = await run(['a.md'], dir)
  assert.equal(result.code, 1)
  assert.match(result.stdout, /\n\n2 messages \(✖ 1 error, 1 info\)\nRisk, highest first: [\d.]+ a\.md\n$/)
  // Information alone is counted too, and a house-term note alone ranks the
  // article a little (0.25 × 0.25 per 100 words).
  const info = await run(['a.md', '--rule', 'calque'], dir)
  assert.match(info.stdout, /\n\n1 info\nRisk, highest first: 0\.1 a\.md\n$/)
})

test('colour: FORCE_COLOR colours a report that is not on a terminal; FORCE_COLOR=0 and --no-color do not', async () => {
  const dir = workspace({'a.md': article})
  const colored = /\u001B\[31m✖\u001B\[39m 1 error/
  assert.match((await run(['a.md'], dir, undefined, {FORCE_COLOR: '1'})).stdout, colored)
  assert.match((await run(['a.md'], dir, undefined, {FORCE_COLOR: '1', NO_COLOR: '1'})).stdout, colored)
  assert.doesNotMatch((await run(['a.md'], dir, undefined, {FORCE_COLOR: '0'})).stdout, /\u001B\[/)
  assert.doesNotMatch((await run(['--no-color', 'a.md'], dir, undefined, {FORCE_COLOR: '1'})).stdout, /\u001B\[/)
  assert.doesNotMatch((await run(['a.md'], dir)).stdout, /\u001B\[/)
})
