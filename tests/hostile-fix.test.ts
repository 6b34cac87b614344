// Hostile conditions for --fix: an edit that lands in the last moment
// before the rename, hard links, another user's file, temporary files left
// by a killed run, two runs fixing one file at once.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {appendFileSync, chownSync, linkSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'
import {nodeFs, type AtomicFs} from '../src/io/atomic.js'
import {writeFixedArticle} from '../src/fix/write.js'
import {run, workspace} from './cli-run.js'

const original = 'First.Second stays as it was.\n'
const fixed = 'First. Second stays as it was.\n'
const isRoot = process.getuid?.() === 0

/** An atomic write whose `step` first runs `edit`: the editor saving at that very moment. */
const editingAt = (step: 'sync' | 'rename', edit: () => void): AtomicFs => ({
  ...nodeFs,
  [step]: (...args: [never, never]) => {
    edit()
    return (nodeFs[step] as (...args: [never, never]) => void)(...args)
  }
})

test('hostile fix: text appended between the last comparison and the rename is put back, and the file is not fixed', () => {
  const dir = workspace({'a.md': original})
  const path = join(dir, 'a.md')
  const late = 'A paragraph the editor added.\n'
  // The edit goes to the file as it was, the instant before it is replaced.
  const problem = writeFixedArticle({path, original, fixed, bom: false}, {fs: editingAt('rename', () => appendFileSync(path, late))})
  assert.equal(problem, 'not fixed: the file changed on disk while it was being fixed; its newer text was put back')
  assert.equal(readFileSync(path, 'utf8'), original + late)
  assert.deepEqual(readdirSync(dir), ['a.md'])
})

test('hostile fix: text appended while the fixed file is written is seen by the comparison, read to the end', () => {
  const dir = workspace({'a.md': original})
  const path = join(dir, 'a.md')
  const problem = writeFixedArticle({path, original, fixed, bom: false}, {fs: editingAt('sync', () => appendFileSync(path, 'More.\n'))})
  assert.equal(problem, 'not fixed: the file changed on disk while it was being fixed; left as it is now')
  assert.equal(readFileSync(path, 'utf8'), original + 'More.\n')
  assert.deepEqual(readdirSync(dir), ['a.md'])
})

test('hostile fix: a file with hard links is left as it was, with a note; the links stay one file', async () => {
  const dir = workspace({'a.md': original})
  linkSync(join(dir, 'a.md'), join(dir, 'b.md'))
  const result = await run(['--fix', '--format', 'compact', 'a.md'], dir)
  assert.equal(result.code, 2)
  assert.equal(result.stderr, 'copydesk: a.md: not fixed: it has 2 hard links, and saving the fixes would split them; left as it was\n')
  assert.match(result.stdout, /^a\.md:1:1:1:13: error Missing space/)
  assert.equal(statSync(join(dir, 'a.md')).ino, statSync(join(dir, 'b.md')).ino)
  assert.equal(readFileSync(join(dir, 'b.md'), 'utf8'), original)
})

test("hostile fix: run as root on another user's file, the fixed file keeps its owner and group", {skip: !isRoot && 'needs root'}, async () => {
  const dir = workspace({'a.md': original})
  const path = join(dir, 'a.md')
  chownSync(path, 1234, 5678)
  const result = await run(['--fix', 'a.md'], dir)
  assert.deepEqual([result.code, result.stderr], [0, ''])
  assert.equal(readFileSync(path, 'utf8'), fixed)
  const stats = statSync(path)
  assert.deepEqual([stats.uid, stats.gid], [1234, 5678])
})

test('hostile fix: an owner that cannot be kept leaves the file as it was', () => {
  const dir = workspace({'a.md': original})
  const path = join(dir, 'a.md')
  const denied: AtomicFs = {
    ...nodeFs,
    chown() {
      throw Object.assign(new Error('EPERM: operation not permitted'), {code: 'EPERM'})
    }
  }
  // Any owner but the one running the test must be given back.
  chownSync(path, isRoot ? 1234 : process.getuid!(), isRoot ? 5678 : process.getgid!())
  const problem = writeFixedArticle({path, original, fixed, bom: false}, {fs: isRoot ? denied : {...denied, chown: denied.chown}})
  if (isRoot) {
    assert.equal(problem, 'not fixed, file left as it was: the file belongs to another user or group, and the fixed file could not be given to them')
    assert.equal(readFileSync(path, 'utf8'), original)
  } else assert.equal(problem, undefined)
  assert.deepEqual(readdirSync(dir), ['a.md'])
})

test('hostile fix: temporary files a killed run left are removed by the next run over their folder, and never linted', async () => {
  // A process that has ended: its pid names nobody now.
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString()
  const stale = [`.a.md.copydesk-${dead}-0123abcd.tmp`, `.story.md.copydesk-${dead}-deadbeef.tmp`]
  // One of a process still running (this one) is left alone.
  const live = `.a.md.copydesk-${process.pid}-0123abcd.tmp`
  const files: Record<string, string> = {'news/a.md': original, 'named/b.md': fixed}
  for (const name of [...stale, live]) {
    files[`news/${name}`] = original
    files[`named/${name}`] = original
  }
  const dir = workspace(files)
  const globbed = await run(['--format', 'compact', 'news/**/*', 'news/.*', 'named/b.md'], dir)
  assert.deepEqual(
    globbed.stdout.split('\n').filter(Boolean).map((line) => line.split(':')[0]),
    ['news/a.md']
  )
  assert.deepEqual(readdirSync(join(dir, 'news')).sort(), [live, 'a.md'].sort())
  assert.deepEqual(readdirSync(join(dir, 'named')).sort(), [live, 'b.md'].sort())
})

test('hostile fix: two --fix runs on one file at once end with the file fixed and no temporary file', async () => {
  const dir = workspace({'a.md': original, 'b.md': original})
  const results = await Promise.all([run(['--fix', 'a.md', 'b.md'], dir), run(['--fix', 'b.md', 'a.md'], dir)])
  for (const result of results) assert.ok(result.code === 0 || /changed on disk|differs from the UTF-8 text/.test(result.stderr), result.stderr)
  assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), fixed)
  assert.equal(readFileSync(join(dir, 'b.md'), 'utf8'), fixed)
  assert.deepEqual(readdirSync(dir).sort(), ['a.md', 'b.md'])
})
