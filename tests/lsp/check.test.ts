// What the server's worker makes of one document: a saved one is compared
// with its Chinese source as the CLI compares the file; an unsaved one has
// no place to look from, so it is checked without one, as stdin is.
import assert from 'node:assert/strict'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {test} from 'node:test'
import {checkDocument} from '../../src/lsp/check.js'

const text = '---\nsource: mill.zh.md\n---\nThe mill employs 300 workers.\n'

test('check: a saved document is compared with the source its front matter names; unsaved text naming one is not', () => {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-check-'))
  writeFileSync(join(dir, 'mill.zh.md'), '这家工厂雇用了500名工人。\n')
  const saved = checkDocument({path: join(dir, 'mill.md'), text, cwd: dir})
  assert.deepEqual(
    saved.messages.map((message) => [message.ruleId, message.reason]),
    [['number-mismatch', "`300` does not match the source's `500`, expected `500`"]]
  )
  assert.equal(saved.sourcePath, join(dir, 'mill.zh.md'))
  const unsaved = checkDocument({path: undefined, text, cwd: dir})
  assert.deepEqual(unsaved.messages, [])
  assert.equal(unsaved.sourcePath, undefined)
})
