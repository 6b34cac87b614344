// Where wink's modules come from (src/text/morphology.ts): the build's
// bundle of them with their lexicon packed (dist/data/wink.cjs, see
// src/cli/lexicon.ts), else the packages as installed (running from source).
// The command line's bundle (dist/cli.cjs) replaces this module with wink's
// code bundled in place (scripts/bundle.mjs), so that its code cache holds
// wink's compiled functions too.
import {createRequire} from 'node:module'
import {builtDataFile} from './built-data.js'

const require = createRequire(import.meta.url)
let bundledWink: Record<string, unknown> | null | undefined

/** One of wink's modules, by the id the packages themselves require it by. */
export function requireWink(id: string): unknown {
  if (bundledWink === undefined) {
    const bundle = builtDataFile('wink.cjs')
    bundledWink = bundle ? (require(bundle) as Record<string, unknown>) : null
  }
  return bundledWink ? bundledWink[id] : require(id)
}
