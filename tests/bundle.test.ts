// The built command line (dist/bin.cjs, scripts/bundle.mjs) as a user runs
// it: the built-in modules its bundle loads on first use (hashing for the
// cache, random names for a report written in place, worker threads) work
// when a run needs them, and so does the packed CC-CEDICT table an article
// with its Chinese source reads (src/source/coverage.ts), and so does fdir,
// which a glob walks folders with; wink, bundled into
// it, lemmatizes and tags as the build's separate bundle of wink
// (dist/data/wink.cjs) does for the Node API; and the executable's V8 flags
// leave its code cache taken. Skipped when not built.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {test} from 'node:test'
import {workspace} from './cli-run.js'

const bin = fileURLToPath(new URL('../dist/bin.cjs', import.meta.url))

test('bundle: the built command line caches, writes a report file and lints on a worker thread', {skip: !existsSync(bin) && 'not built (npm run build)'}, () => {
  const dir = workspace({
    'a.md': 'The county opened a new bridge on Monday.\n\nThe bridge crosses the river near the old mill.\n',
    'b.md': 'The school board met on Tuesday.\n\nIt approved the budget for next year.\n',
    'c.md': 'The mayor inspected the factory.\n\nThe government announced it.\n',
    'c.zh.md': '市长视察了工厂。\n\n政府宣布扩建港口。\n'
  })
  const args = [bin, '--jobs', '2', '--cache', '--cache-location', '.cache', '--format', 'json', '--output-file', 'report.json', 'a.md', 'b.md', 'c.md']
  for (const pass of ['cold', 'warm']) {
    const result = spawnSync(process.execPath, args, {cwd: dir, encoding: 'utf8'})
    assert.equal(result.stderr, '', pass)
    assert.equal(result.status, 0, pass)
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Array<{path: string; messages: unknown[]; risk: {words: number; gap?: number}}>
    // c.md kept 市长, 视察, 工厂, 政府 and 宣布 and lost 扩建 and 港口 (tests/coverage.test.ts).
    assert.deepEqual(
      report.map((file) => [file.path, file.messages.length, file.risk.words, file.risk.gap]),
      [
        ['a.md', 0, 17, undefined],
        ['b.md', 0, 13, undefined],
        ['c.md', 0, 9, 0.26]
      ],
      pass
    )
    assert.ok(existsSync(join(dir, '.cache')), pass)
  }
})

test('bundle: wink bundled into the command line finds what the Node API finds with the build\'s wink', {skip: !existsSync(bin) && 'not built (npm run build)'}, async () => {
  // Lemmas (calque: "Giving full play to", "put forward suggestions") and the tagger (dropped-subject).
  const text = 'Giving full play to talent matters. She put forward\nsuggestions.\n\nWill continue to adhere to the path of green growth.\n'
  const dir = workspace({'a.md': text})
  const result = spawnSync(process.execPath, [bin, '--format', 'json', 'a.md'], {cwd: dir, encoding: 'utf8'})
  assert.equal(result.stderr, '')
  const [file] = JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string; line: number; column: number; reason: string}>}>
  const api = (await import(pathToFileURL(fileURLToPath(new URL('../dist/index.js', import.meta.url))).href)) as typeof import('../src/index.js')
  const expected = api.lint(text, {path: join(dir, 'a.md')}).messages
  const shape = (messages: ReadonlyArray<{ruleId?: string | null; line?: number | null; column?: number | null; reason: string}>) =>
    messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`)
  assert.deepEqual(shape(file!.messages), shape(expected))
  assert.deepEqual([...new Set(file!.messages.map((message) => message.ruleId))].sort(), ['calque', 'dropped-subject'])
})

test('bundle: the command line\'s code cache is taken with the V8 flags the executable sets before the bundle runs', {skip: !existsSync(bin) && 'not built (npm run build)'}, () => {
  const dist = new URL('../dist/', import.meta.url).href
  const script = [
    `const {loadBundle} = await import(${JSON.stringify(new URL('cli/code-cache.js', dist).href)})`,
    `const {tuneYoungGeneration} = await import(${JSON.stringify(new URL('cli/heap.js', dist).href)})`,
    `const loaded = loadBundle(new URL(${JSON.stringify(new URL('cli.cjs', dist).href)}), new URL(${JSON.stringify(new URL('cli.cache', dist).href)}), tuneYoungGeneration)`,
    'process.stdout.write(String(loaded.fromCache))'
  ].join('\n')
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'})
  assert.equal(result.stderr, '')
  assert.equal(result.stdout, 'true')
})

test('bundle: a glob walks the folders with fdir, which the bundle loads on first use', {skip: !existsSync(bin) && 'not built (npm run build)'}, () => {
  const dir = workspace({'news/a.md': 'The county opened a new bridge.\n', 'news/deep/b.md': 'The school board met.\n', 'c.txt': 'Not an article.\n'})
  const result = spawnSync(process.execPath, [bin, '--format', 'json', 'news/**/*.md'], {cwd: dir, encoding: 'utf8'})
  assert.equal(result.stderr, '')
  assert.deepEqual((JSON.parse(result.stdout) as Array<{path: string}>).map((file) => file.path).sort(), ['news/a.md', 'news/deep/b.md'])
})
