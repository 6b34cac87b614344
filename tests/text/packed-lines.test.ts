import assert from 'node:assert/strict'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {test} from 'node:test'
import {indexFile, PackedLines, packLines, readPackedLines} from '../../src/text/packed-lines.js'

const entries: Array<[string, string]> = [
  ['aluminium', 'n'],
  ['aluminum', 'n'],
  ['ab', 'x'],
  ['Beijing', 'NNP'],
  ['smelter', 'n'],
  ['smelt', 'v'],
  ['zz', ''],
  ['élan', 'n'],
  ['1st', 'JJ']
]
const text = packLines(entries)
const asked = [...entries.map(([key]) => key), 'alum', 'aluminiums', 'a', '', 'smel', 'zzz', 'Élan', '0th']

/** Every answer of `lines` to `asked`: the line and its value, or -1. */
const answers = (lines: PackedLines) => asked.map((key) => {
  const line = lines.find(key)
  return [key, line, line === -1 ? undefined : lines.value(line)]
})

test('PackedLines: an index the build wrote answers as one made afresh', () => {
  const fresh = new PackedLines(text)
  const indexed = new PackedLines(text, fresh.index())
  assert.deepEqual(answers(indexed), answers(fresh))
  assert.equal(indexed.length, entries.length)
  assert.equal(indexed.value(indexed.find('smelter')), 'n')
})

test('PackedLines: an index of other lines is not taken', () => {
  const other = new PackedLines(packLines(entries.slice(1))).index()
  const lines = new PackedLines(text, other)
  assert.deepEqual(answers(lines), answers(new PackedLines(text)))
})

test('readPackedLines: reads the index beside the file, and does without one', () => {
  const folder = mkdtempSync(join(tmpdir(), 'copydesk-packed-'))
  const bare = join(folder, 'bare.txt')
  writeFileSync(bare, text)
  const withIndex = join(folder, 'indexed.txt')
  writeFileSync(withIndex, text)
  writeFileSync(indexFile(withIndex), new PackedLines(text).index())
  const expected = answers(new PackedLines(text))
  assert.deepEqual(answers(readPackedLines(bare)), expected)
  assert.deepEqual(answers(readPackedLines(withIndex)), expected)
  // ASCII files (the build's all are) are read as Latin-1: the same lines.
  const ascii = join(folder, 'ascii.txt')
  const asciiText = packLines(entries.filter(([key]) => /^[\x00-\x7f]*$/.test(key)))
  writeFileSync(ascii, asciiText)
  assert.deepEqual(answers(readPackedLines(ascii)), answers(new PackedLines(asciiText)))
  // An index that no longer fits its file (the file rewritten since) is ignored.
  writeFileSync(withIndex, packLines(entries.slice(2)))
  assert.deepEqual(answers(readPackedLines(withIndex)), answers(new PackedLines(packLines(entries.slice(2)))))
})
