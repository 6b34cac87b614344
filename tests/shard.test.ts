// --shard K/N: shares are disjoint, cover every file, and depend only on the
// path relative to the working folder.
import assert from 'node:assert/strict'
import {join} from 'node:path'
import {test} from 'node:test'
import {inShard, parseShard, shardOf} from '../src/cli/shard.js'
import {run, workspace} from './cli-run.js'

test('shard: K/N with 1 ≤ K ≤ N', () => {
  assert.deepEqual(parseShard('2/4'), {index: 2, count: 4})
  assert.deepEqual(parseShard('1/1'), {index: 1, count: 1})
  for (const text of ['0/4', '5/4', '1/0', '2', '1/2/3', 'a/b', '-1/2', '1.5/3']) assert.equal(parseShard(text), undefined, text)
})

test('shard: every file falls in exactly one share, and shares are even', () => {
  const cwd = '/archive'
  const paths = Array.from({length: 2000}, (_, index) => join(cwd, `news/${2000 + (index % 25)}/story-${index}.md`))
  for (const count of [1, 2, 3, 7]) {
    const sizes = Array.from({length: count}, () => 0)
    for (const path of paths) {
      const owners = sizes.map((_, index) => inShard(path, cwd, {index: index + 1, count})).filter(Boolean)
      assert.equal(owners.length, 1)
      sizes[shardOf(path, cwd, count) - 1]!++
    }
    for (const size of sizes) assert.ok(Math.abs(size - paths.length / count) < (paths.length / count) * 0.15, `${count}: ${sizes}`)
  }
})

test('shard: a file keeps its share on any machine: the hash of its relative path', () => {
  // Fixed values: a change here would move files between CI runners.
  assert.equal(shardOf('/home/ci/work/news/2021/plant-visit.md', '/home/ci/work', 4), shardOf('/runner/_work/repo/news/2021/plant-visit.md', '/runner/_work/repo', 4))
  assert.deepEqual(
    ['news/a.md', 'news/b.md', 'news/c.md', 'archive/2019/x.md'].map((path) => shardOf(join('/w', path), '/w', 3)),
    [3, 1, 1, 3]
  )
})

test('shard: the CLI checks its share only; the shares of a run add up to the whole', async () => {
  const files: Record<string, string> = {}
  for (let index = 0; index < 12; index++) files[`news/story-${index}.md`] = `Story ${index} ended.Then it began.\n`
  const dir = workspace(files)
  const all = JSON.parse((await run(['--format', 'json', 'news'], dir)).stdout) as Array<{path: string}>
  const seen: string[] = []
  for (const shard of ['1/3', '2/3', '3/3']) {
    const result = await run(['--format', 'json', '--shard', shard, 'news'], dir)
    const report = JSON.parse(result.stdout) as Array<{path: string}>
    assert.ok(report.length > 0 && report.length < 12)
    seen.push(...report.map((file) => file.path))
  }
  assert.deepEqual(seen.sort(), all.map((file) => file.path).sort())
})

test('shard: an empty share is a clean run; a bad value or stdin is a usage error', async () => {
  const dir = workspace({'only.md': 'It ended.Then it began.\n'})
  const owner = shardOf(join(dir, 'only.md'), dir, 2)
  const empty = await run(['--format', 'json', '--shard', `${3 - owner}/2`, 'only.md'], dir)
  assert.deepEqual(empty, {code: 0, stdout: '[]\n', stderr: ''})
  const bad = await run(['--shard', '3/2', 'only.md'], dir)
  assert.equal(bad.code, 2)
  assert.match(bad.stderr, /--shard expects K\/N with 1 ≤ K ≤ N/)
  const stdin = await run(['--shard', '1/2', '-'], dir, 'Text.\n')
  assert.equal(stdin.code, 2)
  assert.match(stdin.stderr, /cannot split an article read from stdin/)
})
