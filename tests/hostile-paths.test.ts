// Hostile paths: missing, empty, unreadable, looping or vanishing inputs.
// Each is one clear line, the run exits 2, and the other files are checked.
import assert from 'node:assert/strict'
import {chmodSync, mkdirSync, symlinkSync, unlinkSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'
import {expandInputs} from '../src/cli/inputs.js'
import {readArticle, unreadableFile} from '../src/io/read.js'
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
  const file = unreadableFile('locked.md', '/x', read.problem!)
  const stylish = formatReport([file], 'stylish', {color: false, cwd: '/x', toolVersion: '0'})
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
