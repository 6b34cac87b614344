// The source plumbing: finding the Chinese source, splitting and aligning it, and the CLI's --source.
import assert from 'node:assert/strict'
import {join} from 'node:path'
import {test} from 'node:test'
import {alignLengths} from '../src/source/align.js'
import {VFile} from 'vfile'
import {parseMarkdown} from '../src/pipeline/parse.js'
import {splitSource} from '../src/source/document.js'
import {findSource, siblingSources} from '../src/source/resolve.js'
import {run, workspace} from './cli-run.js'

const zh = '今年该厂生产电解铝1.2万吨。\n'
const wrong = 'The plant produced 1.2 million tonnes this year.\n'

test('source: splitting keeps Markdown prose and splits lines and sentences', () => {
  const paragraphs = splitSource(parseMarkdown(new VFile({value: '---\ntitle: 测试\n---\n# 标题\n\n第一段。第二句！\n第二段“引语。”后文\n\n```\n代码\n```\n'})).tree)
  assert.deepEqual(
    paragraphs.map((p) => p.sentences.map((s) => s.text)),
    [['标题'], ['第一段。', '第二句！'], ['第二段“引语。”', '后文']]
  )
})

test('source: alignment finds 1–1, merged, split and unmatched paragraphs', () => {
  assert.deepEqual(alignLengths([10, 20, 30], [34, 66, 100]).map((b) => [b.source, b.target]), [[[0, 1], [0, 1]], [[1, 2], [1, 2]], [[2, 3], [2, 3]]])
  // Two short source paragraphs merged into one English paragraph.
  const merged = alignLengths([40, 10, 12, 40], [130, 75, 130]).map((b) => [b.source, b.target])
  assert.deepEqual(merged, [[[0, 1], [0, 1]], [[1, 3], [1, 2]], [[3, 4], [2, 3]]])
  // A long paragraph split in two.
  const split = alignLengths([40, 80, 40], [130, 130, 130, 130]).map((b) => [b.source, b.target])
  assert.deepEqual(split, [[[0, 1], [0, 1]], [[1, 2], [1, 3]], [[2, 3], [3, 4]]])
  assert.deepEqual(alignLengths([], []), [])
})

// How long it takes is the benchmark's business (scripts/bench.ts); tests make no timed assertions.
test('source: 20,000 paragraphs align one to one', () => {
  const lengths = Array.from({length: 20000}, (_, i) => 20 + (i % 7) * 10)
  const beads = alignLengths(lengths, lengths.map((l) => l * 3))
  assert.equal(beads.length, 20000)
})

test('source: found in front matter, else beside the article', () => {
  const dir = workspace({'story.md': 'x', 'story.zh.md': '甲', 'b.en.md': 'x', 'b.zh.txt': '乙', 'c.md': 'x', 'src/c-original.md': '丙'})
  assert.deepEqual(findSource(join(dir, 'story.md'), undefined), {value: '甲', path: join(dir, 'story.zh.md')})
  assert.deepEqual(findSource(join(dir, 'b.en.md'), undefined), {value: '乙', path: join(dir, 'b.zh.txt')})
  assert.equal(findSource(join(dir, 'c.md'), undefined), undefined)
  assert.deepEqual(findSource(join(dir, 'c.md'), {source: './src/c-original.md'}), {value: '丙', path: join(dir, 'src/c-original.md')})
  assert.deepEqual(findSource(join(dir, 'c.md'), {source: 'gone.zh.md'}), {problem: 'no such file or directory', path: join(dir, 'gone.zh.md')})
  assert.deepEqual(siblingSources('/a/story.zh.md'), [])
})

test('cli: --source checks one article against its source', async () => {
  const dir = workspace({'a.md': wrong, 'original.txt': zh})
  const result = await run(['--format', 'json', '--source', 'original.txt', 'a.md'], dir)
  assert.equal(result.code, 1)
  const [file] = JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string; reason: string}>}>
  assert.deepEqual(file!.messages.map((m) => m.ruleId), ['number-mismatch'])
})

test('cli: a missing --source file is one line, exit 2', async () => {
  const dir = workspace({'a.md': wrong})
  const result = await run(['--source', 'nope.zh.md', 'a.md'], dir)
  assert.deepEqual(result, {code: 2, stdout: '', stderr: 'copydesk: nope.zh.md: cannot read the source (no such file or directory)\n'})
  const two = await run(['--source', 'a.md', 'a.md', 'b.md'], workspace({'a.md': wrong, 'b.md': wrong}))
  assert.deepEqual(two, {code: 2, stdout: '', stderr: 'copydesk: --source gives the source of one article, but 2 were named\n'})
})

test('cli: a sibling source is used, and never linted as an English article', async () => {
  const dir = workspace({'news/story.md': wrong, 'news/story.zh.md': zh, 'news/other.md': wrong})
  const result = await run(['--format', 'json', 'news'], dir)
  const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId: string}>}>
  assert.deepEqual(report.map((file) => file.path), [join('news', 'other.md'), join('news', 'story.md')])
  assert.deepEqual(report[0]!.messages.map((m) => m.ruleId), [])
  assert.deepEqual(report[1]!.messages.map((m) => m.ruleId), ['number-mismatch'])
})

test('cli: a source named in front matter that cannot be read is an error on the article', async () => {
  const dir = workspace({'a.md': `---\nsource: ./missing.zh.md\n---\n${wrong}`})
  const result = await run(['--format', 'json', 'a.md'], dir)
  assert.equal(result.code, 1)
  const [file] = JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string; reason: string}>}>
  assert.match(file!.messages[0]!.reason, /^Cannot read the source `.*missing\.zh\.md`: no such file or directory$/)
  assert.equal(file!.messages[0]!.ruleId, 'source')
})
