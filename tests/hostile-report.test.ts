// Hostile report sizes: a file with tens of thousands, or millions, of
// findings is formatted in slices, in every format, and the text is the
// same as formatting it whole (stylish aside, which names the file once and
// aligns columns per slice). Millions: behind the slow flag.
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {createReportSink, sliceSize, slices} from '../src/cli/report-stream.js'
import type {FileResult} from '../src/cli/result.js'
import type {Message} from '../src/message.js'
import {formatReport, formatNames, type FormatName} from '../src/report/index.js'
import {slow} from './slow.js'

const options = {color: false, cwd: '/news', toolVersion: '0.0.0'}

/** A result of `count` findings, errors and warnings of two rules, one a line. */
function result(path: string, count: number): FileResult {
  const messages: Message[] = []
  for (let index = 0; index < count; index++) {
    const start = index * 25
    messages.push({
      ruleId: index % 3 === 0 ? 'boilerplate' : 'missing-space',
      severity: index % 3 === 0 ? 'warning' : 'error',
      reason: `Missing space after \`.\`, expected \`ended. Then\``,
      place: {start: {line: index + 1, column: 4, offset: start + 3}, end: {line: index + 1, column: 14, offset: start + 13}},
      expected: ['ended. Then'],
      actual: 'ended.Then'
    })
  }
  return {path, messages, value: 'It ended.Then it began.\n\n'.repeat(count)}
}

/** The whole report of `results` written through the sink, in slices of `size` findings. */
function streamed(format: FormatName, results: FileResult[], size = sliceSize, write?: (text: string) => void): string {
  let text = ''
  const sink = createReportSink(format, options, write ?? ((part) => (text += part)))
  for (const each of results) for (const {file, first, last} of slices(each, size)) sink.add(file, first, last)
  sink.end()
  return text
}

test('hostile report: a file of more findings than a slice is written in slices, and the text is that of the whole, in every format', () => {
  const files = [result('news/a.md', 27), result('news/b.md', 0), result('news/c.md', 3)]
  for (const format of formatNames) {
    const text = streamed(format, files, 10)
    const whole = formatReport(files, format, options)
    if (format === 'stylish') {
      // The file is named once; its lines are those of the whole.
      assert.equal(text.split('\n').filter((line) => line === 'news/a.md').length, 1)
      assert.deepEqual(text.split('\n').map((line) => line.replace(/ +/g, ' ')), whole.split('\n').map((line) => line.replace(/ +/g, ' ')))
    } else assert.equal(text, whole, format)
  }
  assert.equal((JSON.parse(streamed('json', files, 10)) as Array<{messages: unknown[]}>).map((file) => file.messages.length).join(), '27,0,3')
  assert.equal(sliceSize, 10_000)
})

// Stylish (vfile-reporter measures every cell's width) and SARIF (a hash a
// finding) take over a millisecond a finding on a busy machine: fewer for
// them, yet past what overflowed the stack (stylish) or the string (SARIF).
const findings: Record<FormatName, number> = {stylish: 200_000, sarif: 1_000_000, json: 2_000_000, jsonl: 2_000_000, github: 2_000_000, compact: 2_000_000, html: 200_000}
for (const [format, count] of Object.entries(findings) as Array<[FormatName, number]>) {
  test(`hostile report: ${count.toLocaleString('en')} findings in one file are written as ${format}, without a string too long or a stack overflow`, slow, () => {
    let bytes = 0
    let lines = 0
    streamed(format, [result('news/huge.md', count)], sliceSize, (text) => {
      bytes += text.length
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++
    })
    // A line a finding at least (a JSON file is one line), and more text than one string could hold for JSON and SARIF.
    assert.ok(lines >= count || format === 'json' || format === 'jsonl', `${lines} lines`)
    assert.ok(bytes > count * 40, `${bytes} characters`)
  })
}
