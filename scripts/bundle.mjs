// Build step after tsc: bundle the command line and its worker thread with
// esbuild, so a one-file run reads one file instead of resolving and
// compiling some three hundred modules, and give the bundle the
// configuration validator precompiled (Ajv standalone code) rather than
// compiled on every start. The command line becomes dist/cli.cjs, CommonJS
// so that dist/bin.js can run it with V8's code cache, which this step
// writes last (dist/cli.cache, from a run over the examples; see
// src/cli/code-cache.ts); dist/cli/worker.js is replaced by its bundle; the
// Node API (dist/index.js) stays as tsc wrote it. Packages loaded on first
// use through createRequire (wink's lexicon, pinyin-pro) stay outside the
// bundles and load only when a rule needs them; wink's lexicon is written
// packed beside them (dist/data/wink-*.txt).
import {chmodSync, renameSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)

/** The standalone validator for the schema of the rules just built. */
async function precompiledValidator() {
  const {Ajv} = require('ajv')
  const standaloneCode = require('ajv/dist/standalone').default
  const {ajvOptions} = await import(new URL('../dist/config/validate.js', import.meta.url).href)
  const {buildConfigSchema} = await import(new URL('../dist/config/schema.js', import.meta.url).href)
  const {rules} = await import(new URL('../dist/rules/index.js', import.meta.url).href)
  const ajv = new Ajv({...ajvOptions, code: {source: true, esm: true}})
  const code = standaloneCode(ajv, ajv.compile(buildConfigSchema(rules)))
  return `${code}\nexport const ajvOptions = ${JSON.stringify(ajvOptions)}\nexport function compileValidator() {\n  return validate\n}\n`
}

const validatorSource = await precompiledValidator()

const shared = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // ESM builds first: jsonc-parser's UMD build requires its parts at run time.
  mainFields: ['module', 'main'],
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  plugins: [
    {
      // fdir's ES module build requires picomatch at run time, outside the
      // bundle, for a glob feature tinyglobby does not use: some 4 ms of
      // every start. Its CommonJS build's require is bundled instead.
      name: 'fdir-commonjs',
      setup(context) {
        context.onResolve({filter: /^fdir$/}, () => ({path: require.resolve('fdir')}))
      }
    },
    {
      name: 'precompiled-config-validator',
      setup(context) {
        context.onResolve({filter: /^\.\/validate\.js$/}, (args) =>
          args.importer.endsWith('/src/config/load.ts') ? {path: 'config-validator', namespace: 'precompiled'} : undefined
        )
        context.onLoad({filter: /.*/, namespace: 'precompiled'}, () => ({contents: validatorSource, loader: 'js', resolveDir: root}))
      }
    }
  ]
}
await build({
  ...shared,
  entryPoints: {cli: 'src/cli.ts'},
  outdir: 'dist',
  outExtension: {'.js': '.cjs'},
  format: 'cjs',
  // The bundle's own address, for the data files and the worker beside it.
  define: {'import.meta.url': '__copydeskUrl'},
  // The one other use, import.meta.resolve in src/cli/pool.ts, is for running from source.
  logOverride: {'empty-import-meta': 'silent'},
  banner: {js: "const __copydeskUrl=require('node:url').pathToFileURL(__filename).href;"}
})
await build({
  ...shared,
  entryPoints: {'cli/worker': 'src/cli/worker.ts'},
  outdir: 'dist',
  format: 'esm',
  // CommonJS packages inside the bundle call `require`.
  banner: {js: "import {createRequire as __copydeskRequire} from 'node:module';const require=__copydeskRequire(import.meta.url);"}
})
chmodSync(new URL('../dist/bin.js', import.meta.url), 0o755)
chmodSync(new URL('../dist/lsp/bin.js', import.meta.url), 0o755)

// wink's lexicon, packed (see src/cli/lexicon.ts).
const lexicon = await import(new URL('../dist/cli/lexicon.js', import.meta.url).href)
const data = new URL('../dist/data/', import.meta.url)
writeFileSync(new URL(lexicon.wordnetFile, data), lexicon.packLexicon(require(lexicon.wordsModule), require(lexicon.sensesModule)))
for (const [id, name] of Object.entries(lexicon.mapModules)) writeFileSync(new URL(name, data), lexicon.packMap(require(id)))

// The code cache: the bundle compiled and run once over the examples, with
// V8's flags as a plain start leaves them (runCommand's tuneHeap: false).
// Written to a temporary file and renamed, so no build leaves half a cache.
const {loadBundle} = await import(new URL('../dist/cli/code-cache.js', import.meta.url).href)
const {exports: cli, codeCache} = loadBundle(new URL('../dist/cli.cjs', import.meta.url))
const discard = {write: () => true}
await cli.runCommand(['examples'], {cwd: root, env: {}, stdout: discard, stderr: discard, readStdin: () => undefined}, {tuneHeap: false})
const cacheFile = new URL('../dist/cli.cache', import.meta.url)
writeFileSync(new URL('../dist/cli.cache.tmp', import.meta.url), codeCache())
renameSync(new URL('../dist/cli.cache.tmp', import.meta.url), cacheFile)
