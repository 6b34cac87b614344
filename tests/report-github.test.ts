// --format github: workflow commands, escaped as the runner reads them, and
// the step summary when GitHub would hide annotations.
import assert from 'node:assert/strict'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'
import {VFile} from 'vfile'
import type {Options} from 'vfile-message'
import {escapeData, escapeProperty, formatGithub, githubStepSummary} from '../src/report/github.js'
import {countSeverities} from '../src/report/severity.js'
import {reportFile} from './report-file.js'
import {run, workspace} from './cli-run.js'

test('github: escaping of data and properties', () => {
  assert.equal(escapeData('100% sure\r\nnext'), '100%25 sure%0D%0Anext')
  assert.equal(escapeData('a: b, c'), 'a: b, c')
  assert.equal(escapeProperty('news/a:b, c%.md'), 'news/a%3Ab%2C c%25.md')
  assert.equal(escapeProperty('x\ny'), 'x%0Ay')
  // `%` first, so an escape is never escaped twice.
  assert.equal(escapeData('%0A'), '%250A')
})

type Place = NonNullable<Options['place']>

/** A file as the step summary reads it: its name and counts. */
const counted = (file: VFile) => {
  const {path, messages} = reportFile(file)
  return {path, counts: countSeverities(messages)}
}

function fileWith(path: string, messages: Array<{reason: string; fatal: boolean | undefined; place?: Place; ruleId?: string}>): VFile {
  const file = new VFile({path, value: ''})
  for (const {reason, fatal, place, ruleId} of messages) {
    const options: Options = {ruleId: ruleId ?? 'missing-space', source: 'copydesk'}
    if (place) options.place = place
    const message = file.message(reason, options)
    message.fatal = fatal
  }
  return file
}

test('github: one command per finding, error, warning and notice, escaped', () => {
  const file = fileWith('news/a:b,c.md', [
    {reason: 'Odd: 50% off,\nsee', fatal: true, place: {start: {line: 2, column: 3}, end: {line: 2, column: 9}}},
    {reason: 'Spans lines', fatal: false, place: {start: {line: 3, column: 5}, end: {line: 4, column: 2}}, ruleId: 'boilerplate'},
    {reason: 'Just so you know', fatal: undefined, place: {line: 7, column: 1}, ruleId: 'calque'},
    {reason: 'Whole file', fatal: true, ruleId: 'read'}
  ])
  assert.equal(
    formatGithub([reportFile(file)]),
    [
      '::error file=news/a%3Ab%2Cc.md,line=2,col=3,endLine=2,endColumn=9,title=missing-space::Odd: 50%25 off,%0Asee',
      // Columns only for a one-line finding, as GitHub requires.
      '::warning file=news/a%3Ab%2Cc.md,line=3,endLine=4,title=boilerplate::Spans lines',
      '::notice file=news/a%3Ab%2Cc.md,line=7,col=1,endLine=7,endColumn=1,title=calque::Just so you know',
      '::error file=news/a%3Ab%2Cc.md,line=1,col=1,endLine=1,endColumn=1,title=read::Whole file',
      ''
    ].join('\n')
  )
})

test('github: a step summary only past 10 errors or 10 warnings', () => {
  const point = {line: 1, column: 1}
  const many = (count: number, fatal: boolean | undefined) => Array.from({length: count}, () => ({reason: 'x', fatal, place: point}))
  assert.equal(githubStepSummary([counted(fileWith('a.md', [...many(10, true), ...many(10, false), ...many(50, undefined)]))]), undefined)
  const summary = githubStepSummary([
    counted(fileWith('a.md', many(11, true))),
    counted(fileWith('clean.md', [])),
    counted(fileWith('b|c.md', [...many(2, false), ...many(1, undefined)]))
  ])
  assert.ok(summary)
  assert.match(summary, /^\n### copydesk\n\n11 errors, 2 warnings and 1 notice in 2 files\. /)
  assert.match(summary, /\| file \| errors \| warnings \| notices \|\n\| --- \| ---: \| ---: \| ---: \|\n\| `a\.md` \| 11 \| 0 \| 0 \|\n\| `b\\\|c\.md` \| 0 \| 2 \| 1 \|\n$/)
})

test('github: the CLI appends the summary to $GITHUB_STEP_SUMMARY', async () => {
  const text = Array.from({length: 12}, (_, i) => `Line ${i} ended.Then more.`).join('\n\n') + '\n'
  const dir = workspace({'a.md': text, 'b.md': 'It ended.Then it began.\n'})
  const summaryPath = join(dir, 'summary.md')
  writeFileSync(summaryPath, 'Earlier step\n')
  const result = await run(['--format', 'github', 'a.md', 'b.md'], dir, undefined, {GITHUB_STEP_SUMMARY: summaryPath})
  assert.equal(result.code, 1)
  assert.equal(result.stdout.split('\n').filter((line) => line.startsWith('::error ')).length, 13)
  const summary = readFileSync(summaryPath, 'utf8')
  assert.match(summary, /^Earlier step\n\n### copydesk\n\n13 errors, 0 warnings and 0 notices in 2 files\. /)
  assert.match(summary, /\| `a\.md` \| 12 \| 0 \| 0 \|\n\| `b\.md` \| 1 \| 0 \| 0 \|\n$/)
  // Few findings: annotations only, the summary is left alone.
  const few = await run(['--format', 'github', 'b.md'], dir, undefined, {GITHUB_STEP_SUMMARY: join(dir, 'none.md')})
  assert.equal(few.code, 1)
  assert.throws(() => readFileSync(join(dir, 'none.md')), {code: 'ENOENT'})
})
