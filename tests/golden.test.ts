// The CLI's output on the bundled examples, byte for byte, and the README's
// sample generated from it (fix after an intended change: npm run golden).
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'
import {examplesOutput, goldenCode, goldenFile, root, withSample} from '../scripts/golden.js'

test('golden: copydesk --no-color examples/ prints the golden file and exits 1', async () => {
  const {code, stdout} = await examplesOutput()
  assert.equal(stdout, readFileSync(join(root, goldenFile), 'utf8'), 'output changed: if intended, run npm run golden')
  assert.equal(code, goldenCode)
})

test('golden: the README quick start shows the golden file', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  assert.equal(readme, withSample(readme, readFileSync(join(root, goldenFile), 'utf8')), 'stale: run npm run golden')
})
