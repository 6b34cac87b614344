// Builds the extension into this folder, ready for `vsce package`:
// dist/extension.js (the extension and vscode-languageclient, one file) and
// server/, the bundled copy of copydesk's language server used when a
// workspace has no copydesk of its own. The server is built from the
// repository's source the way scripts/bundle.mjs builds the CLI: one bundle
// for the server and one for its worker thread, with wink and its packed
// lexicon and the packed spelling dictionary beside them (server/data,
// copied from the repository's build) and
// the packages copydesk loads on first use through createRequire copied into
// server/node_modules. Run `npm ci` at the repository root first.
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const here = fileURLToPath(new URL('..', import.meta.url))
const root = join(here, '..', '..')
const rootRequire = createRequire(join(root, 'package.json'))
const {build} = await import(rootRequire.resolve('esbuild'))

if (!existsSync(join(root, 'dist', 'data', 'wink.cjs'))) {
  console.error('editors/vscode: build copydesk first (npm ci at the repository root)')
  process.exit(2)
}

await build({
  absWorkingDir: here,
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/extension.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode'],
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning'
})

const server = join(here, 'server')
rmSync(server, {recursive: true, force: true})
await build({
  absWorkingDir: root,
  entryPoints: {'lsp/bin': 'src/lsp/bin.ts', 'lsp/worker': 'src/lsp/worker.ts'},
  outdir: server,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // ESM builds first: jsonc-parser's UMD build requires its parts at run time.
  mainFields: ['module', 'main'],
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  // CommonJS packages inside the bundle call `require`.
  banner: {js: "import {createRequire as __copydeskRequire} from 'node:module';const require=__copydeskRequire(import.meta.url);"},
  plugins: [
    {
      // As in scripts/bundle.mjs: fdir's CommonJS build, whose require of picomatch is bundled.
      name: 'fdir-commonjs',
      setup(context) {
        context.onResolve({filter: /^fdir$/}, () => ({path: rootRequire.resolve('fdir')}))
      }
    }
  ]
})
writeFileSync(join(server, 'package.json'), JSON.stringify({type: 'module', private: true}, null, 2) + '\n')
mkdirSync(join(server, 'data'))
for (const name of readdirSync(join(root, 'dist', 'data'))) {
  if (/^(?:wink|spelling\.)/.test(name)) cpSync(join(root, 'dist', 'data', name), join(server, 'data', name))
}

// The packages loaded through createRequire (src/pipeline/parse.ts,
// src/source/names.ts) and what they depend on.
const copied = new Set()
const copyPackage = (name, from) => {
  const manifest = createRequire(join(from, 'package.json')).resolve(`${name}/package.json`)
  const folder = dirname(manifest)
  if (copied.has(folder)) return
  copied.add(folder)
  cpSync(folder, join(server, 'node_modules', name), {
    recursive: true,
    filter: (path) => !/[\\/](?:\.nyc_output|test|tests|docs?|coverage)$/.test(path)
  })
  const {dependencies = {}} = JSON.parse(readFileSync(manifest, 'utf8'))
  for (const dependency of Object.keys(dependencies)) copyPackage(dependency, folder)
}
for (const name of ['pinyin-pro', 'yaml']) copyPackage(name, root)
console.log(`editors/vscode: built dist/extension.js and server/ (${copied.size} packages beside the bundles)`)
