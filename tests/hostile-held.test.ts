// Cases a hostile probe found already held, kept so: configuration keys
// named after Object's prototype, a full disk under --output-file, two runs
// sharing one cache, 20,000 files in one run, and --fix killed with SIGKILL
// (scripts/sigkill.ts; slow, as is the run over 20,000 files).
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'
import {fileURLToPath} from 'node:url'
import {run, workspace} from './cli-run.js'
import {slow} from './slow.js'

const bad = 'It ended.Then it began.\n'

test('hostile held: configuration keys named after the prototype (__proto__, constructor) are one line each, exit 2, never merged', async () => {
  const cases: Array<[string, RegExp]> = [
    ['{"rules": {"__proto__": "off"}}', /: \/rules(?: \(line \d+, column \d+\))?: unknown rule `__proto__`/],
    ['{"rules": {"constructor": "warn"}}', /: \/rules(?: \(line \d+, column \d+\))?: unknown rule `constructor`/],
    ['{"__proto__": {"rules": {}}}', /: \(top level\)(?: \(line \d+, column \d+\))?: unknown key `__proto__`/],
    ['{"rules": {"missing-space": ["error", {"__proto__": {"polluted": true}}]}}', /: \/rules\/missing-space\/1(?: \(line \d+, column \d+\))?: unknown option `__proto__`/],
    ['{"glossary": [{"__proto__": "x"}]}', /: \/glossary\/0(?: \(line \d+, column \d+\))?: unknown key `__proto__`/]
  ]
  for (const [config, line] of cases) {
    const dir = workspace({'a.md': bad, 'rules.config.json': config})
    const result = await run(['a.md'], dir)
    assert.equal(result.code, 2, config)
    assert.equal(result.stderr.trimEnd().split('\n').length, 1, config)
    assert.match(result.stderr, line, config)
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined)
  }
})

test('hostile held: a full disk under --output-file is one line and exit 2', {skip: !existsSync('/dev/full') && 'no /dev/full'}, async () => {
  const dir = workspace({'a.md': bad})
  const result = await run(['--output-file', '/dev/full', 'a.md'], dir)
  assert.deepEqual([result.code, result.stderr], [2, 'copydesk: /dev/full: cannot write the report (no space left on the device)\n'])
})

test('hostile held: two runs sharing one cache at once both report every finding, and so does the run after', async () => {
  const files: Record<string, string> = {}
  for (let index = 0; index < 30; index++) files[`news/${index}.md`] = index % 2 === 0 ? bad : 'The mayor visited the plant on Monday.\n'
  const dir = workspace(files)
  const argv = ['--cache', '--format', 'compact', 'news']
  const [one, two] = await Promise.all([run(argv, dir), run(argv, dir)])
  const after = await run(argv, dir)
  for (const result of [one, two, after]) {
    assert.equal(result.code, 1)
    assert.equal(result.stderr, '')
    assert.equal(result.stdout.match(/error Missing space/g)?.length, 15)
  }
})

test('hostile held: 20,000 files in one run are all checked, in order', slow, async () => {
  const dir = workspace({})
  const names = Array.from({length: 20000}, (_, index) => `news/${String(index).padStart(5, '0')}.md`)
  mkdirSync(join(dir, 'news'))
  for (const [index, name] of names.entries()) writeFileSync(join(dir, name), index % 1000 === 0 ? bad : 'The plant opened on Monday.\n')
  const result = await run(['--format', 'compact', 'news'], dir)
  assert.equal(result.code, 1)
  assert.deepEqual(
    result.stdout.split('\n').filter(Boolean).map((line) => line.split(':')[0]),
    names.filter((_, index) => index % 1000 === 0)
  )
})

test('hostile held: --fix killed with SIGKILL at random moments and inside the write window never leaves a torn or a temporary file', slow, () => {
  const script = fileURLToPath(new URL('../scripts/sigkill.ts', import.meta.url))
  const result = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), script, '--kills', '4', '--window', '3'], {encoding: 'utf8'})
  assert.equal(result.status, 0, result.stdout + result.stderr)
  assert.match(result.stdout, /^kills tried: 7 /m)
  assert.match(result.stdout, /^files neither original nor fixed: 0$/m)
  assert.match(result.stdout, /^temporary files left after the next run: 0$/m)
})
