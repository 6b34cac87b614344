// --cache: unchanged files are answered from the cache, with their findings;
// any change to the file, its source, the configuration or the version
// checks it again; a bad cache is ignored and rewritten, never fatal.
import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, unlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'
import {ResultCache} from '../src/cli/cache.js'
import {sha1} from '../src/cli/result.js'
import type {Message} from '../src/message.js'
import {run, workspace} from './cli-run.js'

const bad = 'The meeting ended.The heads left.\n'
const clean = 'The mayor visited the plant on Monday.\n'

/**
 * Rewrite every cached finding's reason: a report showing the new reason
 * was read from the cache, one showing the real reason was linted afresh.
 */
function markCache(path: string): void {
  const lines = readFileSync(path, 'utf8').split('\n')
  writeFileSync(path, lines.map((line, index) => (index === 0 ? line : line.replaceAll('"reason":"Missing space', '"reason":"CACHED Missing space'))).join('\n'))
}

test('cache: a warm run reports the cached findings of unchanged files, files with findings included', async () => {
  const dir = workspace({'a.md': bad, 'b.md': clean, 'c.md': bad})
  const cold = await run(['--cache', '--format', 'json', '.'], dir)
  assert.equal(cold.code, 1)
  assert.ok(existsSync(join(dir, '.copydeskcache')))
  const warm = await run(['--cache', '--format', 'json', '.'], dir)
  assert.deepEqual(warm, cold)

  markCache(join(dir, '.copydeskcache'))
  writeFileSync(join(dir, 'c.md'), bad.replace('meeting', 'session'))
  const marked = await run(['--cache', '--format', 'compact', '.'], dir)
  assert.equal(marked.code, 1)
  assert.match(marked.stdout, /^a\.md:1:13:1:22: error CACHED Missing space/m)
  // c.md changed: linted again.
  assert.match(marked.stdout, /^c\.md:1:13:1:22: error Missing space/m)
})

test('cache: an entry longer than the buffer the index is read in, between two short ones, is read back whole', async () => {
  // 12,000 findings: a cache line of over 2 MB, twice the read buffer and more.
  const dir = workspace({'a.md': bad, 'b.md': 'It ended.Then.\n'.repeat(12000), 'c.md': bad})
  // Past the default --max-findings: all of them.
  const cold = await run(['--cache', '--max-findings', '0', '--format', 'json', '.'], dir)
  assert.ok(statSync(join(dir, '.copydeskcache')).size > 2 << 20)
  markCache(join(dir, '.copydeskcache'))
  const warm = await run(['--cache', '--max-findings', '0', '--format', 'json', '.'], dir)
  const counts = (stdout: string) => (JSON.parse(stdout) as Array<{messages: Array<{reason: string}>}>).map((file) => file.messages.filter((message) => message.reason.startsWith('CACHED')).length)
  assert.deepEqual(counts(cold.stdout), [0, 0, 0])
  assert.deepEqual(counts(warm.stdout), [1, 12000, 1])
})

test('cache: every kind of message comes back from an entry as it went in', () => {
  const dir = workspace({'a.md': bad})
  const path = join(dir, 'a.md')
  const bytes = readFileSync(path)
  const place = {start: {line: 1, column: 13, offset: 12}, end: {line: 1, column: 22, offset: 21}}
  const url = 'https://github.com/copydesk/copydesk/blob/main/docs/rules/missing-space.md'
  const messages: Message[] = [
    // A rule's finding, with every field.
    {ruleId: 'missing-space', severity: 'error', reason: 'Missing space', place, url, actual: 'ended.The', expected: ['ended. The'], fix: {range: [18, 18], text: ' '}},
    // An internal error names a rule but has no url; others have another url, or no place.
    {ruleId: 'missing-space', severity: 'error', reason: 'Internal error in rule `missing-space`', place},
    {ruleId: 'missing-space', severity: 'info', reason: 'Elsewhere', url: 'https://example.com/rule'},
    {ruleId: 'front-matter', severity: 'warning', reason: 'No rule', note: 'A note'},
    // A place that is one point, and one without offsets.
    {ruleId: 'parse-error', severity: 'info', reason: 'A point', place: {line: 1, column: 1}},
    {ruleId: 'source', severity: 'warning', reason: 'No offsets', place: {start: {line: 1, column: 1}, end: {line: 1, column: 4}}}
  ]
  const location = join(dir, 'cache')
  const writing = new ResultCache(location, '1.0.0', 'config')
  writing.set(path, sha1(bytes), undefined, messages)
  assert.equal(writing.save(), undefined)
  const read = new ResultCache(location, '1.0.0', 'config').get(path, bytes, false)
  assert.deepEqual(read, {messages})
})

test('cache: a new configuration, a different --rule or a new source beside the article checks files again', async () => {
  const dir = workspace({'story.md': bad})
  await run(['--cache', 'story.md'], dir)
  markCache(join(dir, '.copydeskcache'))
  assert.match((await run(['--cache', '--format', 'compact', 'story.md'], dir)).stdout, /CACHED/)

  writeFileSync(join(dir, 'story.zh.md'), '会议结束了。\n')
  assert.doesNotMatch((await run(['--cache', '--format', 'compact', 'story.md'], dir)).stdout, /CACHED/)
  markCache(join(dir, '.copydeskcache'))
  assert.match((await run(['--cache', '--format', 'compact', 'story.md'], dir)).stdout, /CACHED/)
  writeFileSync(join(dir, 'story.zh.md'), '会议结束了，领导离开了。\n')
  assert.doesNotMatch((await run(['--cache', '--format', 'compact', 'story.md'], dir)).stdout, /CACHED/)

  markCache(join(dir, '.copydeskcache'))
  const only = await run(['--cache', '--format', 'compact', '--rule', 'missing-space', 'story.md'], dir)
  assert.doesNotMatch(only.stdout, /CACHED/)
  writeFileSync(join(dir, 'rules.config.json'), '{"rules": {"missing-space": "warn"}}')
  markCache(join(dir, '.copydeskcache'))
  const reconfigured = await run(['--cache', '--format', 'compact', 'story.md'], dir)
  assert.match(reconfigured.stdout, /^story\.md:1:13:1:22: warning Missing space/m)
  assert.equal(reconfigured.code, 0)
})

test('cache: a corrupt or foreign cache file is ignored and rewritten; one that is not a cache is said so once', async () => {
  const notice = 'copydesk: warning: CACHE is not a copydesk cache (or is damaged beyond use); every file was checked and it is replaced by a new cache\n'
  const cases: Array<[string, string]> = [
    ['not json at all\n\u0000\u0001', notice],
    ['{"some":"other tool"}\n', notice],
    // A megabyte and more without a line break (a copy of /dev/zero): not read to its end.
    ['\u0000'.repeat(3 << 20), notice],
    // An older copydesk's cache, and an empty file: nothing to say.
    ['{"copydesk":"cache","format":1,"version":"0.0.0","config":"x"}\n["a.md"]\n', ''],
    ['', '']
  ]
  for (const [junk, stderr] of cases) {
    const dir = workspace({'a.md': bad, '.copydeskcache': junk})
    const result = await run(['--cache', '--format', 'compact', 'a.md'], dir)
    assert.equal(result.code, 1)
    assert.equal(result.stderr, stderr.replace('CACHE', join(dir, '.copydeskcache')))
    assert.match(result.stdout, /^a\.md:1:13:1:22: error Missing space/)
    const header = JSON.parse(readFileSync(join(dir, '.copydeskcache'), 'utf8').split('\n')[0]!) as Record<string, unknown>
    assert.equal(header['copydesk'], 'cache')
  }
  // Truncated in the middle of an entry: that entry is gone, the others hold.
  const dir = workspace({'a.md': bad, 'b.md': bad})
  await run(['--cache', '.'], dir)
  const text = readFileSync(join(dir, '.copydeskcache'), 'utf8')
  writeFileSync(join(dir, '.copydeskcache'), text.slice(0, text.length - 40))
  const result = await run(['--cache', '--format', 'compact', '.'], dir)
  assert.equal(result.stdout.match(/error Missing space/g)?.length, 2)
})

/** A cache of one run over `files`, its entry of `name` edited by `edit`; then a run with it. */
async function withEntry(files: Record<string, string>, name: string, edit: (messages: unknown[]) => unknown) {
  const dir = workspace(files)
  await run(['--cache', '.'], dir)
  const path = join(dir, '.copydeskcache')
  const lines = readFileSync(path, 'utf8').split('\n')
  writeFileSync(
    path,
    lines
      .map((line) => {
        const tab = line.indexOf('\t')
        if (tab === -1 || !line.startsWith(JSON.stringify([join(dir, name)]).slice(0, -1))) return line
        return `${line.slice(0, tab)}\t${JSON.stringify(edit(JSON.parse(line.slice(tab + 1)) as unknown[]))}`
      })
      .join('\n')
  )
  return {dir, result: await run(['--cache', '--format', 'compact', '.'], dir)}
}

test('cache: an entry that is not well formed is dropped, its file checked again, and said so once; the next run trusts the cache again', async () => {
  const files = {'a.md': bad, 'b.md': bad}
  const edits: Array<(messages: unknown[]) => unknown> = [
    () => [{}],
    (messages) => messages.map((message) => ({...(message as object), place: 'garbage'})),
    (messages) => messages.map((message) => ({...(message as object), severity: 'yes'})),
    (messages) => messages.map((message) => ({...(message as object), fix: {range: [1], text: 2}})),
    (messages) => messages.map((message) => ({...(message as object), expected: [1]})),
    () => ({reason: 'not a list'})
  ]
  for (const edit of edits) {
    const {dir, result} = await withEntry(files, 'a.md', edit)
    assert.equal(result.code, 1)
    assert.equal(result.stderr, 'copydesk: warning: 1 entry of the cache .copydeskcache could not be read back; their files were checked again\n'.replace('.copydeskcache', join(dir, '.copydeskcache')))
    assert.deepEqual(
      result.stdout.split('\n').filter(Boolean),
      ['a.md:1:13:1:22: error Missing space after `.`, expected `ended. The` [missing-space]', 'b.md:1:13:1:22: error Missing space after `.`, expected `ended. The` [missing-space]']
    )
    const again = await run(['--cache', '--format', 'compact', '.'], dir)
    assert.deepEqual([again.code, again.stderr, again.stdout], [1, '', result.stdout])
  }
  // A head that is not JSON: that entry is dropped, the others still answer.
  const dir = workspace(files)
  await run(['--cache', '.'], dir)
  const path = join(dir, '.copydeskcache')
  const lines = readFileSync(path, 'utf8').split('\n')
  lines[1] = '{broken\t[]'
  writeFileSync(path, lines.join('\n'))
  markCache(path)
  const result = await run(['--cache', '--format', 'compact', '.'], dir)
  assert.match(result.stderr, /^copydesk: warning: 1 entry of the cache .* could not be read back; their files were checked again\n$/)
  assert.equal(result.stdout.match(/CACHED/g)?.length, 1)
  assert.equal(result.stdout.match(/error Missing space/g)?.length, 1)
})

test('cache: only a regular file or a missing path is a cache; a device, FIFO or folder is never read or replaced, and the run goes on', async () => {
  const dir = workspace({'a.md': bad})
  mkdirSync(join(dir, 'folder'))
  execFileSync('mkfifo', [join(dir, 'fifo')])
  for (const [location, kind] of [
    ['/dev/null', 'a device'],
    ['fifo', 'a FIFO']
  ] as const) {
    const result = await run(['--cache', '--cache-location', location, '--format', 'compact', 'a.md'], dir)
    assert.equal(result.code, 1)
    assert.equal(result.stderr, `copydesk: warning: ${location.startsWith('/') ? location : join(dir, location)} is not a regular file (it is ${kind}); running without the cache\n`)
    assert.match(result.stdout, /^a\.md:1:13:1:22: error Missing space/)
  }
  assert.ok(statSync('/dev/null').isCharacterDevice())
  assert.ok(statSync(join(dir, 'fifo')).isFIFO())
  // A folder is where the cache goes (--cache-location dir/), as before.
  await run(['--cache', '--cache-location', 'folder', 'a.md'], dir)
  assert.ok(statSync(join(dir, 'folder', '.copydeskcache')).isFile())
})

test('cache: a symbolic link is followed and kept, to a cache written before or not yet', async () => {
  const dir = workspace({'a.md': bad})
  mkdirSync(join(dir, 'store'))
  symlinkSync(join(dir, 'store', 'cache'), join(dir, 'link'))
  await run(['--cache', '--cache-location', 'link', 'a.md'], dir)
  assert.ok(lstatSync(join(dir, 'link')).isSymbolicLink())
  assert.match(readFileSync(join(dir, 'store', 'cache'), 'utf8'), /^\{"copydesk":"cache"/)
  markCache(join(dir, 'store', 'cache'))
  const warm = await run(['--cache', '--cache-location', 'link', '--format', 'compact', 'a.md'], dir)
  assert.match(warm.stdout, /CACHED/)
  assert.ok(lstatSync(join(dir, 'link')).isSymbolicLink())
})

test('cache: --cache-location names the file, or a folder for it; a cache that cannot be written is a warning', async () => {
  const dir = workspace({'a.md': bad})
  mkdirSync(join(dir, 'tmp'))
  await run(['--cache-location', 'tmp/', 'a.md'], dir)
  assert.ok(existsSync(join(dir, 'tmp', '.copydeskcache')))
  await run(['--cache', '--cache-location', 'tmp/lint-cache', 'a.md'], dir)
  assert.ok(existsSync(join(dir, 'tmp', 'lint-cache')))

  const result = await run(['--cache', '--cache-location', 'missing/folder/cache', '--format', 'compact', 'a.md'], dir)
  assert.equal(result.code, 1)
  assert.match(result.stdout, /error Missing space/)
  assert.match(result.stderr, /^copydesk: warning: cannot write the cache .*missing\/folder\/cache \(no such file or directory\)/)

  if (process.getuid?.() !== 0) {
    const locked = join(dir, 'locked')
    mkdirSync(locked)
    chmodSync(locked, 0o500)
    const denied = await run(['--cache', '--cache-location', 'locked/', 'a.md'], dir)
    assert.equal(denied.code, 1)
    assert.match(denied.stderr, /permission denied/)
  }
})

test('cache: --fix re-checks a cached file that has fixable findings, then caches the fixed file', async () => {
  const dir = workspace({'a.md': bad})
  await run(['--cache', 'a.md'], dir)
  markCache(join(dir, '.copydeskcache'))
  const fixed = await run(['--cache', '--fix', '--format', 'compact', 'a.md'], dir)
  assert.equal(fixed.code, 0)
  assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), 'The meeting ended. The heads left.\n')
  const again = await run(['--cache', '--format', 'compact', 'a.md'], dir)
  assert.deepEqual(again, {code: 0, stdout: '', stderr: ''})
})

test('cache: entries of files not checked in this run are kept; entries of deleted files are dropped', async () => {
  const dir = workspace({'a.md': bad, 'b.md': bad})
  await run(['--cache', '.'], dir)
  await run(['--cache', 'a.md'], dir)
  const paths = () => readFileSync(join(dir, '.copydeskcache'), 'utf8').split('\n').slice(1).filter(Boolean).map((line) => (JSON.parse(line.split('\t')[0]!) as string[])[0]!)
  assert.deepEqual(paths().sort(), [join(dir, 'a.md'), join(dir, 'b.md')])
  writeFileSync(join(dir, 'c.md'), clean)
  unlinkSync(join(dir, 'b.md'))
  await run(['--cache', 'c.md'], dir)
  assert.deepEqual(paths().sort(), [join(dir, 'a.md'), join(dir, 'c.md')])
})

test('cache: a run that changed nothing leaves the cache file as it is; one changed file writes it anew, hits included', async () => {
  const dir = workspace({'a.md': bad, 'b.md': clean, 'c.md': bad})
  const cache = join(dir, '.copydeskcache')
  await run(['--cache', '.'], dir)
  const before = statSync(cache)
  const text = readFileSync(cache, 'utf8')
  await run(['--cache', '.'], dir)
  assert.equal(statSync(cache).ino, before.ino)
  assert.equal(readFileSync(cache, 'utf8'), text)

  writeFileSync(join(dir, 'b.md'), clean.replace('Monday', 'Tuesday'))
  await run(['--cache', '.'], dir)
  assert.notEqual(statSync(cache).ino, before.ino)
  const lines = readFileSync(cache, 'utf8').split('\n').filter(Boolean)
  assert.equal(lines[0], text.split('\n')[0])
  assert.deepEqual(lines.slice(1).map((line) => (JSON.parse(line.split('\t')[0]!) as string[])[0]!).sort(), ['a.md', 'b.md', 'c.md'].map((name) => join(dir, name)))
  assert.equal(readdirSync(dir).filter((name) => name.includes('copydeskcache')).length, 1)
})
