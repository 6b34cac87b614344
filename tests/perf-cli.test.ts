// The run-level features of big runs: the progress bar (only for a person at
// a terminal), --timing, and the report streamed file by file, which must
// read as the report of all files at once.
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'
import {VFile} from 'vfile'
import {main, version} from '../src/cli.js'
import type {CliIo} from '../src/cli/io.js'
import {wantsProgress} from '../src/cli/progress.js'
import {lint, loadConfig} from '../src/index.js'
import {formatReport, formatNames} from '../src/report/index.js'
import {reportFile} from './report-file.js'
import {run, workspace} from './cli-run.js'

const tty = {write: () => true, isTTY: true}

test('progress: only for runs over 50 files, on a terminal, outside CI', () => {
  assert.equal(wantsProgress(51, tty, {}), true)
  assert.equal(wantsProgress(50, tty, {}), false)
  assert.equal(wantsProgress(500, {write: () => true}, {}), false)
  assert.equal(wantsProgress(500, {write: () => true, isTTY: false}, {}), false)
  assert.equal(wantsProgress(500, tty, {CI: 'true'}), false)
  assert.equal(wantsProgress(500, tty, {CI: '1'}), false)
  assert.equal(wantsProgress(500, tty, {CI: 'false'}), true)
})

/** Run the CLI with a terminal (or not) on stderr and stdout. */
async function runOn(argv: string[], cwd: string, stderrIsTTY: boolean, env: NodeJS.ProcessEnv, stdoutIsTTY = false) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    cwd,
    env,
    stdout: {write: (text: string) => (stdout += text), isTTY: stdoutIsTTY},
    stderr: {write: (text: string) => (stderr += text), isTTY: stderrIsTTY},
    readStdin: () => undefined
  }
  const code = await main(argv, io)
  return {code, stdout, stderr}
}

const manyFiles = () => {
  const files: Record<string, string> = {}
  for (let index = 0; index < 60; index++) files[`news/${String(index).padStart(2, '0')}.md`] = index % 3 ? 'Fine.\n' : 'It ended.Then it began.\n'
  return workspace(files)
}

test('progress: a bar on a terminal, on stderr only; none in CI or when stderr is not a terminal', async () => {
  const dir = manyFiles()
  const shown = await runOn(['--format', 'json', 'news'], dir, true, {})
  assert.match(shown.stderr, /60\/60 files \| 20 findings \| \d+ files\/s/)
  assert.equal((JSON.parse(shown.stdout) as unknown[]).length, 60)
  assert.doesNotMatch(shown.stdout, /files\/s/)
  for (const [isTTY, env] of [[true, {CI: 'true'}], [false, {}]] as const) {
    const quiet = await runOn(['--format', 'json', 'news'], dir, isTTY, env)
    assert.equal(quiet.stderr, '')
    assert.equal(quiet.stdout, shown.stdout)
  }
  // Stylish on the same terminal as the bar: printed after it, in one piece.
  const stylish = await runOn(['--no-color', 'news'], dir, true, {}, true)
  assert.match(stylish.stdout, /^news\/00\.md\n/)
  // The riskiest five of the 20 articles with a finding, ranked by score then path.
  assert.match(stylish.stdout, /\n✖ 20 errors\nRisk, highest first: 1\.0 news\/00\.md, 1\.0 news\/03\.md, 1\.0 news\/06\.md, 1\.0 news\/09\.md, 1\.0 news\/12\.md, and 15 more\n$/)
})

test('timing: a table of rules on stderr, stdout untouched', async () => {
  const dir = workspace({'a.md': 'The meeting ended.The heads left.\n', 'b.md': 'Fine.\n'})
  const plain = await run(['--format', 'json', '.'], dir)
  const timed = await run(['--format', 'json', '--timing', '.'], dir)
  assert.equal(timed.stdout, plain.stdout)
  const lines = timed.stderr.trimEnd().split('\n')
  assert.match(lines[0]!, /^Rule +\| Time \(ms\) \| Relative$/)
  assert.match(lines[1]!, /^:-+\|-+:\|-+:$/)
  const ids = lines.slice(2).map((line) => line.split('|')[0]!.trim())
  for (const id of ['missing-space', 'boilerplate', '(markdown parse)', '(prose tree)']) assert.ok(ids.includes(id), id)
  for (const line of lines.slice(2)) assert.match(line, /^[(\w][\w -]*\)? +\| +\d+\.\d{3} \| +\d+\.\d%$/)
  const threads = await run(['--format', 'json', '--timing', '--jobs', '2', '.'], dir)
  assert.equal(threads.stdout, plain.stdout)
  assert.match(threads.stderr, /missing-space/)
})

test('streaming: each format reads as the report of all files formatted at once', async () => {
  const files = {
    'b.md': 'The meeting ended.The heads left.\n\nHope to cooperate with the plant.\n',
    'a.md': 'Fine.\n',
    'c.md': '---\ntitle: x\n---\n\nLink to this article: plant visit\n\nThe  mayor left .\n',
    'd.md': 'Prices were stable.\n'
  }
  const dir = workspace(files)
  const config = loadConfig(undefined, dir)
  const vfiles = ['b.md', 'a.md', 'c.md', 'd.md'].map((name) =>
    lint(new VFile({path: name, cwd: dir, value: readFileSync(join(dir, name), 'utf8')}), {config, cwd: dir, source: false})
  )
  for (const format of formatNames) {
    const result = await run(['--no-color', '--format', format, 'b.md', 'a.md', 'c.md', 'd.md'], dir)
    const expected = formatReport(vfiles.map(reportFile), format, {color: false, cwd: dir, toolVersion: version()})
    if (format === 'stylish') {
      // Columns are aligned per file; the words are the same.
      assert.equal(result.stdout.replace(/ +/g, ' '), expected.replace(/ +/g, ' '))
    } else {
      assert.equal(result.stdout, expected, format)
    }
  }
})

test('streaming: --output-file gets the whole report at once, stdout nothing', async () => {
  const dir = workspace({'a.md': 'It ended.Then it began.\n', 'b.md': 'It ended.Then it began.\n'})
  const result = await run(['--format', 'sarif', '--output-file', 'out.sarif', '.'], dir)
  assert.equal(result.stdout, '')
  const log = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as {runs: Array<{results: Array<{ruleIndex: number}>; tool: {driver: {rules: unknown[]}}}>}
  assert.equal(log.runs[0]!.results.length, 2)
  assert.deepEqual(log.runs[0]!.results.map((result) => result.ruleIndex), [0, 0])
  assert.equal(log.runs[0]!.tool.driver.rules.length, 1)
})
