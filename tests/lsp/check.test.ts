// What the server's worker makes of one document: a saved one is compared
// with its Chinese source as the CLI compares the file; an unsaved one has
// no place to look from, so it is checked without one, as stdin is. A
// document of megabytes is checked in sections, and its fixes and directive
// places are in the file's positions, not the section's.
import assert from 'node:assert/strict'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {test} from 'node:test'
import {checkDocument} from '../../src/lsp/check.js'
import {partSize} from '../../src/pipeline/chunks.js'
import {slow} from '../slow.js'

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

test('check: in a document of megabytes, a late finding gets its fix and its directive place in the file', slow, () => {
  // Paragraphs that differ, so that no check compares them as repeats.
  const paragraphs: string[] = []
  for (let length = 0, i = 0; length <= partSize; i++) {
    paragraphs.push(`Ticket ${i} of the harbour board was approved on Tuesday.\n\n`)
    length += paragraphs[i]!.length
  }
  const head = paragraphs.join('')
  const text = `${head}The ferry left at noon\nand reached the island.It docked.\n`
  const output = checkDocument({path: undefined, text, cwd: '/'})
  const late = output.messages.findIndex((message) => message.ruleId === 'missing-space')
  assert.equal(output.messages.filter((message) => message.ruleId === 'missing-space').length, 1)
  const at = text.indexOf('island.It')
  assert.deepEqual(output.fixes[late], {range: [at + 'island.'.length, at + 'island.'.length], text: ' '})
  const line = text.slice(0, at).split('\n').length
  // The line above is the same paragraph's: the directive goes at its end, inline.
  assert.deepEqual(output.lines[line], {offset: text.indexOf('\nand reached'), inline: true})
})
