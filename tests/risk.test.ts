// The risk score: weighted findings per 100 words plus a little for long
// sentences (and, with the source, its coverage gap: tests/coverage.test.ts),
// in json on every file and as the stylish report's closing ranking; a
// cached run ranks as a fresh one.
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {VFile} from 'vfile'
import {countText, houseRules, riskOf, riskSummary, riskWeights} from '../src/report/risk.js'
import {run, workspace} from './cli-run.js'

test('risk: words are runs between spaces that hold a letter, digit or non-ASCII character', () => {
  assert.equal(countText('').words, 0)
  // Any non-ASCII character counts, a dash too: bytes need no decoding.
  assert.equal(countText('The mayor said 3 things — twice.').words, 7)
  assert.equal(countText('The mayor said 3 things - twice.').words, 6)
  assert.equal(countText('# Title\n\n- item *one*\n').words, 3)
  assert.equal(countText('北京 café  ok').words, 3)
  assert.equal(countText('\ufeff--- x').words, 1)
})

test('risk: sentences end at . ! ? before a space, at a blank line, or at the end', () => {
  assert.equal(countText('').sentences, 0)
  assert.equal(countText('It rose 3.5 percent. Prices fell! Why?').sentences, 3)
  assert.equal(countText('# A headline\n\nThe text goes on\nover two lines.\n\n---\n').sentences, 2)
  assert.equal(countText('No stop at the end').sentences, 1)
  assert.equal(countText('... !!! ?').sentences, 0)
})

test('risk: bytes count as their text does', () => {
  for (const text of ['\ufeff--- x', 'The mayor said 3 things — twice.', '北京 café\u00a0ok\n\n  - x. Y', 'One.\r\n\r\nTwo?', '']) {
    assert.deepEqual(countText(new TextEncoder().encode(text)), countText(text), text)
  }
})

test('risk: findings weighted by rule and severity per 100 words (at least the minimum), plus long sentences', () => {
  const file = new VFile({path: 'a.md'})
  const add = (ruleId: string, fatal: boolean | undefined) => {
    const message = file.message('x', {ruleId})
    message.fatal = fatal
  }
  add('missing-space', true)
  add('calque', false)
  add('name-mismatch', false)
  add('boilerplate', undefined)
  // missing-space 1, calque a house term 0.25, name-mismatch 4, boilerplate
  // house style and an info 0.25 × 0.25: 5.3125 in 400 words is 1.33 per 100;
  // 10 sentences of 40 words are 15 words over 25, 0.0125 each.
  assert.deepEqual(riskOf(file.messages, {words: 400, sentences: 10}), {
    score: 1.5,
    findings: 1.33,
    length: 0.19,
    words: 400,
    sentences: 10,
    weighted: 5.31,
    rules: {'missing-space': 1, calque: 0.25, 'name-mismatch': 4, boilerplate: 0.06}
  })
  // A short article is scored as if it had the minimum of words.
  assert.equal(riskOf(file.messages, {words: 10, sentences: 1}).findings, 5.31)
  assert.equal(riskOf(file.messages, {words: riskWeights.minimumWords, sentences: 10}).findings, 5.31)
  // Short sentences add nothing; nothing at all is a zero.
  assert.equal(riskOf([], {words: 50, sentences: 5}).score, 0)
  assert.equal(riskOf([], {words: 260, sentences: 10}).score, 0)
  assert.equal(riskOf([], {words: 300, sentences: 10}).length, 0.06)
  assert.deepEqual(riskOf([], {words: 0, sentences: 0}), {score: 0, findings: 0, length: 0, words: 0, sentences: 0, weighted: 0, rules: {}})
})

test('risk: the rules of house style and house terms weigh a quarter of a rule that checks the translation', () => {
  for (const id of ['glossary', 'source-glossary', 'calque', 'number-style', 'boilerplate']) assert.ok(houseRules.has(id), id)
  for (const id of ['name-mismatch', 'number-mismatch', 'dropped-content', 'untranslated-text', 'misspelling']) assert.ok(!houseRules.has(id), id)
  const file = new VFile({path: 'a.md'})
  for (const ruleId of ['glossary', 'source-glossary', 'number-mismatch', 'dropped-content']) file.message('x', {ruleId}).fatal = false
  assert.deepEqual(riskOf(file.messages, {words: 200, sentences: 10}).rules, {glossary: 0.25, 'source-glossary': 0.25, 'number-mismatch': 1, 'dropped-content': 1})
  assert.equal(riskOf(file.messages, {words: 200, sentences: 10}).findings, 1.25)
})

test('risk: the summary ranks by score, then path, and leaves out articles without risk', () => {
  assert.equal(riskSummary([{path: 'b.md', score: 2}, {path: 'c.md', score: 0}, {path: 'a.md', score: 2}, {path: 'd.md', score: 7.25}]), 'Risk, highest first: 7.3 d.md, 2.0 a.md, 2.0 b.md')
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
      ['short.md', {score: 1, findings: 1, length: 0, words: 4, sentences: 1, weighted: 1, rules: {'missing-space': 1}}],
      ['long.md', {score: 0.6, findings: 0.65, length: 0, words: 154, sentences: 31, weighted: 1, rules: {'missing-space': 1}}],
      ['clean.md', {score: 0, findings: 0, length: 0, words: 1, sentences: 1, weighted: 0, rules: {}}]
    ]
  )
  // The key comes last, after vfile-reporter-json's own.
  assert.deepEqual(Object.keys(report[0]!), ['path', 'cwd', 'history', 'messages', 'risk'])
  const stylish = await run(['--no-color', 'short.md', 'long.md', 'clean.md'], dir)
  assert.match(stylish.stdout, /\n✖ 2 errors\nRisk, highest first: 1\.0 short\.md, 0\.6 long\.md\n$/)
  await run(['--cache', '--format', 'json', 'short.md', 'long.md', 'clean.md'], dir)
  const warm = await run(['--cache', '--format', 'json', 'short.md', 'long.md', 'clean.md'], dir)
  assert.equal(warm.stdout, json.stdout)
})
