// Archives across machines: --shard from the engine's environment, and
// `copydesk merge` making the shards' json reports into the report one run
// over every file prints.
import assert from 'node:assert/strict'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'
import {comparePaths} from '../src/cli/merge.js'
import {parseShard, resolveShard} from '../src/cli/shard.js'
import {run, workspace} from './cli-run.js'

const archive = () => {
  const files: Record<string, string> = {}
  for (let index = 0; index < 14; index++) {
    const folder = ['news', 'news/2021', 'news/a', 'wire'][index % 4]
    files[`${folder}/story-${index}.md`] =
      index % 3 === 0 ? 'The council met on Friday and voted.\n' : `Story ${index} ended.Then the council voted.\n\nReprint Statement: all rights reserved.\n`
  }
  files['news/a.md'] = 'The mayor Wang Jianguo visited the plant.It made 12,000 tonnes.\n'
  files['news/a.zh.md'] = '市长王建国视察了工厂。该厂生产了1.3万吨。\n'
  return workspace(files)
}

async function shardReports(dir: string, count: number, format = 'json'): Promise<string[]> {
  const names: string[] = []
  for (let index = 1; index <= count; index++) {
    const name = `shard-${index}.${format}`
    const result = await run(['--format', format, '--shard', `${index}/${count}`, '--output-file', name, 'news', 'wire'], dir)
    assert.equal(result.stderr, '')
    names.push(name)
  }
  return names
}

test('merge: the merged shards print what one run over every file prints, in every format', async () => {
  const dir = archive()
  const shards = await shardReports(dir, 3)
  for (const format of ['json', 'jsonl', 'stylish', 'compact', 'github', 'sarif']) {
    const whole = await run(['--no-color', '--format', format, 'news', 'wire'], dir)
    const merged = await run(['merge', '--no-color', '--format', format, ...shards], dir)
    assert.equal(merged.stderr, '')
    assert.equal(merged.stdout, whole.stdout, format)
    assert.equal(merged.code, whole.code, format)
  }
  // The article with its source carries its coverage gap through (tests/coverage.test.ts).
  const merged = JSON.parse((await run(['merge', ...shards], dir)).stdout) as Array<{path: string; risk: {gap?: number}}>
  assert.equal(typeof merged.find((file) => file.path === 'news/a.md')?.risk.gap, 'number')
  // Shards written as json lines merge the same.
  const lines = await shardReports(dir, 2, 'jsonl')
  assert.equal((await run(['merge', ...lines], dir)).stdout, (await run(['--format', 'json', 'news', 'wire'], dir)).stdout)
})

test('merge: html ranks the whole archive and shows each article’s text from disk', async () => {
  const dir = archive()
  const shards = await shardReports(dir, 4)
  const merged = await run(['merge', '--format', 'html', '--output-file', 'report.html', ...shards], dir)
  assert.deepEqual([merged.code, merged.stdout, merged.stderr], [1, '', ''])
  const page = readFileSync(join(dir, 'report.html'), 'utf8')
  const whole = (await run(['--format', 'html', 'news', 'wire'], dir)).stdout
  const index = (html: string) => html.match(/<tbody>[\s\S]*<\/tbody>/)![0]
  assert.equal(index(page), index(whole))
  const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0
  assert.equal(count(page, /<li class="finding/g), count(whole, /<li class="finding/g))
  assert.equal(count(page, /<mark class="[^"]*anchor/g), count(whole, /<mark class="[^"]*anchor/g))
  // Only the single run saw the source: the bilingual view needs the alignment.
  assert.equal(count(page, /class="pair/g), 0)
  assert.ok(count(whole, /class="pair/g) > 0)
})

test('merge: an unreadable or foreign report is one line and exit 2; the others still merge', async () => {
  const dir = archive()
  const [first, second] = await shardReports(dir, 2)
  writeFileSync(join(dir, 'broken.json'), '[{"path": "x.md"}]')
  writeFileSync(join(dir, 'notes.txt'), 'hello\n')
  const result = await run(['merge', first!, 'broken.json', 'missing.json', 'notes.txt', second!], dir)
  assert.equal(result.code, 2)
  assert.equal(
    result.stderr,
    'copydesk: broken.json: not a copydesk json report (entry 1 has no `path` and `messages`)\n' +
      'copydesk: missing.json: cannot read the report (no such file or directory)\n' +
      'copydesk: notes.txt: not a copydesk json or jsonl report (line 1 is not JSON)\n'
  )
  assert.equal(result.stdout, (await run(['--format', 'json', 'news', 'wire'], dir)).stdout)
  const twice = await run(['merge', first!, first!], dir)
  assert.match(twice.stderr, /^copydesk: shard-1\.json: `[^`]+` is in an earlier report too; the first is kept\n/)
  const usage = await run(['merge'], dir)
  assert.equal(usage.code, 2)
  assert.match(usage.stderr, /^copydesk: no reports to merge\n\nUsage: copydesk merge/)
  assert.match((await run(['merge', '--format', 'pdf', first!], dir)).stderr, /^copydesk: unknown format `pdf`/)
})

test('merge: paths in the order a folder walk lists them', () => {
  const paths = ['news/a.md', 'news/a/b.md', 'news/B.md', 'news/2021/x.md', 'wire/z.md', 'news/a-b.md']
  assert.deepEqual([...paths].sort(comparePaths), ['news/2021/x.md', 'news/B.md', 'news/a/b.md', 'news/a-b.md', 'news/a.md', 'wire/z.md'])
})

test('shard: auto takes the index (and count) from Kubernetes, GitLab or Buildkite', () => {
  const auto = parseShard('auto')!
  assert.deepEqual(auto, {index: 'auto', count: undefined})
  assert.deepEqual(parseShard('auto/4'), {index: 'auto', count: 4})
  assert.equal(parseShard('auto/0'), undefined)
  assert.deepEqual(resolveShard(parseShard('auto/4')!, {JOB_COMPLETION_INDEX: '0'}), {index: 1, count: 4})
  assert.deepEqual(resolveShard(parseShard('auto/4')!, {JOB_COMPLETION_INDEX: '3'}), {index: 4, count: 4})
  assert.deepEqual(resolveShard(auto, {CI_NODE_INDEX: '2', CI_NODE_TOTAL: '5'}), {index: 2, count: 5})
  assert.deepEqual(resolveShard(auto, {BUILDKITE_PARALLEL_JOB: '0', BUILDKITE_PARALLEL_JOB_COUNT: '2'}), {index: 1, count: 2})
  assert.deepEqual(resolveShard({index: 2, count: 3}, {JOB_COMPLETION_INDEX: '0'}), {index: 2, count: 3})
  assert.deepEqual(resolveShard(auto, {}), {problem: '--shard auto: none of JOB_COMPLETION_INDEX, CI_NODE_INDEX, BUILDKITE_PARALLEL_JOB is set; use --shard K/N'})
  assert.deepEqual(resolveShard(auto, {JOB_COMPLETION_INDEX: '1'}), {problem: '--shard auto: JOB_COMPLETION_INDEX gives the index but not the number of shards; use --shard auto/N'})
  assert.deepEqual(resolveShard(parseShard('auto/4')!, {JOB_COMPLETION_INDEX: '4'}), {problem: '--shard auto: JOB_COMPLETION_INDEX=4 is not a shard of 4'})
  assert.deepEqual(resolveShard(auto, {CI_NODE_INDEX: '0', CI_NODE_TOTAL: '3'}), {problem: '--shard auto: CI_NODE_INDEX=0 is not a shard of 3'})
})

test('shard: the CLI reads --shard auto from the environment, and says when it cannot', async () => {
  const dir = archive()
  const explicit = await run(['--format', 'json', '--shard', '2/3', 'news'], dir)
  const indexed = await run(['--format', 'json', '--shard', 'auto/3', 'news'], dir, undefined, {JOB_COMPLETION_INDEX: '1'})
  const gitlab = await run(['--format', 'json', '--shard', 'auto', 'news'], dir, undefined, {CI_NODE_INDEX: '2', CI_NODE_TOTAL: '3'})
  assert.equal(indexed.stdout, explicit.stdout)
  assert.equal(gitlab.stdout, explicit.stdout)
  const none = await run(['--shard', 'auto', 'news'], dir)
  assert.deepEqual(none, {code: 2, stdout: '', stderr: 'copydesk: --shard auto: none of JOB_COMPLETION_INDEX, CI_NODE_INDEX, BUILDKITE_PARALLEL_JOB is set; use --shard K/N\n'})
})

test('docs: the GitHub matrix and the Indexed Job split an archive as their commands say, and merge to the whole', async () => {
  const {parse} = await import('yaml')
  const docs = join(import.meta.dirname, '..', 'docs', 'examples')
  const workflow = parse(readFileSync(join(docs, 'github-archive.yml'), 'utf8')) as {
    env: {SHARDS: number; ARCHIVE: string}
    jobs: {shard: {strategy: {matrix: {shard: number[]}}; steps: Array<{run?: string}>}; merge: {needs: string; steps: Array<{run?: string}>}}
  }
  const count = workflow.env.SHARDS
  assert.deepEqual(workflow.jobs.shard.strategy.matrix.shard, Array.from({length: count}, (_, index) => index + 1))
  const check = workflow.jobs.shard.steps.map((step) => step.run).find((command) => command?.includes('--shard'))!
  assert.match(check, /^npx copydesk --shard \$\{\{ matrix\.shard \}\}\/\$SHARDS --format jsonl --output-file shard-\$\{\{ matrix\.shard \}\}\.jsonl "\$ARCHIVE" \|\| \[ \$\? -eq 1 \]$/)
  assert.equal(workflow.jobs.merge.needs, 'shard')
  assert.ok(workflow.jobs.merge.steps.some((step) => step.run?.includes('npx copydesk merge shards/*.jsonl --format html')))

  const job = parse(readFileSync(join(docs, 'kubernetes-indexed-job.yaml'), 'utf8')) as {
    spec: {completionMode: string; completions: number; template: {spec: {restartPolicy: string; containers: Array<{args: string[]}>}}}
  }
  assert.equal(job.spec.completionMode, 'Indexed')
  assert.equal(job.spec.template.spec.restartPolicy, 'Never')
  const script = job.spec.template.spec.containers[0]!.args[0]!
  const shard = /--shard auto\/(\d+) --format jsonl/.exec(script)
  assert.equal(Number(shard?.[1]), job.spec.completions)

  // Each engine's shards of one archive, merged, are one run over it.
  const dir = archive()
  const whole = await run(['--format', 'json', '.'], dir)
  const pods: string[] = []
  for (let index = 0; index < job.spec.completions; index++) {
    const name = `shard-${index}.jsonl`
    const pod = await run(['--shard', `auto/${job.spec.completions}`, '--format', 'jsonl', '--output-file', name, '.'], dir, undefined, {JOB_COMPLETION_INDEX: String(index)})
    assert.ok(pod.code <= 1, pod.stderr)
    pods.push(name)
  }
  assert.equal((await run(['merge', ...pods], dir)).stdout, whole.stdout)
  const runners: string[] = []
  for (const index of workflow.jobs.shard.strategy.matrix.shard) {
    const name = `runner-${index}.jsonl`
    await run(['--shard', `${index}/${count}`, '--format', 'jsonl', '--output-file', name, '.'], dir)
    runners.push(name)
  }
  assert.equal((await run(['merge', ...runners], dir)).stdout, whole.stdout)
})
