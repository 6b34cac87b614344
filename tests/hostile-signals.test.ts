// Hostile signals: Ctrl-C (SIGINT) or SIGTERM while a long article is linted
// with --output-file or --fix ends the run there: nothing more is written
// (no fix, no report, no cache), the process dies of the signal (exit
// 130/143 in a shell), and no temporary file is left. Slow: each spawns
// copydesk on an article of megabytes, or on 2,000 files.
import assert from 'node:assert/strict'
import {spawn} from 'node:child_process'
import {once} from 'node:events'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'
import {fileURLToPath} from 'node:url'
import {workspace} from './cli-run.js'
import {slow} from './slow.js'

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url))
// About 1.6 MB: seconds of linting, on a worker or not.
const long = 'The mayor opened the plant.Workers cheered as the line started.\n\n'.repeat(25000)

/** Run the CLI in `dir`, send `signal` once `ready` holds, and wait for it to end. */
async function interrupt(dir: string, argv: string[], signal: NodeJS.Signals, ready: () => boolean) {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), cli, ...argv], {cwd: dir, stdio: ['ignore', 'ignore', 'pipe']})
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const closed = once(child, 'close')
  while (!ready() && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 5))
  child.kill(signal)
  const [code, killedBy] = (await closed) as [number | null, string | null]
  return {code, signal: killedBy, stderr}
}

const temporaries = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'))

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  test(`hostile signals: ${signal} while a long article is linted with --output-file ends the run there; the old report stays`, slow, async () => {
    const dir = workspace({'long.md': long, 'report.json': 'the old report\n'})
    const ended = await interrupt(dir, ['--cache', '--format', 'json', '--output-file', 'report.json', 'long.md'], signal, () => temporaries(dir).length > 0)
    assert.deepEqual(ended, {code: null, signal, stderr: ''})
    assert.equal(readFileSync(join(dir, 'report.json'), 'utf8'), 'the old report\n')
    assert.deepEqual(readdirSync(dir).sort(), ['long.md', 'report.json'])
  })

  test(`hostile signals: ${signal} while a long article is linted with --fix leaves it unfixed, and no report, cache or temporary file`, slow, async () => {
    const dir = workspace({'long.md': long, 'report.json': 'the old report\n'})
    const ended = await interrupt(dir, ['--fix', '--cache', '--output-file', 'report.json', 'long.md'], signal, () => temporaries(dir).length > 0)
    assert.deepEqual(ended, {code: null, signal, stderr: ''})
    assert.equal(readFileSync(join(dir, 'long.md'), 'utf8'), long)
    assert.equal(readFileSync(join(dir, 'report.json'), 'utf8'), 'the old report\n')
    assert.deepEqual(readdirSync(dir).sort(), ['long.md', 'report.json'])
  })
}

test('hostile signals: SIGTERM across 2,000 files with --fix, the cache and a report leaves the old report and no temporary file', slow, async () => {
  const files: Record<string, string> = {'report.json': 'the old report\n'}
  for (let index = 0; index < 2000; index++) files[`news/${index}.md`] = 'The mayor opened the plant.Workers cheered as the line started.\n\n'.repeat(20)
  const dir = workspace(files)
  // Once a fix has been saved and the cache and report are being written.
  const started = () => temporaries(dir).length >= 1 && readFileSync(join(dir, 'news/0.md'), 'utf8').includes('plant. Workers')
  const ended = await interrupt(dir, ['--fix', '--jobs', '1', '--cache', '--output-file', 'report.json', 'news'], 'SIGTERM', started)
  assert.deepEqual(ended, {code: null, signal: 'SIGTERM', stderr: ''})
  assert.deepEqual(temporaries(dir), [])
  assert.deepEqual(temporaries(join(dir, 'news')), [])
  assert.equal(readFileSync(join(dir, 'report.json'), 'utf8'), 'the old report\n')
  // Every article is either as it was or wholly fixed; the last ones were never reached.
  const texts = readdirSync(join(dir, 'news')).map((name) => readFileSync(join(dir, 'news', name), 'utf8'))
  const fixed = 'The mayor opened the plant. Workers cheered as the line started.\n\n'.repeat(20)
  assert.deepEqual(
    texts.filter((text) => text !== fixed && text !== files['news/0.md']),
    []
  )
  assert.ok(texts.some((text) => text !== fixed))
})
