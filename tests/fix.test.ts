// The fix engine (pure edits, the multi-pass loop, the prose guard) and the
// file writing under --fix: atomic, idempotent, keeping BOM, CRLF and mode,
// and never losing text when the disk or another program gets in the way.
import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {chmodSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'
import {diffChars} from 'diff'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {checkTask} from '../src/cli/task.js'
import {resolveConfig} from '../src/config/load.js'
import {nodeFs, type AtomicFs} from '../src/io/atomic.js'
import {applyEdits, mergeRanges} from '../src/fix/edits.js'
import {fixEdits, wholeLine, fixVFile, proseRanges, type ProseRanges} from '../src/fix/index.js'
import {writeFixedArticle} from '../src/fix/write.js'
import {lint} from '../src/index.js'
import type {Message} from '../src/message.js'
import {lintVFile} from '../src/pipeline/index.js'
import {run, workspace} from './cli-run.js'

const edit = (start: number, end: number, text: string) => ({range: [start, end] as [number, number], text})

test('applyEdits: applies in position order, skips overlapping edits and an insertion touching another', () => {
  const result = applyEdits('abcdefgh', [edit(6, 8, 'GH'), edit(0, 2, 'AB'), edit(1, 3, 'no'), edit(2, 4, 'CD'), edit(4, 4, '-')])
  // [2, 4) touches [0, 2): both replace text, so both apply; the insertion at 4 waits.
  assert.equal(result.text, 'ABCDefGH')
  assert.deepEqual(result.skipped.map((e) => e.range), [[1, 3], [4, 4]])
  // An insertion first, a replacement touching it: the replacement waits.
  assert.deepEqual(applyEdits('abcd', [edit(2, 2, '-'), edit(2, 3, 'C')]).skipped.map((e) => e.range), [[2, 3]])
  // Two insertions at one point: the order would matter, so one waits.
  assert.equal(applyEdits('ab', [edit(1, 1, 'x'), edit(1, 1, 'y')]).text, 'axb')
  // Out of the text, or inverted: never applied.
  assert.equal(applyEdits('ab', [edit(1, 5, 'x'), edit(2, 1, 'y'), edit(-1, 0, 'z')]).text, 'ab')
  assert.equal(applyEdits('same', []).text, 'same')
})

test('applyEdits (property): applied edits are disjoint and every character outside them is kept in order', () => {
  const arbitraryEdit = (length: number) =>
    fc.tuple(fc.nat({max: length}), fc.nat({max: length}), fc.string({maxLength: 3})).map(([a, b, text]) => edit(Math.min(a, b), Math.max(a, b), text))
  fc.assert(
    fc.property(
      fc.string({maxLength: 40}).chain((text) => fc.tuple(fc.constant(text), fc.array(arbitraryEdit(text.length), {maxLength: 8}))),
      ([text, edits]) => {
        const {text: result, applied} = applyEdits(text, edits)
        let rebuilt = ''
        let at = 0
        let previous: readonly [number, number] | undefined
        for (const {range, text: inserted} of applied) {
          // Touching the edit before only when both replace text.
          assert.ok(!previous || range[0] > at || (range[0] === at && previous[0] < previous[1] && range[0] < range[1]), 'disjoint and in order')
          rebuilt += text.slice(at, range[0]) + inserted
          at = range[1]
          previous = range
        }
        assert.equal(result, rebuilt + text.slice(at))
        assert.equal(applied.length + applyEdits(text, edits).skipped.length, edits.length)
      }
    ),
    {seed: 4, numRuns: 500}
  )
})

test('mergeRanges: sorts and joins touching ranges, drops empty ones', () => {
  assert.deepEqual(mergeRanges([[5, 7], [0, 2], [2, 3], [9, 9], [6, 8]]), [[0, 3], [5, 8]])
})

/** Messages with the given fix edits, each finding covering `[start, end)`. */
function findingsWith(items: Array<{start: number; end: number; fix: ReturnType<typeof edit>}>): VFileMessage[] {
  return items.map(({start, end, fix}) => {
    const message = new VFileMessage('synthetic', {place: {start: {line: 1, column: 1, offset: start}, end: {line: 1, column: 1, offset: end}}})
    message.fix = fix
    return message
  })
}

test('fixEdits: only edits inside their finding and inside prose are taken', () => {
  const text = [
    '---', // 0
    'title: front.Matter', // 4
    '---', // 24
    '', // 28
    'Prose one.Two `code.Here` and https://example.com/a.B end.', // 29
    '', // 87
    '```', // 88
    'block.Code', // 92
    '```', // 103
    ''
  ].join('\n')
  const file = new VFile({path: 'a.md', value: text})
  let ranges: ProseRanges = []
  lintVFile(file, resolveConfig({}, undefined), {onDocument: (document) => (ranges = proseRanges(document))})
  const at = (needle: string) => text.indexOf(needle)
  const insertAfter = (needle: string, mark: string) => {
    const offset = at(needle) + needle.indexOf(mark) + 1
    return {start: at(needle), end: at(needle) + needle.length, fix: edit(offset, offset, ' ')}
  }
  const candidates = [
    insertAfter('one.Two', '.'), // prose: taken
    insertAfter('front.Matter', '.'), // front matter
    insertAfter('code.Here', '.'), // inline code
    insertAfter('example.com/a.B', '/'), // URL
    insertAfter('block.Code', '.'), // code block
    {start: at('one.Two'), end: at('Two'), fix: edit(at('Two'), at('Two'), ' ')}, // at its finding's very end: taken
    {start: at('one.Two'), end: at('one.Two') + 3, fix: edit(at('end.'), at('end.') + 3, 'END')} // outside its finding
  ]
  const taken = fixEdits(findingsWith(candidates), ranges, text)
  assert.deepEqual(taken.map((e) => text.slice(e.range[0] - 4, e.range[0])), ['one.', 'one.'])
  // In a CRLF file, a line break an edit inserts becomes CRLF.
  const crlf = fixEdits(findingsWith([{start: at('one.Two'), end: at('one.Two') + 7, fix: edit(at('Two'), at('Two'), '\n')}]), ranges, text.replace(/\n/g, '\r\n'))
  assert.equal(crlf[0]!.text, '\r\n')
})

test("wholeLine: deleting all of a line's text deletes the line, spaces and break included; never Markdown around it", () => {
  const text = 'Keep this.\n  Back to top \r\nKeep that.\n> Back to top\nLast line'
  const span = (needle: string, from = 0) => [text.indexOf(needle, from), text.indexOf(needle, from) + needle.length] as const
  assert.deepEqual(wholeLine(span('Back to top'), text), [span('  Back')[0], span('Keep that')[0]])
  // A quote marker stays, and with it the line.
  assert.deepEqual(wholeLine(span('Back to top', 20), text), [...span('Back to top', 20)])
  // Part of a line, or an insertion: as asked.
  assert.deepEqual(wholeLine(span('Keep'), text), [...span('Keep')])
  assert.deepEqual(wholeLine([3, 3], text), [3, 3])
  // The last line, with no break after it: the break before it stays.
  assert.deepEqual(wholeLine(span('Last line'), text), [...span('Last line').slice(0, 1), text.length])
})

test('fixVFile: passes until nothing is fixable; overlapping edits wait for the next pass', () => {
  const file = new VFile({value: 'aaaaa'})
  // Each "aa" becomes "a": overlapping edits, so several passes.
  const pass = (target: VFile) => {
    const value = String(target)
    const messages: Message[] = []
    for (let i = 0; i + 1 < value.length; i++) {
      if (value.slice(i, i + 2) !== 'aa') continue
      messages.push({ruleId: 'double', severity: 'warning', reason: 'double', place: {start: {line: 1, column: i + 1, offset: i}, end: {line: 1, column: i + 3, offset: i + 2}}, fix: edit(i, i + 2, 'a')})
    }
    return {messages, ranges: [[0, value.length]] as ProseRanges}
  }
  const outcome = fixVFile(file, pass)
  assert.equal(String(file), 'a')
  assert.deepEqual(outcome, {passes: 3, changed: true, messages: []})
  // A rule whose fix never removes its finding stops after 10 passes.
  const stubborn = new VFile({value: 'x'})
  const outcome2 = fixVFile(stubborn, (target) => ({
    messages: [{ruleId: 'again', severity: 'warning', reason: 'again', place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 2, offset: 1}}, fix: edit(0, 0, '+')}],
    ranges: [[0, String(target).length]] as ProseRanges
  }))
  assert.equal(outcome2.passes, 10)
  assert.equal(String(stubborn), '++++++++++x')
})

test('lint({fix}): missing-space fixed, the rest reported, fixing twice changes nothing', () => {
  const config = resolveConfig({rules: {boilerplate: 'warn'}}, undefined)
  const text = 'It ended.Then,at last,it began.\n\nReprint Statement: ok.\n'
  const file = lint(text, {config, fix: true})
  assert.equal(String(file), 'It ended. Then, at last, it began.\n\nReprint Statement: ok.\n')
  assert.deepEqual(file.data.fix, {passes: 1, changed: true})
  assert.deepEqual(file.messages.map((m) => m.ruleId), ['boilerplate'])
  const again = lint(String(file), {config, fix: true})
  assert.deepEqual(again.data.fix, {passes: 0, changed: false})
  assert.equal(String(again), String(file))
})

/** Only spaces were added: every letter of the original is where it was. */
function assertOnlySpacesAdded(before: string, after: string) {
  for (const part of diffChars(before, after)) {
    assert.ok(!part.removed, `removed ${JSON.stringify(part.value)}`)
    if (part.added) assert.match(part.value, /^ +$/)
  }
}

const messy = [
  '---',
  'title: Front.Matter stays',
  '---',
  '',
  'The plant opened.Workers cheered,and left.',
  '',
  'See `config.Value` and www.example.com.Cn for code.',
  '',
  '```',
  'code.Block stays',
  '```',
  '',
  'Reprint Statement: all rights reserved.',
  ''
]

test('cli --fix: keeps BOM, CRLF and mode; touches only the fixed spots; a second run is a no-op', async () => {
  const text = '\uFEFF' + messy.join('\r\n')
  const dir = workspace({'story.md': text, 'plain.md': messy.join('\n')})
  const path = join(dir, 'story.md')
  chmodSync(path, 0o640)
  chmodSync(join(dir, 'plain.md'), 0o755)
  const first = await run(['--fix', '--format', 'json', 'story.md', 'plain.md'], dir)
  assert.equal(first.stderr, '')
  // Only the boilerplate warning is left: exit 0.
  assert.equal(first.code, 0)
  const report = JSON.parse(first.stdout) as Array<{messages: Array<{ruleId: string; line: number}>}>
  assert.deepEqual(report.map((file) => file.messages.map((m) => `${m.ruleId}:${m.line}`)), [['boilerplate:13'], ['boilerplate:13']])

  const fixed = readFileSync(path, 'utf8')
  assert.ok(fixed.startsWith('\uFEFF---\r\n'), 'BOM kept')
  assert.equal(fixed.split('\r\n').length, messy.length, 'CRLF kept')
  assert.ok(!/[^\r]\n/.test(fixed), 'no bare LF')
  assert.equal(fixed.split('\r\n')[4], 'The plant opened. Workers cheered, and left.')
  assertOnlySpacesAdded(text, fixed)
  assert.equal(statSync(path).mode & 0o777, 0o640)
  assert.equal(statSync(join(dir, 'plain.md')).mode & 0o777, 0o755)
  assertOnlySpacesAdded(messy.join('\n'), readFileSync(join(dir, 'plain.md'), 'utf8'))
  assert.deepEqual(readdirSync(dir).sort(), ['plain.md', 'story.md'], 'no temporary files')

  const before = statSync(path)
  const second = await run(['--fix', '--format', 'json', 'story.md', 'plain.md'], dir)
  assert.equal(second.code, 0)
  assert.equal(second.stdout, first.stdout)
  assert.equal(readFileSync(path, 'utf8'), fixed)
  const after = statSync(path)
  assert.equal(after.ino, before.ino, 'not rewritten')
  assert.equal(after.mtimeMs, before.mtimeMs)
})

test('cli --fix-dry-run: prints a unified diff and the report of what is left; writes nothing', async () => {
  const dir = workspace({'a.md': 'Intro line.\n\nIt ended.Then it began.\n'})
  const result = await run(['--fix-dry-run', '--no-color', 'a.md'], dir)
  assert.equal(result.code, 0)
  assert.equal(
    result.stdout,
    ['--- a/a.md', '+++ b/a.md', '@@ -1,3 +1,3 @@', ' Intro line.', ' ', '-It ended.Then it began.', '+It ended. Then it began.', ''].join('\n')
  )
  assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), 'Intro line.\n\nIt ended.Then it began.\n')
  assert.equal((await run(['--fix', '--fix-dry-run', 'a.md'], dir)).code, 2)
})

test('cli --fix: follows a symbolic link and keeps it; refuses stdin', async () => {
  const dir = workspace({'real.md': 'It ended.Then it began.\n'})
  symlinkSync('real.md', join(dir, 'link.md'))
  assert.equal((await run(['--fix', 'link.md'], dir)).code, 0)
  assert.ok(statSync(join(dir, 'link.md'), {throwIfNoEntry: true}) && readdirSync(dir).includes('link.md'))
  assert.equal(readFileSync(join(dir, 'real.md'), 'utf8'), 'It ended. Then it began.\n')
  const stdin = await run(['--fix', '-'], dir, 'It ended.Then it began.')
  assert.equal(stdin.code, 2)
  assert.match(stdin.stderr, /--fix cannot save fixes to stdin; use --fix-dry-run/)
})

/** Check `name` in `dir` with --fix and save the fixes through a file system that misbehaves; when they are not saved, check the file again as it is, as the run does. */
function fixWith(dir: string, name: string, fs: AtomicFs) {
  const task = {input: join(dir, name), display: name, bytes: readFileSync(join(dir, name))}
  const context = {cwd: dir, config: resolveConfig({}, undefined), rules: undefined, source: false as const, fix: 'write' as const, maxFindings: undefined, keepText: true, hash: false, timing: false}
  const fixed = checkTask(task, context).fixed
  assert.ok(fixed)
  const problem = writeFixedArticle(fixed, {fs})
  const result = problem === undefined ? checkTask(task, {...context, fix: undefined}) : {...checkTask(task, {...context, fix: undefined}), problem}
  return {result, file: {text: result.value, messages: result.messages}}
}

const original = 'First.Second stays as it was.\n'

test('--fix under faults: a full disk leaves the original intact and no temporary file', () => {
  const dir = workspace({'a.md': original})
  const full: AtomicFs = {
    ...nodeFs,
    write(fd, data, offset) {
      // Half the bytes land, then the disk is full.
      nodeFs.write(fd, data.subarray(0, Math.floor(data.length / 2)), offset)
      throw Object.assign(new Error('ENOSPC: no space left on device'), {code: 'ENOSPC'})
    }
  }
  const {result, file} = fixWith(dir, 'a.md', full)
  assert.equal(result.problem, 'not fixed, file left as it was: no space left on the device')
  assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), original)
  assert.deepEqual(readdirSync(dir), ['a.md'])
  // The report shows the file as it still is.
  assert.equal(file.text, original)
  assert.deepEqual(file.messages.map((m) => m.ruleId), ['missing-space'])
})

test('--fix under faults: a read-only folder, a failed rename', () => {
  const dir = workspace({'a.md': original})
  const readOnly: AtomicFs = {
    ...nodeFs,
    create() {
      throw Object.assign(new Error('EACCES: permission denied'), {code: 'EACCES'})
    }
  }
  assert.equal(fixWith(dir, 'a.md', readOnly).result.problem, 'not fixed, file left as it was: permission denied')
  const noRename: AtomicFs = {
    ...nodeFs,
    rename() {
      throw Object.assign(new Error('EXDEV'), {code: 'EXDEV'})
    }
  }
  assert.equal(fixWith(dir, 'a.md', noRename).result.problem, 'not fixed, file left as it was: cannot write (EXDEV)')
  assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), original)
  assert.deepEqual(readdirSync(dir), ['a.md'])
})

test('--fix under faults: a file changed on disk while being fixed is not overwritten', () => {
  const dir = workspace({'a.md': original})
  const path = join(dir, 'a.md')
  const edited = 'An editor saved this meanwhile.\n'
  const racing: AtomicFs = {
    ...nodeFs,
    write(fd, data, offset) {
      writeFileSync(path, edited)
      return nodeFs.write(fd, data, offset)
    }
  }
  const {result} = fixWith(dir, 'a.md', racing)
  assert.equal(result.problem, 'not fixed: the file changed on disk while it was being fixed; left as it is now')
  assert.equal(readFileSync(path, 'utf8'), edited)
  assert.deepEqual(readdirSync(dir), ['a.md'])
})

test('--fix under faults: text that does not match the bytes on disk is never written', () => {
  const dir = workspace({'a.md': original})
  const path = join(dir, 'a.md')
  // As if the text had been decoded with replacement characters, or changed before the fix began.
  const problem = writeFixedArticle({path, original: 'First.Second stays as it was\uFFFD\n', fixed: 'whatever', bom: false})
  assert.match(problem!, /^not fixed: the file on disk differs from the UTF-8 text that was checked/)
  assert.equal(readFileSync(path, 'utf8'), original)
  // A BOM the text was read with must be on disk too.
  assert.match(writeFixedArticle({path, original, fixed: 'x', bom: true})!, /^not fixed/)
  assert.equal(writeFixedArticle({path: join(dir, 'gone.md'), original, fixed: 'x', bom: false}), 'not fixed: no such file or directory')
  // A pipe is never replaced by a file.
  execFileSync('mkfifo', [join(dir, 'pipe.md')])
  assert.equal(writeFixedArticle({path: join(dir, 'pipe.md'), original, fixed: 'x', bom: false}), 'not fixed: not a regular file')
  assert.ok(lstatSync(join(dir, 'pipe.md')).isFIFO())
  assert.equal(readFileSync(path, 'utf8'), original)
})

test('cli --fix: a file that is not valid UTF-8 is never written; the others are fixed; exit 2', async () => {
  const dir = workspace({'a.md': original})
  // A Latin-1 "é" in otherwise fixable text: whether it is refused when read
  // or decoded with a replacement character, it is never written back.
  const latin1 = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' closed.Then it opened.\n')])
  writeFileSync(join(dir, 'latin1.md'), latin1)
  const result = await run(['--fix', '--format', 'json', 'a.md', 'latin1.md'], dir)
  assert.equal(result.code, 2)
  assert.match(result.stderr, /^copydesk: latin1\.md: /m)
  assert.deepEqual(readFileSync(join(dir, 'latin1.md')), latin1)
  assert.deepEqual(readdirSync(dir).sort(), ['a.md', 'latin1.md'])
  assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), 'First. Second stays as it was.\n')
})
