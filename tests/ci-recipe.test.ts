// docs/ci.md's recipe, run as written against a pull request that renames and edits an article.
import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {test} from 'node:test'
import {run} from './cli-run.js'
import {pullRequestRepository} from './git-repository.js'

test('docs/ci.md: the listed diff keeps a renamed-and-edited article, and --files-from reads its unusual name', async () => {
  const {dir, base, head} = pullRequestRepository()
  const recipe = readFileSync(new URL('../docs/ci.md', import.meta.url), 'utf8')
  const command = /run: (git diff .*) > changed-files\.txt/.exec(recipe)?.[1]
  assert.ok(command, 'docs/ci.md lists the changed files with git diff')
  execFileSync('sh', ['-c', `${command} > changed-files.txt`], {cwd: dir, env: {...process.env, BASE: base, HEAD: head}})
  const result = await run(['--format', 'compact', '--files-from', 'changed-files.txt'], dir)
  assert.equal(result.stderr, '')
  assert.equal(
    result.stdout,
    [
      'archive/été 2026/harbour "final".md:5:11:5:23: error Missing space after `.`, expected `arrived. Work` [missing-space]',
      'news/new.md:1:15:1:23: error Missing space after `.`, expected `ended. It` [missing-space]',
      ''
    ].join('\n')
  )
})
