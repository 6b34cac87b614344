// The source's coverage gap (src/source/coverage.ts): the share of a Chinese
// paragraph's content words none of whose dictionary glosses its aligned
// English shows, a part of the risk score with the source, carried through
// the json report, the cache, merged shards and worker threads.
import assert from 'node:assert/strict'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'
import {riskOf, riskWeights} from '../src/report/risk.js'
import {articleCoverageGap, coverageGap} from '../src/source/coverage.js'
import {run, workspace} from './cli-run.js'
import {slow} from './slow.js'

// 政府 government (1 gloss: weight 1), 宣布 declare/announce/proclaim (1/√3),
// 扩建 extend (1), 港口 port/harbour (1/√2).
const announced = '政府宣布扩建港口。'
/** The share of 扩建 and 港口 in the paragraph's weight. */
const extensionLost = (1 + 1 / Math.sqrt(2)) / (1 + 1 / Math.sqrt(3) + 1 + 1 / Math.sqrt(2))

test('coverage: a paragraph whose content words are translated has no gap', () => {
  assert.equal(coverageGap([{source: '市长视察了工厂。', target: 'The mayor inspected the factory.'}]), 0)
  // Compared by lemma and first five letters: inflections and derived words meet.
  assert.equal(coverageGap([{source: announced, target: 'The government has announced that it will extend the port.'}]), 0)
  assert.equal(coverageGap([{source: announced, target: 'Governments announce extensions of ports.'}]), 0)
})

test('coverage: a paragraph that drops content words has their weighted share as its gap', () => {
  assert.equal(coverageGap([{source: announced, target: 'The government announced it.'}]), extensionLost)
  // A word the English has in another sense of its glosses still covers it; one missing does not.
  assert.equal(coverageGap([{source: announced, target: 'The government announced a new harbour.'}]), 1 / (1 + 1 / Math.sqrt(3) + 1 + 1 / Math.sqrt(2)))
  // The mean over paragraphs: each counts alike, however long.
  assert.equal(coverageGap([
    {source: '市长视察了工厂。', target: 'The mayor inspected the factory.'},
    {source: announced, target: 'The government announced it.'}
  ]), extensionLost / 2)
})

test('coverage: a source paragraph with no English counts whole; one without content words does not count', () => {
  assert.equal(coverageGap([{source: '市长视察了工厂。', target: ''}]), 1)
  // Single characters, numerals and grammatical words are not content words.
  assert.equal(coverageGap([{source: '他们说了三百吨。', target: 'Nothing.'}]), 0)
  assert.equal(coverageGap([{source: '他们说了三百吨。', target: 'Nothing.'}, {source: announced, target: 'The government announced it.'}]), extensionLost)
  assert.equal(coverageGap([]), 0)
})

test('coverage: an article’s gap reads the English of each aligned pair at its offsets, rounded as json writes it', () => {
  const text = '# The mayor visits\n\nThe government announced it.\n'
  const pairs = [
    {source: ['市长视察工厂'], target: [0, 18] as [number, number]},
    {source: [announced], target: [20, 48] as [number, number]},
    {source: ['工厂'], target: null}
  ]
  // The headline kept 市长 (weight 1) and lost 视察 (1/√2) and 工厂 (1), the
  // paragraph lost 扩建 and 港口, the last pair has no English at all.
  const headline = (1 / Math.sqrt(2) + 1) / (1 + 1 / Math.sqrt(2) + 1)
  assert.equal(articleCoverageGap(pairs, text), Math.round(((headline + extensionLost + 1) / 3) * 1000) / 1000)
})

test('coverage: the gap is a part of the score with the source, and absent without it', () => {
  const {score, findings, length, coverage, gap} = riskOf([], {words: 200, sentences: 10, gap: 0.4})
  assert.deepEqual({score, findings, length, coverage, gap}, {score: 0.1, findings: 0, length: 0, coverage: 0.12, gap: 0.4})
  assert.deepEqual(Object.keys(riskOf([], {words: 200, sentences: 10})), ['score', 'findings', 'length', 'words', 'sentences', 'weighted', 'rules'])
})

const story = {
  // A finding (a missing space), so that stylish prints its ranking.
  'story.md': '# The mayor inspects the factory\n\nThe mayor inspected the factory.It was Monday.\n\nThe government announced it.\n',
  'story.zh.md': '# 市长视察工厂\n\n市长视察了工厂。\n\n' + announced + '\n',
  'plain.md': '# The mayor inspects the factory\n\nThe mayor inspected the factory.\n'
}
/** Three pairs, the last of which lost half its weight. */
const storyGap = Math.round((extensionLost / 3) * 1000) / 1000

interface JsonFile {
  path: string
  risk: {score: number; findings: number; length: number; coverage?: number; gap?: number}
}
/** Each file's risk in a json report, by path. */
const risks = (stdout: string) => new Map((JSON.parse(stdout) as JsonFile[]).map((file) => [file.path, file.risk]))

test('coverage: json shows the gap and its part of the score for an article with its source, nothing of it for one without', async () => {
  const dir = workspace(story)
  const json = await run(['--format', 'json', 'story.md', 'plain.md'], dir)
  const report = risks(json.stdout)
  const sourced = report.get('story.md')
  const plain = report.get('plain.md')
  assert.equal(sourced!.gap, storyGap)
  assert.equal(sourced!.coverage, Math.round(riskWeights.perGap * storyGap * 100) / 100)
  assert.equal(sourced!.score, Math.round((sourced!.findings + sourced!.length + riskWeights.perGap * storyGap) * 10) / 10)
  assert.equal(plain!.gap, undefined)
  assert.equal(plain!.coverage, undefined)
  // The stylish ranking reads the same score.
  const stylish = await run(['--no-color', 'story.md', 'plain.md'], dir)
  assert.match(stylish.stdout, new RegExp(`Risk, highest first: ${sourced!.score.toFixed(1)} story\\.md`))
})

test('coverage: a cached run reads the gap back from the cache', async () => {
  const dir = workspace(story)
  const cold = await run(['--cache', '--format', 'json', 'story.md', 'plain.md'], dir)
  const cache = join(dir, '.copydeskcache')
  const lines = readFileSync(cache, 'utf8').split('\n')
  const entry = lines.findIndex((line) => line.startsWith(`[${JSON.stringify(join(dir, 'story.md'))}`))
  assert.ok(lines[entry]!.split('\t')[0]!.endsWith(`,${storyGap}]`), lines[entry])
  assert.equal((await run(['--cache', '--format', 'json', 'story.md', 'plain.md'], dir)).stdout, cold.stdout)
  // A gap changed in the cache is the one reported: it was read, not computed again.
  lines[entry] = lines[entry]!.replace(`,${storyGap}]\t`, ',0.5]\t')
  writeFileSync(cache, lines.join('\n'))
  const warm = risks((await run(['--cache', '--format', 'json', 'story.md'], dir)).stdout).get('story.md')
  assert.deepEqual([warm!.gap, warm!.coverage], [0.5, 0.5 * riskWeights.perGap])
})

test('coverage: merged shards carry the gap as one run does, in json and in the stylish ranking', async () => {
  const dir = workspace(story)
  for (const index of [1, 2]) await run(['--format', 'json', '--shard', `${index}/2`, '--output-file', `shard-${index}.json`, 'story.md', 'plain.md'], dir)
  for (const format of ['json', 'stylish']) {
    const merged = await run(['merge', '--no-color', '--format', format, 'shard-1.json', 'shard-2.json'], dir)
    // A merged report lists its files as a folder walk does.
    assert.equal(merged.stdout, (await run(['--no-color', '--format', format, 'plain.md', 'story.md'], dir)).stdout, format)
  }
  // The merged score is the shard's gap's, read from its report.
  const shards = ['shard-1.json', 'shard-2.json'].map((name) => join(dir, name))
  for (const shard of shards) writeFileSync(shard, readFileSync(shard, 'utf8').replace(`"gap":${storyGap}`, '"gap":0.5'))
  const merged = risks((await run(['merge', ...shards], dir)).stdout).get('story.md')
  assert.deepEqual([merged!.gap, merged!.score], [0.5, Math.round((merged!.findings + merged!.length + 0.5 * riskWeights.perGap) * 10) / 10])
})

// Each run on threads starts its workers afresh, and each reads the dictionary: slow (tests/slow.ts).
test('coverage: worker threads report the gap as in-process linting does', slow, async () => {
  const dir = workspace(story)
  const single = await run(['--jobs', '1', '--format', 'json', 'story.md', 'plain.md'], dir)
  const threads = await run(['--jobs', '2', '--format', 'json', 'story.md', 'plain.md'], dir)
  assert.equal(threads.stdout, single.stdout)
  assert.equal(risks(threads.stdout).get('story.md')!.gap, storyGap)
})
