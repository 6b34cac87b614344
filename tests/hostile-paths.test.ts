// Hostile paths: missing, empty, unreadable, looping or vanishing inputs.
// Each is one clear line, the run exits 2, and the other files are checked.
import assert from 'node:assert/strict'
import {execFileSync, spawn} from 'node:child_process'
import {once} from 'node:events'
import {chmodSync, mkdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync} from 'node:fs'
import {createServer} from 'node:net'
import {join} from 'node:path'
import {test} from 'node:test'
import {expandInputs} from '../src/cli/inputs.js'
import {unreadableResult} from '../src/cli/result.js'
import {describeFsError, readArticle, readInput} from '../src/io/files.js'
import {formatReport} from '../src/report/index.js'
import {run, workspace} from './cli-run.js'

const bad = 'It ended.Then it began.\n'
const isRoot = process.getuid?.() === 0

/** The files the JSON report names, and the rule ids of their messages. */
function reported(stdout: string): Array<[string, string[]]> {
  const report = JSON.parse(stdout) as Array<{path: string; messages: Array<{ruleId: string}>}>
  return report.map((file) => [file.path, file.messages.map((m) => m.ruleId)])
}

test('hostile paths: a missing path, an empty directory and a glob matching nothing are one line each, exit 2; the rest is checked', async () => {
  const dir = workspace({'a.md': bad, 'notes/readme.json': '{}'})
  mkdirSync(join(dir, 'empty'))
  const result = await run(['--format', 'json', 'gone.md', 'empty', 'notes', 'drafts/**/*.md', 'a.md'], dir)
  assert.equal(result.code, 2)
  assert.equal(
    result.stderr,
    [
      'copydesk: gone.md: no such file or directory',
      'copydesk: empty: no article files (.md, .markdown, .txt) in this directory',
      'copydesk: notes: no article files (.md, .markdown, .txt) in this directory',
      'copydesk: drafts/**/*.md: no article files match this pattern',
      ''
    ].join('\n')
  )
  assert.deepEqual(reported(result.stdout), [['a.md', ['missing-space']]])
})

test('hostile paths: a symbolic link loop and a broken link while walking a directory are one line each; the files are checked once', async () => {
  const dir = workspace({'news/a.md': bad, 'news/desk/b.md': bad})
  symlinkSync('..', join(dir, 'news/desk/up'))
  symlinkSync('self.md', join(dir, 'news/self.md'))
  symlinkSync('nowhere.md', join(dir, 'news/dangling.md'))
  // The same article through a link to it: checked once.
  symlinkSync('a.md', join(dir, 'news/alias.md'))
  const result = await run(['--format', 'json', 'news'], dir)
  assert.equal(result.code, 2)
  assert.equal(
    result.stderr,
    [
      'copydesk: news/dangling.md: broken symbolic link (its target does not exist)',
      'copydesk: news/desk/up: symbolic link loop, not followed',
      'copydesk: news/self.md: symbolic link loop',
      ''
    ].join('\n')
  )
  assert.deepEqual(reported(result.stdout), [
    ['news/a.md', ['missing-space']],
    ['news/desk/b.md', ['missing-space']]
  ])
})

test('hostile paths: an unreadable file is one fatal message on that file in the report, exit 2', async () => {
  const denied = Object.assign(new Error('EACCES: permission denied'), {code: 'EACCES'})
  const read = readArticle('/x/locked.md', 'locked.md', '/x', () => {
    throw denied
  })
  assert.deepEqual(read, {problem: 'permission denied'})
  const stylish = formatReport([unreadableResult('locked.md', read.problem!)], 'stylish', {color: false, cwd: '/x', toolVersion: '0'})
  assert.match(stylish, /^locked\.md\n *1:1 +error +Cannot check this file: permission denied +read-error +copydesk\n/)
})

test('hostile paths: chmod 000 on a file and a folder (skipped as root, who reads anything)', {skip: isRoot && 'running as root'}, async () => {
  const dir = workspace({'a.md': bad, 'locked.md': bad, 'closed/c.md': bad})
  chmodSync(join(dir, 'locked.md'), 0o000)
  chmodSync(join(dir, 'closed'), 0o000)
  try {
    const result = await run(['--format', 'json', 'a.md', 'locked.md', 'closed'], dir)
    assert.equal(result.code, 2)
    assert.match(result.stderr, /^copydesk: closed: permission denied\n/)
    assert.deepEqual(reported(result.stdout), [
      ['a.md', ['missing-space']],
      ['locked.md', ['read-error']]
    ])
  } finally {
    chmodSync(join(dir, 'locked.md'), 0o644)
    chmodSync(join(dir, 'closed'), 0o755)
  }
})

test('hostile paths: a file deleted between listing and reading says so', () => {
  const dir = workspace({'a.md': bad, 'b.md': bad})
  const {files, problems} = expandInputs(['.'], dir, () => false)
  assert.deepEqual(problems, [])
  unlinkSync(join(dir, 'b.md'))
  const results = files.map((file) => readArticle(file, file, dir))
  assert.ok(results[0]!.file)
  assert.deepEqual(results[1], {problem: 'it no longer exists (deleted during the run)'})
})

test('hostile paths: a device or a socket named on the command line is one line, never read; exit 2; the rest is checked', async () => {
  const dir = workspace({'a.md': bad})
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(join(dir, 'socket.md'), resolve))
  try {
    // /dev/zero and /dev/urandom were read for ever before.
    const result = await run(['--format', 'json', '/dev/zero', '/dev/urandom', 'socket.md', 'a.md'], dir)
    assert.equal(result.code, 2)
    assert.equal(
      result.stderr,
      [
        'copydesk: /dev/zero: not an article file (it is a device); only regular files are checked',
        'copydesk: /dev/urandom: not an article file (it is a device); only regular files are checked',
        'copydesk: socket.md: not an article file (it is a socket); only regular files are checked',
        ''
      ].join('\n')
    )
    assert.deepEqual(reported(result.stdout), [['a.md', ['missing-space']]])
  } finally {
    server.close()
  }
})

test('hostile paths: a path that turns into a device after it was listed is refused when opened, not read', () => {
  assert.throws(() => readInput('/dev/zero'), (error) => describeFsError(error) === 'not an article file (it is a device); only regular files are checked')
})

test('hostile paths: a FIFO named on the command line is read to its end, as standard input is; a walk never opens one', async () => {
  const dir = workspace({'news/a.md': bad})
  execFileSync('mkfifo', [join(dir, 'news/pipe.md')])
  // A writer in another process: the FIFO blocks until both ends are open.
  const writer = spawn('sh', ['-c', `printf 'It rained.Then it stopped.\\n' > pipe.md`], {cwd: join(dir, 'news')})
  const named = await run(['--format', 'json', 'news/pipe.md'], dir)
  await once(writer, 'close')
  assert.deepEqual([named.code, reported(named.stdout)], [1, [['news/pipe.md', ['missing-space']]]])
  const walked = await run(['--format', 'json', 'news'], dir)
  assert.deepEqual([walked.code, reported(walked.stdout)], [1, [['news/a.md', ['missing-space']]]])
})

test('hostile paths: a file name that is not valid UTF-8 is found, checked and shown with U+FFFD, walked or named; --fix leaves it with a note', async () => {
  const dir = workspace({})
  mkdirSync(join(dir, 'news'))
  const name = Buffer.concat([Buffer.from(join(dir, 'news') + '/x'), Buffer.from([0xff]), Buffer.from('y.md')])
  writeFileSync(name, bad)
  const walked = await run(['--format', 'json', 'news'], dir)
  assert.deepEqual([walked.code, walked.stderr, reported(walked.stdout)], [1, '', [['news/x\uFFFDy.md', ['missing-space']]]])
  const named = await run(['--format', 'json', 'news/x\uFFFDy.md'], dir)
  assert.deepEqual([named.code, named.stderr, reported(named.stdout)], [1, '', [['news/x\uFFFDy.md', ['missing-space']]]])
  const fixed = await run(['--fix', 'news/x\uFFFDy.md'], dir)
  assert.equal(fixed.code, 2)
  assert.equal(fixed.stderr, 'copydesk: news/x\uFFFDy.md: not fixed: its name is not valid UTF-8; rename it to have it fixed\n')
  assert.equal(readFileSync(name, 'utf8'), bad)
})
