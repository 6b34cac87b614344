import assert from 'node:assert/strict'
import {execFileSync, spawn} from 'node:child_process'
import {once} from 'node:events'
import {closeSync, constants, lstatSync, openSync, readdirSync, readFileSync, readSync, symlinkSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {test} from 'node:test'
import {run, workspace} from './cli-run.js'

test('cli: exit 0 and no output on a clean article', async () => {
  const dir = workspace({'clean.md': 'The mayor visited the plant on Monday.\n'})
  const result = await run(['clean.md'], dir)
  assert.deepEqual(result, {code: 0, stdout: '', stderr: ''})
})

test('cli: exit 1 with a stylish report when errors are found', async () => {
  const dir = workspace({'a.md': 'The meeting ended.The heads left.\n'})
  const result = await run(['--no-color', 'a.md'], dir)
  assert.equal(result.code, 1)
  assert.match(result.stdout, /^a\.md\n1:13-1:22 +error +Missing space after `\.`, expected `ended\. The` +missing-space +copydesk\n/)
  assert.match(result.stdout, /1 error/)
})

test('cli: --format json prints vfile-reporter-json on stdout only', async () => {
  const dir = workspace({'a.md': 'The meeting ended.The heads left.\n'})
  const result = await run(['--format', 'json', 'a.md'], dir)
  assert.equal(result.stderr, '')
  const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<Record<string, unknown>>}>
  assert.equal(report.length, 1)
  assert.equal(report[0]!.path, 'a.md')
  const message = report[0]!.messages[0]!
  assert.equal(message['ruleId'], 'missing-space')
  assert.equal(message['source'], 'copydesk')
  assert.equal(message['line'], 1)
  assert.equal(message['column'], 13)
  assert.equal(message['fatal'], true)
  assert.deepEqual(message['place'], {start: {line: 1, column: 13, offset: 12}, end: {line: 1, column: 22, offset: 21}})
  assert.deepEqual(message['expected'], ['ended. The'])
})

test('cli: walks directories for articles, skipping node_modules and dot-folders', async () => {
  const bad = 'It ended.Then it began.\n'
  const dir = workspace({'a/one.md': bad, 'a/two.txt': bad, 'a/skip.json': bad, 'a/node_modules/x.md': bad, 'a/.hidden/y.md': bad})
  const result = await run(['--format', 'json', 'a'], dir)
  const report = JSON.parse(result.stdout) as Array<{path: string}>
  assert.deepEqual(report.map((file) => file.path), ['a/one.md', 'a/two.txt'])
})

test('cli: a missing path is one line on stderr, exit 2, and the other files are still checked', async () => {
  const dir = workspace({'a.md': 'It ended.Then it began.\n'})
  const result = await run(['--format', 'json', 'nope.md', 'a.md'], dir)
  assert.equal(result.code, 2)
  assert.equal(result.stderr, 'copydesk: nope.md: no such file or directory\n')
  assert.equal((JSON.parse(result.stdout) as unknown[]).length, 1)
})

test('cli: hostile configurations are one line, exit 2, no stack trace', async () => {
  const cases: Array<[string, string]> = [
    ['{\n  "rules": {\n  }\n  "glossary": []\n}', 'invalid JSON at line 4, column 3: Expected \',\' or \'}\' after property value'],
    ['{"rules": {"missing-spce": "error"}}', '/rules (line 1, column 12): unknown rule `missing-spce`; did you mean `missing-space`?'],
    ['{"rules": {"missing-space": "loud"}}', '/rules/missing-space (line 1, column 29): unexpected `loud`, must be one of `off`, `info`, `warn`, `error`'],
    ['{"rules": {"boilerplate": ["warn", {"starts": []}]}}', '/rules/boilerplate/1 (line 1, column 37): unknown option `starts`; did you mean `start`?']
  ]
  for (const [config, expected] of cases) {
    const dir = workspace({'rules.config.json': config, 'a.md': 'Fine.\n'})
    const result = await run(['a.md'], dir)
    assert.equal(result.code, 2, config)
    assert.equal(result.stderr, `copydesk: ${join(dir, 'rules.config.json')}: ${expected}\n`)
    assert.equal(result.stdout, '')
  }
})

test('cli: reads stdin and names it with --stdin-filename', async () => {
  const dir = workspace({})
  const result = await run(['--format', 'json', '--stdin-filename', 'story.md', '-'], dir, 'It ended.Then it began.')
  const report = JSON.parse(result.stdout) as Array<{path: string; messages: unknown[]}>
  assert.equal(report[0]!.path, 'story.md')
  assert.equal(report[0]!.messages.length, 1)
})

test('cli: --quiet keeps errors only; --max-warnings turns warnings into exit 1', async () => {
  const dir = workspace({'a.md': 'Reprint Statement: all articles on this site are original.\n'})
  assert.equal((await run(['a.md'], dir)).code, 0)
  assert.equal((await run(['--max-warnings', '0', 'a.md'], dir)).code, 1)
  assert.equal((await run(['--quiet', 'a.md'], dir)).stdout, '')
})

test('cli: --rule runs only the named rules; an unknown one is a usage error', async () => {
  const dir = workspace({'a.md': 'Reprint Statement: ok.Then more.\n'})
  const only = await run(['--format', 'json', '--rule', 'boilerplate', 'a.md'], dir)
  const report = JSON.parse(only.stdout) as Array<{messages: Array<{ruleId: string}>}>
  assert.deepEqual(report[0]!.messages.map((m) => m.ruleId), ['boilerplate'])
  const unknown = await run(['--rule', 'nope', 'a.md'], dir)
  assert.equal(unknown.code, 2)
  assert.match(unknown.stderr, /^copydesk: unknown rule `nope` in --rule\n/)
})

test('cli: inline directives switch rules off and on', async () => {
  const text = [
    '<!-- copydesk-disable missing-space -->',
    '',
    'It ended.Then it began.',
    '',
    '<!-- copydesk-enable missing-space -->',
    '',
    '<!-- copydesk-disable-next-line -->',
    'It ended.Then it began.',
    '',
    'It ended.Then it began.'
  ].join('\n')
  const dir = workspace({'a.md': text})
  const report = JSON.parse((await run(['--format', 'json', 'a.md'], dir)).stdout) as Array<{messages: Array<{line: number}>}>
  assert.deepEqual(report[0]!.messages.map((m) => m.line), [10])
})

test('cli: --files-from checks the listed articles and skips missing, non-article and ignored paths', async () => {
  const bad = 'It ended.Then it began.\n'
  const dir = workspace({
    'rules.config.json': JSON.stringify({ignore: ['drafts/**']}),
    'news/one.md': bad,
    'news/two.txt': bad,
    'news/story.zh.md': '会议结束了。\n',
    'drafts/three.md': bad,
    'src/app.ts': bad,
    'changed.txt': ['news/one.md', 'news/deleted.md', 'src/app.ts', 'news/story.zh.md', 'drafts/three.md', '', 'news/two.txt\r', 'news'].join('\n')
  })
  const listed = await run(['--format', 'json', '--files-from', 'changed.txt'], dir)
  assert.equal(listed.stderr, '')
  assert.equal(listed.code, 1)
  assert.deepEqual((JSON.parse(listed.stdout) as Array<{path: string}>).map((file) => file.path), ['news/one.md', 'news/two.txt'])
  // From stdin, as in `git diff --name-only … | copydesk --files-from -`.
  const piped = await run(['--format', 'json', '--files-from', '-'], dir, 'news/two.txt\n')
  assert.deepEqual((JSON.parse(piped.stdout) as Array<{path: string}>).map((file) => file.path), ['news/two.txt'])
  // Named paths and the list together, each file once.
  const both = await run(['--format', 'json', '--files-from', 'changed.txt', 'news/one.md'], dir)
  assert.deepEqual((JSON.parse(both.stdout) as Array<{path: string}>).map((file) => file.path), ['news/one.md', 'news/two.txt'])
})

test('cli: --files-from reads the paths git quotes (non-ASCII names, spaces, quotes)', async () => {
  const bad = 'It ended.Then it began.\n'
  const names = ['news/café.md', 'news/新闻 稿.md', 'news/say "hi".md']
  const dir = workspace(Object.fromEntries(names.map((name) => [name, bad])))
  execFileSync('git', ['init', '-q'], {cwd: dir})
  execFileSync('git', ['add', '.'], {cwd: dir})
  // What `git diff --name-only` prints for them, with core.quotePath on (the default).
  const list = execFileSync('git', ['-c', 'core.quotePath=true', 'diff', '--cached', '--name-only'], {cwd: dir, encoding: 'utf8'})
  assert.match(list, /"news\/caf\\303\\251\.md"/)
  const result = await run(['--format', 'json', '--files-from', '-'], dir, list)
  assert.deepEqual((JSON.parse(result.stdout) as Array<{path: string}>).map((file) => file.path).sort(), [...names].sort())
})

test('cli: --files-from with no article in the list is a clean run; a missing list is exit 2', async () => {
  const dir = workspace({'list.txt': 'package.json\nsrc/gone.md\n'})
  assert.deepEqual(await run(['--files-from', 'list.txt'], dir), {code: 0, stdout: '', stderr: ''})
  assert.deepEqual(await run(['--files-from', '-'], dir, ''), {code: 0, stdout: '', stderr: ''})
  const missing = await run(['--files-from', 'nope.txt'], dir)
  assert.equal(missing.code, 2)
  assert.equal(missing.stderr, 'copydesk: nope.txt: cannot read the list of files (no such file or directory)\n')
  assert.equal((await run(['--files-from', '-', '-'], dir, 'x')).code, 2)
})

test('cli: --output-file writes the report atomically instead of printing it', async () => {
  const dir = workspace({'a.md': 'It ended.Then it began.\n', 'out/report.sarif': 'old report'})
  const result = await run(['--format', 'sarif', '--output-file', 'out/report.sarif', 'a.md'], dir)
  assert.deepEqual([result.code, result.stdout, result.stderr], [1, '', ''])
  const log = JSON.parse(readFileSync(join(dir, 'out/report.sarif'), 'utf8')) as {runs: Array<{results: unknown[]}>}
  assert.equal(log.runs[0]!.results.length, 1)
  assert.deepEqual(readdirSync(join(dir, 'out')), ['report.sarif'], 'no temporary file left')
  // Stylish into a file: never colours.
  await run(['--color', '--output-file', 'plain.txt', 'a.md'], dir)
  assert.doesNotMatch(readFileSync(join(dir, 'plain.txt'), 'utf8'), /\u001b\[/)
  // A folder that does not exist: one line, exit 2.
  const failed = await run(['--output-file', 'nowhere/report.txt', 'a.md'], dir)
  assert.equal(failed.code, 2)
  assert.equal(failed.stderr, 'copydesk: nowhere/report.txt: cannot write the report (no such file or directory)\n')
})

test('cli: --output-file writes through a pipe or device and keeps a symbolic link', async () => {
  const dir = workspace({'a.md': 'It ended.Then it began.\n', 'reports/real.txt': ''})
  symlinkSync('reports/real.txt', join(dir, 'link.txt'))
  await run(['--format', 'compact', '--output-file', 'link.txt', 'a.md'], dir)
  assert.ok(lstatSync(join(dir, 'link.txt')).isSymbolicLink())
  assert.match(readFileSync(join(dir, 'reports/real.txt'), 'utf8'), /^a\.md:1:4:1:14: error /)
  // A FIFO (as /dev/null or /dev/stdout would be) is written to, never replaced.
  const fifo = join(dir, 'pipe')
  execFileSync('mkfifo', [fifo])
  const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const result = await run(['--format', 'compact', '--output-file', 'pipe', 'a.md'], dir)
    assert.equal(result.stderr, '')
    assert.ok(lstatSync(fifo).isFIFO())
    const buffer = Buffer.alloc(4096)
    const length = readSync(reader, buffer)
    assert.match(buffer.subarray(0, length).toString('utf8'), /^a\.md:1:4:1:14: error /)
  } finally {
    closeSync(reader)
  }
})

test('cli: a reader that closes the pipe early stops the run at once, quietly, with the exit code of the findings so far', async () => {
  const files: Record<string, string> = {}
  for (let index = 0; index < 2000; index++) files[`news/${index}.md`] = `Article ${index} ended.Then it began.\n`
  const dir = workspace(files)
  const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url))
  // Like `copydesk --cache news | head -0`: the reader is gone before the report is written.
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), cli, '--jobs', '1', '--cache', 'news'], {cwd: dir, stdio: ['ignore', 'pipe', 'pipe']})
  child.stdout.destroy()
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const [code] = (await once(child, 'close')) as [number]
  assert.deepEqual([code, stderr], [1, ''])
  assert.deepEqual(readdirSync(dir).filter((name) => name.endsWith('.tmp')), [])
  // The cache holds what was checked before the run heard the pipe close: a few files, not all 2,000.
  const entries = readFileSync(join(dir, '.copydeskcache'), 'utf8').trim().split('\n').length - 1
  assert.ok(entries > 0 && entries < 1000, `${entries} files checked`)
})

test('cli: Ctrl-C in the middle of a run leaves the old report and no half-written cache or report', async () => {
  const article = 'The mayor opened the plant.Workers cheered as the line started.\n\n'.repeat(20)
  const files: Record<string, string> = {'report.json': 'the old report\n'}
  for (let index = 0; index < 2000; index++) files[`news/${index}.md`] = article
  const dir = workspace(files)
  const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url))
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), cli, '--jobs', '1', '--cache', '--format', 'json', '--output-file', 'report.json', 'news'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const closed = once(child, 'close')
  const temporaries = () => readdirSync(dir).filter((name) => name.endsWith('.tmp'))
  // Interrupted once both the cache and the report are being written: linting, not starting up.
  while (temporaries().length < 2 && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 5))
  child.kill('SIGINT')
  const [code, signal] = (await closed) as [number | null, string | null]
  assert.deepEqual([code, signal, stderr], [null, 'SIGINT', ''])
  assert.deepEqual(temporaries(), [])
  assert.equal(readFileSync(join(dir, 'report.json'), 'utf8'), 'the old report\n')
  assert.deepEqual(readdirSync(dir).sort(), ['news', 'report.json'])
})

test('cli: --format compact is one line per finding', async () => {
  const dir = workspace({'a.md': 'It ended.Then it began.\n\nReprint Statement: all rights reserved.\n'})
  const result = await run(['--format', 'compact', 'a.md'], dir)
  assert.equal(
    result.stdout,
    [
      'a.md:1:4:1:14: error Missing space after `.`, expected `ended. Then` [missing-space]',
      'a.md:3:1:3:40: warning Scraped site text `Reprint Statement:`, remove the line before publishing [boilerplate]',
      ''
    ].join('\n')
  )
})
