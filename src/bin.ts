#!/usr/bin/env node
// The `copydesk` executable: the bundled command line, loaded with the code
// cache the build wrote beside it (see src/cli/code-cache.ts). The package's
// `bin` is this file bundled as CommonJS (dist/bin.cjs, scripts/bundle.mjs),
// which Node starts without its ES module loader.
import {loadBundle} from './cli/code-cache.js'
import {tuneYoungGeneration} from './cli/heap.js'

const {exports: cli} = loadBundle<typeof import('./cli.js')>(new URL('./cli.cjs', import.meta.url), new URL('./cli.cache', import.meta.url), tuneYoungGeneration)
void cli.runCommand(process.argv.slice(2), cli.processIo()).then((code) => {
  process.exitCode = code
})
