// --jobs: worker threads give the same report, byte for byte, as linting
// in-process, in every format; fixes are saved the same way.
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'
import {threadCount} from '../src/cli/run.js'
import {run, workspace} from './cli-run.js'
import {slow} from './slow.js'

const articles = {
  'news/a.md': '---\ntitle: Plant visit\n---\n\n# The mayor visits the plant\n\nThe meeting ended.The heads left.\n',
  'news/b.md': 'The mayor visited the plant on Monday.\n',
  'news/c.txt': 'Link to this article: Riverside district leaders visit the works\n\nThe plant produced 1.2 million tonnes of aluminum last year.\n',
  'news/d.md': 'Officials put forward suggestions,and the mayor  agreed .\n\n- The output reached 11 billion yuan。\n',
  'news/e.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]).toString('latin1'),
  'news/f.md': 'Workers at the smelter follow a stricter routine.\n\n> The new crown epidemic slowed work.\n'
}

/** Run `news` in `dir` on one thread and on three, in `format`, and compare the runs. */
async function sameOnThreads(dir: string, format: string): Promise<string> {
  const single = await run(['--no-color', '--jobs', '1', '--format', format, 'news'], dir)
  const threads = await run(['--no-color', '--jobs', '3', '--format', format, 'news'], dir)
  assert.equal(threads.stdout, single.stdout, format)
  assert.equal(threads.stderr, single.stderr, format)
  assert.equal(threads.code, single.code, format)
  return threads.stdout
}

const inOrder = ['news/a.md', 'news/b.md', 'news/c.txt', 'news/d.md', 'news/e.md', 'news/f.md']

test('jobs: worker threads report exactly what in-process linting reports, in input order', async () => {
  const report = JSON.parse(await sameOnThreads(workspace(articles), 'json')) as Array<{path: string}>
  assert.deepEqual(report.map((file) => file.path), inOrder)
})

// Each run on threads starts its workers afresh: slow (tests/slow.ts).
test('jobs: worker threads report exactly what in-process linting reports in every other format, and on two threads in input order', slow, async () => {
  const dir = workspace(articles)
  for (const format of ['stylish', 'compact', 'github', 'sarif']) await sameOnThreads(dir, format)
  const report = JSON.parse((await run(['--jobs', '2', '--format', 'json', 'news'], dir)).stdout) as Array<{path: string}>
  assert.deepEqual(report.map((file) => file.path), inOrder)
})

test('jobs: --fix on worker threads saves the same files as in-process', async () => {
  const single = workspace(articles)
  const threads = workspace(articles)
  const one = await run(['--fix', '--jobs', '1', '--format', 'compact', 'news'], single)
  const two = await run(['--fix', '--jobs', '2', '--format', 'compact', 'news'], threads)
  assert.equal(two.stdout, one.stdout)
  assert.equal(two.code, one.code)
  for (const name of Object.keys(articles)) {
    assert.equal(readFileSync(join(threads, name), 'latin1'), readFileSync(join(single, name), 'latin1'), name)
  }
  assert.match(readFileSync(join(threads, 'news/a.md'), 'utf8'), /ended\. The heads/)
})

test('jobs: the default uses threads only for runs big enough to gain from them, with more than two cores', () => {
  assert.equal(threadCount(['/a.md'], undefined, undefined, 8), 1)
  assert.equal(threadCount(['/a.md', '/b.md', '/c.md'], undefined, undefined, 8), 1)
  assert.equal(threadCount(['/a.md', '/b.md', '/c.md'], 8, undefined), 3)
  assert.equal(threadCount(['/a.md', '-'], 4, undefined), 1)
  assert.equal(threadCount(['/a.md', '/b.md'], 2, '原文'), 1)
  // 20 files of 16 KB: big enough, given the cores.
  const files: Record<string, string> = {}
  for (let index = 0; index < 20; index++) files[`${index}.md`] = 'The plant opened. '.repeat(910)
  const dir = workspace(files)
  const inputs = Object.keys(files).map((name) => join(dir, name))
  assert.equal(threadCount(inputs, undefined, undefined, 4), 4)
  assert.equal(threadCount(inputs, undefined, undefined, 2), 1)
  assert.equal(threadCount(inputs.slice(0, 15), undefined, undefined, 4), 1)
})

test('jobs: the main thread lints beside the workers once their queues are full, with the same report', async () => {
  // 30 articles on --jobs 2: one worker takes four at a time, the main thread the rest.
  const files: Record<string, string> = {}
  for (let index = 0; index < 30; index++) files[`news/${String(index).padStart(2, '0')}.md`] = index % 2 ? `Article ${index} ended.Then it began.\n` : `Article ${index} is fine.\n`
  const dir = workspace(files)
  const single = await run(['--jobs', '1', '--format', 'json', 'news'], dir)
  const threads = await run(['--jobs', '2', '--format', 'json', 'news'], dir)
  assert.equal(threads.stdout, single.stdout)
  assert.equal((JSON.parse(threads.stdout) as Array<{messages: unknown[]}>).filter((file) => file.messages.length > 0).length, 15)
})

test('jobs: --jobs takes a whole number of threads', async () => {
  const dir = workspace({'a.md': 'Fine.\n'})
  for (const value of ['0', 'two', '1.5']) {
    const result = await run(['--jobs', value, 'a.md'], dir)
    assert.equal(result.code, 2)
    assert.match(result.stderr, /--jobs expects a whole number of threads/)
  }
})
