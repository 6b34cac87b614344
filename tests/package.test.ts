// The packed package as a new user gets it (scripts/verify-package.ts): about a minute, so with the slow tests.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {test} from 'node:test'
import {slow} from './slow.js'

test('package: npm pack, installed into a clean prefix, compiles for a strict TypeScript user, carries wink’s lexicon once, and runs --init, --print-config, --explain and a baseline', slow, () => {
  const script = fileURLToPath(new URL('../scripts/verify-package.ts', import.meta.url))
  const result = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), script], {encoding: 'utf8'})
  assert.equal(result.status, 0, result.stdout + result.stderr)
  assert.match(result.stdout, /verify-package: all passed/)
})
