// Build step after tsc: bundle the command line and its worker thread with
// esbuild, so a one-file run reads one file instead of resolving and
// compiling some three hundred modules, and give the bundle the
// configuration validator precompiled (Ajv standalone code) rather than
// compiled on every start. dist/cli.js and dist/cli/worker.js are replaced;
// the Node API (dist/index.js) stays as tsc wrote it. Packages loaded on
// first use through createRequire (wink's lexicon, pinyin-pro) stay outside
// the bundle and load only when a rule needs them; wink's lexicon is written
// packed beside the bundle (dist/data/wink-*.txt).
import {chmodSync, writeFileSync} from 'node:fs'
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

await build({
  entryPoints: {cli: 'src/cli.ts', 'cli/worker': 'src/cli/worker.ts'},
  outdir: 'dist',
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // ESM builds first: jsonc-parser's UMD build requires its parts at run time.
  mainFields: ['module', 'main'],
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  // CommonJS packages inside the bundle call `require`.
  banner: {js: "import {createRequire as __copydeskRequire} from 'node:module';const require=__copydeskRequire(import.meta.url);"},
  plugins: [
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
})
chmodSync(new URL('../dist/cli.js', import.meta.url), 0o755)

// wink's lexicon, packed (see src/cli/lexicon.ts).
const lexicon = await import(new URL('../dist/cli/lexicon.js', import.meta.url).href)
const data = new URL('../dist/data/', import.meta.url)
writeFileSync(new URL(lexicon.wordnetFile, data), lexicon.packLexicon(require(lexicon.wordsModule), require(lexicon.sensesModule)))
for (const [id, name] of Object.entries(lexicon.mapModules)) writeFileSync(new URL(name, data), lexicon.packMap(require(id)))
