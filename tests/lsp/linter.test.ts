// The server's queue in front of its worker thread: the newest job for a
// document replaces an older one, a long stale job is stopped with its
// worker, and a worker that dies fails its job and is replaced.
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {Cancelled, Linter} from '../../src/lsp/linter.js'
import {quietFor, defaultSettings, readSettings} from '../../src/lsp/server.js'

const script = new URL('../fixtures/lsp/echo-worker.mjs', import.meta.url)
const check = (text: string) => ({kind: 'check' as const, document: {path: undefined, text, cwd: '/'}})
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    (result) => result,
    (error: Error) => (error instanceof Cancelled ? 'cancelled' : `error: ${error.message}`)
  )

test('linter: a queued job is replaced by a newer one for the same document; other documents keep theirs', async () => {
  const linter = new Linter({script, restartAfterMs: Infinity})
  const running = outcome(linter.run('a', check('busy:50 first')))
  const queuedA = outcome(linter.run('b', check('b1')))
  const replaced = outcome(linter.run('c', check('c1')))
  const newest = outcome(linter.run('c', check('c2')))
  assert.deepEqual(await Promise.all([running, queuedA, replaced, newest]), [{text: 'busy:50 first'}, {text: 'b1'}, 'cancelled', {text: 'c2'}])
  assert.equal(linter.started, 1)
  await linter.close()
})

test('linter: a running job for the same document is cancelled: left to finish when short, stopped with its worker when long', async () => {
  const patient = new Linter({script, restartAfterMs: Infinity})
  const left = outcome(patient.run('a', check('busy:30 old')))
  const next = outcome(patient.run('a', check('new')))
  assert.deepEqual(await Promise.all([left, next]), ['cancelled', {text: 'new'}])
  assert.equal(patient.started, 1)
  await patient.close()

  const impatient = new Linter({script, restartAfterMs: 0})
  const stopped = outcome(impatient.run('a', check('busy:5000 old')))
  await new Promise((resolve) => setTimeout(resolve, 5))
  const fresh = outcome(impatient.run('a', check('new')))
  assert.deepEqual(await Promise.all([stopped, fresh]), ['cancelled', {text: 'new'}])
  assert.equal(impatient.started, 2)
  await impatient.close()
})

test('linter: a worker that dies fails the job it held, and the next job gets a fresh worker', async () => {
  const linter = new Linter({script})
  assert.equal(await outcome(linter.run('a', check('exit'))), 'error: the checker stopped (exit code 3)')
  assert.deepEqual(await outcome(linter.run('a', check('again'))), {text: 'again'})
  assert.equal(linter.started, 2)
  await linter.close()
})

test('server settings: a big document waits longer for quiet; mistyped settings keep their defaults', () => {
  assert.equal(quietFor(5_000, defaultSettings), 1)
  assert.equal(quietFor(1_000_000, defaultSettings), 244)
  assert.equal(quietFor(50_000_000, defaultSettings), 1000)
  assert.equal(quietFor(5_000, {...defaultSettings, debounce: 100}), 101)
  assert.deepEqual(readSettings({enable: 'yes', run: 'never', debounce: -5, configPath: 3}), defaultSettings)
  assert.deepEqual(readSettings({enable: false, run: 'onSave', debounce: 40, configPath: ' house.json '}), {enable: false, run: 'onSave', debounce: 40, configPath: 'house.json'})
})
