// The command line's loader (src/cli/code-cache.ts): a bundle runs as
// CommonJS, takes the code cache made from it, and never one made from other
// code, even of the same length, which V8 alone would take: neither when the
// bundle is hashed as read nor when the build stamped its key on it.
import assert from 'node:assert/strict'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {test} from 'node:test'
import {createHash} from 'node:crypto'
import {loadBundle, stampBundle} from '../src/cli/code-cache.js'

interface Sample {
  answer(): number
  helper: string
  file: string
}

const folder = mkdtempSync(join(tmpdir(), 'copydesk-code-cache-'))
const write = (name: string, text: string) => {
  writeFileSync(join(folder, name), text)
  return pathToFileURL(join(folder, name))
}
const bundle = (sum: string) => `const helper = require('./helper.cjs')\nmodule.exports = {answer: () => ${sum}, helper, file: __filename}\n`
write('helper.cjs', "module.exports = 'beside the bundle'\n")

test('code cache: the bundle runs as a CommonJS module, its require and __filename its own', () => {
  const path = write('plain.cjs', bundle('41 + 1'))
  const loaded = loadBundle<Sample>(path)
  assert.equal(loaded.exports.answer(), 42)
  assert.equal(loaded.exports.helper, 'beside the bundle')
  assert.equal(loaded.exports.file, join(folder, 'plain.cjs'))
  assert.equal(loaded.fromCache, false)
})

/** The code cache of `path` after a run that called its function, written to `name`. */
function cacheAfterRun(path: URL, name: string): URL {
  const loaded = loadBundle<Sample>(path)
  loaded.exports.answer()
  const cache = pathToFileURL(join(folder, name))
  writeFileSync(cache, loaded.codeCache())
  return cache
}

test('code cache: a cache made from the bundle after it ran is taken', () => {
  const path = write('cached.cjs', bundle('41 + 1'))
  const cache = cacheAfterRun(path, 'cached.cache')
  const second = loadBundle<Sample>(path, cache)
  assert.equal(second.fromCache, true)
  assert.equal(second.exports.answer(), 42)
})

test('code cache: a cache made from other code of the same length is not taken', () => {
  const cache = cacheAfterRun(write('changed.cjs', bundle('41 + 1')), 'changed.cache')
  const changed = write('changed.cjs', bundle('41 + 2'))
  const second = loadBundle<Sample>(changed, cache)
  assert.equal(second.fromCache, false)
  assert.equal(second.exports.answer(), 43)
})

test('code cache: a missing, empty or garbled cache file is ignored', () => {
  const path = write('odd.cjs', bundle('41 + 1'))
  for (const cache of [pathToFileURL(join(folder, 'missing.cache')), write('empty.cache', ''), write('garbled.cache', 'not a cache at all '.repeat(10))]) {
    const loaded = loadBundle<Sample>(path, cache)
    assert.equal(loaded.fromCache, false)
    assert.equal(loaded.exports.answer(), 42)
  }
})

const stamped = (sum: string) => stampBundle(bundle(sum), createHash('sha256').update(bundle(sum)).digest('hex'))

test('code cache: a stamped bundle runs, and takes the cache made from it', () => {
  const path = write('stamped.cjs', stamped('41 + 1'))
  const first = loadBundle<Sample>(path)
  assert.equal(first.exports.answer(), 42)
  const cache = cacheAfterRun(path, 'stamped.cache')
  const second = loadBundle<Sample>(path, cache)
  assert.equal(second.fromCache, true)
  assert.equal(second.exports.answer(), 42)
})

test('code cache: a stamped bundle of other code, of the same length, does not take the cache', () => {
  const cache = cacheAfterRun(write('restamped.cjs', stamped('41 + 1')), 'restamped.cache')
  const changed = write('restamped.cjs', stamped('41 + 2'))
  const second = loadBundle<Sample>(changed, cache)
  assert.equal(second.fromCache, false)
  assert.equal(second.exports.answer(), 43)
})

test('code cache: the stamp is the key the build gives, so the same code unstamped does not take a stamped cache', () => {
  const cache = cacheAfterRun(write('keyed.cjs', stamped('41 + 1')), 'keyed.cache')
  const plain = write('keyed.cjs', `${'/'.repeat(stampBundle('', '0'.repeat(64)).length - 1)}\n${bundle('41 + 1')}`)
  assert.equal(loadBundle<Sample>(plain, cache).fromCache, false)
})

test('code cache: `compiled` is called once the bundle is compiled, before its code runs, and the cache is still taken', () => {
  const path = write('ordered.cjs', 'module.exports = {answer: () => 42, helper: globalThis.copydeskOrder, file: __filename}\n')
  const cache = cacheAfterRun(path, 'ordered.cache')
  const order: string[] = []
  ;(globalThis as {copydeskOrder?: string[]}).copydeskOrder = order
  const loaded = loadBundle<{helper: string[]}>(path, cache, () => order.push('compiled'))
  delete (globalThis as {copydeskOrder?: string[]}).copydeskOrder
  assert.equal(loaded.fromCache, true)
  assert.equal(loaded.exports.helper, order)
  assert.deepEqual(order, ['compiled'])
})
