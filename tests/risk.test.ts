// The risk score: weighted findings per 100 words, in json on every file and
// as the stylish report's closing ranking; a cached run ranks as a fresh one.
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {VFile} from 'vfile'
import {countWords, riskOf, riskSummary, riskWeights} from '../src/report/risk.js'
import {run, workspace} from './cli-run.js'

test('risk: words are runs between spaces that hold a letter, digit or non-ASCII character', () => {
  assert.equal(countWords(''), 0)
  // Any non-ASCII character counts, a dash too: bytes need no decoding.
  assert.equal(countWords('The mayor said 3 things — twice.'), 7)
  assert.equal(countWords('The mayor said 3 things - twice.'), 6)
  assert.equal(countWords('# Title\n\n- item *one*\n'), 3)
  assert.equal(countWords('北京 café  ok'), 3)
  assert.equal(countWords('\ufeff--- x'), 1)
  for (const text of ['\ufeff--- x', 'The mayor said 3 things — twice.', '北京 café\u00a0ok\n\n  - x', '']) {
    assert.equal(countWords(new TextEncoder().encode(text)), countWords(text), text)
  }
})

test('risk: weights by rule and severity, per 100 words, at least the minimum', () => {
  const file = new VFile({path: 'a.md'})
  const add = (ruleId: string, fatal: boolean | undefined) => {
    const message = file.message('x', {ruleId})
    message.fatal = fatal
  }
  add('missing-space', true)
  add('calque', false)
  add('name-mismatch', false)
  add('boilerplate', undefined)
  const expected = 1 + 1 + riskWeights.rules['name-mismatch']! + riskWeights.severity.info
  assert.deepEqual(riskOf(file.messages, 400), {
    score: Math.round((1000 * expected) / 400) / 10,
    words: 400,
    weighted: expected,
    rules: {'missing-space': 1, calque: 1, 'name-mismatch': riskWeights.rules['name-mismatch'], boilerplate: riskWeights.severity.info}
  })
  // A short article is scored as if it had the minimum of words.
  assert.equal(riskOf(file.messages, 10).score, riskOf(file.messages, riskWeights.minimumWords).score)
  assert.deepEqual(riskOf([], 50), {score: 0, words: 50, weighted: 0, rules: {}})
})

test('risk: the summary ranks by score, then path, and leaves out clean articles', () => {
  assert.equal(riskSummary([{path: 'b.md', score: 2}, {path: 'c.md', score: 0}, {path: 'a.md', score: 2}, {path: 'd.md', score: 7.25}]), 'Risk, highest first (weighted findings per 100 words): 7.3 d.md, 2.0 a.md, 2.0 b.md')
  assert.equal(riskSummary([{path: 'a.md', score: 0}]), '')
  assert.match(riskSummary(Array.from({length: 7}, (_, index) => ({path: `${index}.md`, score: index + 1})), 2), /: 7\.0 6\.md, 6\.0 5\.md, and 5 more$/)
})

test('risk: json has it on every file, stylish ends with the ranking, a cached run agrees', async () => {
  const long = Array.from({length: 30}, (_, index) => `Paragraph ${index} has five words.`).join('\n\n')
  const dir = workspace({'short.md': 'It ended.Then it began.\n', 'long.md': `${long}\n\nIt ended.Then it began.\n`, 'clean.md': 'Fine.\n'})
  const json = await run(['--format', 'json', 'short.md', 'long.md', 'clean.md'], dir)
  const report = JSON.parse(json.stdout) as Array<{path: string; risk: unknown}>
  assert.deepEqual(
    report.map((file) => [file.path, file.risk]),
    [
      ['short.md', {score: 1, words: 4, weighted: 1, rules: {'missing-space': 1}}],
      ['long.md', {score: 0.6, words: 154, weighted: 1, rules: {'missing-space': 1}}],
      ['clean.md', {score: 0, words: 1, weighted: 0, rules: {}}]
    ]
  )
  // The key comes last, after vfile-reporter-json's own.
  assert.deepEqual(Object.keys(report[0]!), ['path', 'cwd', 'history', 'messages', 'risk'])
  const stylish = await run(['--no-color', 'short.md', 'long.md', 'clean.md'], dir)
  assert.match(stylish.stdout, /\n✖ 2 errors\nRisk, highest first \(weighted findings per 100 words\): 1\.0 short\.md, 0\.6 long\.md\n$/)
  await run(['--cache', '--format', 'json', 'short.md', 'long.md', 'clean.md'], dir)
  const warm = await run(['--cache', '--format', 'json', 'short.md', 'long.md', 'clean.md'], dir)
  assert.equal(warm.stdout, json.stdout)
})
