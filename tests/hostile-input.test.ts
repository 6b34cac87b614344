// Hostile article files: empty, binary, badly encoded, odd line endings.
// Each case is checked the way CI meets it: through the command line, in
// every output format where it matters, with the exit code.
import assert from 'node:assert/strict'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'
import {VFile} from 'vfile'
import {decodeArticle} from '../src/io/read.js'
import {resolveConfig} from '../src/config/load.js'
import {lintVFile} from '../src/pipeline/index.js'
import {formatNames} from '../src/report/index.js'
import {run, workspace} from './cli-run.js'
import {applyFixes, findings, lint} from './helpers.js'

const encode = (text: string) => new TextEncoder().encode(text)
const bad = 'It ended.Then it began.\n'

interface JsonFile {
  path: string
  messages: Array<{ruleId: string; reason: string; line: number | null; column: number | null; fatal: boolean | null}>
}

test('hostile input: empty and whitespace-only articles give no findings and no error, with every rule on', async () => {
  for (const text of ['', ' ', '\n', '\r\n\r\n', ' \t \n\n\u00A0\u3000\n', '\uFEFF']) {
    const file = new VFile({path: 'a.md', value: text})
    lintVFile(file, resolveConfig({}, undefined))
    assert.deepEqual(file.messages, [], JSON.stringify(text))
  }
  const dir = workspace({'empty.md': '', 'blank.md': '  \n\t\n'})
  assert.deepEqual(await run(['empty.md', 'blank.md'], dir), {code: 0, stdout: '', stderr: ''})
})

test('hostile input: an image, a PDF or NUL bytes renamed .md is one fatal "not a text file" message on that file, exit 2; the others are checked', async () => {
  const dir = workspace({'a.md': bad})
  writeFileSync(join(dir, 'photo.md'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]))
  writeFileSync(join(dir, 'scan.md'), encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n'))
  writeFileSync(join(dir, 'nul.md'), encode('Half an article.\0\0\0'))
  const result = await run(['--format', 'json', 'a.md', 'photo.md', 'scan.md', 'nul.md'], dir)
  assert.equal(result.code, 2)
  assert.equal(result.stderr, '')
  const report = JSON.parse(result.stdout) as JsonFile[]
  assert.deepEqual(report.map((file) => file.path), ['a.md', 'photo.md', 'scan.md', 'nul.md'])
  assert.deepEqual(report[0]!.messages.map((m) => m.ruleId), ['missing-space'])
  assert.deepEqual(
    report.slice(1).map((file) => file.messages.map((m) => [m.ruleId, m.line, m.column, m.fatal, m.reason])),
    [
      [['read-error', 1, 1, true, 'Cannot check this file: not a text file (it looks like a PNG image)']],
      [['read-error', 1, 1, true, 'Cannot check this file: not a text file (it looks like a PDF document)']],
      [['read-error', 1, 1, true, 'Cannot check this file: not a text file (it contains NUL bytes; UTF-16 text needs a byte-order mark)']]
    ]
  )
  // Every format shows it, and every format exits 2.
  for (const format of formatNames) {
    const shown = await run(['--no-color', '--format', format, 'a.md', 'photo.md'], dir)
    assert.equal(shown.code, 2, format)
    assert.match(shown.stdout, /not a text file \(it looks like a PNG image\)/, format)
    assert.match(shown.stdout, /photo\.md/, format)
  }
})

test('hostile input: standard input that is not text is reported under its name', async () => {
  const dir = workspace({})
  const result = await run(['--format', 'json', '--stdin-filename', 'story.md', '-'], dir, 'text\0with a NUL')
  assert.equal(result.code, 2)
  const report = JSON.parse(result.stdout) as JsonFile[]
  assert.equal(report[0]!.path, 'story.md')
  assert.match(report[0]!.messages[0]!.reason, /^Cannot check this file: not a text file/)
})

test('hostile input: a file full of control characters or undecodable bytes is refused', () => {
  const controls = Uint8Array.from({length: 400}, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))
  assert.equal(decodeArticle(controls, 'a.md', '/').problem, 'not a text file (it is full of control characters)')
  // GBK: nearly every byte is invalid UTF-8.
  const gbk = Uint8Array.from({length: 400}, (_, i) => (i % 2 ? 0xd6 : 0xd0))
  assert.match(decodeArticle(gbk, 'a.md', '/').problem!, /^not UTF-8 text: much of it cannot be decoded/)
})

test('hostile input: invalid UTF-8 is read with U+FFFD and one warning at the first bad byte; the article is still checked', async () => {
  const dir = workspace({})
  // Latin-1 "é" (0xE9) twice; a genuine U+FFFD before them must not be taken for a bad byte.
  const bytes = Uint8Array.from([...encode('Caf\uFFFD line.\n\nA caf'), 0xe9, ...encode(' ended.Then the caf'), 0xe9, ...encode(' closed.\n')])
  writeFileSync(join(dir, 'latin.md'), bytes)
  const result = await run(['--format', 'json', 'latin.md'], dir)
  assert.equal(result.code, 1)
  const [file] = JSON.parse(result.stdout) as JsonFile[]
  assert.deepEqual(
    file!.messages.map((m) => [m.ruleId, m.line, m.column, m.fatal]),
    [
      ['encoding', 3, 6, false],
      ['missing-space', 3, 8, true]
    ]
  )
  assert.equal(file!.messages[0]!.reason, 'Not valid UTF-8: byte `0xE9` and any other bad bytes were read as `\uFFFD`; save the file as UTF-8')
  const read = decodeArticle(bytes, 'latin.md', dir)
  assert.deepEqual(read.file!.data.invalidUtf8, {byte: 0xe9, byteOffset: 19, replacement: 1})
  // Warnings do not fail a run; --fix never writes such a file (its bytes would change).
  writeFileSync(join(dir, 'clean.md'), Uint8Array.from([...encode('The caf'), 0xe9, ...encode(' closed on Monday.\n')]))
  assert.equal((await run(['clean.md'], dir)).code, 0)
  const fixed = await run(['--fix', 'latin.md'], dir)
  assert.equal(fixed.code, 2)
  assert.match(fixed.stderr, /latin\.md: not fixed: the file on disk differs/)
  assert.deepEqual(readFileSync(join(dir, 'latin.md')), Buffer.from(bytes))
})

test('hostile input: UTF-8 with a byte-order mark: positions count from the first character, and --fix keeps the mark', async () => {
  const dir = workspace({})
  writeFileSync(join(dir, 'bom.md'), Uint8Array.from([0xef, 0xbb, 0xbf, ...encode(bad)]))
  const read = decodeArticle(readFileSync(join(dir, 'bom.md')), 'bom.md', dir)
  assert.equal(read.file!.data.bom, true)
  assert.equal(read.file!.data.encoding, 'utf-8')
  const result = await run(['--format', 'json', 'bom.md'], dir)
  const [file] = JSON.parse(result.stdout) as JsonFile[]
  assert.deepEqual(file!.messages.map((m) => [m.ruleId, m.line, m.column]), [['missing-space', 1, 4]])
  assert.equal((await run(['--fix', 'bom.md'], dir)).code, 0)
  assert.deepEqual(readFileSync(join(dir, 'bom.md')), Buffer.from([0xef, 0xbb, 0xbf, ...encode('It ended. Then it began.\n')]))
})

test('hostile input: UTF-16 with a byte-order mark is decoded and checked; --fix refuses to rewrite it', async () => {
  const dir = workspace({})
  const text = 'Title\r\n\r\nIt ended.Then it began.\r\n'
  const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
  const big = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])
  writeFileSync(join(dir, 'le.md'), little)
  writeFileSync(join(dir, 'be.md'), big)
  const result = await run(['--format', 'json', 'le.md', 'be.md'], dir)
  assert.equal(result.code, 1)
  for (const file of JSON.parse(result.stdout) as JsonFile[]) {
    assert.deepEqual(file.messages.map((m) => [m.ruleId, m.line, m.column]), [['missing-space', 3, 4]], file.path)
  }
  assert.equal(decodeArticle(little, 'le.md', dir).file!.data.encoding, 'utf-16le')
  assert.equal(decodeArticle(big, 'be.md', dir).file!.data.encoding, 'utf-16be')
  const fixed = await run(['--fix', 'le.md'], dir)
  assert.equal(fixed.code, 2)
  assert.match(fixed.stderr, /le\.md: not fixed/)
  assert.deepEqual(readFileSync(join(dir, 'le.md')), little)
})

test('hostile input: CRLF and lone CR line endings give the same lines and columns as LF', () => {
  const lines = ['# A headline', '', 'First line.', 'It ended.Then it began.', '', '- Item one.Two', '> Quoted one.Two']
  const expected = [
    '4:4-4:14: Missing space after `.`, expected `ended. Then`',
    '6:8-6:15: Missing space after `.`, expected `one. Two`',
    '7:10-7:17: Missing space after `.`, expected `one. Two`'
  ]
  for (const eol of ['\n', '\r\n', '\r']) {
    assert.deepEqual(findings(lines.join(eol) + eol, 'missing-space'), expected, JSON.stringify(eol))
  }
  // Mixed endings in one file.
  assert.deepEqual(findings('One.\r\nTwo.\rIt ended.Then.\n', 'missing-space'), ['3:4-3:14: Missing space after `.`, expected `ended. Then`'])
})

test('hostile input: escapes and entities do not shift positions, in quotes and lists too, and fixes land where they belong', () => {
  const cases: Array<[string, string]> = [
    // Found by the fuzzer: the fix went to the end of the line, ten spaces a run.
    ['> *\\*\n> article:Bu ***** 14th\n> café', '> *\\*\n> article: Bu ***** 14th\n> café'],
    ['&amp; clusters.The end.', '&amp; clusters. The end.'],
    ['AT&amp;T rose.\\*Then it fell.It ended.', 'AT&amp;T rose.\\*Then it fell. It ended.'],
    ['- One &#x1F600; two\n  three &copy; four.Five', '- One &#x1F600; two\n  three &copy; four. Five'],
    ['> \\[note\\] one\n>   two&nbsp;three.Four', '> \\[note\\] one\n>   two&nbsp;three. Four']
  ]
  for (const [text, fixed] of cases) {
    const messages = lint(text, 'missing-space')
    assert.equal(messages.length, 1, text)
    const place = messages[0]!.place
    assert.ok(place && 'start' in place)
    assert.match(text.slice(place.start.offset, place.end.offset), /^\S+[.:,]\S+$/, text)
    assert.equal(applyFixes(text, messages), fixed)
  }
})
