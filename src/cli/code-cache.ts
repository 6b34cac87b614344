// Node 20 compiles a program's JavaScript afresh on every start (a compile
// cache, module.enableCompileCache, arrived in Node 22), and compiling took
// about a third of a one-file run. So the command line is one CommonJS bundle
// (dist/cli.cjs) run through vm.Script with a V8 code cache: the build runs
// the bundle once on the examples and keeps the compiled code of every
// function that run called (dist/cli.cache; see scripts/bundle.mjs). V8
// checks a cache against its own version and flags, and ignores one that
// does not match: the bundle then compiles as usual. Of the source it checks
// only the length, so the cache starts with a key of the bundle it was made
// from, and one made from other code is never used. The key is the SHA-256
// of the bundle's code; the build writes it on the bundle's first line
// (`// bundle <hex>`, see stampBundle), which spares every start loading
// node:crypto and hashing 1.2 MB (some 5 ms). A bundle without that line
// is hashed as it is read.
import {isAscii} from 'node:buffer'
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Script} from 'node:vm'

export interface LoadedBundle<Exports> {
  exports: Exports
  /** Whether V8 took the code cache (a missing, foreign or stale one is not taken). */
  fromCache: boolean
  /** A code cache of the bundle as it has run so far, for the build to write. */
  codeCache(): Buffer
}

const stampPrefix = '// bundle '
/** The length of a stamp line: the prefix, 64 hex digits, a line feed. */
const stampLength = stampPrefix.length + 65

/** A bundle's code with its key, the SHA-256 of `code` in hex, on the first line, as loadBundle reads it. */
export function stampBundle(code: string, sha256: string): string {
  return `${stampPrefix}${sha256}\n${code}`
}

/** The key of a bundle's bytes: its stamp, or the hash of the bytes when it has none. */
function bundleKey(bytes: Buffer, require: NodeJS.Require): Buffer {
  const first = bytes.subarray(0, stampLength).toString('latin1')
  const stamp = /^\/\/ bundle ([0-9a-f]{64})\n$/.exec(first)
  if (stamp) return Buffer.from(stamp[1]!, 'hex')
  const {createHash} = require('node:crypto') as typeof import('node:crypto')
  return createHash('sha256').update(bytes).digest()
}

/**
 * Run a CommonJS bundle as `require` would, with the code cache in `cache`
 * when it fits. `compiled` is called between compiling and running it: V8
 * checks a cache's flags as it compiles, so V8 flags set there spare the
 * cache and still apply to all the bundle runs.
 */
export function loadBundle<Exports>(bundle: URL, cache?: URL, compiled?: () => void): LoadedBundle<Exports> {
  const path = fileURLToPath(bundle)
  const require = createRequire(path)
  const bytes = readFileSync(path)
  const key = bundleKey(bytes, require)
  // The build writes the bundle in ASCII (scripts/bundle.mjs): read as Latin-1, a copy, it is one byte a character.
  const code = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8')
  let stored: Buffer | undefined
  try {
    if (cache) stored = readFileSync(cache)
  } catch {
    // No cache (a build without one): compile as usual.
  }
  const cachedData = stored?.subarray(0, key.length).equals(key) ? stored.subarray(key.length) : undefined
  // The wrapper Node gives every CommonJS module.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${code}\n})`, {filename: path, cachedData})
  compiled?.()
  const module = {exports: {}}
  ;(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, require, module, path, dirname(path))
  return {
    exports: module.exports as Exports,
    fromCache: cachedData !== undefined && !script.cachedDataRejected,
    codeCache: () => Buffer.concat([key, script.createCachedData()])
  }
}
