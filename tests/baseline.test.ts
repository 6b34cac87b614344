// --baseline and --update-baseline: accepted findings hidden, surviving edits elsewhere, stale ones named.
import assert from 'node:assert/strict'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'
import {run, workspace} from './cli-run.js'

const article = ['# Harbour report', '', 'The crane arrived.Work began at once.', '', 'The the port reopened in May.', ''].join('\n')

test('baseline: record, edit elsewhere, only new findings show, a fixed one is stale, reasons survive an update', async () => {
  const dir = workspace({'news/port.md': article})
  const recorded = await run(['--format', 'compact', '--update-baseline', 'news'], dir)
  assert.deepEqual(recorded, {code: 0, stdout: '', stderr: 'copydesk: wrote the baseline copydesk-baseline.json: 2 accepted findings\n'})
  const file = join(dir, 'copydesk-baseline.json')
  const baseline = JSON.parse(readFileSync(file, 'utf8')) as {version: number; findings: Array<Record<string, string>>}
  assert.equal(baseline.version, 1)
  assert.deepEqual(baseline.findings, [
    {file: 'news/port.md', rule: 'missing-space', text: 'arrived.Work', context: 'The crane arrived.Work began at once.'},
    {file: 'news/port.md', rule: 'repeated-words', text: 'The the', context: 'The the port reopened in May.'}
  ])
  const withReason = baseline.findings.map((entry, index) => (index === 1 ? {...entry, reason: 'quoted as the port authority wrote it'} : entry))
  writeFileSync(file, JSON.stringify({...baseline, findings: withReason}))

  // Unchanged: nothing to report.
  assert.deepEqual(await run(['--format', 'compact', '--baseline', 'copydesk-baseline.json', 'news'], dir), {code: 0, stdout: '', stderr: ''})

  // A paragraph added above moves every line; the missing space is fixed; a new finding appears.
  const edited = ['# Harbour report', '', 'Ships waited.Trucks queued.', '', 'The crane arrived. Work began at once.', '', 'The the port reopened in May.', ''].join('\n')
  writeFileSync(join(dir, 'news/port.md'), edited)
  const after = await run(['--format', 'compact', '--baseline', 'copydesk-baseline.json', 'news'], dir)
  assert.deepEqual(after, {
    code: 1,
    stdout: 'news/port.md:3:7:3:20: error Missing space after `.`, expected `waited. Trucks` [missing-space]\n',
    stderr: 'copydesk: warning: copydesk-baseline.json: stale entry, no `missing-space` finding `arrived.Work` in news/port.md any more; --update-baseline drops it\n'
  })

  await run(['--update-baseline', 'news'], dir)
  assert.deepEqual((JSON.parse(readFileSync(file, 'utf8')) as typeof baseline).findings, [
    {file: 'news/port.md', rule: 'missing-space', text: 'waited.Trucks', context: 'Ships waited.Trucks queued.'},
    {file: 'news/port.md', rule: 'repeated-words', text: 'The the', context: 'The the port reopened in May.', reason: 'quoted as the port authority wrote it'}
  ])
})

test('baseline: an edit next to a recorded finding makes it new again; entries of files not checked are kept', async () => {
  const dir = workspace({'a.md': 'The crane arrived.Work began.\n', 'b.md': 'The the port reopened.\n'})
  await run(['--update-baseline', '--baseline', 'base.json', 'a.md', 'b.md'], dir)
  writeFileSync(join(dir, 'a.md'), 'The big crane arrived.Work began.\n')
  const result = await run(['--format', 'compact', '--baseline', 'base.json', 'a.md'], dir)
  assert.equal(result.stdout, 'a.md:1:15:1:27: error Missing space after `.`, expected `arrived. Work` [missing-space]\n')
  assert.match(result.stderr, /stale entry, no `missing-space` finding `arrived\.Work` in a\.md/)
  await run(['--update-baseline', '--baseline', 'base.json', 'a.md'], dir)
  const files = (JSON.parse(readFileSync(join(dir, 'base.json'), 'utf8')) as {findings: Array<{file: string}>}).findings.map((entry) => entry.file)
  assert.deepEqual(files, ['a.md', 'b.md'])
})

test('baseline: a missing or malformed baseline is one line, exit 2', async () => {
  const dir = workspace({'a.md': 'Fine.\n', 'bad.json': '{"findings": [{"file": "a.md"}]}'})
  assert.deepEqual(await run(['--baseline', 'none.json', 'a.md'], dir), {
    code: 2,
    stdout: '',
    stderr: `copydesk: ${join(dir, 'none.json')}: cannot read the baseline (no such file; create it with --update-baseline)\n`
  })
  assert.equal((await run(['--baseline', 'bad.json', 'a.md'], dir)).stderr, `copydesk: ${join(dir, 'bad.json')}: /findings/0: an entry needs \`file\`, \`rule\`, \`text\` and \`context\` as text\n`)
})
