// --format compact: always exactly one line per finding.
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {VFile} from 'vfile'
import {formatCompact} from '../src/report/compact.js'
import {reportFile} from './report-file.js'

test('compact: spans, severities, line breaks in messages, findings without a place or a path', () => {
  const file = new VFile({path: 'news/a.md'})
  file.message('Two\nlines\r\nhere', {place: {start: {line: 2, column: 3}, end: {line: 4, column: 1}}, ruleId: 'extra-space'}).fatal = false
  // file.message() makes a warning; info is fatal undefined, as the engine stamps it.
  file.message('Just a point', {place: {line: 5, column: 7}, ruleId: 'calque'}).fatal = undefined
  file.message('About the whole file', {source: 'copydesk'}).fatal = true
  const unnamed = new VFile()
  unnamed.message('From stdin', {place: {line: 1, column: 1}, ruleId: 'missing-space'}).fatal = true
  assert.equal(
    formatCompact([reportFile(file), reportFile(unnamed)]),
    [
      'news/a.md:2:3:4:1: warning Two lines here [extra-space]',
      'news/a.md:5:7:5:7: info Just a point [calque]',
      'news/a.md:1:1:1:1: error About the whole file [copydesk]',
      '<stdin>:1:1:1:1: error From stdin [missing-space]',
      ''
    ].join('\n')
  )
})
